# Pool.terminate() with tasks in flight stops the workers promptly (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def nap(t):
    time.sleep(t)
    return t

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    p = mp.Pool(2)
    print(p.apply(nap, (0,)))
    r = p.map_async(nap, [5, 5, 5, 5], chunksize=1)
    time.sleep(0.2)
    t0 = time.monotonic()
    p.terminate()
    p.join()
    print('terminated quickly', time.monotonic() - t0 < 2.0)
    print(r.ready() and r.successful())
    print(len(mp.active_children()))
    try:
        p.apply_async(nap, (0,))
    except ValueError as e:
        print('ValueError:', e)
    _stop.set()
