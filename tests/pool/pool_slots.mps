# multiprocessing.Pool: objects with __slots__ go to workers and back (set slots, unset ones, a __dict__ besides)
import os, threading
import multiprocessing as mp


def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)


class Pair:
    __slots__ = ('a', 'b')

    def __init__(self, a, b=None):
        self.a = a
        if b is not None:
            self.b = b


class Loose(Pair):
    pass


class Shadow(Pair):
    __slots__ = ('a',)


def describe(o):
    return (type(o).__name__, o.a, getattr(o, 'b', 'unset'), getattr(o, '__dict__', 'no dict'))


def make(i):
    p = Pair(i, [i] * i)
    if i % 2:
        del p.b
    return p


if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    lo = Loose(1, 2)
    lo.extra = 'x'
    sh = Shadow(3)
    Pair.a.__set__(sh, 'hidden')
    with mp.Pool(2) as p:
        print(p.map(describe, [Pair(1, 2), Pair('only a'), lo, sh]))
        back = p.map(make, range(4))
    print([(o.a, getattr(o, 'b', 'unset')) for o in back])
    print(all(not hasattr(o, '__dict__') for o in back))
    _stop.set()
