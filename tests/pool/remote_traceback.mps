# An exception re-raised from a pool or process executor has the worker's traceback as its __cause__ (RemoteTraceback), as in CPython (start-methods: fork spawn forkserver)
import multiprocessing as mp
def f(x):
    raise ValueError('bad %d' % x)
if __name__ == '__main__':
    with mp.Pool(2) as p:
        try:
            p.map(f, [1])
        except ValueError as e:
            print(type(e.__cause__).__name__, 'in f' in str(e.__cause__), str(e.__cause__).startswith('\n"""\nTraceback'))
        try:
            p.apply(f, (2,))
        except ValueError as e:
            print(repr(e), type(e.__cause__).__module__, 'raise ValueError' in e.__cause__.tb)
    import concurrent.futures as cf
    with cf.ProcessPoolExecutor(1) as ex:
        err = ex.submit(f, 3).exception()
        print(repr(err), type(err.__cause__).__module__, type(err.__cause__).__name__, 'in f' in str(err.__cause__))
