import concurrent.futures as cf
import time


def ident(x):
    return x


if __name__ == '__main__':
    with cf.ProcessPoolExecutor(1) as ex:
        first = ex.submit(time.sleep, 1.0)
        fs = [ex.submit(ident, i) for i in range(50)]
        time.sleep(0.3)
        print(first.running(), first.cancel(), fs[-1].cancel(), fs[-1].cancelled(), fs[-1].done())
        try:
            fs[-1].result()
        except cf.CancelledError:
            print('CancelledError')
        print([f.result() for f in fs[:5]], fs[-2].result())
        print(fs[-1].cancel(), first.result())
    ex = cf.ProcessPoolExecutor(1)
    ex.submit(time.sleep, 1.0)
    many = [ex.submit(ident, i) for i in range(300)]
    ex.shutdown(cancel_futures=True)
    n = sum(f.cancelled() for f in many)
    print(n >= 250, all(f.done() for f in many))
    with cf.ProcessPoolExecutor(2) as ex:
        print(list(ex.map(ident, range(10))), ex.submit(ident, 'x').result())
