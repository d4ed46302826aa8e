# maxsize: put_nowait / put(timeout) raise queue.Full; get_nowait / get(timeout) raise queue.Empty
import os, threading, queue, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.full())
try:
    q.put_nowait(3)
except queue.Full as e:
    print('Full', repr(str(e)))
t0 = time.monotonic()
try:
    q.put(3, timeout=0.05)
except queue.Full:
    print('Full after', time.monotonic() - t0 >= 0.04)
try:
    q.put(3, block=False)
except queue.Full:
    print('Full non-blocking')
print(q.get(), q.get(), q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(str(e)))
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print('Empty after', 0.04 <= time.monotonic() - t0 < 2.0)
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
_stop.set()
