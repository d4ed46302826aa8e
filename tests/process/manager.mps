# multiprocessing.Manager: dict, list, Namespace, Value, Lock, Queue proxies shared with child processes (start-methods: fork spawn forkserver)
import multiprocessing as mp
import os, threading

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def worker(d, l, ns, v, lock, q, i):
    with lock:
        v.value += 1
    d[i] = i * i
    l.append(i)
    q.put(('done', i))

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    with mp.Manager() as m:
        d = m.dict()
        l = m.list()
        ns = m.Namespace(x=1)
        v = m.Value('i', 0)
        lock = m.Lock()
        q = m.Queue()
        ps = [mp.Process(target=worker, args=(d, l, ns, v, lock, q, i)) for i in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(l), v.value, len(d), 2 in d, 7 in d)
        print(sorted(q.get(timeout=5) for _ in range(4)), q.qsize())
        ns.y = 5
        print(ns.x, ns.y)
        d.update({10: 'ten'})
        print(d.get(10), d.get(11, 'none'), sorted(d.keys())[-1])
        l += [9]
        print(len(l), l[-1])
        try:
            d[99]
        except KeyError as e:
            print('KeyError', e)
        ev = m.Event()
        print(ev.is_set(), ev.wait(0.01))
    _stop.set()
