# multiprocessing.Pool: map, starmap, imap, imap_unordered, chunksize, apply; runs in worker processes
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def square(x):
    return x * x

def add(a, b):
    return a + b

def where(_):
    return os.getpid(), mp.current_process().name

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    with mp.Pool(2) as p:
        print(p.map(square, range(10)))
        print(p.map(square, range(10), chunksize=4))
        print(p.map(square, []))
        print(p.starmap(add, [(1, 2), (3, 4), ('x', 'y')]))
        print(list(p.imap(square, range(7))))
        print(list(p.imap(square, range(7), chunksize=2)))
        print(sorted(p.imap_unordered(square, range(7))))
        print(p.apply(add, (2, 3)), p.apply(add, kwds={'a': [1], 'b': [2]}))
        info = p.map(where, range(20), chunksize=1)
        pids = {pid for pid, _ in info}
        print(os.getpid() not in pids, 1 <= len(pids) <= 2)
        print(sorted({name.split('-')[0] for _, name in info}))
    try:
        p.map(square, [1])
    except ValueError as e:
        print('ValueError:', e)
    _stop.set()
