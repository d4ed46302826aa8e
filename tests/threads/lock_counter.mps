# a shared counter incremented by 4 threads under a Lock reaches the exact total
import os, threading
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

N = 20000
counter = 0
lock = threading.Lock()

def work():
    global counter
    for _ in range(N):
        with lock:
            counter += 1

ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, counter == 4 * N)

# list.append from many threads is atomic: nothing is lost
items = []
def append_many(k):
    for i in range(5000):
        items.append((k, i))
ts = [threading.Thread(target=append_many, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(items), len(set(items)))
print(all(sorted(i for kk, i in items if kk == k) == list(range(5000)) for k in range(4)))
_stop.set()
