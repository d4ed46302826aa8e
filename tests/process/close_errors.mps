# Process misuse: start twice, close while running, attributes after close(); sentinel is an int (start-methods: fork spawn forkserver)
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
    p = mp.Process(target=time.sleep, args=(0.2,))
    p.start()
    print(isinstance(p.sentinel, int))
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        p.close()
    except ValueError as e:
        print('ValueError', 'still running' in str(e))
    p.join()
    p.close()
    p.close()
    try:
        p.exitcode
    except ValueError as e:
        print('ValueError:', e)
    try:
        p.is_alive()
    except ValueError as e:
        print('ValueError:', e)
    u = mp.Process(target=time.sleep, args=(0,))
    try:
        u.join()
    except AssertionError as e:
        print('AssertionError:', e)
    _stop.set()
