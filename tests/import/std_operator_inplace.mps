import operator
from functools import cached_property
print(operator.isub(5, 2), operator.itruediv(7, 2), operator.ifloordiv(7, 2), operator.imod(7, 3),
      operator.ipow(2, 5), operator.ilshift(1, 4), operator.irshift(64, 2), operator.iand(6, 3),
      operator.ixor(6, 3), operator.ior(6, 3))
l = [1]
r = operator.iconcat(l, [2])
print(r, l, r is l)
s = {1}
print(operator.ior(s, {2}), s)
class C:
    calls = 0
    @cached_property
    def val(self):
        C.calls += 1
        return 42
c = C()
print(c.val, c.val, C.calls, 'val' in vars(c), type(C.val).__name__)
del c.val
print(c.val, C.calls)
