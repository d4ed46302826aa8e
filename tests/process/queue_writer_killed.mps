# mps: not-python (CPython hangs here) -- a writer killed in the middle of a large put: join() of another writer returns, and get() reports the broken queue instead of waiting forever (start-methods: fork spawn forkserver)
import multiprocessing as mp
import time


def big_putter(q):
    while True:
        q.put('x' * 3000000)


def small_putter(q):
    q.put('small')


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=big_putter, args=(q,))
    p.start()
    time.sleep(0.5)
    p.kill()
    p.join(3)
    print('killed', p.exitcode)
    p2 = mp.Process(target=small_putter, args=(q,))
    p2.start()
    p2.join(5)
    print('second writer joined in time:', p2.exitcode is not None)
    for i in range(2):
        t0 = time.monotonic()
        try:
            q.get(timeout=2)
            print('got an item')
        except OSError as e:
            print('OSError:', e, '- at once:', time.monotonic() - t0 < 1.5)
