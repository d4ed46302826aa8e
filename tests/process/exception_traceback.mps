# mps: not-python -- an uncaught exception in a child prints "Process Process-1:" and the traceback (user frames only) on stderr; exitcode 1 (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def parse(text):
    return int(text)

def work(text):
    parse(text)

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    p = mp.Process(target=work, args=('12x',))
    p.start()
    p.join()
    print('exitcode', p.exitcode)
    _stop.set()
