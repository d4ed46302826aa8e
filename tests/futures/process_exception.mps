# ProcessPoolExecutor: exceptions keep their type and message; exception() returns them (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp
import concurrent.futures as cf

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

class QuotaError(Exception):
    pass

def spend(n):
    if n > 10:
        raise QuotaError('over quota by %d' % (n - 10))
    return n

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    with cf.ProcessPoolExecutor(2) as ex:
        f = ex.submit(spend, 15)
        e = f.exception(timeout=5)
        print(type(e).__name__, e.args)
        try:
            f.result()
        except QuotaError as err:
            print('QuotaError:', err)
        try:
            ex.submit(int, 'seven').result()
        except ValueError as err:
            print('ValueError:', err)
        try:
            list(ex.map(spend, [1, 2, 30]))
        except QuotaError as err:
            print('from map:', err)
        try:
            ex.submit(spend, threading.Lock()).result()
        except TypeError:
            print('TypeError for an unserializable argument')
        print(ex.submit(spend, 3).result())
    _stop.set()
