# ThreadPool: map, starmap, imap (ordered), imap_unordered (sorted), chunksize, apply (start-methods: fork spawn forkserver)
import os, threading
from multiprocessing.pool import ThreadPool
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

def square(x):
    return x * x
def add(a, b):
    return a + b

with ThreadPool(4) as p:
    print(p.map(square, range(10)))
    print(p.map(square, range(10), chunksize=3))
    print(p.map(square, []))
    print(p.starmap(add, [(1, 2), (3, 4), ('a', 'b')]))
    print(list(p.imap(square, range(8))))
    print(list(p.imap(square, range(8), chunksize=3)))
    print(sorted(p.imap_unordered(square, range(8))))
    print(sorted(p.imap_unordered(square, range(8), 2)))
    print(p.apply(add, (5, 6)), p.apply(add, kwds={'a': 1, 'b': 2}))
    names = p.map(lambda _: threading.current_thread().name, range(20))
    print(all(n != 'MainThread' for n in names))
_stop.set()
