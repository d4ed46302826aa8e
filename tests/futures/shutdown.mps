# shutdown: then submit raises RuntimeError; shutdown(cancel_futures=True) cancels queued work (start-methods: fork spawn forkserver)
import os, threading
import concurrent.futures as cf
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

ex = cf.ThreadPoolExecutor(2)
f = ex.submit(sum, [1, 2, 3])
ex.shutdown(wait=True)
print(f.result())
try:
    ex.submit(sum, [1])
except RuntimeError as e:
    print('RuntimeError:', e)

started = threading.Event()
gate = threading.Event()
def blocker():
    started.set()
    gate.wait(5)
    return 'finished'
ex2 = cf.ThreadPoolExecutor(1)
first = ex2.submit(blocker)
started.wait(5)
rest = [ex2.submit(abs, -i) for i in range(5)]
threading.Timer(0.05, gate.set).start()
ex2.shutdown(wait=True, cancel_futures=True)
print(first.result(), [r.cancelled() for r in rest])

with cf.ThreadPoolExecutor(1) as ex3:
    g = ex3.submit(len, 'abc')
try:
    ex3.submit(len, 'x')
except RuntimeError as e:
    print('RuntimeError after with:', e)
print(g.result())
_stop.set()
