# subclassing Thread and overriding run(); state kept on the instance
import os, threading
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

class Summer(threading.Thread):
    def __init__(self, lo, hi):
        super().__init__()
        self.lo, self.hi = lo, hi
        self.total = None

    def run(self):
        self.total = sum(range(self.lo, self.hi))
        self.seen_name = threading.current_thread().name

ts = [Summer(i * 1000, (i + 1) * 1000) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([t.total for t in ts])
print(sum(t.total for t in ts) == sum(range(4000)))
print([t.name for t in ts])
print([t.seen_name == t.name for t in ts])
print(isinstance(ts[0], threading.Thread))

# run() called directly runs in the calling thread
s = Summer(0, 5)
s.run()
print(s.total, s.seen_name)
_stop.set()
