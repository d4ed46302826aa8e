# loop: integer arithmetic in a while loop and a for-range loop.


def main():
    n = 4000000
    total = 0
    i = 0
    while i < n:
        total += i % 7 * i
        i += 1
    acc = 1
    for j in range(n):
        acc = (acc * 31 + j) % 1000003
        total += acc & 255
    print('loop %d %d' % (total, acc))


main()
