# Event: wait with timeout, set wakes waiters, clear
import os, threading, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

e = threading.Event()
print(e.is_set())
t0 = time.monotonic()
print(e.wait(0.05))
print(0.04 <= time.monotonic() - t0 < 2.0)

got = []
def waiter(k):
    got.append((k, e.wait(5)))
ts = [threading.Thread(target=waiter, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
time.sleep(0.02)
e.set()
for t in ts:
    t.join()
print(sorted(got))
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(0))

# set from a timer thread while the main thread waits
e2 = threading.Event()
threading.Timer(0.02, e2.set).start()
print(e2.wait(5))
_stop.set()
