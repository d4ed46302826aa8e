# str/repr of ints, number formatting via str(), and digit manipulation
for n in [0, 1, -1, 10, 255, -255, 2 ** 31, -(2 ** 31), 2 ** 63 - 1, -(2 ** 63)]:
    print(n, repr(n), str(n), len(str(n)))
n = 9876543210
print([int(c) for c in str(n)], sum(int(c) for c in str(n)))
print(str(n)[::-1], int(str(n)[::-1]))
print(''.join(sorted(str(31415926))))
print(int('0' * 10 + '7'), str(7).zfill(4), str(-7).zfill(4))
print(f'{n}', '%d' % n, '{}'.format(n), format(n, ','), format(n, '_'))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, 'o'), format(255, 'b'), format(255, '#b'))
print(format(-255, 'x'), format(42, '08d'), format(42, '+d'), format(-42, '+d'), format(42, ' d'))
print(format(42, '<6d') + '|', format(42, '>6') + '|', format(42, '^6') + '|', format(-42, '=6') + '|')
print(format(1234567, ',d'), format(-1234567, ','), format(1234, '08,d'))
print(str(True), str(False), repr(True), int(True) + 1)
