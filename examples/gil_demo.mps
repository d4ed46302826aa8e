# gil_demo.mps — CPU-bound work: how long does it take?
#
# The main demo of mps. It counts primes in a few ranges and prints a table
# of the time taken. This first version runs the work sequentially; rows
# for threads (which the GIL serialises: no faster) and for processes
# (which run in parallel: faster on several cores) join it as the
# threading and multiprocessing modules land.
import time

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True

def count_primes(lo, hi):
    c = 0
    for n in range(lo, hi):
        if is_prime(n):
            c += 1
    return c

CHUNKS = [(i * 50000, (i + 1) * 50000) for i in range(4)]

def sequential():
    return [count_primes(lo, hi) for lo, hi in CHUNKS]

def run(mode, workers, fn):
    t0 = time.perf_counter()
    counts = fn()
    dt = time.perf_counter() - t0
    print(f"{mode:<12} {workers:>7} {sum(counts):>8} {dt:>9.3f}")
    return dt

if __name__ == "__main__":
    print(f"counting primes below {CHUNKS[-1][1]} in {len(CHUNKS)} chunks")
    print(f"{'mode':<12} {'workers':>7} {'primes':>8} {'seconds':>9}")
    run("sequential", 1, sequential)
