# module state is shared between importers; "from" copies the binding at import time
import mod_counter
from mod_counter import count, bump
print(mod_counter.count, count)
print(bump(), bump(), mod_counter.bump())
print(mod_counter.count, count)
import mod_counter as again
print(again.count, again is mod_counter)
def in_function():
    import mod_counter
    return mod_counter.bump()
print(in_function(), mod_counter.count)
mod_counter.count = 0
print(bump())
