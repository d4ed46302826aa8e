# mps: not-python -- fault matrix: a worker killed during imap, a segfaulting worker, an unserializable result; the pool goes on each time (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp
from multiprocessing.pool import WorkerLostError

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def maybe_die(x):
    if x == 3:
        os.kill(os.getpid(), 9)
    return x * 10

def segv(x):
    os.kill(os.getpid(), 11)

def bad_result(x):
    return threading.Lock()

def square(x):
    return x * x

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    with mp.Pool(2) as p:
        got = []
        it = p.imap(maybe_die, range(6))
        for i in range(6):
            try:
                got.append(it.next(timeout=5))
            except WorkerLostError as e:
                got.append(('lost', 'SIGKILL' in str(e)))
        print(got)
        r = p.apply_async(segv, (1,))
        try:
            r.get(timeout=5)
        except WorkerLostError as e:
            print('segv', 'SIGSEGV' in str(e), 'exit code -11' in str(e))
        r = p.apply_async(bad_result, (1,))
        try:
            r.get(timeout=5)
        except TypeError as e:
            print('TypeError', 'lock' in str(e))
        t0 = time.monotonic()
        print(p.map(square, range(8)), time.monotonic() - t0 < 3)
        print(sorted(p.imap_unordered(square, range(5))))
    _stop.set()
