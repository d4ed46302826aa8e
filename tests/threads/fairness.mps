# two CPU-bound threads under the default switch interval both make progress (forced switching)
import os, sys, threading, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

sys.setswitchinterval(0.001)
print(sys.getswitchinterval() == 0.001)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval() == 0.005)

counts = [0, 0]
stop = [False]

def spin(k):
    n = 0
    while not stop[0]:
        n += 1
        if n % 1000 == 0:
            counts[k] = n
    counts[k] = n

ts = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
time.sleep(0.3)
stop[0] = True
for t in ts:
    t.join()
a, b = counts
print('both > 0:', a > 0 and b > 0)
print('ratio within 0.2-5:', 0.2 <= a / max(b, 1) <= 5)
_stop.set()
