# time module: monotonic and perf_counter never go backwards, sleep waits at least the time asked
import time
t0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
t1 = time.monotonic()
p1 = time.perf_counter()
print(t1 >= t0 + 0.01, p1 - p0 >= 0.01, t1 - t0 < 5)
print(type(time.time()).__name__, time.time() > 1.6e9)
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.thread_time()).__name__)
a = time.monotonic()
b = time.monotonic()
print(b >= a)
time.sleep(0)
lt = time.localtime()
print(lt.tm_year >= 2024, 1 <= lt.tm_mon <= 12, 1 <= lt.tm_mday <= 31, len(tuple(lt)))
start = time.perf_counter()
total = sum(range(10000))
print(total, time.perf_counter() - start >= 0)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
