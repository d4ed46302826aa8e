# pool_map_c1: Pool(2).map over 30k trivial items with chunksize=1 (one
# message per item each way).
import multiprocessing

N = 30000


def square(x):
    return x * x


def main():
    with multiprocessing.Pool(2) as pool:
        result = pool.map(square, range(N), chunksize=1)
    print('pool_map_c1 %d results, sum %d' % (len(result), sum(result)))


if __name__ == '__main__':
    main()
