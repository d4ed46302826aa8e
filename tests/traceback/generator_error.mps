# exception raised inside a generator propagates to the consuming for loop
def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise IndexError('generator failed at %d' % i)
        yield i

for n in numbers(10):
    print('got', n)
