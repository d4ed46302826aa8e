# LifoQueue pops the newest item; PriorityQueue the smallest
import os, threading, queue
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print(lq.qsize(), [lq.get() for _ in range(5)], lq.empty())

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (5, 'e'), (2, 'b'), (4, 'd'), (1, 'A')]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(6)], pq.empty())

pq2 = queue.PriorityQueue(maxsize=2)
pq2.put(9); pq2.put(7)
print(pq2.full())
try:
    pq2.put_nowait(1)
except queue.Full:
    print('Full')
print(pq2.get(), pq2.get())
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
_stop.set()
