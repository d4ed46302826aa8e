# datetime.datetime: construction, attributes, combine, date()/time()/
# timetz(), arithmetic with timedeltas and between datetimes (naive and
# aware), comparisons, hashing, timestamp()/fromtimestamp/utcfromtimestamp
# with fixed offsets, now()/utcnow()/today() properties, replace, subclasses.
import time
from datetime import datetime, date, time as dtime, timedelta, timezone, UTC


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


dt = datetime(2024, 3, 5, 13, 4, 5, 6)
print(repr(dt), str(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2024, 3, 5)), repr(datetime(2024, 3, 5, 1)), repr(datetime(2024, 3, 5, 1, 2, 3)),
      repr(datetime(2024, 3, 5, fold=1)), repr(datetime(2024, 3, 5, tzinfo=UTC, fold=1)))
print(repr(datetime(year=2020, month=2, day=29, minute=1, tzinfo=timezone(timedelta(hours=9)))))
print(isinstance(dt, date), issubclass(datetime, date), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal(), dt.ctime())
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()), repr(dt.replace(tzinfo=UTC).timetz()))
print(repr(datetime.combine(date(2024, 1, 2), dtime(3, 4, 5, 6, tzinfo=UTC))), repr(datetime.combine(date(2024, 1, 2), dtime(3, 4), tzinfo=None)),
      repr(datetime.combine(date(2024, 1, 2), dtime(3, fold=1))), repr(datetime.combine(datetime(2024, 1, 2, 9), dtime(1))))
print(dt.timetuple())
print(datetime(2024, 3, 5, tzinfo=timezone(timedelta(hours=2))).utctimetuple())

# arithmetic
h = timedelta(hours=12, microseconds=999995)
print(repr(dt + h), repr(h + dt), repr(dt - h), repr(dt + timedelta(days=-65)), repr(dt - timedelta(microseconds=7)))
print(repr(datetime(2024, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1)), repr(datetime(2024, 3, 1) - timedelta(seconds=1)))
print(repr(dt - datetime(2024, 1, 1)), repr(datetime(2024, 1, 1) - dt), repr(dt - dt))
a = datetime(2024, 3, 5, 12, tzinfo=UTC)
b = datetime(2024, 3, 5, 12, tzinfo=timezone(timedelta(hours=-5)))
print(repr(b - a), repr(a - b), repr(a + timedelta(1)), repr(b + timedelta(hours=1)))
print(show(lambda: datetime.max + timedelta(microseconds=1)), show(lambda: datetime.min - timedelta(microseconds=1)))
print(repr(datetime.max - datetime.min))

# comparisons: aware values compare as UTC instants
c = datetime(2024, 3, 5, 17, tzinfo=UTC)
print(a < b, a == b, c == b, c != b, c <= b, c >= b, hash(c) == hash(b), b.utcoffset(), c.utcoffset())
print(sorted([b, a, c, datetime(2024, 3, 5, 11, 59, tzinfo=UTC)]))
print(dt == datetime(2024, 3, 5, 13, 4, 5, 6), dt < datetime(2024, 3, 5, 13, 4, 5, 7), dt > datetime(1, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1))
print(len({datetime(2024, 1, 1), datetime(2024, 1, 1, 0), datetime(2024, 1, 1, tzinfo=UTC), datetime(2023, 12, 31, 19, tzinfo=timezone(timedelta(hours=-5)))}))
print(datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1), hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1)))

# timestamps of aware datetimes; fromtimestamp with a tz; utcfromtimestamp
print(a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=UTC).timestamp(), datetime(1, 1, 1, tzinfo=UTC).timestamp())
for ts in [0, 1, -1, 1.5, -1.5, 1e9, 1709643845.123456, 0.9999995, 1.0000005, -0.0000005, 253402300799]:
    print(ts, repr(datetime.utcfromtimestamp(ts)), repr(datetime.fromtimestamp(ts, UTC)),
          repr(datetime.fromtimestamp(ts, timezone(timedelta(hours=-8), 'PST'))))
print(repr(datetime.fromtimestamp(1709643845, tz=timezone(timedelta(hours=5, minutes=30)))))
print(datetime.fromtimestamp(1709643845.25, UTC).timestamp())

# now(), utcnow(), today(): properties only
t0 = time.time()
n = datetime.now()
nu = datetime.now(UTC)
u = datetime.utcnow()
td = datetime.today()
print(type(n).__name__, n.tzinfo, nu.tzinfo, u.tzinfo, td.tzinfo)
print(abs(nu.timestamp() - t0) < 5, abs(n.timestamp() - t0) < 5, abs((u - nu.replace(tzinfo=None)).total_seconds()) < 5)
print(abs(datetime.fromtimestamp(t0).timestamp() - t0) < 1e-5, datetime.fromtimestamp(1e9).timestamp(), abs((td - n).total_seconds()) < 5)
print(repr(datetime.now(timezone(timedelta(hours=3))).utcoffset()))

# replace
print(repr(dt.replace(year=2023, microsecond=0)), repr(dt.replace(tzinfo=UTC)), repr(dt.replace(tzinfo=UTC).replace(tzinfo=None)),
      repr(dt.replace(fold=1)), repr(a.replace(hour=1)))

# class attributes
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution), UTC is timezone.utc)


# subclasses
class Stamp(datetime):
    def label(self):
        return 'stamp ' + self.isoformat()


s = Stamp(2024, 3, 5, 12, tzinfo=UTC)
print(repr(s), s.label(), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(s - s).__name__)
print(type(s.replace(day=1)).__name__, type(s.astimezone(timezone(timedelta(hours=1)))).__name__, type(s.date()).__name__)
print(type(Stamp.fromtimestamp(0, UTC)).__name__, type(Stamp.utcfromtimestamp(0)).__name__, type(Stamp.now()).__name__,
      type(Stamp.combine(date(2020, 1, 1), dtime())).__name__, type(Stamp.fromisoformat('2020-01-01')).__name__,
      type(Stamp.strptime('2020', '%Y')).__name__)
print(s == datetime(2024, 3, 5, 12, tzinfo=UTC), hash(s) == hash(datetime(2024, 3, 5, 12, tzinfo=UTC)))
