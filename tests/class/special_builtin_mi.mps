# Special methods with a built-in base in multiple inheritance: the MRO
# decides, so the built-in class's own behaviour wins over a later base.

class Mixin:
    def __add__(self, other):
        return 'Mixin.__add__'

    def __repr__(self):
        return 'Mixin.__repr__'

    def __len__(self):
        return 42

    def __getitem__(self, i):
        return 'Mixin.__getitem__'

    def describe(self):
        return 'Mixin.describe'


class J(int, Mixin):
    pass


j = J(3)
print(j + 1, repr(j), j.describe())
# int has no __len__ or __getitem__: the mixin's are found
print(len(j), j[0])


class K(Mixin, int):
    pass


k = K(3)
print(k + 1, repr(k), len(k))


class S(str, Mixin):
    pass


s = S('abc')
print(s + 'd', repr(s), len(s), s[0], s.describe())


class LM(list, Mixin):
    pass


lm = LM([1, 2])
print(lm + [3], repr(lm), len(lm), lm[0])


class Named:
    def __str__(self):
        return 'Named.__str__'


class Err(Exception, Named):
    pass


print(str(Err('message')))


# __base__ is the base that gives the instances their layout
class F(Named, ValueError):
    pass


print(K.__base__.__name__, J.__base__.__name__, F.__base__.__name__, Err.__base__.__name__)
try:
    raise F('bad value')
except ValueError as e:
    print('caught', type(e).__name__, e.args, str(e))
