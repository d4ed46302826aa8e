# `from package import *` imports the submodules its __all__ names;
# __import__ returns the top package, or the module itself with a fromlist.
import sys
from pkg_star import *
print(sub_a.x, sub_b.y, value)
print(sorted(k for k in sys.modules if k.startswith('pkg_star')))
top = __import__('pkg_star.sub_a')
print(top.__name__, top.sub_a.x)
leaf = __import__('pkg_star.sub_b', globals(), None, ['y'])
print(leaf.__name__, leaf.y)
print(__import__('json').dumps([1]))
for bad in ('', 'no_such_module_here'):
    try:
        __import__(bad)
    except (ValueError, ImportError) as e:
        print(type(e).__name__, e)
