# pool_map: Pool(2).map over 100k trivial items, default chunksize; the map
# is repeated 30 times on the same pool.
import multiprocessing

N = 100000
ROUNDS = 30


def square(x):
    return x * x


def main():
    total = 0
    count = 0
    with multiprocessing.Pool(2) as pool:
        for r in range(ROUNDS):
            result = pool.map(square, range(r, N + r))
            total += sum(result)
            count += len(result)
    print('pool_map %d results, sum %d' % (count, total))


if __name__ == '__main__':
    main()
