# queue.SimpleQueue: unbounded FIFO with put/get/empty/qsize, get timeout raises Empty
import os, threading, queue
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(3):
    sq.put(i * i)
sq.put_nowait('x')
print(sq.empty(), sq.qsize())
print(sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.get(block=False))
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print('Empty')
try:
    sq.get_nowait()
except queue.Empty:
    print('Empty again')

def producer():
    for i in range(100):
        sq.put(i)
t = threading.Thread(target=producer)
t.start()
got = [sq.get() for _ in range(100)]
t.join()
print(got == list(range(100)))
_stop.set()
