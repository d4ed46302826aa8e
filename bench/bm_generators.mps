# generators: a generator pipeline -- source generator -> filtering
# generator -> mapping generator -> sum().


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def keep(it):
    for x in it:
        if x % 3 != 0:
            yield x


def square_mod(it):
    for x in it:
        yield x * x % 1000


def main():
    n = 6000000
    total = sum(square_mod(keep(count(n))))
    print('generators %d' % total)


main()
