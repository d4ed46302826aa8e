# multiprocessing Event and Condition coordinate processes (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def waiter(ev, q):
    q.put(('waited', ev.wait(5)))

def timed_waiter(ev, q):
    q.put(('timed out', ev.wait(0.05)))

def consumer(cond, box, q):
    with cond:
        ok = cond.wait_for(lambda: box.value > 0, timeout=5)
        q.put(('consumer saw', ok, box.value))

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    q = mp.Queue()
    ev = mp.Event()
    print(ev.is_set())
    t = mp.Process(target=timed_waiter, args=(ev, q))
    t.start(); t.join()
    print(q.get(timeout=5))
    ws = [mp.Process(target=waiter, args=(ev, q)) for _ in range(3)]
    for w in ws:
        w.start()
    time.sleep(0.05)
    ev.set()
    print(sorted(q.get(timeout=5) for _ in ws))
    for w in ws:
        w.join()
    print(ev.is_set())
    ev.clear()
    print(ev.is_set(), ev.wait(0.01))

    cond = mp.Condition()
    box = mp.Value('i', 0)
    c = mp.Process(target=consumer, args=(cond, box, q))
    c.start()
    time.sleep(0.05)
    with cond:
        box.value = 42
        cond.notify_all()
    print(q.get(timeout=5))
    c.join()
    _stop.set()
