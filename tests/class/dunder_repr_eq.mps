# __repr__, __str__, __eq__, __ne__, __lt__ and friends, __hash__, sorted() of objects
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'V({self.x}, {self.y})'
    def __eq__(self, other):
        return isinstance(other, V) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
a, b, c = V(1, 2), V(1, 2), V(0, 5)
print(a, [a, c], {'k': a}, (a,))
print(str(a), repr(a), f'{a}', '%s %r' % (a, a))
print(a == b, a != b, a is b, a == c, a != c, a == 'V(1, 2)')
print(c < a, a < c, a > c, sorted([a, c, V(0, 1)]), max([a, c]), min([a, c]))
print(len({a, b, c}), a in [c, b], {a: 'first'}[b])
class S:
    def __str__(self):
        return 'str only'
s = S()
print(str(s), f'{s}', repr(s).startswith('<__main__.S object at '))
class R:
    def __repr__(self):
        return 'repr only'
print(str(R()), [R()], f'{R()!s}')
class Ord:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        return self.v <= other.v
    def __gt__(self, other):
        return self.v > other.v
    def __ge__(self, other):
        return self.v >= other.v
print(Ord(1) <= Ord(2), Ord(3) > Ord(2), Ord(1) >= Ord(1), Ord(2) < Ord(1))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    {EqOnly(1)}
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([EqOnly(2), EqOnly(1)])
except TypeError as e:
    print('TypeError:', e)
