# Thread with target, args and kwargs; results collected after join
import os, threading
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

results = []

def work(n, scale=1, *, tag='x'):
    results.append((tag, n * scale))

threads = [threading.Thread(target=work, args=(i,), kwargs={'scale': 10, 'tag': 't%d' % i})
           for i in range(5)]
threads.append(threading.Thread(target=work, args=(7,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(all(not t.is_alive() for t in threads))

# a Thread with no target does nothing
t = threading.Thread()
t.start(); t.join()
print('empty thread ok', t.is_alive())
# args given as a list are accepted too
t = threading.Thread(target=work, args=[3, 3])
t.start(); t.join()
print(results[-1])
_stop.set()
