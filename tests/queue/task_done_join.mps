# task_done/join with worker threads; too many task_done calls raise ValueError
import os, threading, queue
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

q = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * 2)
        q.task_done()

ts = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for t in ts:
    t.start()
for i in range(30):
    q.put(i)
q.join()
print(len(results), sum(results), q.unfinished_tasks)
for _ in ts:
    q.put(None)
q.join()
for t in ts:
    t.join()
print(sorted(results)[:5], all(not t.is_alive() for t in ts))

q2 = queue.Queue()
q2.put(1)
q2.get()
q2.task_done()
try:
    q2.task_done()
except ValueError as e:
    print('ValueError:', e)
q2.join()
print('join on a finished queue returns')
_stop.set()
