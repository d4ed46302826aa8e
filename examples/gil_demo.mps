# gil_demo — why threads do not speed up CPU-bound work under a GIL, and
# processes do. Runs the prime test of the seed posts (is_prime over big
# primes) sequentially, with ThreadPoolExecutor and with
# ProcessPoolExecutor, for 1, 2 and 4 workers, and prints a table:
# wall time, CPU time, CPU% (CPU time / wall time) and the speedup over
# the sequential run.
#
#   mps examples/gil_demo.mps          # the full run
#   mps examples/gil_demo.mps quick    # smaller numbers, a few seconds
import sys
import os
import time
import concurrent.futures

PRIMES = [
    112272535095293,
    112582705942171,
    115280095190773,
    115797848077099,
]
QUICK = [999999999989, 999999999959, 999999999961, 999999999863]


def is_prime(n):
    for i in range(2, int(n ** 0.5) + 1):
        if n % i == 0:
            return False
    return n != 1


def timed_thread(n):
    # CPU time of this thread only: under the GIL the threads take turns
    t0 = time.thread_time()
    r = is_prime(n)
    return r, time.thread_time() - t0


def timed_process(n):
    t0 = time.process_time()
    r = is_prime(n)
    return r, time.process_time() - t0


def run(variant, workers, numbers):
    t0 = time.perf_counter()
    if variant == 'sequential':
        c0 = time.process_time()
        results = [is_prime(n) for n in numbers]
        cpu = time.process_time() - c0
    else:
        if variant == 'threads':
            pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)
            fn = timed_thread
        else:
            pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers)
            fn = timed_process
        with pool:
            pairs = list(pool.map(fn, numbers))
        results = [p[0] for p in pairs]
        cpu = sum(p[1] for p in pairs)
    wall = time.perf_counter() - t0
    assert all(results), 'every number in the list is prime'
    return wall, cpu


def main():
    numbers = QUICK * 2 if 'quick' in sys.argv[1:] else PRIMES
    print('is_prime over %d numbers, %d CPUs' % (len(numbers), os.cpu_count()))
    print()
    print('%-12s %7s %9s %9s %6s %8s' % ('variant', 'workers', 'wall (s)', 'CPU (s)', 'CPU%', 'speedup'))
    print('-' * 56)
    base, cpu = run('sequential', 1, numbers)
    print('%-12s %7d %9.2f %9.2f %5.0f%% %7.2fx' % ('sequential', 1, base, cpu, 100 * cpu / base, 1.0))
    for variant in ('threads', 'processes'):
        for workers in (1, 2, 4):
            wall, cpu = run(variant, workers, numbers)
            print('%-12s %7d %9.2f %9.2f %5.0f%% %7.2fx' % (variant, workers, wall, cpu,
                                                          100 * cpu / wall, base / wall))
    print()
    print('Threads share one GIL: only one runs mps code at a time, so CPU% stays')
    print('near 100% and the speedup near 1x. Processes each have their own')
    print('interpreter and GIL: with 2 cores they run in parallel (CPU% near 200%).')


if __name__ == '__main__':
    main()
