# Pool and executor workers are numbered by the global process counter, as CPython (ForkPoolWorker-2, ForkProcess-6)
import multiprocessing as mp, concurrent.futures as cf
def name(_):
    return mp.current_process().name
if __name__ == '__main__':
    p = mp.Process(target=print, args=())
    p.start(); p.join()
    print(p.name)
    with mp.Pool(2) as pool:
        print(set(pool.map(name, range(20), chunksize=1)) <= {'ForkPoolWorker-2', 'ForkPoolWorker-3'})
    with mp.Pool(2) as pool:
        print(set(pool.map(name, range(20), chunksize=1)) <= {'ForkPoolWorker-4', 'ForkPoolWorker-5'})
    with cf.ProcessPoolExecutor(1) as ex:
        print(list(ex.map(name, range(2))))
    print(mp.Process().name)
