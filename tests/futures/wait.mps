# concurrent.futures.wait with FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION and timeout (start-methods: fork spawn forkserver)
import os, threading
import concurrent.futures as cf
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

gate = threading.Event()
def blocked():
    gate.wait(5)
    return 'late'
def quick():
    return 'early'
def bad():
    raise OSError('bad')

with cf.ThreadPoolExecutor(4) as ex:
    a = ex.submit(blocked)
    b = ex.submit(quick)
    done, not_done = cf.wait([a, b], return_when=cf.FIRST_COMPLETED)
    print(len(done), len(not_done), b in done, a in not_done)
    done, not_done = cf.wait([a, b], timeout=0.05)
    print(len(done), len(not_done))
    c = ex.submit(bad)
    done, not_done = cf.wait([a, c], return_when=cf.FIRST_EXCEPTION)
    print(c in done, a in not_done)
    gate.set()
    done, not_done = cf.wait([a, b, c], return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done), sorted(repr(f.exception() or f.result()) for f in done))
    print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
_stop.set()
