# if / elif / else chains, nested ifs, truthiness of conditions, pass
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
print([classify(x) for x in (-5, 0, 3, 42, 1000)])
for v in [0, 1, '', 'a', [], [0], None, 0.0]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 7
if x > 5:
    if x % 2:
        print('big odd')
    else:
        print('big even')
if x == 7: print('one-liner')
if x > 100:
    pass
elif x > 50:
    pass
else:
    print('else branch')
if not x:
    print('never')
if x and not None:
    print('and/not')
y = 0
if y: print('no')
elif not y: print('elif one-liner')
def fizz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append('FizzBuzz')
        elif i % 3 == 0:
            out.append('Fizz')
        elif i % 5 == 0:
            out.append('Buzz')
        else:
            out.append(str(i))
    return ' '.join(out)
print(fizz(20))
