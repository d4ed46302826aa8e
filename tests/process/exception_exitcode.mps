# an uncaught exception in a child gives exitcode 1; its traceback goes to the child's sys.stderr (silenced here) (start-methods: fork spawn forkserver)
import os, sys, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def fail():
    sys.stderr = open(os.devnull, 'w')
    raise ValueError('child failed')

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    p = mp.Process(target=fail)
    p.start()
    p.join()
    print(p.exitcode)
    print('parent continues')
    _stop.set()
