# mps: not-python -- a child killed by SIGKILL while holding a multiprocessing.Lock does not leave it locked forever: the parent acquires it with a timeout (CPython: acquire fails) (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def hold(lock, ready):
    lock.acquire()
    ready.set()
    time.sleep(30)

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    lock = mp.Lock()
    ready = mp.Event()
    p = mp.Process(target=hold, args=(lock, ready))
    p.start()
    print(ready.wait(5))
    print('held by child:', lock.acquire(timeout=0.05))
    os.kill(p.pid, 9)  # SIGKILL
    p.join()
    print('exitcode', p.exitcode)
    t0 = time.monotonic()
    print('acquired after the holder died:', lock.acquire(timeout=2))
    print('quickly', time.monotonic() - t0 < 2.0)
    lock.release()
    print(lock.acquire(timeout=1))
    lock.release()
    _stop.set()
