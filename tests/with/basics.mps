# with statement: __enter__ return value, __exit__ called on normal exit, order of calls
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return 'value-of-' + self.name
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type, exc)
        return False
with CM('a') as v:
    print('body got', v)
with CM('b'):
    print('body without as')
def f():
    with CM('in function') as v:
        return 'returned ' + v
print(f())
for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)
class Self:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print('exit args', args)
with Self() as s:
    print(type(s).__name__)
class Tracker:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append('enter')
        return self
    def __exit__(self, t, e, tb):
        self.events.append('exit')
t = Tracker()
with t:
    t.events.append('body')
print(t.events)
with CM('pair') as (first, *rest):
    print(first, rest[:3])
