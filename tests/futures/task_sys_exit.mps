# sys.exit() in a ProcessPoolExecutor task comes back as the future's SystemExit, as CPython (start-methods: fork spawn forkserver)
import concurrent.futures as cf, sys
def task(x):
    sys.exit(x)
if __name__ == '__main__':
    with cf.ProcessPoolExecutor(1) as ex:
        f = ex.submit(task, 7)
        e = f.exception()
        print(type(e).__name__, e.code)
        print(ex.submit(abs, -3).result())
