# proc_fork: Process start + join, 300 times, one after another, with the
# 'fork' start method.
import multiprocessing
import sys

N = 300


def work(i):
    sys.exit(i % 3)


def main():
    ctx = multiprocessing.get_context('fork')
    codes = 0
    for i in range(N):
        p = ctx.Process(target=work, args=(i,))
        p.start()
        p.join()
        codes += p.exitcode
    print('proc_fork %d processes, exit codes sum %d' % (N, codes))


if __name__ == '__main__':
    main()
