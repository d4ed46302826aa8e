import multiprocessing as mp
import threading


def waiter(b, q):
    try:
        b.wait()
        q.put('passed')
    except threading.BrokenBarrierError:
        q.put('broken')


if __name__ == '__main__':
    try:
        mp.Barrier(2, timeout=0.1).wait()
    except threading.BrokenBarrierError:
        print('caught')
    print(hasattr(mp, 'BrokenBarrierError'))
    b = mp.Barrier(2)
    q = mp.Queue()
    p = mp.Process(target=waiter, args=(b, q))
    p.start()
    import time
    time.sleep(0.2)
    b.abort()
    print(q.get(timeout=5))
    p.join()
    print(p.exitcode, b.broken)
