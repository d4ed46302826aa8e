# __class_getitem__ is an implicit classmethod (also with @classmethod);
# a __hash__ result that fits a machine word is kept as is; list, dict,
# set and bytearray have __hash__ = None (subclasses stay unhashable).
class A:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class B(A):
    pass
class C:
    @classmethod
    def __class_getitem__(cls, item):
        return 'C', item
print(A[int], B[str, 1], C[0])
print(type(A.__dict__['__class_getitem__']).__name__)
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in [6295988839707246896, -1, 2**61 - 1, 2**61, 2**64 + 5, -2**63, 12]:
    print(hash(H(h)))
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, tuple.__hash__ is not None)
class L(list): pass
class L2(list):
    def __hash__(self): return 7
class D(dict): pass
for v in [L(), L2(), D(), [], {}, set(), bytearray(), frozenset(), (1,)]:
    try:
        print(type(v).__name__, hash(v) if not isinstance(v, (frozenset, tuple)) else 'ok')
    except TypeError as e:
        print(type(v).__name__, 'TypeError', e)
