# parent_process() and active_children() (start-methods: fork spawn)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def report(q):
    par = mp.parent_process()
    q.put((par is not None, par.name, par.pid == os.getppid(), mp.current_process().name))

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    print(mp.parent_process())
    print(mp.active_children())
    q = mp.Queue()
    p = mp.Process(target=report, args=(q,))
    p.start()
    print(q.get(timeout=5))
    p.join()
    sleepers = [mp.Process(target=time.sleep, args=(30,), name='sleeper-%d' % i) for i in range(3)]
    for s in sleepers:
        s.start()
    print(sorted(c.name for c in mp.active_children()))
    sleepers[0].terminate()
    sleepers[0].join()
    print(sorted(c.name for c in mp.active_children()))
    for s in sleepers[1:]:
        s.kill()
        s.join()
    print(mp.active_children())
    print(mp.cpu_count() >= 1)
    _stop.set()
