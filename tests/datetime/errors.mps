# datetime error messages: ValueError for fields out of range, TypeError for
# bad argument types and naive/aware mixes, OverflowError at the ends of the
# ranges, as CPython 3.11 words them.
from datetime import datetime, date, time, timedelta, timezone, UTC


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


checks = [
    lambda: date(2023, 2, 29), lambda: date(2024, 4, 31), lambda: date(2024, 0, 1), lambda: date(2024, 13, 1),
    lambda: date(0, 1, 1), lambda: date(10000, 1, 1), lambda: date(2024, 1, 0), lambda: date(-5, 1, 1),
    lambda: date(2024, 1), lambda: date(), lambda: date(2024.0, 1, 1), lambda: date('2024', 1, 1),
    lambda: date(2024, 1, None), lambda: date(2 ** 40, 1, 1), lambda: date(2 ** 70, 1, 1),
    lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, 0, 60), lambda: datetime(2024, 1, 1, 0, 0, 60),
    lambda: datetime(2024, 1, 1, 0, 0, 0, 1000000), lambda: datetime(2024, 1, 1, fold=-1), lambda: datetime(2024, 2, 30, 25),
    lambda: datetime(2024, 1, 1, tzinfo=1), lambda: datetime(2024, 1, 1, 1.0), lambda: datetime(2024, 1),
    lambda: date.fromordinal(0), lambda: date.fromordinal(date.max.toordinal() + 1), lambda: date.fromordinal('1'),
    lambda: date.fromisocalendar(2024, 0, 1), lambda: date.fromisocalendar(2024, 53, 1), lambda: date.fromisocalendar(2020, 53, 1),
    lambda: date.fromisocalendar(2024, 1, 0), lambda: date.fromisocalendar(0, 1, 1), lambda: date.fromisocalendar(10000, 1, 1),
    lambda: date.fromisocalendar(9999, 52, 6), lambda: date.fromisocalendar(2024, 1.0, 1),
    lambda: date.fromisoformat('2024-1-1'), lambda: date.fromisoformat('2024-02-30'), lambda: date.fromisoformat('2024-W54-1'),
    lambda: date.fromisoformat('2024-01-01T00'), lambda: date.fromisoformat(None), lambda: datetime.fromisoformat(20240101),
    lambda: datetime.fromisoformat('2024-01-01T25:00'), lambda: datetime.fromisoformat('2024-01-01T12:00+25:00'),
    lambda: datetime.fromisoformat('0000-01-01'),
    lambda: date.max + timedelta(1), lambda: date.min - timedelta(1), lambda: date.min + timedelta(-1),
    lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(days=1),
    lambda: datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-2))).astimezone(UTC),
    lambda: datetime.utcfromtimestamp(1e20), lambda: datetime.utcfromtimestamp(float('nan')),
    lambda: datetime.utcfromtimestamp(float('inf')), lambda: datetime.utcfromtimestamp(-1e12),
    lambda: datetime.utcfromtimestamp(253402300800), lambda: datetime.fromtimestamp(2 ** 63, UTC),
    lambda: datetime.fromtimestamp('0'), lambda: date.fromtimestamp(None),
    lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=UTC),
    lambda: datetime(2024, 1, 1, tzinfo=UTC) - datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=UTC),
    lambda: datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=UTC),
    lambda: datetime(2024, 1, 1) != datetime(2024, 1, 1, tzinfo=UTC),
    lambda: time(1) < time(1, tzinfo=UTC), lambda: time(1) == time(1, tzinfo=UTC),
    lambda: datetime(2024, 1, 1) < date(2024, 1, 1), lambda: date(2024, 1, 1) > datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 1) == date(2024, 1, 1), lambda: date(2024, 1, 1) != datetime(2024, 1, 1),
    lambda: date(2024, 1, 1) + 1, lambda: 1 + date(2024, 1, 1), lambda: date(2024, 1, 1) - 1, lambda: 'x' - date(2024, 1, 1),
    lambda: date(2024, 1, 1) + date(2024, 1, 1), lambda: date(2024, 1, 1) - datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 1) - date(2024, 1, 1), lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 1) + 1.5, lambda: None + datetime(2024, 1, 1), lambda: time(1) + timedelta(1),
    lambda: timedelta(1) - date(2024, 1, 1), lambda: timedelta(1) * timedelta(1), lambda: timedelta(1) / 'x',
    lambda: datetime.combine(1, time()), lambda: datetime.combine(date(2024, 1, 1), None),
    lambda: datetime.combine(date(2024, 1, 1), time(), tzinfo=1),
    lambda: datetime(2024, 1, 1).isoformat(sep='--'), lambda: datetime(2024, 1, 1).isoformat(sep=1),
    lambda: datetime(2024, 1, 1).isoformat(timespec='nanoseconds'), lambda: datetime(2024, 1, 1).isoformat('T', 0),
    lambda: date(2024, 1, 1).strftime(None), lambda: datetime(2024, 1, 1).strftime(b'%Y'),
    lambda: date(2024, 1, 1).__format__(5), lambda: format(datetime(2024, 1, 1), 5),
    lambda: date(2024, 1, 1).replace(month=13), lambda: date(2024, 2, 29).replace(year=2023),
    lambda: datetime(2024, 1, 1).replace(minute=-1), lambda: datetime(2024, 1, 1).replace(tzinfo='UTC'),
    lambda: datetime(2024, 1, 1).replace(fold=5),
    lambda: datetime.strptime('2024-01-01', '%Y-%m'), lambda: datetime.strptime('2024-01', '%Y-%m-%d'),
    lambda: datetime.strptime('2024', '%Y %q'), lambda: datetime.strptime('x', 'x%'), lambda: datetime.strptime('Feb 30', '%b %d'),
    lambda: datetime.strptime('+05:3015', '%z'), lambda: datetime.strptime('2024 1', '%G %V'),
    lambda: datetime.strptime('1 1', '%V %u'), lambda: datetime.strptime('2024 1 1', '%Y %V %u'),
    lambda: datetime.strptime('2024 1 1 5', '%G %V %u %j'), lambda: datetime.strptime(None, '%Y'),
    lambda: setattr(date(2024, 1, 1), 'day', 2), lambda: setattr(datetime(2024, 1, 1), 'tzinfo', UTC),
    lambda: delattr(time(1), 'hour'), lambda: setattr(timedelta(1), 'seconds', 5),
]
for f in checks:
    print(show(f))
