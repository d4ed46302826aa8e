# sort: list.append of 1M pseudo-random ints from an LCG, then list.sort(),
# then a pass that checks the order.


def main():
    n = 1000000
    x = 12345
    a = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a.append(x)
    a.sort()
    bad = 0
    for i in range(1, n):
        if a[i - 1] > a[i]:
            bad += 1
    print('sort %d %d %d %d, %d out of order'
          % (len(a), a[0], a[n // 2], a[n - 1], bad))


main()
