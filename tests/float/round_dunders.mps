# __round__ __floor__ __ceil__ __trunc__ of int and float as methods; round() and math.floor/ceil/trunc use a subclass's own
import math

def show(f, *args):
    try:
        r = f(*args)
        print(repr(r), type(r).__name__)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print((5).__floor__(), (5).__ceil__(), (5).__trunc__(), (5).__round__(), (-7).__round__(2))
print((2.5).__round__(), (3.5).__round__(), (-2.5).__round__(), (-0.5).__round__(), (0.5).__round__())
print((2.567).__round__(2), (2.675).__round__(2), (1234.5).__round__(-1), (1250.0).__round__(-2), (-0.0).__round__(1))
print((2.5).__floor__(), (2.5).__ceil__(), (-2.5).__floor__(), (-2.5).__ceil__(), (-2.5).__trunc__(), (2.9).__trunc__())
print((12345).__round__(-2), (12350).__round__(-2), (12450).__round__(-2), (-12350).__round__(-2), (15).__round__(-1), (25).__round__(-1))
print((10 ** 30 + 5 * 10 ** 9).__round__(-10), (2 ** 100).__round__(-20), (1e300).__trunc__() == 10 ** 300, (1e22).__floor__())
print(True.__round__(), True.__floor__(), False.__ceil__(), type(True.__trunc__()).__name__, (5.5).__round__(None))
print(int.__floor__(7), float.__ceil__(7.1), float.__round__(2.675, 2), int.__round__(15, -1), float.__trunc__(-3.9))
print(round(5, 10 ** 30), round(1.5, 10 ** 30), round(1.5, -10 ** 30), round(-1.5, -10 ** 30), round(2.5, None))
print(round(1e300, -299), round(123.456, -1), round(123.456, 1), round(5e-324, 323), round(5e-324, 324))
show((5).__round__, None)
show((5).__round__, 1, 2)
show((5.0).__round__, 1, 2)
show((5).__floor__, 1)
show((5.5).__ceil__, 1)
show((2.5).__round__, 1.0)
show((25).__round__, -1.0)
show((5).__round__, 'a')
show(float('nan').__floor__)
show(float('inf').__ceil__)
show(float('-inf').__trunc__)
show(float('inf').__round__)
show(float('nan').__round__)
show(float('nan').__round__, 2)
show(float('inf').__round__, -2)
show(int.__round__, 2.5)
show(float.__floor__, 3)
show(round, 1.7976931348623157e308, -308)

class I(int):
    pass
class F(float):
    def __floor__(self):
        return 'F.floor'
    def __round__(self, n=None):
        return ('F.round', n)
class G(float):
    pass
class H:
    def __float__(self):
        return 2.5
class T:
    def __trunc__(self):
        return 'T.trunc'
    def __floor__(self):
        return 'T.floor'
    def __round__(self, n=None):
        return ('T.round', n)
for f in (math.floor, math.ceil, math.trunc, round):
    for v in (I(5), True, F(2.5), G(-2.5), H(), T(), 'a', 2 ** 80, -3.5, float('nan'), float('inf'), None):
        try:
            r = f(v)
            print(f.__name__, type(v).__name__, repr(r), type(r).__name__)
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(v).__name__, type(e).__name__, e)
print(round(T(), 'x'), round(T(), None), round(I(15), -1), type(round(I(15), 1)).__name__, round(F(1.5), 3), round(G(2.5)))
print(I(7).__floor__(), type(I(7).__round__()).__name__, G(2.5).__round__(), G(2.25).__round__(1))
