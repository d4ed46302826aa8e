import itertools
import multiprocessing as mp
from multiprocessing.pool import ThreadPool


def sq(x):
    return x * x


def gen():
    yield 1
    yield 2
    raise ValueError('input broke')


if __name__ == '__main__':
    with mp.Pool(2) as p:
        it = p.imap(sq, itertools.count())
        print([next(it) for _ in range(5)])
    with mp.Pool(2) as p:
        it = p.imap_unordered(sq, itertools.count(), chunksize=3)
        print(len(set(next(it) for _ in range(6))))
    with mp.Pool(2) as p:
        print(list(p.imap(sq, range(10), chunksize=4)))
        print(sorted(p.imap_unordered(sq, range(7))))
        print(list(p.imap(sq, [])), list(p.imap(sq, [], 3)))
        a = p.imap(sq, range(5))
        b = p.imap(sq, range(5, 10), 2)
        print(list(b), list(a))
        it = p.imap(sq, gen())
        print(next(it), next(it))
        try:
            next(it)
        except ValueError as e:
            print('ValueError:', e)
    with ThreadPool(2) as tp:
        print(list(tp.imap(abs, [-1, -2, 3])), sorted(tp.imap_unordered(abs, range(-3, 0))))
    p = mp.Pool(2)
    it = p.imap(sq, range(20))
    p.close()
    p.join()
    print(list(it))
