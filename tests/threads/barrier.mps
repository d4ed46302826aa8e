# Barrier: parties, distinct wait() indices, action runs once per round, abort/timeout break it
import os, threading, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

actions = []
b = threading.Barrier(3, action=lambda: actions.append('action'))
print(b.parties, b.n_waiting, b.broken)
idx = []
lock = threading.Lock()
def work():
    for rnd in range(2):
        i = b.wait()
        with lock:
            idx.append((rnd, i))
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(actions)
print(sorted(idx))

b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('BrokenBarrierError after timeout', b2.broken)
b2.reset()
print(b2.broken)

b3 = threading.Barrier(2)
res = []
def w3():
    try:
        b3.wait()
        res.append('passed')
    except threading.BrokenBarrierError:
        res.append('broken')
t = threading.Thread(target=w3)
t.start()
while b3.n_waiting < 1:
    time.sleep(0.001)
b3.abort()
t.join()
print(res, b3.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
_stop.set()
