# mps: not-python (CPython's Pool hangs here) -- sys.exit() in a Pool task ends that worker: the task fails with WorkerLostError naming the exit code and the pool goes on (start-methods: fork spawn forkserver)
import multiprocessing as mp, sys
from multiprocessing.pool import WorkerLostError
def task(x):
    if x == 2:
        sys.exit(5)
    return x * 10
if __name__ == '__main__':
    with mp.Pool(2) as p:
        try:
            print(p.map(task, range(4), chunksize=1))
        except WorkerLostError as e:
            print('WorkerLostError:', 'exited with code 5 while running a task' in str(e))
        print(p.map(task, [1, 3]))
