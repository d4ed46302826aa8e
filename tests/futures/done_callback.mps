# add_done_callback: called with the future when it finishes, at once if already done (start-methods: fork spawn forkserver)
import os, threading
from concurrent.futures import ThreadPoolExecutor
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

log = []
lock = threading.Lock()
def record(tag):
    def cb(fut):
        with lock:
            if fut.exception() is not None:
                log.append((tag, 'error', str(fut.exception())))
            else:
                log.append((tag, 'ok', fut.result()))
    return cb

gate = threading.Event()
def wait_then(x):
    gate.wait(5)
    return x

with ThreadPoolExecutor(2) as ex:
    f = ex.submit(wait_then, 5)
    f.add_done_callback(record('first'))
    f.add_done_callback(record('second'))
    print(log)
    gate.set()
    f.result()
    g = ex.submit(int, 'x')
    g.add_done_callback(record('bad'))
done_f = f
done_f.add_done_callback(record('late'))
print(sorted(log))
_stop.set()
