# Queues, pools and executors give their descriptors back: a program that
# makes thousands of them does not run out (start-methods: fork spawn forkserver)
import concurrent.futures as cf
import gc
import multiprocessing as mp
import os


def nfds():
    return len(os.listdir('/proc/self/fd'))


def child(q):
    q.put('from the child')


if __name__ == '__main__':
    base = nfds()
    for i in range(1500):
        q = mp.Queue()
        q.put(i)
        q.get()
    q = None
    gc.collect()
    print('1500 queues, descriptors kept:', nfds() - base < 20)
    for i in range(10):
        with mp.Pool(2) as p:
            p.map(abs, range(10))
    for i in range(10):
        p = mp.Pool(2)
        p.map(abs, [1])
        p.close()
        p.join()
    for i in range(5):
        with cf.ProcessPoolExecutor(2) as e:
            list(e.map(abs, range(5)))
    p = e = None
    gc.collect()
    print('25 pools, descriptors kept:', nfds() - base < 20)
    q = mp.Queue()
    pr = mp.Process(target=child, args=(q,))
    pr.start()
    pr.join()
    print(q.get())
