# ThreadPoolExecutor.submit: result, done, exception(), result re-raising (start-methods: fork spawn forkserver)
import os, threading
from concurrent.futures import ThreadPoolExecutor, Future
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

def power(base, exp=2):
    return base ** exp

def fail(msg):
    raise RuntimeError(msg)

with ThreadPoolExecutor(max_workers=3) as ex:
    f = ex.submit(power, 7)
    g = ex.submit(power, 2, exp=10)
    h = ex.submit(fail, 'broken')
    print(isinstance(f, Future))
    print(f.result(timeout=5), g.result())
    print(f.done(), f.cancelled(), f.running(), f.exception())
    e = h.exception(timeout=5)
    print(type(e).__name__, e)
    try:
        h.result()
    except RuntimeError as err:
        print('re-raised:', err, err is e)
    fs = [ex.submit(power, i) for i in range(10)]
    print([x.result() for x in fs])
print(f.done(), h.done())
_stop.set()
