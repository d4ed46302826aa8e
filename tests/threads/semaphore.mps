# Semaphore limits concurrency; BoundedSemaphore rejects extra releases
import os, threading, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

sem = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
peak = 0
def work():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.02)
        with lock:
            inside -= 1
ts = [threading.Thread(target=work) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak', peak)

s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.05))
s.release()
s.release()
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release(3)
print([s.acquire(False) for _ in range(4)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
print(isinstance(b, threading.Semaphore))
_stop.set()
