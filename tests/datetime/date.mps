# datetime.date: construction and validation, ordinals, weekdays, ISO
# calendar (IsoCalendarDate), fromisoformat/fromisocalendar/fromordinal,
# isoformat, ctime, strftime/format, replace, timetuple, arithmetic,
# comparisons, hashing, class attributes and subclasses.
import time
from datetime import date, timedelta, MINYEAR, MAXYEAR


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


d = date(2024, 1, 31)
print(repr(d), str(d), d.year, d.month, d.day, MINYEAR, MAXYEAR)
print(repr(date(year=2000, month=2, day=29)), repr(date(True, 1, 1)))
print(d.toordinal(), d.weekday(), d.isoweekday(), d.isoformat(), d.ctime(), format(d), f'{d}', f'{d:%d.%m.%Y}')
print(repr(date.fromordinal(1)), repr(date.fromordinal(738000)), repr(date.fromordinal(date.max.toordinal())))
for y, m, dd in [(1, 1, 1), (1900, 2, 28), (2000, 2, 29), (2020, 12, 31), (2021, 1, 3), (2024, 12, 30), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, x.toordinal(), x.weekday(), x.isocalendar(), date.fromordinal(x.toordinal()) == x)

# ISO calendar
ic = d.isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], tuple(ic), len(ic), ic == (2024, 5, 3), isinstance(ic, tuple))
y, w, wd = ic
print(y, w, wd)
print(repr(date.fromisocalendar(2020, 53, 7)), repr(date.fromisocalendar(2021, 1, 1)), repr(date.fromisocalendar(2004, 1, 1)))
print(repr(date.fromisocalendar(year=2024, week=5, day=3)))

# ISO strings (3.11 accepts the basic and the week formats)
for s in ['2024-01-31', '20240131', '2024-W05', '2024W05', '2024-W05-3', '2024W053', '2020-W53-7']:
    print(s, repr(date.fromisoformat(s)))
print(date.fromisoformat(d.isoformat()) == d)

# strftime
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %u %V %G %y %C %e'))
print(d.strftime('%H:%M:%S.%f %p %I %z|%Z| %%'), d.strftime(''), d.strftime('%c|%x|%X|%D|%F'))

# replace
print(repr(d.replace(day=29, month=2)), repr(d.replace(year=2023)), repr(d.replace()))

# timetuple
print(d.timetuple())
print(tuple(date(2024, 12, 31).timetuple()), time.mktime(date(2000, 1, 1).timetuple()) == time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, -1)))

# arithmetic
print(repr(d + timedelta(days=1)), repr(d + timedelta(days=30, hours=23)), repr(timedelta(days=-31) + d))
print(repr(d - timedelta(days=31)), repr(d - timedelta(hours=1)), repr(d - timedelta(seconds=-1)))
print(repr(d - date(2023, 1, 31)), repr(date(2000, 1, 1) - d), repr(d - d))
print(repr(date(2024, 2, 28) + timedelta(1)), repr(date(2023, 2, 28) + timedelta(1)), repr(date(2024, 3, 1) - timedelta(1)))

# comparisons, hashing
a, b = date(2024, 1, 1), date(2024, 1, 2)
print(a < b, a <= b, a == b, a != b, a > b, a >= b, a == date(2024, 1, 1), a == '2024-01-01', a != 5)
print(sorted([date(2024, 5, 1), date(1999, 12, 31), date(2024, 1, 31)]), max(a, b), min(a, b))
print(hash(a) == hash(date(2024, 1, 1)), len({a, date(2024, 1, 1), b}), {a: 1}[date(2024, 1, 1)])

# class attributes
print(repr(date.min), repr(date.max), repr(date.resolution), repr(d.min))

# today: a date, consistent with time.time()
t = date.today()
print(type(t).__name__, t == date.fromtimestamp(time.time()) or t + timedelta(1) == date.fromtimestamp(time.time()))
print(date.fromtimestamp(86400 * 365.25 * 30 + 43200).year)

# read-only fields
print(show(lambda: setattr(d, 'year', 2000)))


# subclasses keep their type through arithmetic and the alternative constructors
class MyDate(date):
    def twice(self):
        return self + (self - date(self.year, 1, 1))


m = MyDate(2024, 3, 1)
print(repr(m), type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__, type(m.replace(day=5)).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2020-01-01')).__name__,
      type(MyDate.fromisocalendar(2020, 1, 1)).__name__, type(MyDate.today()).__name__)
print(repr(m.twice()), m == date(2024, 3, 1), hash(m) == hash(date(2024, 3, 1)), repr(m - date(2024, 1, 1)))
