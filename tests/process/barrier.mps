# multiprocessing Barrier across 3 processes: everyone passes together, wait() indices are distinct (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def party(b, q, delay):
    time.sleep(delay)
    idx = b.wait(5)
    q.put((idx, time.monotonic()))

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    b = mp.Barrier(3)
    print(b.parties)
    q = mp.Queue()
    ps = [mp.Process(target=party, args=(b, q, d)) for d in (0.0, 0.05, 0.15)]
    t0 = time.monotonic()
    for p in ps:
        p.start()
    res = [q.get(timeout=5) for _ in ps]
    for p in ps:
        p.join()
    print(sorted(i for i, _ in res))
    print('nobody passed early', all(t - t0 >= 0.14 for _, t in res))
    print([p.exitcode for p in ps])
    _stop.set()
