# closing generators early: break out of a for loop, close(), finally blocks and GeneratorExit
def resource():
    print('open')
    try:
        for i in range(10):
            yield i
    finally:
        print('cleanup')
for v in resource():
    print('got', v)
    if v == 2:
        break
print('after loop')
g = resource()
print(next(g), next(g))
g.close()
print('closed')
g.close()
print(next(g, 'exhausted after close'))
def catches_exit():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
g2 = catches_exit()
next(g2)
g2.close()
def never_started():
    try:
        yield 1
    finally:
        print('never printed: not started')
g3 = never_started()
g3.close()
print('closed unstarted generator')
def infinite():
    n = 0
    while True:
        yield n
        n += 1
total = 0
for x in infinite():
    if x > 100:
        break
    total += x
print('sum', total)
it = infinite()
print([next(it) for _ in range(3)], next(it))
def first_match(pred, gen):
    for x in gen:
        if pred(x):
            return x
print(first_match(lambda v: v * v > 50, infinite()))
