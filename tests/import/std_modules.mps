# importing built-in modules in all forms: import, import as, dotted import, from-import
import os.path
import os.path as osp
from os import path
from os.path import join, basename as bn
import math, sys
from math import sqrt, pi as PI
print(os.path.join('a', 'b'), osp.join('c', 'd'), path.join('e', 'f'), join('g', 'h'), bn('/x/y'))
print(osp is os.path, path is os.path, sqrt(9), round(PI, 2))
print(type(math).__name__, math.__name__, sys.__name__, os.path.basename('/q/r.txt'))
def local_import():
    import math as m
    return m.floor(2.5)
print(local_import(), 'm' in globals())
import time, random
print(callable(time.sleep), callable(random.randint))
