# an argument that cannot be serialized (a lock, a generator) gives TypeError, and the pool goes on (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def ident(x):
    return x

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    with mp.Pool(2) as p:
        try:
            p.map(ident, [1, threading.Lock()])
        except TypeError:
            print('TypeError for a lock')
        try:
            p.apply_async(ident, ((i for i in range(3)),)).get(5)
        except TypeError:
            print('TypeError for a generator')
        try:
            p.apply(ident, (threading.Lock(),))
        except TypeError:
            print('TypeError from apply')
        print(p.map(ident, [1, 'two', (3,)]))
    _stop.set()
