# Executor.map: ordered results, several iterables, exceptions on iteration, timeout raising TimeoutError (start-methods: fork spawn forkserver)
import os, threading, time
import concurrent.futures as cf
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

def slow_id(x):
    time.sleep(0.01 * (5 - x))
    return x

def check(x):
    if x == 2:
        raise ValueError('two')
    return x

gate = threading.Event()
with cf.ThreadPoolExecutor(4) as ex:
    print(list(ex.map(slow_id, range(5))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6])))
    it = ex.map(check, range(4))
    out = []
    try:
        for v in it:
            out.append(v)
    except ValueError as e:
        out.append('ValueError: %s' % e)
    print(out)
    it = ex.map(gate.wait, [5, 5], timeout=0.05)
    try:
        list(it)
    except cf.TimeoutError as e:
        print('TimeoutError', type(e).__name__, cf.TimeoutError is TimeoutError)
    gate.set()
print('done')
_stop.set()
