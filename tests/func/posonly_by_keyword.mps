def f(a, b, /, c, *, d=1):
    return a, b, c, d
for kw in ({'a': 1, 'b': 2, 'c': 3}, {'b': 2, 'a': 1, 'c': 3}, {'b': 2, 'c': 3}, {'c': 3, 'd': 4}):
    try:
        print(f(**kw))
    except TypeError as e:
        print('TypeError:', e)
try:
    f(1, b=2, c=3)
except TypeError as e:
    print('TypeError:', e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
