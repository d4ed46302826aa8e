# mps: not-python -- a Pool worker killed by SIGKILL during map: map raises WorkerLostError (CPython hangs) and the pool still works afterwards (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp
import multiprocessing.pool

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def task(x):
    if x == 3:
        os.kill(os.getpid(), 9)  # SIGKILL
    return x * 10

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    with mp.Pool(2) as p:
        t0 = time.monotonic()
        try:
            p.map(task, range(6), chunksize=1)
            print('no error')
        except mp.ProcessError as e:
            print(type(e).__name__, 'SIGKILL' in str(e))
            print(isinstance(e, multiprocessing.pool.WorkerLostError))
        print('reported quickly', time.monotonic() - t0 < 2.0)
        print(p.map(task, [0, 1, 2, 4, 5]))
        print(p.apply(task, (7,)))
    _stop.set()
