# import a sibling module: attributes, module runs once, import as, __name__ of module and script
print('script __name__ =', __name__)
import mod_helper
print(mod_helper.CONST, mod_helper.double(21), mod_helper.Greeter('ann').greet())
print(mod_helper.__name__, type(mod_helper).__name__)
import mod_helper
import mod_helper as mh
print(mh is mod_helper, mh.double(5))
mh.CONST = 100
print(mod_helper.CONST)
print(mod_helper.add_item('x'), mh.add_item('y'), mod_helper.items)
import sys
print('mod_helper' in sys.modules, sys.modules['mod_helper'] is mod_helper)
print(hasattr(mod_helper, 'double'), hasattr(mod_helper, 'nope'))
print(sorted(n for n in dir(mod_helper) if not n.startswith('_')))
