# TypeError messages for bad calls: counts, missing, unexpected and duplicate arguments
def two(a, b):
    return a + b
def kw(*, key):
    return key
def opt(a, b=1):
    return a
def none():
    return 0
five, text, nothing = 5, 'str', None
tests = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(),
    lambda: two(1, c=2),
    lambda: two(1, a=2),
    lambda: kw(1),
    lambda: kw(),
    lambda: opt(),
    lambda: opt(1, 2, 3),
    lambda: none(1),
    lambda: two(*[1, 2, 3]),
    lambda: two(**{'a': 1, 'b': 2, 'z': 3}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: two(1, **{'a': 1}),
]
for t in tests:
    try:
        t()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
class K:
    def m(self, x):
        return x
try:
    K().m()
except TypeError as e:
    print('TypeError:', e)
try:
    K().m(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    K(1)
except TypeError as e:
    print('TypeError:', e)
