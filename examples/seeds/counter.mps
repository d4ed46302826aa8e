# Threads share memory, processes do not: the same counter incremented by
# a ThreadPool and by a Pool. Processes need shared memory (Value) to agree.
import multiprocessing
from multiprocessing.pool import ThreadPool

counter = 0
shared = multiprocessing.Value('i', 0)


def bump(_):
    global counter
    counter += 1
    with shared.get_lock():
        shared.value += 1


if __name__ == '__main__':
    with ThreadPool(3) as pool:
        pool.map(bump, range(5))
    print('threads:   counter =', counter, ' shared =', shared.value)
    counter = 0
    with multiprocessing.Pool(3) as pool:
        pool.map(bump, range(5))
    print('processes: counter =', counter, ' shared =', shared.value)
    print('(each process bumped its own copy of counter; shared lives in shared memory)')
