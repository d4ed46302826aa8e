# RLock: re-entrant for the owner, exclusive for others, owner-only release
import os, threading
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
out = []
def other():
    out.append(r.acquire(timeout=0.05))
    try:
        r.release()
    except RuntimeError as e:
        out.append('RuntimeError: %s' % e)
t = threading.Thread(target=other)
t.start(); t.join()
print(out)
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

def fact(n):
    with r:
        return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))

out.clear()
def take_and_hold():
    with r:
        out.append('other got it')
t = threading.Thread(target=take_and_hold)
t.start(); t.join()
print(out)
_stop.set()
