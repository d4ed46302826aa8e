# Pool.close(); join() returns even when an imap iterator was not read to the end (start-methods: fork spawn forkserver)
import multiprocessing as mp
from multiprocessing.pool import ThreadPool
if __name__ == '__main__':
    for P in (mp.Pool, ThreadPool):
        p = P(2)
        it = p.imap(abs, [1, -2, 3])
        print(next(it))
        it2 = p.imap_unordered(abs, [4, 5])
        p.close()
        p.join()
        print(P.__name__, 'joined', sorted(it2), list(it))
