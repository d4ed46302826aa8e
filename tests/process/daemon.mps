# daemon processes: the flag, and a daemon child still sleeping is terminated when the parent exits (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def report(q):
    q.put(mp.current_process().daemon)

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    print(mp.current_process().daemon)
    q = mp.Queue()
    a = mp.Process(target=report, args=(q,))
    b = mp.Process(target=report, args=(q,), daemon=True)
    c = mp.Process(target=report, args=(q,))
    c.daemon = True
    print(a.daemon, b.daemon, c.daemon)
    for p in (a, b, c):
        p.start()
        print(q.get(timeout=5))
        p.join()
    s = mp.Process(target=time.sleep, args=(30,), daemon=True)
    s.start()
    print('parent exits with a sleeping daemon child', s.is_alive())
    _stop.set()
