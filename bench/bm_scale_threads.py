# scale_threads: the seed's prime test, sequentially and then with
# concurrent.futures.ThreadPoolExecutor(2); prints the ratio
# time(2 threads) / time(sequential) -- the cost of the GIL.
# The list is bm_scale_procs.py's without its last two primes (two heavy
# primes, one per thread; it keeps the run short).
import concurrent.futures
import time

PRIMES = [
    1116281,
    1297337,
    104395303,
    472882027,
    533000389,
    817504243,
    982451653,
    112272535095293,
    112582705942171
]


def is_prime(n):
    for i in range(2, int(n ** 0.5) + 1):
        if n % i == 0:
            return False
    return n != 1


def summary(results):
    mask = 0
    for k in range(len(results)):
        if results[k]:
            mask |= 1 << k
    return 'scale primes %d, mask %d' % (len(results), mask)


def main():
    t0 = time.perf_counter()
    seq = []
    for n in PRIMES:
        seq.append(is_prime(n))
    t1 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        par = list(executor.map(is_prime, PRIMES))
    t2 = time.perf_counter()
    if par != seq:
        print('MISMATCH between sequential and parallel results')
    print(summary(par))
    print('@seq %.4f' % (t1 - t0))
    print('@par %.4f' % (t2 - t1))
    print('@ratio %.4f' % ((t2 - t1) / (t1 - t0)))


if __name__ == '__main__':
    main()
