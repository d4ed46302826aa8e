# queue: multiprocessing.Queue throughput -- a child process puts 200k small
# items (ints), the parent gets them all.
import multiprocessing

N = 200000


def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)


def main():
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=producer, args=(q, N))
    p.start()
    total = 0
    count = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
        count += 1
    p.join()
    print('queue %d items, sum %d, exitcode %d' % (count, total, p.exitcode))


if __name__ == '__main__':
    main()
