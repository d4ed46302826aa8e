# from-imports: names, aliases, star import skips underscore names, __all__ limits star import
from mod_helper import double, CONST as ANSWER, Greeter
print(double(4), ANSWER, Greeter('bob').greet())
from mod_helper import *
print(CONST, 'items' in dir(), '_private' in dir())
try:
    print(_private)
except NameError as e:
    print('NameError:', e)
from mod_helper import _private
print(_private)
from mod_all import *
print(public_a, helper_fn())
try:
    public_b
except NameError as e:
    print('NameError:', e)
from mod_all import public_b
print(public_b)
