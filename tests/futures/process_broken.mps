# a ProcessPoolExecutor worker killed by SIGKILL: pending futures fail with BrokenProcessPool (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, BrokenExecutor
from concurrent.futures.process import BrokenProcessPool

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def die():
    os.kill(os.getpid(), 9)  # SIGKILL

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    print(issubclass(BrokenProcessPool, BrokenExecutor), issubclass(BrokenExecutor, RuntimeError))
    ex = ProcessPoolExecutor(2)
    print(ex.submit(abs, -4).result(timeout=5))
    f = ex.submit(die)
    try:
        f.result(timeout=5)
    except BrokenProcessPool as e:
        print(type(e).__name__)
    try:
        ex.submit(abs, -1)
    except BrokenProcessPool:
        print('submit after break: BrokenProcessPool')
    ex.shutdown()
    with ProcessPoolExecutor(2) as ex2:
        print(ex2.submit(abs, -5).result(timeout=5))
    _stop.set()
