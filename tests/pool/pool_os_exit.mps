# mps: not-python -- os._exit(3) inside a Pool task: the task fails with WorkerLostError naming exit code 3; the pool replaces the worker (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp
from multiprocessing.pool import WorkerLostError

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def task(x):
    if x == 2:
        os._exit(3)
    return x + 1

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    with mp.Pool(2) as p:
        t0 = time.monotonic()
        try:
            p.map(task, range(4), chunksize=1)
        except WorkerLostError as e:
            print(type(e).__name__, 'code 3' in str(e), 'SIGKILL' in str(e))
        print('reported quickly', time.monotonic() - t0 < 2.0)
        try:
            p.apply(task, (2,))
        except mp.ProcessError as e:
            print(type(e).__name__)
        print(p.map(task, [0, 1, 3]))
    _stop.set()
