# ProcessPoolExecutor: submit/result in another process, map with chunksize, as_completed (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, as_completed

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def pid_of(_):
    return os.getpid()

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    with ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(collatz_len, 27)
        print(f.result(timeout=5))
        print(list(ex.map(collatz_len, range(1, 11))))
        print(list(ex.map(collatz_len, range(1, 11), chunksize=3)))
        print(list(ex.map(divmod, [7, 9], [2, 4])))
        fs = [ex.submit(collatz_len, n) for n in (97, 871, 6171)]
        print(sorted(f.result() for f in as_completed(fs)))
        pids = set(ex.map(pid_of, range(10)))
        print(os.getpid() not in pids, 1 <= len(pids) <= 2)
        print(ex.submit(sorted, {3, 1, 2}).result())
    _stop.set()
