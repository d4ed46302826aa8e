# primes: the seed's prime test (seed-programs/28_primes_threads.py), run
# sequentially: trial division of 13 numbers, five of them 15-digit primes.

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
    112272535095293,
    115280095190773,
    115797848077099,
    1099726899285419
]


def is_prime(n):
    for i in range(2, int(n ** 0.5) + 1):
        if n % i == 0:
            return False
    return n != 1


def main():
    count = 0
    mask = 0
    for k in range(len(PRIMES)):
        if is_prime(PRIMES[k]):
            count += 1
            mask |= 1 << k
    print('primes %d of %d, mask %d' % (count, len(PRIMES), mask))


main()
