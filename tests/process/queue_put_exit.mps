# a child that returns right after Queue.put does not lose the item, even when the parent reads late (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def put_and_leave(q, k):
    q.put(('from', k, 'x' * 1000))

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    q = mp.Queue()
    ps = [mp.Process(target=put_and_leave, args=(q, k)) for k in range(8)]
    for p in ps:
        p.start()
    time.sleep(0.2)
    got = sorted(q.get(timeout=5)[1] for _ in ps)
    for p in ps:
        p.join()
    print(got)
    print([p.exitcode for p in ps])
    _stop.set()
