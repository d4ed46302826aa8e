# a queued future can be cancelled; a running or finished one cannot (start-methods: fork spawn forkserver)
import os, threading
import concurrent.futures as cf
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

started = threading.Event()
gate = threading.Event()
def blocker():
    started.set()
    gate.wait(5)
    return 'blocker done'

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(blocker)
    started.wait(5)
    queued = ex.submit(pow, 2, 8)
    print(running.running(), queued.running())
    print(queued.cancel(), queued.cancelled(), queued.done())
    print(running.cancel(), running.cancelled())
    try:
        queued.result()
    except cf.CancelledError as e:
        print('CancelledError', type(e).__name__)
    try:
        queued.exception()
    except cf.CancelledError:
        print('CancelledError from exception()')
    gate.set()
    print(running.result())
    print(running.cancel())
_stop.set()
