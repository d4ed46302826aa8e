# mps: not-python -- an item put just before os._exit(0) is not lost (CPython's feeder thread loses it) (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def put_and_die(q, k):
    q.put(k * 10)
    os._exit(0)

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    q = mp.Queue()
    ps = [mp.Process(target=put_and_die, args=(q, k)) for k in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get(timeout=5) for _ in ps))
    print([p.exitcode for p in ps])
    _stop.set()
