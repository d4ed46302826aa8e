# Pool(maxtasksperchild=1): workers are replaced, so the tasks see several pids (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def pid_and_square(x):
    return os.getpid(), x * x

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    with mp.Pool(2, maxtasksperchild=1) as p:
        res = p.map(pid_and_square, range(6), chunksize=1)
        print([sq for _, sq in res])
        pids = [pid for pid, _ in res]
        print(len(set(pids)) > 2, os.getpid() not in pids)
        print(p.apply(pid_and_square, (9,))[1])
    _stop.set()
