# mps: not-python -- lambdas, closures and nested functions work in Pool.map / starmap / apply_async (CPython cannot pickle them) (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def make_scaler(k):
    def scale(x):
        return x * k
    return scale

def main():
    offset = 100
    def nested(a, b):
        return '%s-%s-%d' % (a, b, offset)
    with mp.Pool(2) as p:
        print(p.map(lambda x: x + 1, range(5)))
        print(p.map(lambda x: x + offset, [1, 2, 3]))
        print(p.map(make_scaler(3), [1, 2, 3]))
        print(p.starmap(nested, [('a', 'b'), ('c', 'd')]))
        print(p.apply_async(lambda s: s.upper(), ('hi',)).get(5))
        print(sorted(p.imap_unordered(lambda x: -x, range(4))))
        pids = p.map(lambda _: os.getpid(), range(8))
        print(os.getpid() not in pids)

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    main()
    _stop.set()
