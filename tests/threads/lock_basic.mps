# Lock: acquire/release, locked(), non-blocking and timed acquire, errors
import os, threading, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

lock = threading.Lock()
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(blocking=False))
print(lock.acquire(False))
t0 = time.monotonic()
print(lock.acquire(timeout=0.05))
print(time.monotonic() - t0 >= 0.04)
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)

with lock:
    print('in with', lock.locked())
print('after with', lock.locked())

# another thread cannot take it while held; it can after release
out = []
def try_take(timeout):
    got = lock.acquire(timeout=timeout)
    out.append(got)
    if got:
        lock.release()

lock.acquire()
t = threading.Thread(target=try_take, args=(0.05,))
t.start(); t.join()
lock.release()
t = threading.Thread(target=try_take, args=(1,))
t.start(); t.join()
print(out)

# a Lock is not owned: another thread may release it
lock.acquire()
t = threading.Thread(target=lock.release)
t.start(); t.join()
print(lock.locked())
_stop.set()
