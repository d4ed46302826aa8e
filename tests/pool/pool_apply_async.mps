# Pool.apply_async with callback/error_callback, map_async, AsyncResult get(timeout)/ready/successful (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def cube(x):
    return x ** 3

def fail(msg):
    raise KeyError(msg)

def nap(t):
    time.sleep(t)
    return 'slept'

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    got, errs = [], []
    with mp.Pool(2) as p:
        rs = [p.apply_async(cube, (i,), callback=got.append) for i in range(5)]
        print([r.get(timeout=5) for r in rs])
        r = p.apply_async(fail, ('nope',), error_callback=lambda e: errs.append((type(e).__name__, e.args)))
        r.wait(5)
        print(r.ready(), r.successful())
        try:
            r.get(5)
        except KeyError as e:
            print('KeyError:', e)
        m = p.map_async(cube, [1, 2, 3], callback=lambda v: got.append(('map', v)))
        print(m.get(5), m.successful())
        s = p.apply_async(nap, (0.5,))
        try:
            s.get(timeout=0.05)
        except mp.TimeoutError as e:
            print('TimeoutError', isinstance(e, mp.ProcessError))
        print(s.ready())
        print(s.get(5), s.ready())
        p.close()
        p.join()
    print(sorted(got[:5]), got[5:])
    print(errs)
    _stop.set()
