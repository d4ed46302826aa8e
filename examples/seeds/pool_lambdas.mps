# Pool.map with lambdas and closures (CPython cannot send them to workers),
# and a worker that dies: its task fails with a clear error, the pool goes on.
import multiprocessing
import os
from multiprocessing.pool import WorkerLostError


def make_scaler(k):
    return lambda x: x * k


def crash(x):
    os._exit(3)


if __name__ == '__main__':
    with multiprocessing.Pool(2) as pool:
        print(pool.map(lambda x: x * x, range(8)))
        print(pool.map(make_scaler(10), range(5)))
        try:
            pool.apply(crash, (1,))
        except WorkerLostError as e:
            print('lost a worker:', e)
        print(pool.map(make_scaler(2), range(5)))
