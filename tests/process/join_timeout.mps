# join(timeout) on a sleeping child returns with is_alive() True and exitcode None (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    p = mp.Process(target=time.sleep, args=(30,))
    p.start()
    t0 = time.monotonic()
    p.join(0.1)
    elapsed = time.monotonic() - t0
    print(p.is_alive(), p.exitcode, 0.05 < elapsed < 2.0)
    p.join(timeout=0)
    print(p.is_alive())
    p.terminate()
    p.join(5)
    print(p.is_alive(), p.exitcode)
    q = mp.Process(target=time.sleep, args=(0.1,))
    q.start()
    q.join(5)
    print(q.is_alive(), q.exitcode)
    _stop.set()
