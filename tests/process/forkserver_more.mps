# forkserver: Lock, Value, Array, Event and a Pool cross to the server's children
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def bump(lock, counter, arr, ev, n):
    ev.wait(5)
    for _ in range(n):
        with lock:
            counter.value += 1
    with arr.get_lock():
        arr[0] += n

def name_and_square(x):
    return mp.current_process().name.split('-')[0], x * x

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    ctx = mp.get_context('forkserver')
    lock = ctx.Lock()
    counter = ctx.Value('i', 0)
    arr = ctx.Array('d', [0.0, 0.0])
    ev = ctx.Event()
    ps = [ctx.Process(target=bump, args=(lock, counter, arr, ev, 200)) for _ in range(3)]
    for p in ps:
        p.start()
    ev.set()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps], [p.name.split('-')[0] for p in ps])
    print(counter.value, arr[:])
    with ctx.Pool(2) as pool:
        res = pool.map(name_and_square, range(5))
    print(sorted(set(r[0] for r in res)), [r[1] for r in res])
    _stop.set()
