# for loops over lists, strings, ranges, dicts, tuples; for/else; break/continue; nested
for c in 'abc':
    print(c, end=' ')
print()
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print((i, j), end=' ')
print()
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print('for-else: no break')
for x in [1, 5, 3]:
    if x == 5:
        print('found 5')
        break
else:
    print('not printed')
for x in []:
    print('never')
else:
    print('else on empty')
for k in {'b': 1, 'a': 2}:
    print(k, end=' ')
print()
for k, v in {'b': 1, 'a': 2}.items():
    print(k, v, end=' | ')
print()
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for i in range(0):
    pass
print('i after loop', i)
x = 'unchanged'
for x in range(3):
    pass
print('x after loop', x)
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
for idx, ch in enumerate('xyz', 1):
    print(idx, ch)
for a, b in zip([1, 2, 3], 'ab'):
    print(a, b)
total = 0
for row in [[1, 2], [3, 4]]:
    for val in row:
        total += val
print(total)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
print(lst)
