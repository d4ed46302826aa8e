# datetime.time: construction and validation, repr/str, isoformat with
# timespec, fromisoformat, strftime/format, replace, utcoffset/tzname/dst
# with a tzinfo, comparisons between naive and aware times, hashing.
from datetime import time, timezone, timedelta, tzinfo


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


t = time(13, 4, 5, 6789)
print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1)), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)))
print(repr(time(1, 2, tzinfo=timezone.utc)), repr(time(1, 2, 3, 4, timezone(timedelta(hours=-3)), fold=1)))
print(repr(time(hour=23, minute=59, second=59, microsecond=999999, fold=1)), bool(time()), bool(time(0, tzinfo=timezone.utc)))

# isoformat and timespec
tz = timezone(timedelta(hours=5, minutes=30))
for x in [t, time(1, 2), time(1, 2, 3, 450000), time(23, 59, 59, 999999, tz), time(0, 0, tzinfo=timezone(timedelta(seconds=-3725, microseconds=-1)))]:
    print(x.isoformat(), '|', str(x), '|', ' '.join(x.isoformat(ts) for ts in
          ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']))

# fromisoformat
for s in ['13', '1304', '13:04', '13:04:05', '130405', '13:04:05.6', '13:04:05,123456789', 'T13:04',
          '13:04:05Z', '13:04+01', '13:04:05-0530', '13:04:05.5+05:30:15', '00:00:00+00:00']:
    print(s, repr(time.fromisoformat(s)))
print(time.fromisoformat(t.isoformat()) == t, time.fromisoformat(time(1, 2, tzinfo=tz).isoformat()) == time(1, 2, tzinfo=tz))

# strftime and format (the date part is 1900-01-01)
print(t.strftime('%H:%M:%S.%f %I %p %Y-%m-%d %a %j|%z|%Z|'), time(1, tzinfo=tz).strftime('%z %Z'))
print(f'{t:%H.%M}', format(t, ''), f'{t}')

# replace
print(repr(t.replace(hour=0)), repr(t.replace(tzinfo=tz)), repr(t.replace(tzinfo=tz).replace(tzinfo=None)), repr(t.replace(fold=1)))


# a tzinfo subclass
class Minus2(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-2)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'M2'

    def __repr__(self):
        return 'Minus2()'


m = time(10, 30, tzinfo=Minus2())
print(repr(m), m.utcoffset(), m.dst(), m.tzname(), m.isoformat(), time(1).utcoffset(), time(1).tzname(), time(1).dst())

# comparisons: aware times compare in UTC; naive == aware is False, < raises
a = time(12, 0, tzinfo=timezone.utc)
b = time(13, 0, tzinfo=timezone(timedelta(hours=1)))
c = time(12, 0)
print(a == b, a < b, a <= b, hash(a) == hash(b), m == time(12, 30, tzinfo=timezone.utc), m > a)
print(c == a, c != a, show(lambda: c < a), c == time(12), c < time(12, 0, 1), time(1, fold=1) == time(1), hash(time(1, fold=1)) == hash(time(1)))
print(sorted([time(5), time(1, 30), time(23, 59), time(0)]), len({time(1), time(1, 0), time(1, 0, 0, 0)}))

# class attributes
print(repr(time.min), repr(time.max), repr(time.resolution))

# errors
for f in [lambda: time(24), lambda: time(-1), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 10 ** 6),
          lambda: time(1, fold=2), lambda: time(1, tzinfo='UTC'), lambda: time(1.5), lambda: time('1'),
          lambda: time.fromisoformat('24:00'), lambda: time.fromisoformat('1:00'), lambda: time.fromisoformat('12:00:'),
          lambda: time.fromisoformat('12:00+24:00'), lambda: time.fromisoformat(1200), lambda: t.isoformat('days'),
          lambda: t.isoformat(5), lambda: t.replace(hour=24), lambda: t.strftime(1), lambda: setattr(t, 'hour', 1)]:
    print(show(f))
