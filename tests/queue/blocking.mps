# a blocked put waits for a get in another thread; a blocked get waits for a put
import os, threading, queue, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

q = queue.Queue(maxsize=1)
log = []
def producer():
    for i in range(5):
        q.put(i)
        log.append('put %d' % i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        log.append('got %d' % item)
        time.sleep(0.005)
ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(log))
print([x for x in log if x.startswith('got')])
print(q.empty())

# get blocks until a later put arrives
r = queue.Queue()
threading.Timer(0.05, r.put, args=('late',)).start()
print(r.get(timeout=5))
_stop.set()
