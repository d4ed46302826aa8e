# datetime formatting and parsing: strftime (the C library's directives in
# the C locale, flags and widths, years before 1000), __format__, isoformat
# with sep/timespec, fromisoformat (3.11's formats), strptime directives.
from datetime import datetime, date, time, timedelta, timezone


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


dt = datetime(2024, 3, 5, 13, 4, 5, 6)
for c in 'aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYzZf%':
    print('%' + c, repr(dt.strftime('%' + c)), repr(dt.replace(year=7, month=12, day=31, hour=0).strftime('%' + c)))
for spec in ['%-d', '%_d', '%05d', '%10Y', '%-10a', '%^a', '%#b', '%^B', '%#p', '%^P', '%-j', '%3y', '%_H',
             '%Ey', '%Od', '%Ed', '%Q', '%5Q', '%', 'x%', '%%Y', '%E', '%^c', '%_30c', '%-f']:
    print(repr(spec), repr(dt.strftime(spec)))
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f'), dt.strftime('%A, %d. %B %Y %I:%M%p'), dt.strftime('week %U/%W/%V, day %j'))
for y in (1, 9, 99, 999, 1000, 1899, 1900, 9999):
    x = datetime(y, 1, 1)
    print(y, x.strftime('%Y|%C|%y|%G|%g|%F|%c|%4Y'), x.isoformat(), x.ctime())
aware = datetime(2024, 3, 5, 13, 4, tzinfo=timezone(-timedelta(hours=3, minutes=30, seconds=15, microseconds=5), 'NST'))
print(aware.strftime('%z|%Z|%H'), datetime(2024, 1, 1, tzinfo=timezone.utc).strftime('%z %Z'), dt.strftime('[%z][%Z]'))
print(format(dt, '%d/%m/%Y'), format(dt, ''), f'{dt:%H:%M}', f'{dt.date():%j}', '{:%Y}'.format(dt), f'{aware}')

# isoformat
for x in [dt, dt.replace(microsecond=0), dt.replace(tzinfo=timezone.utc), aware]:
    print(x.isoformat(), x.isoformat(' '), x.isoformat(sep='_', timespec='minutes'),
          ' '.join(x.isoformat(timespec=ts) for ts in ('hours', 'seconds', 'milliseconds', 'microseconds')))

# fromisoformat
for s in ['2024-03-05', '20240305', '2024-03-05T13', '2024-03-05 13:04', '2024-03-05T13:04:05',
          '2024-03-05T13:04:05.123', '2024-03-05T13:04:05.1234567', '2024-03-05T13:04:05,5',
          '2024-03-05T13:04:05Z', '2024-03-05T13:04:05+02:00', '2024-03-05T13:04:05-0330',
          '2024-03-05T13:04:05+00:00', '20240305T130405', '2024-W10-2T13:04', '2024W102T1304',
          '2024-W10T13', '2024-03-05x13:04', '2024-03-05\u00e913:04']:
    print(s, repr(datetime.fromisoformat(s)))
print(datetime.fromisoformat(aware.isoformat()) == aware, datetime.fromisoformat(dt.isoformat(' ')) == dt)
for s in ['', '2024', '2024-3-5', '2024-03-05T', '2024-03-05T1', '2024-03-05T13:4', '2024-03-05T13:04:',
          '2024-03-05T13:04:05.', '2024-03-05T13:04z', '2024-03-05T13+', '2024-13-05', '2024-02-30',
          '2024-03-05T24:00', '2024-03-05T13:04+24:00', '2024-W54', '0000-01-01']:
    print(repr(s), show(lambda: datetime.fromisoformat(s)))

# strptime
cases = [('2024-03-05 13:04:05', '%Y-%m-%d %H:%M:%S'), ('05/03/24', '%d/%m/%y'), ('69', '%y'), ('68', '%y'),
         ('Tue Mar  5 13:04:05 2024', '%c'), ('03/05/24 13:04:05', '%x %X'), ('5 march 2024', '%d %B %Y'),
         ('TUE, 5 MAR 2024', '%a, %d %b %Y'), ('Tuesday', '%A'), ('12:30 AM', '%I:%M %p'),
         ('12:30 pm', '%I:%M %p'), ('1 PM', '%I %p'), ('2024 065', '%Y %j'), ('2024 10 2', '%Y %W %w'),
         ('2024 9 0', '%Y %U %w'), ('2024 10 2', '%G %V %u'), ('13:04:05.5', '%H:%M:%S.%f'),
         ('13:04:05.123456', '%H:%M:%S.%f'), ('+0530', '%z'), ('-05:30', '%z'), ('Z', '%z'),
         ('+01:02:03.5', '%z'), ('2024 UTC +0100', '%Y %Z %z'), ('UTC', '%Z'), ('100%', '%d%%'),
         ('  2024 ', ' %Y '), ('2024\t3', '%Y %m'), ('a.b(c)', 'a.b(c)'), ('Feb 29 2024', '%b %d %Y'),
         ('2024', '%Y %m'), ('2024-03x', '%Y-%m'), ('', '%Y'), ('2024', '%Q'), ('2024', '%Y%'),
         ('2024', '% Y'), ('Feb 29', '%b %d'), ('2023 366', '%Y %j'), ('31/04/2024', '%d/%m/%Y'),
         ('2024 10', '%G %V'), ('2024 10 2', '%Y %V %u'), ('2024 3', '%G %u %j'), ('+05:3015', '%z'),
         ('13', '%m'), ('24', '%H'), ('61', '%S')]
for data, fmt in cases:
    print(repr(data), repr(fmt), show(lambda: datetime.strptime(data, fmt)))
print(show(lambda: datetime.strptime(2024, '%Y')), show(lambda: datetime.strptime('2024', None)))
x = datetime(2024, 12, 30, 23, 59, 58, 123456, tzinfo=timezone(timedelta(hours=-2)))
fmt = '%Y-%m-%d %H:%M:%S.%f%z'
print(datetime.strptime(x.strftime(fmt), fmt) == x, repr(datetime.strptime(x.strftime('%c'), '%c')))
