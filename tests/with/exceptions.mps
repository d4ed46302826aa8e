# with statement and exceptions: __exit__ sees the exception, suppression by a true return, errors in __exit__
class Logger:
    def __init__(self, suppress=False):
        self.suppress = suppress
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit:', exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
try:
    with Logger():
        raise ValueError('not suppressed')
except ValueError as e:
    print('propagated:', e)
with Logger(suppress=True):
    raise KeyError('suppressed')
print('continues after suppressed error')
with Logger(suppress=True):
    print('no error in body')
def suppressed_return():
    with Logger(suppress=True):
        1 / 0
    return 'function continues'
print(suppressed_return())
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        raise RuntimeError('error in __exit__')
try:
    with BadExit():
        print('body ran')
except RuntimeError as e:
    print('caught:', e)
try:
    with BadExit():
        raise ValueError('original')
except RuntimeError as e:
    print('caught:', e, '| context:', repr(e.__context__))
class BadEnter:
    def __enter__(self):
        raise OSError('cannot enter')
    def __exit__(self, *a):
        print('never called')
try:
    with BadEnter():
        print('never runs')
except OSError as e:
    print('enter failed:', e)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1
with Truthy():
    raise TypeError('suppressed by truthy int')
print('end')
