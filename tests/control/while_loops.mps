# while loops with else, break, continue, nested loops and counters
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i =', i)
else:
    print('while-else ran, i =', i)
n = 0
while True:
    n += 1
    if n > 3:
        break
print('broke at', n)
j = 10
while j > 0:
    j -= 3
    if j == 4:
        print('breaking at 4')
        break
else:
    print('not printed')
k = 0
while k < 0:
    k += 1
else:
    print('else of never-run while')
total = 0
a = 0
while a < 4:
    b = 0
    while b < 4:
        if b > a:
            break
        total += a * b
        b += 1
    a += 1
print('total', total)
def find(xs, target):
    idx = 0
    while idx < len(xs):
        if xs[idx] == target:
            break
        idx += 1
    else:
        return -1
    return idx
print(find([4, 5, 6], 6), find([4, 5, 6], 9))
x = 100
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print('steps', steps)
lst = [1, 2, 3]
while lst:
    print('pop', lst.pop())
