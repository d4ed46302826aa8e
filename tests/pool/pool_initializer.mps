# Pool(initializer, initargs) sets up each worker; workers forked at Pool() keep the globals of that moment (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

PREFIX = None
SETTING = 'before'

def init(prefix, counter_start):
    global PREFIX, COUNT
    PREFIX = prefix
    COUNT = counter_start

def tag(x):
    global COUNT
    COUNT += 1
    return '%s%d' % (PREFIX, x), COUNT > 100

def setting(_):
    return SETTING

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    with mp.Pool(2, initializer=init, initargs=('item-', 100)) as p:
        print(p.map(tag, range(5)))
        print(PREFIX)
    with mp.Pool(2) as p:
        SETTING = 'after'
        print(p.map(setting, range(3)))
    _stop.set()
