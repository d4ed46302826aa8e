# join(timeout) on a blocked thread returns with is_alive() True; join errors
import os, threading, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

go = threading.Event()
t = threading.Thread(target=go.wait)
try:
    t.join()
except RuntimeError as e:
    print('RuntimeError:', e)
t.start()
t0 = time.monotonic()
r = t.join(0.1)
elapsed = time.monotonic() - t0
print(r, t.is_alive(), 0.05 < elapsed < 2.0)
go.set()
t.join(5)
print(t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)

s = threading.Thread(target=time.sleep, args=(0.3,))
s.start()
s.join(timeout=0.01)
print('sleeping thread alive after short join:', s.is_alive())
s.join()
print('after full join:', s.is_alive())
_stop.set()
