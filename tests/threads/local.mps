# threading.local: each thread sees its own attributes; subclass __init__ runs per thread
import os, threading
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

data = threading.local()
data.x = 'main'
out = []
def work(k):
    out.append((k, hasattr(data, 'x')))
    data.x = k
    for _ in range(100):
        data.x += 0
    out.append((k, data.x))
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out, key=repr))
print(data.x)

class Ctx(threading.local):
    def __init__(self, start):
        self.count = start
    def bump(self):
        self.count += 1
        return self.count

ctx = Ctx(10)
res = []
def bump3():
    res.append([ctx.bump() for _ in range(3)])
ts = [threading.Thread(target=bump3) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res)
print(ctx.count)
_stop.set()
