# datetime — CPython 3.11's datetime module, written in mps: timedelta,
# date, time, datetime, tzinfo, timezone (timezone.utc, UTC), MINYEAR and
# MAXYEAR, with CPython's reprs, normalisation, rounding and messages.
#
# Differences from CPython:
# - strftime is done here, not by the C library: the glibc directives in
#   the C locale (with the flags - _ 0 ^ # and a width), for every year.
# - strptime builds the same regular expressions as CPython's _strptime
#   (C locale names), through the re module, imported on first use.
# - the local time zone comes from time.localtime (its offset is computed
#   from the fields, as struct_time has no tm_gmtoff here).
# - instances have a __dict__ (CPython's have none), so unknown attributes
#   can be set; the public fields are read-only properties.
# - messages made by the interpreter itself name the classes 'timedelta',
#   not 'datetime.timedelta': "'<' not supported between ...", and
#   "unsupported operand" when the other operand is of a user class (with
#   built-in types and this module's classes the message is CPython's).

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_new = object.__new__
_NA = object()                  # marks an argument that was not passed

# index by month; February of a leap year is fixed up where it matters
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_EPOCH_ORD = 719163             # ordinal of 1970-01-01
_MAX_ORD = 3652059              # ordinal of 9999-12-31
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAME = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday")
_MONTH_ABBR = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
               "Sep", "Oct", "Nov", "Dec")
_MONTH_NAME = (None, "January", "February", "March", "April", "May", "June",
               "July", "August", "September", "October", "November",
               "December")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _ord(y, m, d):
    # proleptic Gregorian day number, 0001-01-01 is 1; floor division
    # keeps it right for the years <= 0 the ISO week code may look at
    n = y - 1
    r = n * 365 + n // 4 - n // 100 + n // 400 + _DAYS_BEFORE_MONTH[m] + d
    if m > 2 and _is_leap(y):
        r += 1
    return r


def _ymd(n):
    # inverse of _ord: count in 400-year eras from 0000-03-01, so that the
    # leap day is the last day of its (March-based) year
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        return era * 400 + yoe, mp + 3, d
    return era * 400 + yoe + 1, mp - 9, d


def _week1_monday(y):
    # ordinal of the Monday that starts ISO week 1 of year y
    first = _ord(y, 1, 1)
    wd = (first + 6) % 7
    mon = first - wd
    if wd > 3:
        mon += 7
    return mon


def _iso_calendar(y, n):
    # (ISO year, week, weekday) of ordinal n, a day of calendar year y
    mon = _week1_monday(y)
    week, day = divmod(n - mon, 7)
    if week < 0:
        y -= 1
        week, day = divmod(n - _week1_monday(y), 7)
    elif week >= 52 and n >= _week1_monday(y + 1):
        y += 1
        week = 0
    return y, week + 1, day + 1


def _iso_week_ok(y, week):
    if 0 < week < 53:
        return True
    if week == 53:
        # 53 weeks when the year starts on a Thursday, or on a Wednesday
        # in a leap year
        wd = (_ord(y, 1, 1) + 6) % 7
        return wd == 3 or (wd == 2 and _is_leap(y))
    return False


def _tname(obj):
    # the type name CPython's messages use: C types are 'datetime.X',
    # subclasses written in Python just their name
    t = type(obj)
    if t.__module__ == 'datetime':
        return 'datetime.' + t.__name__
    return t.__name__


def _argname(obj):
    return 'None' if obj is None else _tname(obj)


def _as_int(v):
    # what CPython's "i" argument conversion accepts
    if isinstance(v, int):
        v = int(v)
    elif isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    else:
        ix = getattr(type(v), '__index__', None)
        if ix is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % _tname(v))
        v = ix(v)
    _c_int(v)
    return v


def _c_int(v):
    if -2147483648 <= v <= 2147483647:
        return
    if not -9223372036854775808 <= v <= 9223372036854775807:
        raise OverflowError("Python int too large to convert to C long")
    if v > 0:
        raise OverflowError("signed integer is greater than maximum")
    raise OverflowError("signed integer is less than minimum")


def _missing(name, pos):
    return TypeError("function missing required argument '%s' (pos %d)"
                     % (name, pos))


def _check_date(year, month, day):
    # slow path of the constructors: conversions, then the range messages
    if year is _NA:
        raise _missing('year', 1)
    if month is _NA:
        raise _missing('month', 2)
    if day is _NA:
        raise _missing('day', 3)
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, tzinfo, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    fold = _as_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    _check_tzinfo(tzinfo)
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % _tname(tz))


def _check_offset(kind, off):
    # validate what a tzinfo's utcoffset() or dst() returned
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (kind, _tname(off)))
    d = off._days
    if d < -1 or d >= 1 or (d == -1 and off._seconds == 0
                            and off._microseconds < 1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % _tname(name))
    return name


def _fmt_offset(off, sep):
    # '+HH:MM', with ':SS' and '.ffffff' only when not zero
    if off is None:
        return ''
    if off._days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    us = off._microseconds
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    if us:
        return '%s%02d%s%02d%s%02d.%06d' % (sign, hh, sep, mm, sep, ss, us)
    if ss:
        return '%s%02d%s%02d%s%02d' % (sign, hh, sep, mm, sep, ss)
    return '%s%02d%s%02d' % (sign, hh, sep, mm)


def _fmt_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _readonly(cls, *names):
    # CPython's fields are read-only attributes with their own message
    owner = 'datetime.' + cls.__name__

    def refuse(name):
        def fail(self, value=None):
            raise AttributeError("attribute '%s' of '%s' objects is not "
                                 "writable" % (name, owner))
        return fail
    for name in names:
        f = refuse(name)
        setattr(cls, name, property(cls.__dict__[name].fget, f, f))


def _readonly_member(self, value=None):
    raise AttributeError('readonly attribute')


def _int_round_half_even(a, b):
    # a / b rounded to the nearest integer, ties to even
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q & 1):
            q += 1
    elif r2 < b or (r2 == b and q & 1):
        q += 1
    return q


def _c_round(x):
    # C's round(): halves away from zero
    r = round(x)
    if abs(x - r) == 0.5:
        return _math.floor(x) + 1 if x > 0 else _math.ceil(x) - 1
    return r


# The interpreter's own "unsupported operand" message would name the
# classes 'timedelta', not 'datetime.timedelta': raise CPython's message
# here when the other operand is of a type known not to take the operation
# (built-in types and this module's classes), else let Python go on.

def _no_op(op, a, b):
    if type(b) in _KNOWN:
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (op, _tname(a), _tname(b)))
    return NotImplemented


def _no_rop(op, a, b):
    # a is the right-hand operand
    if type(b) in _KNOWN:
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (op, _tname(b), _tname(a)))
    return NotImplemented


_KNOWN = {int, float, bool, str, bytes, bytearray, list, tuple, dict,
          set, frozenset, type(None)}
_SEQUENCES = (str, bytes, bytearray, list, tuple)


# ---------------------------------------------------------------- timedelta

# microseconds per unit, in the order CPython adds the arguments up
_TD_UNITS = (('microseconds', 1), ('milliseconds', 1000),
             ('seconds', 1000000), ('minutes', 60000000),
             ('hours', 3600000000), ('days', 86400000000),
             ('weeks', 604800000000))


def _td_mixed(values):
    # exact for ints; a float contributes its integral part exactly and
    # its fraction through one float sum, rounded half to even at the end
    total = 0
    left = 0.0
    for (name, factor), v in zip(_TD_UNITS, values):
        if isinstance(v, int):
            total += v * factor
        elif isinstance(v, float):
            frac, whole = _math.modf(v)
            total += int(whole) * factor
            if frac:
                frac, whole = _math.modf(frac * factor)
                total += int(whole)
                left += frac
        else:
            raise TypeError("unsupported type for timedelta %s component: %s"
                            % (name, _tname(v)))
    if left:
        whole = _c_round(left)
        if abs(whole - left) == 0.5:
            odd = total & 1
            whole = 2.0 * _c_round((left + odd) * 0.5) - odd
        total += int(whole)
    return total


def _td(us):
    # a timedelta (never a subclass) from a count of microseconds
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -999999999 <= d <= 999999999:
        if not -2147483648 <= d <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    self = _new(timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hashcode = -1
    return self


class timedelta:
    """A duration: days, seconds (< 1 day) and microseconds (< 1 second)."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int
                and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                  + seconds) * 1000000 + milliseconds * 1000 + microseconds
        else:
            us = _td_mixed((microseconds, milliseconds, seconds, minutes,
                            hours, days, weeks))
        if cls is timedelta:
            return _td(us)
        base = _td(us)
        self = _new(cls)
        self._days = base._days
        self._seconds = base._seconds
        self._microseconds = base._microseconds
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 1000000

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_tname(self), ', '.join(args) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._microseconds:
            s += '.%06d' % self._microseconds
        d = self._days
        if d:
            s = '%d day%s, %s' % (d, '' if d == 1 or d == -1 else 's', s)
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() + other._us())
        if isinstance(other, date):
            return NotImplemented       # date.__radd__ does it
        return _no_op('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() + other._us())
        return _no_rop('+', self, other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() - other._us())
        return _no_op('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._us() - self._us())
        return _no_rop('-', self, other)

    def __neg__(self):
        return _td(-self._us())

    def __pos__(self):
        return _td(self._us())

    def __abs__(self):
        return _td(-self._us()) if self._days < 0 else _td(self._us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td(_int_round_half_even(self._us() * n, d))
        if type(other) in _SEQUENCES:
            return NotImplemented       # their own message
        return _no_op('*', self, other)

    def __rmul__(self, other):
        if isinstance(other, int):
            return _td(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td(_int_round_half_even(self._us() * n, d))
        return _no_rop('*', self, other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td(self._us() // other)
        return _no_op('//', self, other)

    def __rfloordiv__(self, other):
        return _no_rop('//', self, other)

    def __rtruediv__(self, other):
        return _no_rop('/', self, other)

    def __rmod__(self, other):
        return _no_rop('%', self, other)

    def __rdivmod__(self, other):
        return _no_rop('divmod()', self, other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _td(_int_round_half_even(self._us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td(_int_round_half_even(self._us() * d, n))
        return _no_op('/', self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() % other._us())
        return _no_op('%', self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td(r)
        return _no_op('divmod()', self, other)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days and self._seconds == other._seconds
                    and self._microseconds == other._microseconds)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return (self._days != other._days or self._seconds != other._seconds
                    or self._microseconds != other._microseconds)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            h = self._hashcode = hash((self._days, self._seconds,
                                       self._microseconds))
        return h

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0
                or self._microseconds != 0)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


# (CPython's timedelta fields are members: another message)
for _n in ('days', 'seconds', 'microseconds'):
    setattr(timedelta, _n, property(timedelta.__dict__[_n].fget,
                                    _readonly_member, _readonly_member))
del _n
timedelta.min = _td(-999999999 * 86400000000)
timedelta.max = _td(1000000000 * 86400000000 - 1)
timedelta.resolution = _td(1)
_ZERO = _td(0)
_SECOND = _td(1000000)


# ---------------------------------------------------------------- date

def _mkdate(cls, y, m, d):
    # result of arithmetic: a plain date directly, a subclass through its
    # constructor (as CPython does)
    if cls is date:
        self = _new(date)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self
    return cls(y, m, d)


def _date_from_ord(cls, n):
    if not 1 <= n <= _MAX_ORD:
        raise OverflowError('date value out of range')
    y, m, d = _ymd(n)
    return _mkdate(cls, y, m, d)


def _ts_split(t, floor):
    # a POSIX timestamp as (seconds, microseconds), microseconds rounded
    # half to even (or floored), as CPython's _PyTime_ObjectToTimeval
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _math.modf(t)
        frac *= 1e6
        us = _math.floor(frac) if floor else round(frac)
        if us >= 1000000:
            us -= 1000000
            whole += 1.0
        elif us < 0:
            us += 1000000
            whole -= 1.0
        if not -9.223372036854775808e18 <= whole <= 9.223372036854775807e18:
            raise OverflowError('timestamp out of range for platform time_t')
        return int(whole), int(us)
    if not isinstance(t, int):
        ix = getattr(type(t), '__index__', None)
        if ix is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % _tname(t))
        t = ix(t)
    if not -9223372036854775808 <= t <= 9223372036854775807:
        raise OverflowError('timestamp out of range for platform time_t')
    return int(t), 0


def _gm_fields(t):
    # gmtime without the C library: the proleptic calendar handles any year
    days, s = divmod(t, 86400)
    y, m, d = _ymd(days + _EPOCH_ORD)
    if y - 1900 > 2147483647 or y - 1900 < -2147483648:
        raise OSError(75, 'Value too large for defined data type')
    hh, s = divmod(s, 3600)
    mm, ss = divmod(s, 60)
    return y, m, d, hh, mm, ss


def _local_fields(t):
    tm = _time.localtime(t)
    return tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59)


def _wall(y, m, d, hh, mm, ss):
    # the fields read as UTC, in seconds since the epoch
    return (_ord(y, m, d) - _EPOCH_ORD) * 86400 + hh * 3600 + mm * 60 + ss


def _local(u):
    y, m, d, hh, mm, ss = _local_fields(u)
    if not 1 <= y <= 9999:
        raise ValueError('year %d is out of range' % y)
    return _wall(y, m, d, hh, mm, ss)


def _local_to_utc(y, m, d, hh, mm, ss, fold):
    # POSIX time u with local(u) == the given wall time; of two, fold picks
    # the later; in a gap, fold=0 takes the offset before it (the later
    # instant) and fold=1 the one after (the earlier), as CPython
    t = _wall(y, m, d, hh, mm, ss)
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        u2 = u1 + (86400 if fold else -86400)
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    if _local(u2) == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_tz(u):
    # the local time zone at POSIX time u, as a fixed-offset timezone
    tm = _time.localtime(u)
    off = _wall(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5]) - u
    try:
        name = _time.strftime('%Z', tm)
    except Exception:
        name = _time.tzname[1 if tm[8] > 0 else 0]
    return timezone(_td(off * 1000000), name)


class date:
    """A day of the proleptic Gregorian calendar, years 1 to 9999."""

    def __new__(cls, year=_NA, month=_NA, day=_NA):
        if type(year) is not int or type(month) is not int or type(day) is not int:
            year, month, day = _check_date(year, month, day)
        elif (not 1 <= year <= 9999 or not 1 <= month <= 12 or day < 1
              or (day > 28 and day > _days_in_month(year, month))):
            _c_int(year)
            _c_int(month)
            _c_int(day)
            _check_date(year, month, day)
        self = _new(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        s, _ = _ts_split(t, True)
        y, m, d, _, _, _ = _local_fields(s)
        if not 1 <= y <= 9999:
            raise ValueError('year %d is out of range' % y)
        return _mkdate(cls, y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ymd(n)
        if y > 9999:
            raise ValueError('year %d is out of range' % y)
        return _mkdate(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        if not s.isascii():
            s = _utf8(s)
        n = len(s)
        r = None
        if n == 7 or n == 8 or n == 10:
            r = _iso_date(s, n)
        if r is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*r)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year = _as_int(year)
        week = _as_int(week)
        day = _as_int(day)
        if not 1 <= year <= 9999:
            raise ValueError('Year is out of range: %d' % year)
        if not _iso_week_ok(year, week):
            raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        y, m, d = _ymd(_week1_monday(year) + (week - 1) * 7 + day - 1)
        if y > 9999:
            raise ValueError('year %d is out of range' % y)
        return _mkdate(cls, y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tname(self), self._year, self._month,
                                   self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = (_ord(self._year, self._month, self._day) + 6) % 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_ABBR[wd], _MONTH_ABBR[self._month],
                                            self._day, self._year)

    def _tt(self):
        # the fields of timetuple(), as a plain tuple
        y, m, d = self._year, self._month, self._day
        n = _ord(y, m, d)
        return (y, m, d, 0, 0, 0, (n + 6) % 7, n - _ord(y, 1, 1) + 1, -1)

    def timetuple(self):
        return _time.struct_time(self._tt())

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError('strftime() argument 1 must be str, not %s'
                            % _argname(format))
        return _strftime(format, self._tt(), 0, None, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s'
                            % _argname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _ord(self._year, self._month, self._day)

    def weekday(self):
        return (_ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        return (_ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        y = self._year
        return _IsoCalendarDate(*_iso_calendar(y, _ord(y, self._month, self._day)))

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        # CPython builds the copy without calling a subclass's __new__
        return date.__new__(type(self), year, month, day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), _ord(self._year, self._month, self._day)
                                  + other._days)
        return _no_op('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), _ord(self._year, self._month, self._day)
                                  + other._days)
        return _no_rop('+', self, other)

    def __rsub__(self, other):
        return _no_rop('-', self, other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), _ord(self._year, self._month, self._day)
                                  - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((_ord(self._year, self._month, self._day)
                        - _ord(other._year, other._month, other._day)) * 86400000000)
        return _no_op('-', self, other)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._year == other._year and self._month == other._month
                    and self._day == other._day)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._year != other._year or self._month != other._month
                    or self._day != other._day)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return ((self._year, self._month, self._day)
                    < (other._year, other._month, other._day))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return ((self._year, self._month, self._day)
                    <= (other._year, other._month, other._day))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return ((self._year, self._month, self._day)
                    > (other._year, other._month, other._day))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return ((self._year, self._month, self._day)
                    >= (other._year, other._month, other._day))
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            h = self._hashcode = hash((self._year, self._month, self._day))
        return h

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


_readonly(date, 'year', 'month', 'day')


class _IsoCalendarDate(tuple):
    # what date.isocalendar() returns: a tuple with named fields

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % (self[0], self[1], self[2]))

    def __reduce__(self):
        return tuple, (tuple(self),)


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Base class of time zones: subclasses give utcoffset, dst and tzname."""

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = _check_offset('utcoffset', self.utcoffset(dt))
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _check_offset('dst', self.dst(dt))
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        dt = dt + (off - dst)
        dst = _check_offset('dst', self.dst(dt))
        if dst is None:
            raise ValueError('fromutc: tz.dst() gave inconsistent results; '
                             'cannot convert')
        if dst:
            dt = dt + dst
        return dt

    def __reduce__(self):
        init = getattr(self, '__getinitargs__', None)
        args = init() if init is not None else ()
        state = getattr(self, '__dict__', None) or None
        return type(self), args, state


class timezone(tzinfo):
    """A time zone at a fixed offset from UTC, with an optional name."""

    def __new__(cls, offset=_NA, name=_NA):
        if offset is _NA:
            raise TypeError("timezone() missing required argument 'offset' (pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, '
                            'not %s' % _argname(offset))
        if name is _NA:
            if not offset:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % _argname(name))
        d = offset._days
        if d < -1 or d >= 1 or (d == -1 and offset._seconds == 0
                                and offset._microseconds < 1):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % (offset,))
        return _mktz(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def _check(self, meth, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or '
                            'None, not %s' % (meth, _tname(dt)))

    def utcoffset(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            self._check('utcoffset', dt)
        return self._offset

    def dst(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            self._check('dst', dt)
        return None

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            self._check('tzname', dt)
        return self._str()

    def _str(self):
        if self._name is not None:
            return self._name
        off = self._offset
        if not off:
            return 'UTC'
        return 'UTC' + _fmt_offset(off, ':')

    def __str__(self):
        return self._str()

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return timezone, self.__getinitargs__()

    # immutable; copies keep timezone.utc the singleton
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _mktz(offset, name):
    self = _new(timezone)
    self._offset = offset
    self._name = name
    return self


_UTC = _mktz(_ZERO, None)
timezone.utc = UTC = _UTC
timezone.min = _mktz(_td(-(86400 - 60) * 1000000), None)
timezone.max = _mktz(_td((86400 - 60) * 1000000), None)


# ---------------------------------------------------------------- time

def _mktime(cls, hh, mm, ss, us, tz, fold):
    self = _new(cls)
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


class time:
    """A time of day, optionally with a tzinfo."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if (type(hour) is not int or type(minute) is not int
                or type(second) is not int or type(microsecond) is not int
                or not 0 <= hour <= 23 or not 0 <= minute <= 59
                or not 0 <= second <= 59 or not 0 <= microsecond <= 999999
                or (fold != 0 and fold != 1) or type(fold) is not int
                or (tzinfo is not None and not isinstance(tzinfo, _tzinfo_class))):
            hour, minute, second, microsecond, fold = _check_time(
                hour, minute, second, microsecond, tzinfo, fold)
        self = _new(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if not s.isascii():
            s = _utf8(s)
        r = _iso_time(s, 1 if s[:1] == 'T' else 0)
        if r is None:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        hh, mm, ss, us, tz = r
        if cls is time and 0 <= hh <= 23 and 0 <= mm <= 59 and 0 <= ss <= 59:
            return _mktime(time, hh, mm, ss, us, tz, 0)
        return cls(hh, mm, ss, us, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def __repr__(self):
        if self._microsecond:
            s = '%s(%d, %d, %d, %d)' % (_tname(self), self._hour, self._minute,
                                        self._second, self._microsecond)
        elif self._second:
            s = '%s(%d, %d, %d)' % (_tname(self), self._hour, self._minute,
                                    self._second)
        else:
            s = '%s(%d, %d)' % (_tname(self), self._hour, self._minute)
        if self._tzinfo is not None:
            s = '%s, tzinfo=%r)' % (s[:-1], self._tzinfo)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        if not isinstance(timespec, str):
            raise TypeError('isoformat() argument 1 must be str, not %s'
                            % _argname(timespec))
        s = _fmt_time(self._hour, self._minute, self._second,
                      self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _fmt_offset(self.utcoffset(), ':')
        return s

    __str__ = isoformat

    def _tt(self):
        return (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError('strftime() argument 1 must be str, not %s'
                            % _argname(format))
        return _strftime(format, self._tt(), self._microsecond, self._tzinfo, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s'
                            % _argname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return time.__new__(type(self), hour, minute, second, microsecond,
                            tzinfo, fold=fold)

    def _cmp(self, other, eq):
        # -1, 0 or 1; for == and != between naive and aware, 2 (unequal)
        a = self._tzinfo
        b = other._tzinfo
        if a is not b:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if oa != ob:
                if oa is None or ob is None:
                    if eq:
                        return 2
                    raise TypeError("can't compare offset-naive and "
                                    "offset-aware times")
                x = (self._hour * 3600 + self._minute * 60 + self._second
                     - oa._days * 86400 - oa._seconds)
                y = (other._hour * 3600 + other._minute * 60 + other._second
                     - ob._days * 86400 - ob._seconds)
                if x == y:
                    x = self._microsecond
                    y = other._microsecond
                return 0 if x == y else (1 if x > y else -1)
        x = (self._hour, self._minute, self._second, self._microsecond)
        y = (other._hour, other._minute, other._second, other._microsecond)
        return 0 if x == y else (1 if x > y else -1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            t = self
            if self._fold:
                t = _mktime(time, self._hour, self._minute, self._second,
                            self._microsecond, self._tzinfo, 0)
            off = t.utcoffset()
            if off is None:
                h = hash((self._hour, self._minute, self._second,
                          self._microsecond))
            else:
                h = hash(_td((self._hour * 3600 + self._minute * 60
                              + self._second) * 1000000 + self._microsecond)
                         - off)
            self._hashcode = h
        return h

    def __bool__(self):
        return True

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond,
                self._tzinfo)
        if self._fold:
            return _with_fold, (type(self), args)
        return type(self), args


def _with_fold(cls, args):
    # rebuilds an object with fold=1 (a keyword-only argument) on unpickling
    return cls(*args, fold=1)


_readonly(time, 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
_tzinfo_class = tzinfo
time.min = _mktime(time, 0, 0, 0, 0, None, 0)
time.max = _mktime(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# ---------------------------------------------------------------- datetime

def _mkdt(cls, y, m, d, hh, mm, ss, us, tz, fold):
    if cls is datetime:
        self = _new(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mm
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    return cls(y, m, d, hh, mm, ss, us, tz)


def _from_timet(cls, t, us, tz, local):
    if local:
        y, m, d, hh, mm, ss = _local_fields(t)
        fold = 0
        # probe a day back: when the offset changed in between and the
        # earlier offset gives the same wall time, this is the second one
        res = _wall(y, m, d, hh, mm, ss)
        probe = _local(t - 86400)
        trans = res - probe - 86400
        if trans < 0 and _local(t + trans) == res:
            fold = 1
    else:
        y, m, d, hh, mm, ss = _gm_fields(t)
        fold = 0
    if not 1 <= y <= 9999:
        raise ValueError('year %d is out of range' % y)
    if fold and cls is not datetime:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=1)
    return _mkdt(cls, y, m, d, hh, mm, ss, us, tz, fold)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    def __new__(cls, year=_NA, month=_NA, day=_NA, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (type(year) is not int or type(month) is not int or type(day) is not int
                or not 1 <= year <= 9999 or not 1 <= month <= 12 or day < 1
                or (day > 28 and day > _days_in_month(year, month))):
            if type(year) is int and type(month) is int and type(day) is int:
                _c_int(year)
                _c_int(month)
                _c_int(day)
            year, month, day = _check_date(year, month, day)
        if (type(hour) is not int or type(minute) is not int
                or type(second) is not int or type(microsecond) is not int
                or not 0 <= hour <= 23 or not 0 <= minute <= 59
                or not 0 <= second <= 59 or not 0 <= microsecond <= 999999
                or (fold != 0 and fold != 1) or type(fold) is not int
                or (tzinfo is not None and not isinstance(tzinfo, _tzinfo_class))):
            hour, minute, second, microsecond, fold = _check_time(
                hour, minute, second, microsecond, tzinfo, fold)
        self = _new(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        s, us = _ts_split(t, False)
        if tz is None:
            return _from_timet(cls, s, us, None, True)
        return tz.fromutc(_from_timet(cls, s, us, tz, False))

    @classmethod
    def utcfromtimestamp(cls, t):
        s, us = _ts_split(t, False)
        return _from_timet(cls, s, us, None, False)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        s, ns = divmod(_time.time_ns(), 1000000000)
        if tz is None:
            return _from_timet(cls, s, ns // 1000, None, True)
        return tz.fromutc(_from_timet(cls, s, ns // 1000, tz, False))

    @classmethod
    def utcnow(cls):
        s, ns = divmod(_time.time_ns(), 1000000000)
        return _from_timet(cls, s, ns // 1000, None, False)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % _argname(date))
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % _argname(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        if cls is not datetime:
            return cls(date._year, date._month, date._day, time._hour,
                       time._minute, time._second, time._microsecond, tzinfo)
        return _mkdt(datetime, date._year, date._month, date._day, time._hour,
                     time._minute, time._second, time._microsecond, tzinfo,
                     time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        r = _iso_datetime(date_string)
        if r is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*r)

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError('strptime() argument 1 must be str, not %s'
                            % _argname(date_string))
        if not isinstance(format, str):
            raise TypeError('strptime() argument 2 must be str, not %s'
                            % _argname(format))
        return cls(*_strptime(date_string, format))

    def date(self):
        return _mkdate(_date_class, self._year, self._month, self._day)

    def time(self):
        return _mktime(_time_class, self._hour, self._minute, self._second,
                       self._microsecond, None, self._fold)

    def timetz(self):
        return _mktime(_time_class, self._hour, self._minute, self._second,
                       self._microsecond, self._tzinfo, self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def _tt(self):
        y, m, d = self._year, self._month, self._day
        n = _ord(y, m, d)
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return (y, m, d, self._hour, self._minute, self._second, (n + 6) % 7,
                n - _ord(y, 1, 1) + 1, isdst)

    def timetuple(self):
        return _time.struct_time(self._tt())

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        y, m, d = t._year, t._month, t._day
        n = _ord(y, m, d)
        return _time.struct_time((y, m, d, t._hour, t._minute, t._second,
                                  (n + 6) % 7, n - _ord(y, 1, 1) + 1, 0))

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            u = _local_to_utc(self._year, self._month, self._day, self._hour,
                              self._minute, self._second, self._fold)
            return u + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        mine = self._tzinfo
        off = None
        if mine is not None:
            if mine is tz:
                return self
            off = self.utcoffset()
        if off is None:
            # naive: the local time zone at that wall time
            mine = _local_tz(_local_to_utc(self._year, self._month, self._day,
                                           self._hour, self._minute,
                                           self._second, self._fold))
            if mine is tz:
                return self
            off = mine.utcoffset(self)
        utc = self - off
        if tz is None:
            tz = _local_tz((utc._us_since_epoch()) // 1000000)
        return tz.fromutc(utc._replace_tz(tz))

    def _replace_tz(self, tz):
        # the same fields with another tzinfo, bypassing constructors
        r = _new(type(self))
        r._year = self._year
        r._month = self._month
        r._day = self._day
        r._hour = self._hour
        r._minute = self._minute
        r._second = self._second
        r._microsecond = self._microsecond
        r._tzinfo = tz
        r._fold = self._fold
        r._hashcode = -1
        return r

    def _us_since_epoch(self):
        # the fields read as UTC, in microseconds since the epoch
        return (((_ord(self._year, self._month, self._day) - _EPOCH_ORD) * 86400
                 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def ctime(self):
        wd = (_ord(self._year, self._month, self._day) + 6) % 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_ABBR[wd], _MONTH_ABBR[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if self._tzinfo is None and timespec == 'auto' and type(sep) is str and len(sep) == 1:
            if self._microsecond:
                return '%04d-%02d-%02d%s%02d:%02d:%02d.%06d' % (
                    self._year, self._month, self._day, sep, self._hour,
                    self._minute, self._second, self._microsecond)
            return '%04d-%02d-%02d%s%02d:%02d:%02d' % (
                self._year, self._month, self._day, sep, self._hour,
                self._minute, self._second)
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, '
                            'not %s' % _argname(sep))
        if not isinstance(timespec, str):
            raise TypeError('isoformat() argument 2 must be str, not %s'
                            % _argname(timespec))
        s = '%04d-%02d-%02d%s%s' % (self._year, self._month, self._day, sep,
                                    _fmt_time(self._hour, self._minute,
                                              self._second, self._microsecond,
                                              timespec))
        if self._tzinfo is not None:
            s += _fmt_offset(self.utcoffset(), ':')
        return s

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        if self._microsecond:
            s = '%s(%d, %d, %d, %d, %d, %d, %d)' % (
                _tname(self), self._year, self._month, self._day, self._hour,
                self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%s(%d, %d, %d, %d, %d, %d)' % (
                _tname(self), self._year, self._month, self._day, self._hour,
                self._minute, self._second)
        else:
            s = '%s(%d, %d, %d, %d, %d)' % (
                _tname(self), self._year, self._month, self._day, self._hour,
                self._minute)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        if self._tzinfo is not None:
            s = '%s, tzinfo=%r)' % (s[:-1], self._tzinfo)
        return s

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError('strftime() argument 1 must be str, not %s'
                            % _argname(format))
        return _strftime(format, self._tt(), self._microsecond, self._tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return datetime.__new__(type(self), year, month, day, hour, minute,
                                second, microsecond, tzinfo, fold=fold)

    def _add(self, us):
        # self moved by us microseconds; fold and tzinfo as CPython
        s, us = divmod(us + self._microsecond, 1000000)
        s += self._hour * 3600 + self._minute * 60 + self._second
        if 0 <= s < 86400:
            y, m, d = self._year, self._month, self._day
        else:
            days, s = divmod(s, 86400)
            n = _ord(self._year, self._month, self._day) + days
            if not 1 <= n <= _MAX_ORD:
                raise OverflowError('date value out of range')
            y, m, d = _ymd(n)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        return _mkdt(type(self), y, m, d, hh, mm, ss, us, self._tzinfo, 0)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._add(other._us())
        return _no_op('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._add(other._us())
        return _no_rop('+', self, other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._add(-other._us())
        if not isinstance(other, datetime):
            return _no_op('-', self, other)
        a = self._tzinfo
        b = other._tzinfo
        diff = self._us_since_epoch() - other._us_since_epoch()
        if a is not b:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            if oa is not None and oa != ob:
                diff -= oa._us() - ob._us()
        return _td(diff)

    def _cmp(self, other, eq):
        # -1, 0 or 1; 2 for unequal (naive vs aware, or PEP 495 exception)
        a = self._tzinfo
        b = other._tzinfo
        if a is b:
            x = self._key()
            y = other._key()
            return 0 if x == y else (1 if x > y else -1)
        oa = self.utcoffset()
        ob = other.utcoffset()
        if oa == ob:
            x = self._key()
            y = other._key()
            r = 0 if x == y else (1 if x > y else -1)
        elif oa is not None and ob is not None:
            x = self._us_since_epoch() - oa._us()
            y = other._us_since_epoch() - ob._us()
            r = 0 if x == y else (1 if x > y else -1)
        elif eq:
            return 2
        else:
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        if r == 0 and eq and oa is not None:
            # an instant in a fold, or a gap, equals nothing across zones
            if (self._flipped_offset() != oa
                    or other._flipped_offset() != ob):
                return 2
        return r

    def _flipped_offset(self):
        t = self._replace_tz(self._tzinfo)
        t._fold = 1 - self._fold
        return t.utcoffset()

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _cmp_other(self, other, op):
        # other is not a datetime
        if isinstance(other, date):
            if op == '==':
                return False
            if op == '!=':
                return True
            raise TypeError("can't compare %s to %s" % (_tname(self),
                                                         _tname(other)))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond)
                        == (other._year, other._month, other._day, other._hour,
                           other._minute, other._second, other._microsecond))
            return self._cmp(other, True) == 0
        return self._cmp_other(other, '==')

    def __ne__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond)
                        != (other._year, other._month, other._day, other._hour,
                           other._minute, other._second, other._microsecond))
            return self._cmp(other, True) != 0
        return self._cmp_other(other, '!=')

    def __lt__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond)
                        < (other._year, other._month, other._day, other._hour,
                           other._minute, other._second, other._microsecond))
            return self._cmp(other, False) < 0
        return self._cmp_other(other, '<')

    def __le__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond)
                        <= (other._year, other._month, other._day, other._hour,
                           other._minute, other._second, other._microsecond))
            return self._cmp(other, False) <= 0
        return self._cmp_other(other, '<=')

    def __gt__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond)
                        > (other._year, other._month, other._day, other._hour,
                           other._minute, other._second, other._microsecond))
            return self._cmp(other, False) > 0
        return self._cmp_other(other, '>')

    def __ge__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond)
                        >= (other._year, other._month, other._day, other._hour,
                           other._minute, other._second, other._microsecond))
            return self._cmp(other, False) >= 0
        return self._cmp_other(other, '>=')

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            t = self
            if self._fold:
                t = self._replace_tz(self._tzinfo)
                t._fold = 0
            off = t.utcoffset()
            if off is None:
                h = hash(self._key())
            else:
                h = hash(_td((_ord(self._year, self._month, self._day) * 86400
                              + self._hour * 3600 + self._minute * 60
                              + self._second) * 1000000 + self._microsecond)
                         - off)
            self._hashcode = h
        return h

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond, self._tzinfo)
        if self._fold:
            return _with_fold, (type(self), args)
        return type(self), args


_KNOWN.update((timedelta, date, time, datetime, timezone))
_readonly(datetime, 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
_date_class = date
_time_class = time
datetime.min = _mkdt(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _mkdt(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta.resolution
date.min = _mkdate(date, 1, 1, 1)
date.max = _mkdate(date, 9999, 12, 31)
date.resolution = _td(86400000000)
_EPOCH = _mkdt(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)


# ---------------------------------------------------------------- ISO 8601 parsing
# The rules of CPython's C parser, down to its quirks (any ASCII character
# separates date and time; 'HHMMSSfff' reads a fraction; a seconds field
# followed by ':' starts one too).  Positions past the end read as NUL.

def _digits(s, i, n):
    # the n-digit number at s[i:], or -1 (ASCII digits only: after _utf8,
    # a byte may read as '\xb2', a digit for isdigit())
    c = s[i:i + n]
    if len(c) == n and c.isdigit() and c.isascii():
        return int(c)
    return -1


def _utf8(s):
    # CPython parses the UTF-8 bytes: one character per byte ('' when a
    # surrogate makes it fail)
    try:
        return s.encode('utf-8').decode('latin-1')
    except UnicodeError:
        return ''


def _at(s, i):
    return s[i] if i < len(s) else '\0'


def _iso_date(s, dlen):
    # (y, m, d) from s[:dlen] (YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]),
    # or None
    y = _digits(s, 0, 4)
    if y < 0:
        return None
    p = 4
    sep = _at(s, p) == '-'
    if sep:
        p += 1
    if _at(s, p) == 'W':
        wk = _digits(s, p + 1, 2)
        if wk < 0:
            return None
        p += 3
        wd = 1
        if p < dlen:
            if sep:
                if _at(s, p) != '-':
                    return None
                p += 1
            wd = _digits(s, p, 1)
            if wd < 0:
                return None
        if not _iso_week_ok(y, wk) or not 0 < wd < 8:
            return None
        if y == 0:
            # CPython's C arithmetic goes astray before year 1 and ends in
            # a month out of range
            return 1, 0, 1
        return _ymd(_week1_monday(y) + (wk - 1) * 7 + wd - 1)
    m = _digits(s, p, 2)
    if m < 0:
        return None
    p += 2
    if sep:
        if _at(s, p) != '-':
            return None
        p += 1
    d = _digits(s, p, 2)
    if d < 0:
        return None
    return y, m, d


def _iso_hms(s, p, end):
    # [HH[:?MM[:?SS[{.,}ffffff]]]] in s[p:end]: (code, h, m, s, us); code 0
    # when the text ends there, 1 when something follows, < 0 on errors
    vals = [0, 0, 0]
    has_sep = True
    i = 0
    while i < 3:
        v = _digits(s, p, 2)
        if v < 0:
            return -3, 0, 0, 0, 0
        vals[i] = v
        p += 2
        c = _at(s, p)
        p += 1
        if i == 0:
            has_sep = c == ':'
        if p >= end:
            return (1 if c != '\0' else 0), vals[0], vals[1], vals[2], 0
        i += 1
        if has_sep and c == ':':
            continue
        if c == '.' or c == ',':
            break
        if has_sep:
            return -4, 0, 0, 0, 0
        p -= 1
    n = end - p
    if n > 6:
        n = 6
    us = _digits(s, p, n)
    if us < 0:
        return -3, 0, 0, 0, 0
    us *= (1, 100000, 10000, 1000, 100, 10, 1)[n]
    p += n
    while '0' <= _at(s, p) <= '9':
        p += 1
    return (1 if _at(s, p) != '\0' else 0), vals[0], vals[1], vals[2], us


def _iso_time(s, start):
    # (h, m, s, us, tzinfo) from s[start:], or None
    end = len(s)
    if start >= end:
        tz = start + 1          # (CPython's scan steps past the end)
    else:
        tz = end
        for c in 'Z+-':
            k = s.find(c, start, tz)
            if k >= 0:
                tz = k
    rv, hh, mm, ss, us = _iso_hms(s, start, tz)
    if rv < 0:
        return None
    if tz == end:
        if rv == 1:
            return None
        return hh, mm, ss, us, None
    if s[tz] == 'Z':
        if tz + 1 != end:
            return None
        return hh, mm, ss, us, _UTC
    sign = -1 if s[tz] == '-' else 1
    rv, th, tm, ts, tus = _iso_hms(s, tz + 1, end)
    if rv:
        return None
    off = sign * (th * 3600 + tm * 60 + ts)
    if off == 0:
        return hh, mm, ss, us, _UTC
    return hh, mm, ss, us, timezone(_td(off * 1000000 + sign * tus))


def _iso_sep(s):
    # where the date part of a datetime string ends
    n = len(s)
    if n == 7:
        return 7
    if _at(s, 4) == '-':
        if _at(s, 5) != 'W':
            return 10
        if n < 8:
            return -1
        if n > 8 and s[8] == '-':
            if n == 9:
                return -1
            if n > 10 and '0' <= s[10] <= '9':
                return 8
            return 10
        return 8
    if _at(s, 4) == 'W':
        i = 7
        while i < n and '0' <= s[i] <= '9':
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _iso_fast(s, n):
    # the usual 'YYYY-MM-DD?HH:MM[:SS[.fff[fff]]]' in one go (s is ASCII,
    # and '-' or ':' checked at 4, 7 and 13); None for anything else
    if n == 16:
        if not (s[0:4] + s[5:7] + s[8:10] + s[11:13] + s[14:16]).isdigit():
            return None
        return (int(s[0:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]),
                int(s[14:16]), 0, 0, None)
    if n != 19 and n != 23 and n != 26 or s[16] != ':':
        return None
    if not (s[0:4] + s[5:7] + s[8:10] + s[11:13] + s[14:16] + s[17:19]).isdigit():
        return None
    us = 0
    if n > 19:
        if s[19] != '.' or not s[20:].isdigit():
            return None
        us = int(s[20:]) * (1000 if n == 23 else 1)
    return (int(s[0:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]),
            int(s[14:16]), int(s[17:19]), us, None)


def _iso_datetime(s):
    # the constructor arguments for datetime.fromisoformat, or None
    if len(s) < 7:
        return None
    if not s.isascii():
        # a lone surrogate may separate date and time
        for i in (7, 8, 10):
            if i < len(s) and '\ud800' <= s[i] <= '\udfff':
                s = s[:i] + 'T' + s[i + 1:]
                break
        s = _utf8(s)
    n = len(s)
    if n >= 16 and s[13] == ':' and s[4] == '-' and s[7] == '-':
        r = _iso_fast(s, n)
        if r is not None:
            return r
    dlen = _iso_sep(s)
    if dlen < 0:
        return None
    r = _iso_date(s, dlen)
    if r is None:
        return None
    if n > dlen:
        # the separator may be any character, of 1 to 4 UTF-8 bytes
        c = ord(s[dlen])
        step = 1 if c < 0x80 else (3 if c & 0xf0 == 0xe0 else
                                   (4 if c & 0xf0 == 0xf0 else 2))
        t = _iso_time(s, dlen + step)
        if t is None:
            return None
        return r + t
    return r + (0, 0, 0, 0, None)


# ---------------------------------------------------------------- strftime
# A format is cut once into literal text and directives (cached); a
# directive is (conversion, flag, width, modifier, source text).

_FMT_CACHE = {}
_SUB_FMT = {}

_NUM_DIGITS = {'d': 2, 'm': 2, 'H': 2, 'I': 2, 'M': 2, 'S': 2, 'y': 2,
               'g': 2, 'U': 2, 'W': 2, 'V': 2, 'j': 3, 'e': 2, 'k': 2,
               'l': 2, 'C': 1, 'Y': 1, 'G': 1, 'u': 1, 'w': 1, 's': 1}
_SPACE_PADDED = 'ekl'
_COMPOSITE = {'c': '%a %b %e %H:%M:%S %Y', 'D': '%m/%d/%y', 'x': '%m/%d/%y',
              'F': '%Y-%m-%d', 'r': '%I:%M:%S %p', 'R': '%H:%M',
              'T': '%H:%M:%S', 'X': '%H:%M:%S'}
# the conversions that accept glibc's E and O modifiers
_MOD_E = 'cCnpPrRstTuxXyYzZ%'
_MOD_O = 'bBCdeghGHIjklmMnpPrRsStTuUVwWyzZ%'


def _parse_fmt(fmt):
    # -> list of literal strings and directives
    # (conversion, pad, upper, swap, width, modifier, source text)
    parts = []
    lit = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            lit.append('%')
            break
        if lit:
            parts.append(''.join(lit))
            lit = []
        c = fmt[i]
        if c == 'z' or c == 'Z' or c == 'f':
            # CPython's own directives (only right after the %)
            parts.append((c + '!', '', False, False, 0, '', ''))
            i += 1
            continue
        pad = ''
        upper = swap = False
        while i < n:
            c = fmt[i]
            if c == '-' or c == '_' or c == '0':
                pad = c
            elif c == '^':
                upper = True
            elif c == '#':
                swap = True
            else:
                break
            i += 1
        width = 0
        while i < n and '0' <= fmt[i] <= '9':
            width = width * 10 + ord(fmt[i]) - 48
            i += 1
        mod = ''
        if i < n and (fmt[i] == 'E' or fmt[i] == 'O'):
            mod = fmt[i]
            i += 1
        if i >= n:
            parts.append(('', pad, upper, swap, width, mod, fmt[start:]))
            break
        c = fmt[i]
        i += 1
        parts.append((c, pad, upper, swap, width, mod, fmt[start:i]))
    if lit:
        parts.append(''.join(lit))
    return parts


# Formats made only of these directives, without flags, become one
# %-format over the tuple built in _strftime (index, conversion).
_SIMPLE = {'Y': (0, '%d'), 'm': (1, '%02d'), 'd': (2, '%02d'), 'H': (3, '%02d'),
           'M': (4, '%02d'), 'S': (5, '%02d'), 'j': (6, '%03d'), 'f!': (7, '%06d'),
           'y': (8, '%02d'), 'a': (9, '%s'), 'A': (10, '%s'), 'b': (11, '%s'),
           'h': (11, '%s'), 'B': (12, '%s'), 'p': (13, '%s'), 'I': (14, '%02d'),
           'e': (2, '%2d')}


def _simple_fmt(parts, out, idx):
    for p in parts:
        if type(p) is str:
            out.append(p.replace('%', '%%'))
            continue
        c, pad, upper, swap, width, mod, src = p
        if pad or upper or swap or width or mod:
            return False
        if c in _SIMPLE:
            i, conv = _SIMPLE[c]
            out.append(conv)
            idx.append(i)
        elif c in _COMPOSITE:
            if not _simple_fmt(_parse_fmt(_COMPOSITE[c]), out, idx):
                return False
        elif c == '%':
            out.append('%%')
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        else:
            return False
    return True


def _compile_fmt(fmt):
    # -> (%-format, indexes) for simple formats, else the parsed parts
    parts = _parse_fmt(fmt)
    out = []
    idx = []
    if _simple_fmt(parts, out, idx):
        return ''.join(out), tuple(idx)
    return parts


def _strftime(fmt, tt, us, tz, dt):
    # tt: (y, m, d, H, M, S, weekday, yday, isdst); tz and dt give %z/%Z
    # (dt is the datetime passed to the tzinfo, None for a time)
    parts = _FMT_CACHE.get(fmt)
    if parts is None:
        parts = _compile_fmt(fmt)
        if len(_FMT_CACHE) > 200:
            _FMT_CACHE.clear()
        _FMT_CACHE[fmt] = parts
    if type(parts) is tuple:
        pyfmt, idx = parts
        y, m, d, hh, mi, ss, wd, yd, isdst = tt
        vals = (y, m, d, hh, mi, ss, yd, us, y % 100, _DAY_ABBR[wd], _DAY_NAME[wd],
                _MONTH_ABBR[m], _MONTH_NAME[m], 'PM' if hh >= 12 else 'AM',
                hh % 12 or 12)
        return pyfmt % tuple([vals[i] for i in idx])
    out = []
    for p in parts:
        if type(p) is str:
            out.append(p)
        else:
            out.append(_directive(p, tt, us, tz, dt, False))
    return ''.join(out)


def _number(v, pad, width, digits, space):
    # glibc: pad to max(digits, width) with zeros (spaces for '_' and for
    # e k l), nothing for '-', which still pads to width with spaces
    s = str(v)
    if pad == '-':
        return s.rjust(width)
    if width > digits:
        digits = width
    if pad == '_' or (space and pad != '0'):
        return s.rjust(digits)
    return s.rjust(digits, '0')


def _text(s, pad, width):
    if width > len(s):
        return s.rjust(width, '0' if pad == '0' else ' ')
    return s


def _directive(p, tt, us, tz, dt, upper_all):
    c, pad, upper, swap, width, mod, src = p
    if c == 'f!':
        return '%06d' % us
    if c == 'z!':
        if tz is None:
            return ''
        if dt is None:
            off = _check_offset('utcoffset', tz.utcoffset(None))
        else:
            off = dt.utcoffset()
        return _fmt_offset(off, '')
    if c == 'Z!':
        if tz is None:
            return ''
        name = dt.tzname() if dt is not None else _check_tzname(tz.tzname(None))
        return (name or '').upper() if upper_all else (name or '')
    if not c or (mod and c not in (_MOD_E if mod == 'E' else _MOD_O)):
        return _text(src.upper() if upper else src, pad, width)
    y, m, d, hh, mi, ss, wd, yd, isdst = tt
    digits = _NUM_DIGITS.get(c)
    if digits is not None:
        if c == 'd' or c == 'e':
            v = d
        elif c == 'm':
            v = m
        elif c == 'H' or c == 'k':
            v = hh
        elif c == 'M':
            v = mi
        elif c == 'S':
            v = ss
        elif c == 'Y':
            v = y
        elif c == 'y':
            v = y % 100
        elif c == 'I' or c == 'l':
            v = hh % 12 or 12
        elif c == 'j':
            v = yd
        elif c == 'C':
            v = y // 100
        elif c == 'w':
            v = (wd + 1) % 7
        elif c == 'u':
            v = wd + 1
        elif c == 'U':
            v = (yd - 1 + 7 - (wd + 1) % 7) // 7
        elif c == 'W':
            v = (yd - 1 + 7 - wd) // 7
        elif c == 's':
            try:
                v = _local_to_utc(y, m, d, hh, mi, ss, 0)
            except (ValueError, OverflowError, OSError):
                v = _wall(y, m, d, hh, mi, ss)
        else:
            iy, iw, _ = _iso_calendar(y, _ord(y, m, d))
            v = iw if c == 'V' else (iy if c == 'G' else iy % 100)
        return _number(v, pad, width, digits, c in _SPACE_PADDED)
    lower = False
    if c == 'a':
        s = _DAY_ABBR[wd]
    elif c == 'A':
        s = _DAY_NAME[wd]
    elif c == 'b' or c == 'h':
        s = _MONTH_ABBR[m]
    elif c == 'B':
        s = _MONTH_NAME[m]
    elif c == 'p':
        s = 'PM' if hh >= 12 else 'AM'
        lower = swap
        swap = False
    elif c == 'P':
        s = 'pm' if hh >= 12 else 'am'
        lower = True
    elif c in _COMPOSITE:
        sub = _SUB_FMT.get(c)
        if sub is None:
            sub = _SUB_FMT[c] = _parse_fmt(_COMPOSITE[c])
        up = upper or upper_all
        s = ''.join([q if type(q) is str else _directive(q, tt, us, tz, dt, up)
                     for q in sub])
        return _text(s, pad, width)
    elif c == 'n':
        return _text('\n', pad, width)
    elif c == 't':
        return _text('\t', pad, width)
    elif c == '%':
        return _text('%', pad, width)
    elif c == 'z':
        # with flags the C library formats it, from a zero tm_gmtoff
        if isdst < 0:
            return ''
        return '+' + _number(0, pad, width, 4, False)
    elif c == 'Z':
        s = '' if isdst < 0 else _time.tzname[1 if isdst else 0]
        lower = swap
        swap = False
    else:
        # not a conversion: glibc copies it as it is
        return _text(src.upper() if upper else src, pad, width)
    if lower:
        s = s.lower()
    elif upper or swap or upper_all:
        s = s.upper()
    return _text(s, pad, width)


# ---------------------------------------------------------------- strptime
# Same regular expressions as CPython's _strptime in the C locale; the
# compiled pattern of each format is cached.

_SP_CACHE = {}
_SP_BASE = None


def _seq_re(names, group):
    # longest first, so that 'march' is not read as 'mar' + 'ch'
    names = sorted(names, key=len, reverse=True)
    import re
    return '(?P<%s>%s)' % (group, '|'.join(re.escape(n) for n in names))


def _sp_base():
    global _SP_BASE
    if _SP_BASE is not None:
        return _SP_BASE
    tzn = _time.tzname
    zones = ['utc', 'gmt', tzn[0].lower()]
    if _time.daylight:
        zones.append(tzn[1].lower())
    base = {
        'd': r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
        'f': r"(?P<f>[0-9]{1,6})",
        'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
        'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
        'G': r"(?P<G>\d\d\d\d)",
        'j': r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
        'M': r"(?P<M>[0-5]\d|\d)",
        'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
        'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
        'W': r"(?P<W>5[0-3]|[0-4]\d|\d)",
        'w': r"(?P<w>[0-6])",
        'u': r"(?P<u>[1-7])",
        'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
        'y': r"(?P<y>\d\d)",
        'Y': r"(?P<Y>\d\d\d\d)",
        'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        'A': _seq_re([n.lower() for n in _DAY_NAME], 'A'),
        'a': _seq_re([n.lower() for n in _DAY_ABBR], 'a'),
        'B': _seq_re([n.lower() for n in _MONTH_NAME[1:]], 'B'),
        'b': _seq_re([n.lower() for n in _MONTH_ABBR[1:]], 'b'),
        'p': _seq_re(['am', 'pm'], 'p'),
        'Z': _seq_re(sorted(set(zones)), 'Z'),
        '%': '%',
    }
    _SP_BASE = base
    base['c'] = _sp_pattern('%a %b %d %H:%M:%S %Y')
    base['x'] = _sp_pattern('%m/%d/%y')
    base['X'] = _sp_pattern('%H:%M:%S')
    return base


def _sp_pattern(fmt):
    import re
    base = _sp_base()
    fmt = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", fmt)
    fmt = re.sub(r'\s+', r'\\s+', fmt)
    out = []
    while '%' in fmt:
        i = fmt.index('%') + 1
        out.append(fmt[:i - 1])
        out.append(base[fmt[i]])        # KeyError / IndexError: bad format
        fmt = fmt[i + 1:]
    out.append(fmt)
    return ''.join(out)


def _sp_compile(fmt):
    rx = _SP_CACHE.get(fmt)
    if rx is None:
        import re
        try:
            rx = re.compile(_sp_pattern(fmt), re.IGNORECASE)
        except KeyError as e:
            bad = e.args[0]
            if bad == '\\':
                bad = '%'
            raise ValueError("'%s' is a bad directive in format '%s'"
                             % (bad, fmt)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % fmt) from None
        if len(_SP_CACHE) > 100:
            _SP_CACHE.clear()
        _SP_CACHE[fmt] = rx
    return rx


def _julian_from_week(year, week, weekday, monday_first):
    # day of the year from a %U/%W week number and a weekday (Monday 0)
    first = (_ord(year, 1, 1) + 6) % 7
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _strptime(data, fmt):
    # the datetime constructor arguments for data parsed by fmt
    found = _sp_compile(fmt).match(data)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    if found.end() != len(data):
        raise ValueError('unconverted data remains: %s' % data[found.end():])
    year = iso_year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_us = 0
    iso_week = week = None
    monday_first = False
    weekday = julian = None
    g = found.groupdict()
    for key, val in g.items():
        if key == 'y':
            year = int(val)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(val)
        elif key == 'G':
            iso_year = int(val)
        elif key == 'm':
            month = int(val)
        elif key == 'B':
            month = _SP_MONTHS.index(val.lower())
        elif key == 'b':
            month = _SP_MONTHS_ABBR.index(val.lower())
        elif key == 'd':
            day = int(val)
        elif key == 'H':
            hour = int(val)
        elif key == 'I':
            hour = int(val)
            ampm = (g.get('p') or '').lower()
            if ampm == '' or ampm == 'am':
                if hour == 12:
                    hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(val)
        elif key == 'S':
            second = int(val)
        elif key == 'f':
            fraction = int(val + '0' * (6 - len(val)))
        elif key == 'A':
            weekday = _SP_DAYS.index(val.lower())
        elif key == 'a':
            weekday = _SP_DAYS_ABBR.index(val.lower())
        elif key == 'w':
            weekday = (int(val) + 6) % 7
        elif key == 'u':
            weekday = int(val) - 1
        elif key == 'j':
            julian = int(val)
        elif key == 'U' or key == 'W':
            week = int(val)
            monday_first = key == 'W'
        elif key == 'V':
            iso_week = int(val)
        elif key == 'z':
            z = val
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError('Inconsistent use of : in %s' % val)
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rest = z[8:]
                gmtoff_us = int(rest + '0' * (6 - len(rest)))
                if z[0] == '-':
                    gmtoff = -gmtoff
                    gmtoff_us = -gmtoff_us
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible "
                             "with ISO year directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            # a leap year for the computations, 1900 in the result
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            jan4 = _ord(iso_year, 1, 4)
            julian = iso_week * 7 + weekday + 1 - ((jan4 + 6) % 7 + 4)
            year = iso_year
            if julian < 1:
                julian += _ord(iso_year, 1, 1)
                year = iso_year - 1
                julian -= _ord(year, 1, 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        date(year, month, day)          # the range messages
    else:
        r = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = r._year, r._month, r._day
    if leap_fix:
        year = 1900
    args = (year, month, day, hour, minute, second, fraction)
    if gmtoff is not None:
        off = timedelta(seconds=gmtoff, microseconds=gmtoff_us)
        tzn = g.get('Z')
        args += (timezone(off, tzn) if tzn else timezone(off),)
    return args


_SP_DAYS = [n.lower() for n in _DAY_NAME]
_SP_DAYS_ABBR = [n.lower() for n in _DAY_ABBR]
_SP_MONTHS = [''] + [n.lower() for n in _MONTH_NAME[1:]]
_SP_MONTHS_ABBR = [''] + [n.lower() for n in _MONTH_ABBR[1:]]
