# ProcessPoolExecutor(initializer, initargs) runs once in each worker before its tasks (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

CONFIG = {}

def init(name, factor):
    CONFIG['name'] = name
    CONFIG['factor'] = factor

def scaled(x):
    return CONFIG['name'], x * CONFIG['factor']

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    with ProcessPoolExecutor(2, initializer=init, initargs=('cfg', 3)) as ex:
        print(list(ex.map(scaled, range(5))))
    print(CONFIG)
    _stop.set()
