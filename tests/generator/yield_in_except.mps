# A generator suspended inside an except block keeps the exception it is
# handling: a bare raise after the yield re-raises it, as in CPython.
import sys
def g():
    try:
        raise KeyError('outer')
    except KeyError:
        yield 1
        yield repr(sys.exc_info()[1])
        raise
x = g()
print(next(x))
print(next(x))
try:
    next(x)
except KeyError as e:
    print('reraised', repr(e))
def h():
    try:
        raise ValueError('in gen')
    except ValueError:
        yield 'a'
    yield repr(sys.exc_info()[1])
y = h()
try:
    raise TypeError('caller')
except TypeError:
    print(next(y))
    print(next(y))
def ctx():
    try:
        raise IndexError('ctx')
    except IndexError as e:
        yield
        raise RuntimeError('wrapped') from e
z = ctx()
next(z)
try:
    next(z)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
