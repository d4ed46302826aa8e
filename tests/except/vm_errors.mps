# every VM-raised exception type, caught, with its CPython message
def show(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 1 / 0)
show(lambda: undefined_name_q)
show(lambda: 1 + 'a')
show(lambda: 'a' - 1)
show(lambda: [] * [])
show(lambda: None + 1)
show(lambda: {} + {})
show(lambda: -[])
show(lambda: (1).nope)
show(lambda: 'x'.nope)
show(lambda: None.nope)
show(lambda: {'a': 1}['b'])
show(lambda: [1, 2, 3][3])
show(lambda: (1,)[-2])
show(lambda: int('1x'))
show(lambda: next(iter([])))
show(lambda: int(float('inf')))
try:
    2.0 ** 10000
except OverflowError:
    print('OverflowError from 2.0 ** 10000')
show(lambda: chr(-1))
show(lambda: [].index(0))
show(lambda: len(5))
five = 5
show(lambda: five[0])
show(lambda: iter(5))
show(lambda: {[]: 1})
show(lambda: 'abc'[5])
show(lambda: sum(['a']))
show(lambda: max([]))
show(lambda: ord('ab'))
show(lambda: dict(a=1)['b'])
def assert_fail():
    assert 1 > 2, 'one is not greater'
show(assert_fail)
def assert_plain():
    assert False
show(assert_plain)
def unbound():
    if False:
        z = 1
    return z
show(unbound)
def do_import():
    import nosuchmod
show(do_import)
show(lambda: int.nope)
show(lambda: [1, 2].nope)
