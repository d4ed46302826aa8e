# ThreadPool: apply_async callbacks, map_async, AsyncResult get(timeout)/ready/successful (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing
from multiprocessing.pool import ThreadPool
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

def square(x):
    return x * x
def fail(x):
    raise ValueError('bad %d' % x)

got = []
errs = []
p = ThreadPool(3)
rs = [p.apply_async(square, (i,), callback=got.append) for i in range(5)]
print([r.get(timeout=5) for r in rs])
r = p.apply_async(fail, (7,), error_callback=lambda e: errs.append(repr(e)))
r.wait(5)
print(r.ready(), r.successful())
try:
    r.get()
except ValueError as e:
    print('ValueError:', e)
m = p.map_async(square, range(6), callback=lambda xs: got.append(('map', xs)))
print(m.get(5))

gate = threading.Event()
slow = p.apply_async(gate.wait, (5,))
print(slow.ready())
try:
    slow.successful()
except ValueError as e:
    print('ValueError', 'not ready' in str(e))
try:
    slow.get(timeout=0.05)
except multiprocessing.TimeoutError as e:
    print('TimeoutError', type(e).__name__, isinstance(e, multiprocessing.ProcessError))
gate.set()
print(slow.get(5), slow.successful())
p.close()
p.join()
print(sorted(got[:5]), got[5:])
print(errs)
try:
    p.apply_async(square, (1,))
except ValueError as e:
    print('ValueError:', e)
_stop.set()
