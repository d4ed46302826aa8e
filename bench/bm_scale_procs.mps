# scale_procs: the seed's prime test, sequentially and then with
# concurrent.futures.ProcessPoolExecutor(2); prints the speedup.
# The list is the seed's without the repeated number and without the one
# composite that needs real work, so the four heavy primes split evenly
# over two workers.  'bm_scale_procs.py seq' runs only the sequential part
# (the driver uses it to measure the machine's ceiling).
import concurrent.futures
import sys
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
    112582705942171,
    115280095190773,
    115797848077099
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
    if len(sys.argv) > 1 and sys.argv[1] == 'seq':
        print(summary(seq))
        return
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        par = list(executor.map(is_prime, PRIMES))
    t2 = time.perf_counter()
    if par != seq:
        print('MISMATCH between sequential and parallel results')
    print(summary(par))
    print('@seq %.4f' % (t1 - t0))
    print('@par %.4f' % (t2 - t1))
    print('@speedup %.4f' % ((t1 - t0) / (t2 - t1)))


if __name__ == '__main__':
    main()
