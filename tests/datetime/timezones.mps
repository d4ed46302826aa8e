# tzinfo and timezone: timezone(offset, name), timezone.utc/min/max and UTC,
# repr/str/tzname/utcoffset/dst/fromutc, equality and hashing, a tzinfo
# subclass with DST (fromutc's default algorithm, fold, PEP 495 comparisons),
# astimezone between fixed offsets, utcoffset validation.
import copy
from datetime import datetime, timedelta, timezone, tzinfo, time, UTC


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


zones = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), 'UTC'), timezone(timedelta(hours=5, minutes=30)),
         timezone(timedelta(hours=5, minutes=30), 'IST'), timezone(-timedelta(hours=8)), timezone(timedelta(seconds=1)),
         timezone(-timedelta(microseconds=1)), timezone.min, timezone.max, UTC]
for z in zones:
    print(repr(z), '|', str(z), '|', z.tzname(None), z.utcoffset(None), z.dst(None), z == timezone.utc, hash(z) == hash(timezone(z.utcoffset(None))))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), 'UTC') is timezone.utc, UTC is timezone.utc)
print(timezone(timedelta(hours=1), 'A') == timezone(timedelta(hours=1), 'B'), timezone(timedelta(hours=1)) != timezone(timedelta(hours=2)), timezone.utc == 0)
print(len({timezone(timedelta(hours=1), 'A'), timezone(timedelta(hours=1)), timezone.utc}))
print(isinstance(timezone.utc, tzinfo), copy.copy(timezone.utc) is timezone.utc, copy.deepcopy(timezone.utc) is timezone.utc)
d = datetime(2024, 3, 5, 12, tzinfo=timezone.utc)
plus2 = timezone(timedelta(hours=2))
print(repr(plus2.fromutc(d.replace(tzinfo=plus2))))

# astimezone between fixed offsets
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
pst = timezone(timedelta(hours=-8), 'PST')
print(repr(d.astimezone(ist)), repr(d.astimezone(pst)), d.astimezone(pst) == d, d.astimezone(timezone.utc) is d)
print(d.astimezone(ist).strftime('%Y-%m-%d %H:%M %Z %z'), d.astimezone(pst).isoformat(), d.astimezone(ist).tzname())
print(repr(datetime(2024, 1, 1, 2, tzinfo=ist).astimezone(UTC)), repr(datetime(1, 1, 1, 6, tzinfo=ist).astimezone(UTC)))
print(show(lambda: datetime(1, 1, 1, tzinfo=ist).astimezone(UTC)), show(lambda: datetime(9999, 12, 31, 23, tzinfo=pst).astimezone(UTC)))


# a US-style zone with DST: second Sunday of March to first Sunday of November
def first_sunday_on_or_after(dt):
    return dt + timedelta(days=(6 - dt.weekday()) % 7)


class Eastern(tzinfo):
    std = timedelta(hours=-5)

    def _dst_period(self, year):
        start = first_sunday_on_or_after(datetime(year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(year, 11, 1, 2))
        return start, end

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._dst_period(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def utcoffset(self, dt):
        return self.std + self.dst(dt)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'Eastern()'


E = Eastern()
for h in range(4, 8):
    u = datetime(2024, 11, 3, h, 30, tzinfo=UTC)
    loc = u.astimezone(E)
    print(u.time(), '->', repr(loc), loc.tzname(), loc.utcoffset(), loc.astimezone(UTC) == u)
for h in range(5, 9):
    u = datetime(2024, 3, 10, h, 30, tzinfo=UTC)
    loc = u.astimezone(E)
    print(u.time(), '->', repr(loc), loc.tzname(), loc.astimezone(UTC) == u)
first = datetime(2024, 11, 3, 1, 30, tzinfo=E)
second = first.replace(fold=1)
print(first == second, first.utcoffset(), second.utcoffset(), second - first, first < second)
print(first == datetime(2024, 11, 3, 5, 30, tzinfo=UTC), second == datetime(2024, 11, 3, 6, 30, tzinfo=UTC), hash(first) == hash(second))
gap = datetime(2024, 3, 10, 2, 30, tzinfo=E)
print(gap.utcoffset(), gap.replace(fold=1).utcoffset(), gap.astimezone(UTC), gap.replace(fold=1).astimezone(UTC))
print(E.fromutc(datetime(2024, 7, 1, 12, tzinfo=E)), datetime(2024, 7, 1, 12, tzinfo=E).timetuple().tm_isdst,
      datetime(2024, 1, 1, 12, tzinfo=E).timetuple().tm_isdst, datetime(2024, 7, 1, 12, tzinfo=E).utctimetuple())
print(repr(time(1, tzinfo=E)), time(1, tzinfo=E).utcoffset(), time(1, tzinfo=E).tzname())


# tzinfo without the methods, and bad return values
class Bare(tzinfo):
    pass


class Bad(tzinfo):
    def __init__(self, off=None, dst=None, name=None):
        self.off, self.d, self.name = off, dst, name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return self.d

    def tzname(self, dt):
        return self.name


for f in [lambda: datetime(2024, 1, 1, tzinfo=Bare()).utcoffset(), lambda: datetime(2024, 1, 1, tzinfo=Bare()).tzname(),
          lambda: datetime(2024, 1, 1, tzinfo=Bare()).dst(), lambda: datetime(2024, 1, 1, tzinfo=Bad(5)).utcoffset(),
          lambda: datetime(2024, 1, 1, tzinfo=Bad(timedelta(hours=24))).utcoffset(),
          lambda: datetime(2024, 1, 1, tzinfo=Bad(None, timedelta(days=-1))).dst(),
          lambda: datetime(2024, 1, 1, tzinfo=Bad(None, None, b'x')).tzname(),
          lambda: datetime(2024, 1, 1, tzinfo=Bad(timedelta(microseconds=1))).utcoffset(),
          lambda: datetime(2024, 1, 1, tzinfo=Bad()).isoformat(),
          lambda: datetime(2024, 1, 1, tzinfo=Bad()) == datetime(2024, 1, 1),
          lambda: datetime(2024, 1, 1, tzinfo=Bad()) < datetime(2024, 1, 1, tzinfo=UTC),
          lambda: Bad(timedelta(hours=1)).fromutc(datetime(2024, 1, 1)),
          lambda: Bad(timedelta(hours=1)).fromutc('x'),
          lambda: (lambda z: z.fromutc(datetime(2024, 1, 1, tzinfo=z)))(Bad()),
          lambda: (lambda z: z.fromutc(datetime(2024, 1, 1, tzinfo=z)))(Bad(timedelta(hours=1))),
          lambda: (lambda z: z.fromutc(datetime(2024, 1, 1, tzinfo=z)))(Bad(timedelta(hours=1), timedelta(0))).hour,
          lambda: timezone.utc.fromutc(datetime(2024, 1, 1)), lambda: timezone.utc.fromutc(5),
          lambda: timezone.utc.utcoffset(5), lambda: timezone.utc.tzname('x'), lambda: timezone.utc.dst(1.0),
          lambda: timezone(timedelta(hours=24)), lambda: timezone(-timedelta(hours=24)), lambda: timezone(3600),
          lambda: timezone(timedelta(hours=1), None), lambda: timezone(timedelta(hours=1), 5),
          lambda: d.astimezone('UTC'), lambda: datetime.now('UTC'), lambda: datetime.fromtimestamp(0, 5)]:
    print(show(f))
