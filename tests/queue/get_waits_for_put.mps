# Queue.get() blocks until a child puts, for small, medium (above PIPE_BUF)
# and large items, with and without a timeout (start-methods: fork spawn forkserver)
import multiprocessing as mp
import time


def later(q, sizes):
    for n in sizes:
        time.sleep(0.45)
        q.put('x' * n)


if __name__ == '__main__':
    sizes = [10, 10000, 300000, 10, 2000000]
    q = mp.Queue()
    p = mp.Process(target=later, args=(q, sizes))
    p.start()
    got = []
    for i, n in enumerate(sizes):
        item = q.get() if i % 2 == 0 else q.get(timeout=30)
        got.append(len(item))
    p.join()
    print(got == sizes, got, p.exitcode)
