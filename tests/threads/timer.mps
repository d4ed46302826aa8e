# Timer runs its function once after the interval; cancel() prevents it
import os, threading, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

calls = []
t = threading.Timer(0.05, calls.append, args=('fired',))
print(isinstance(t, threading.Thread))
t0 = time.monotonic()
t.start()
t.join()
print(calls, time.monotonic() - t0 >= 0.04)

c = threading.Timer(0.2, calls.append, args=('cancelled one',))
c.start()
c.cancel()
c.join()
print(calls, c.is_alive())

k = threading.Timer(0.01, lambda **kw: calls.append(sorted(kw.items())), kwargs={'a': 1, 'b': 2})
k.start(); k.join()
print(calls[-1])
_stop.set()
