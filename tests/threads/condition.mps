# Condition: producer/consumer with wait/notify over a bounded buffer
import os, threading
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

buf = []
CAP = 3
cond = threading.Condition()
consumed = []
DONE = object()

def producer(start):
    for i in range(start, start + 50):
        with cond:
            while len(buf) >= CAP:
                cond.wait()
            buf.append(i)
            cond.notify_all()

def consumer():
    while True:
        with cond:
            while not buf:
                cond.wait()
            item = buf.pop(0)
            cond.notify_all()
        if item is DONE:
            return
        consumed.append(item)

cs = [threading.Thread(target=consumer) for _ in range(2)]
ps = [threading.Thread(target=producer, args=(k * 100,)) for k in range(3)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
with cond:
    buf.extend([DONE, DONE])
    cond.notify_all()
for t in cs:
    t.join()
print(len(consumed))
print(sorted(consumed) == [k * 100 + i for k in range(3) for i in range(50)])
print(len(buf))
_stop.set()
