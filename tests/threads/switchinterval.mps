# sys.getswitchinterval / setswitchinterval
import sys, os, threading
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1.0, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    sys.setswitchinterval('x')
except TypeError as e:
    print('TypeError')
print(sys.getswitchinterval())

# two CPU-bound threads both make progress with a short interval
sys.setswitchinterval(0.0005)
counts = [0, 0]
flag = threading.Event()
def spin(k):
    while not flag.is_set():
        counts[k] += 1
ts = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
flag.wait(0.2)
flag.set()
for t in ts:
    t.join()
print(counts[0] > 0 and counts[1] > 0)
sys.setswitchinterval(0.005)
_stop.set()
