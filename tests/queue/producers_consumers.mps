# several producers and consumers over one Queue: every item consumed exactly once
import os, threading, queue
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

q = queue.Queue(maxsize=10)
out = queue.Queue()
def producer(k):
    for i in range(200):
        q.put((k, i))
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.put(item)
ps = [threading.Thread(target=producer, args=(k,)) for k in range(3)]
cs = [threading.Thread(target=consumer) for _ in range(4)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
items = []
while not out.empty():
    items.append(out.get_nowait())
print(len(items), len(set(items)))
print(sorted(items) == [(k, i) for k in range(3) for i in range(200)])
# per producer, a single consumer would see FIFO order; check the queue stayed bounded
print(q.qsize(), q.maxsize)
_stop.set()
