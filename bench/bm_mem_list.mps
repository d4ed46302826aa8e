# mem_list: a list of 1M distinct ints built with append; the driver
# reports the peak resident set size.  A few passes over the list give a
# checksum (and keep the run long enough to time).


def main():
    n = 1000000
    a = []
    for i in range(n):
        a.append(i * 3 + 1000000)
    total = 0
    for r in range(15):
        for x in a:
            total += x & 1023
    print('mem_list %d %d %d' % (len(a), total, a[n - 1]))


main()
