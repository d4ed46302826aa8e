# ProcessPoolExecutor: shutdown waits for running work; submit afterwards raises RuntimeError (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

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
    ex = ProcessPoolExecutor(2)
    fs = [ex.submit(nap, 0.1) for _ in range(2)]
    ex.shutdown(wait=True)
    print([f.done() for f in fs], [f.result() for f in fs])
    try:
        ex.submit(nap, 0)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(len(mp.active_children()))
    _stop.set()
