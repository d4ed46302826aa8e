# mps: not-python (the remote traceback travels as __traceback_text__)
from _serialize import dumps, loads
import _thread

def inner(x):
    return 10 // x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError as e:
    caught = e

r = loads(dumps(caught))
print(type(r).__name__, r.args)
lines = r.__traceback_text__.splitlines()
print(lines[0])
print(lines[-1])
print(any('in inner' in l for l in lines), any('in outer' in l for l in lines))

# an exception that was never raised has no traceback text
n = loads(dumps(KeyError('k')))
print(hasattr(n, '__traceback_text__'))

# sending a received exception again keeps the original text
again = loads(dumps(r))
print(again.__traceback_text__ == r.__traceback_text__)

# OSError keeps its attributes
o = loads(dumps(FileNotFoundError(2, 'No such file or directory')))
print(type(o).__name__, o.errno, o.strerror, str(o))

# a lock cannot cross
try:
    dumps(_thread.allocate_lock())
except TypeError as e:
    print('TypeError:', e)
