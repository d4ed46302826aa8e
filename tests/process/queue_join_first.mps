# mps: not-python -- join() on a child that put 5 MB on a queue returns before the parent reads it (CPython deadlocks) (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def produce(q):
    q.put(b'z' * (5 * 1024 * 1024))
    q.put('small')

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    q = mp.Queue()
    p = mp.Process(target=produce, args=(q,))
    p.start()
    t0 = time.monotonic()
    p.join(5)
    print('joined', not p.is_alive(), p.exitcode, time.monotonic() - t0 < 3.0)
    print(q.qsize())
    data = q.get(timeout=5)
    print(len(data), data == b'z' * (5 * 1024 * 1024))
    print(q.get(timeout=5))
    _stop.set()
