# as_completed yields every future once as it finishes; its timeout raises TimeoutError (start-methods: fork spawn forkserver)
import os, threading, time
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

def work(x):
    time.sleep(0.005 * (x % 4))
    return x * x

with ThreadPoolExecutor(4) as ex:
    fs = {ex.submit(work, i): i for i in range(12)}
    results = []
    for f in as_completed(fs):
        results.append((fs[f], f.result()))
    print(sorted(results))
    print(len(results))

    gate = threading.Event()
    quick = ex.submit(work, 0)
    blocked = ex.submit(gate.wait, 5)
    done = []
    try:
        for f in as_completed([quick, blocked], timeout=0.1):
            done.append(f.result())
    except TimeoutError as e:
        print('TimeoutError', 'unfinished' in str(e))
    print(done)
    gate.set()
    print(blocked.result())
    # a finished future passed twice is yielded once
    print(len(list(as_completed([quick, quick]))))
_stop.set()
