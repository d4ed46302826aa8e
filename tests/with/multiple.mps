# multiple context managers in one with statement: enter in order, exit in reverse order
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError('enter failed: ' + self.name)
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, e, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress
with CM('a') as a, CM('b') as b, CM('c') as c:
    print('body', a, b, c)
try:
    with CM('x') as x, CM('y') as y:
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
with CM('outer', suppress=True), CM('inner'):
    raise KeyError('k')
print('suppressed by outer')
try:
    with CM('first'), CM('second', fail_enter=True), CM('third'):
        print('never')
except RuntimeError as e:
    print('caught', e)
with CM('n1') as n1:
    with CM('n2') as n2:
        print('nested', n1, n2)
