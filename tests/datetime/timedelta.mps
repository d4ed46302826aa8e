# datetime.timedelta: normalisation of ints and floats (CPython's rounding),
# str/repr, arithmetic with timedeltas, ints and floats, comparisons, hashing,
# total_seconds, min/max/resolution and the overflow messages.
from datetime import timedelta


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


# normalisation
print(repr(timedelta()), repr(timedelta(1, 7384)), repr(timedelta(weeks=1, days=-1)))
print(repr(timedelta(hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1001)))
print(repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)), repr(timedelta(days=-1, seconds=86401)))
print(repr(timedelta(days=True)), repr(timedelta(minutes=-0)))

# floats: exact integral parts, fractions summed and rounded half to even
for kw in [dict(days=0.5), dict(hours=1.5), dict(seconds=1.0000005), dict(seconds=1.0000015),
           dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5), dict(microseconds=-0.5),
           dict(microseconds=-1.5), dict(milliseconds=0.0005), dict(days=1 / 3), dict(weeks=-2 / 3),
           dict(minutes=0.1, seconds=0.2, microseconds=0.4), dict(days=1e-9, hours=1e-9),
           dict(seconds=86399.9999995), dict(days=123456.789, seconds=-0.000001),
           dict(microseconds=1e15), dict(hours=-0.0000001)]:
    print(sorted(kw.items()), repr(timedelta(**kw)))

# str
for td in [timedelta(0), timedelta(1), timedelta(-1), timedelta(2, 3723, 5), timedelta(seconds=-1),
           timedelta(days=-2, microseconds=10), timedelta(hours=23, minutes=59, seconds=59, microseconds=999999),
           timedelta.max, timedelta.min, timedelta.resolution]:
    print(str(td), '|', repr(td), '|', td.days, td.seconds, td.microseconds, td.total_seconds())

# arithmetic
a = timedelta(days=3, hours=4, microseconds=7)
b = timedelta(hours=-5, seconds=30)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+b), repr(abs(b)), repr(abs(a)))
print(repr(a * 3), repr(3 * a), repr(a * -1), repr(a * 0), repr(a * 0.5), repr(0.25 * a), repr(b * 1.1))
print(repr(a / 4), repr(a / 7), repr(a / 0.3), repr(a // 4), repr(b // 7), repr(timedelta(microseconds=5) / 2),
      repr(timedelta(microseconds=7) / 2), repr(timedelta(microseconds=-5) / 2))
print(a / b, a // b, repr(a % b), divmod(a, b), a / timedelta(hours=1), a // timedelta(hours=1))
print(repr(timedelta(microseconds=3) * 0.5), repr(timedelta(microseconds=5) * 0.5), repr(timedelta(seconds=1) / 3.0))
print(timedelta(days=1) / timedelta(seconds=7), timedelta(days=1) % timedelta(seconds=7))

# comparisons and hashing
vals = [timedelta(0), timedelta(microseconds=1), timedelta(hours=24), timedelta(days=1), timedelta(days=-1)]
for x in vals:
    print([(x < y, x <= y, x == y, x != y, x > y, x >= y) for y in vals[:3]])
print(timedelta(1) == 1, timedelta(1) != 'x', timedelta(0) == False, bool(timedelta(0)), bool(timedelta(microseconds=-1)))
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)), len({timedelta(seconds=60), timedelta(minutes=1), timedelta(0)}))
print(sorted([timedelta(hours=5), timedelta(days=-1), timedelta(0), timedelta(minutes=3)]))
print(max(vals), min(vals), sum(vals, timedelta()))

# class attributes
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution), timedelta(7).max == timedelta.max)

# overflow and bad types
print(show(lambda: timedelta(days=999999999, hours=24)))
print(show(lambda: timedelta(days=-1000000000)))
print(show(lambda: timedelta(days=1e9)))
print(show(lambda: timedelta(days=10 ** 10)))
print(show(lambda: timedelta.max + timedelta.resolution))
print(show(lambda: timedelta.min - timedelta.resolution))
print(show(lambda: -timedelta.min))
print(show(lambda: timedelta.max * 2))
print(show(lambda: timedelta(days=float('inf'))))
print(show(lambda: timedelta(seconds=float('nan'))))
print(show(lambda: timedelta(days='1')))
print(show(lambda: timedelta(hours=None)))
print(show(lambda: timedelta(1) * float('inf')))
print(show(lambda: timedelta(1) / 0))
print(show(lambda: timedelta(1) / 0.0))
print(show(lambda: timedelta(1) // 0))
print(show(lambda: timedelta(1) / timedelta(0)))
print(show(lambda: timedelta(1) % timedelta(0)))
print(show(lambda: timedelta(1) + 1))
print(show(lambda: 1 - timedelta(1)))
print(show(lambda: timedelta(1) * None))
print(show(lambda: timedelta(1) // 1.5))
print(show(lambda: 2 / timedelta(1)))
print(show(lambda: setattr(timedelta(1), 'days', 2)))
