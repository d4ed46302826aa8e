# fib: recursive function calls -- fib(30) (1.35 million calls), six times.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for k in range(6):
        total += fib(30)
    print('fib(30) x6 = %d' % total)


main()
