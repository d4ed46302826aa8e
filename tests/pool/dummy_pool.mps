# multiprocessing.dummy.Pool: the Pool API over threads (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing.dummy as mpd
from multiprocessing.dummy import Pool
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

def word_len(w):
    return len(w)

pool = Pool(3)
print(pool.map(word_len, ['a', 'bb', 'ccc', '']))
r = pool.apply_async(word_len, ('four',))
print(r.get(5))
print(sorted(pool.imap_unordered(word_len, ['xx', 'y', 'zzz'])))
pool.close()
pool.join()

with mpd.Pool() as p2:
    print(p2.starmap(pow, [(2, 3), (3, 2)]))

seen = set()
def who(_):
    seen.add(threading.current_thread() is threading.main_thread())
    return os.getpid()
with Pool(2) as p3:
    pids = p3.map(who, range(10))
print(seen, set(pids) == {os.getpid()})
print(mpd.current_process().name)
_stop.set()
