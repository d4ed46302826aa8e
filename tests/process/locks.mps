# multiprocessing Lock, RLock and Semaphore work across processes (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def try_lock(lock, q):
    q.put(('first try', lock.acquire(timeout=0.05)))
    q.put(('blocking', lock.acquire(timeout=5)))
    lock.release()

def rlock_child(rl, q):
    with rl:
        with rl:
            q.put('rlock re-entered in child')

def limited(sem, counter, peak, lock):
    with sem:
        with lock:
            counter.value += 1
            peak.value = max(peak.value, counter.value)
        time.sleep(0.05)
        with lock:
            counter.value -= 1

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    q = mp.Queue()
    lock = mp.Lock()
    lock.acquire()
    p = mp.Process(target=try_lock, args=(lock, q))
    p.start()
    print(q.get(timeout=5))
    lock.release()
    print(q.get(timeout=5))
    p.join()
    print(lock.acquire(timeout=1))
    lock.release()

    rl = mp.RLock()
    rl.acquire(); rl.acquire()
    p = mp.Process(target=rlock_child, args=(rl, q))
    p.start()
    time.sleep(0.05)
    print(q.empty())
    rl.release(); rl.release()
    print(q.get(timeout=5))
    p.join()

    sem = mp.Semaphore(2)
    counter, peak = mp.Value('i', 0), mp.Value('i', 0)
    guard = mp.Lock()
    ps = [mp.Process(target=limited, args=(sem, counter, peak, guard)) for _ in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('peak', peak.value, 'inside', counter.value)
    print(sem.acquire(False), sem.acquire(False), sem.acquire(False))
    bs = mp.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', type(e).__name__)
    _stop.set()
