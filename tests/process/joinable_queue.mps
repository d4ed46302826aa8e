# JoinableQueue: worker processes call task_done, the parent's join() returns when all are done (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def worker(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * item)
        jq.task_done()

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    jq = mp.JoinableQueue()
    out = mp.Queue()
    ws = [mp.Process(target=worker, args=(jq, out)) for _ in range(3)]
    for w in ws:
        w.start()
    for i in range(20):
        jq.put(i)
    jq.join()
    print(sorted(out.get(timeout=5) for _ in range(20)))
    for _ in ws:
        jq.put(None)
    jq.join()
    for w in ws:
        w.join()
    print([w.exitcode for w in ws])
    try:
        jq.task_done()
    except ValueError as e:
        print('ValueError:', e)
    _stop.set()
