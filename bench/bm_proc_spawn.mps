# proc_spawn: Process start + join, 50 times, one after another, with the
# 'spawn' start method.
import multiprocessing
import sys

N = 50


def work(i):
    sys.exit(i % 3)


def main():
    ctx = multiprocessing.get_context('spawn')
    codes = 0
    for i in range(N):
        p = ctx.Process(target=work, args=(i,))
        p.start()
        p.join()
        codes += p.exitcode
    print('proc_spawn %d processes, exit codes sum %d' % (N, codes))


if __name__ == '__main__':
    main()
