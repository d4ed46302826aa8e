# Value('i') incremented by 4 processes under get_lock() reaches the exact total (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

N = 2000

def bump(v):
    for _ in range(N):
        with v.get_lock():
            v.value += 1

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    v = mp.Value('i', 0)
    print(v.value)
    ps = [mp.Process(target=bump, args=(v,)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, v.value == 4 * N)
    d = mp.Value('d', 1.5)
    d.value *= 2
    print(d.value)
    raw = mp.Value('i', 7, lock=False)
    print(raw.value, hasattr(raw, 'get_lock'))
    _stop.set()
