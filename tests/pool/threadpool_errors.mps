# ThreadPool: an exception in a task is re-raised by map/apply with its type and message (start-methods: fork spawn forkserver)
import os, threading
from multiprocessing.pool import ThreadPool
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

class AppError(Exception):
    pass

def check(x):
    if x == 3:
        raise AppError('three is bad')
    return x

def unpack(a, b):
    return a * b

with ThreadPool(2) as p:
    try:
        p.map(check, range(6))
    except AppError as e:
        print(type(e).__name__, e)
    try:
        p.apply(check, (3,))
    except AppError as e:
        print('apply', e.args)
    try:
        p.map(unpack, [(1, 2), (3, 4)])
    except TypeError as e:
        print('TypeError:', e)
    print(p.starmap(unpack, [(1, 2), (3, 4)]))
    it = p.imap(check, range(5))
    out = []
    try:
        for v in it:
            out.append(v)
    except AppError as e:
        out.append('error: %s' % e)
    print(out)
    print(p.map(check, [0, 1, 2]))
_stop.set()
