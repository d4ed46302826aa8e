class Bad:
    def __iter__(self):
        raise TypeError('inner problem')
for arg in (5, None, Bad(), [1], ['a', 2], (x for x in 'ab'), {'k': 1}):
    try:
        print(repr(','.join(arg)))
    except TypeError as e:
        print('TypeError:', e)
def gen():
    yield 'a'
    raise TypeError('while iterating')
try:
    ','.join(gen())
except TypeError as e:
    print('TypeError:', e)
