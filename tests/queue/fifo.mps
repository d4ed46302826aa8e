# queue.Queue is FIFO; qsize, empty, full; unbounded queue is never full
import os, threading, queue
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

q = queue.Queue()
print(q.qsize(), q.empty(), q.full(), q.maxsize)
for x in ['a', 1, (2, 3), None, [4]]:
    q.put(x)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
print(q.qsize(), q.empty())
q.put_nowait('n')
print(q.get_nowait())
q.put('b', block=False)
print(q.get(block=True, timeout=1))
_stop.set()
