# 100 000 small items through a multiprocessing.Queue arrive complete and in order (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

N = 100000

def produce(q):
    for i in range(N):
        q.put(i)
    q.put('end')

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    q = mp.Queue()
    p = mp.Process(target=produce, args=(q,))
    p.start()
    in_order = True
    count = 0
    for i in range(N):
        if q.get() != i:
            in_order = False
        count += 1
    print(count, in_order, q.get(timeout=5))
    p.join()
    print(p.exitcode)
    _stop.set()
