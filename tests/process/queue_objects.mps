# values of every built-in type, and instances of user classes, cross a Queue intact (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y

class Oops(Exception):
    pass

def bounce(inq, outq):
    while True:
        v = inq.get()
        if v == 'stop':
            break
        outq.put(v)
    outq.put(Point(3, 4))
    outq.put(Oops('from child', 7))

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    values = [None, True, False, 0, -1, 2 ** 100, -(3 ** 70), 1.5, float('inf'), -0.0,
              'text', 'ünïcödé €', '', b'\x00\xffbytes',
              (1, (2, 3)), [1, [2, [3]]], {'k': [1, 2], 3: 'v', (1, 2): None},
              {1, 2, 3}, frozenset({'a'}), (), [], {}, range(2, 10, 3)]
    inq, outq = mp.Queue(), mp.Queue()
    p = mp.Process(target=bounce, args=(inq, outq))
    p.start()
    for v in values:
        inq.put(v)
    inq.put('stop')
    back = [outq.get(timeout=5) for _ in values]
    for v, b in zip(values, back):
        if v != b or type(v) is not type(b):
            print('MISMATCH', repr(v), repr(b))
    print(len(back), back == values)
    print(repr(back[9]), back[16])
    pt = outq.get(timeout=5)
    print(pt, type(pt).__name__, pt.norm2(), isinstance(pt, Point))
    err = outq.get(timeout=5)
    print(type(err).__name__, err.args, isinstance(err, Oops))
    p.join()
    _stop.set()
