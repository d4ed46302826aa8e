# mps: not-python -- a Pool worker killed by SIGKILL in apply_async: get() raises WorkerLostError, error_callback sees it, other tasks finish (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp
from multiprocessing.pool import WorkerLostError

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def die():
    os.kill(os.getpid(), 9)  # SIGKILL

def double(x):
    return 2 * x

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    print(issubclass(WorkerLostError, mp.ProcessError))
    errs = []
    with mp.Pool(2) as p:
        r = p.apply_async(die, error_callback=errs.append)
        ok = [p.apply_async(double, (i,)) for i in range(4)]
        try:
            r.get(timeout=5)
        except WorkerLostError as e:
            print(type(e).__name__, 'SIGKILL' in str(e), 'while running a task' in str(e))
        print(r.ready(), r.successful())
        print([o.get(5) for o in ok])
        print([type(e).__name__ for e in errs])
        print(p.map(double, range(3)))
        print(len(mp.active_children()))
    _stop.set()
