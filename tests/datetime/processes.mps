# datetime objects sent through Queue and Pool come back equal, same type and repr
# (timezone.utc stays the singleton; fold and tzinfo subclass state survive).
# start-methods: fork spawn forkserver
import multiprocessing as mp
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC


class Fixed(tzinfo):
    def __init__(self, hours=0, name='Z'):
        self.off = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return 'Fixed(%r)' % self.name


def describe(x):
    return '%s %r' % (type(x).__name__, x)


def next_day(x):
    return x + timedelta(days=1)


def echo(q_in, q_out):
    while True:
        x = q_in.get()
        if x is None:
            break
        q_out.put((x, describe(x), getattr(x, 'tzinfo', None) is UTC))


if __name__ == '__main__':
    objs = [datetime(2024, 3, 5, 13, 4, 5, 6), datetime(2024, 3, 5, 13, 4, 5, tzinfo=UTC),
            datetime(2024, 11, 3, 1, 30, fold=1), datetime(2024, 3, 5, tzinfo=timezone(-timedelta(hours=3, minutes=30), 'NST')),
            datetime(2024, 3, 5, tzinfo=Fixed(2, 'X')), date(2024, 2, 29), time(1, 2, 3, 4, tzinfo=UTC, fold=1),
            time(23, 59), timedelta(days=-1, seconds=5, microseconds=7), timezone.utc, timezone(timedelta(hours=5)),
            [date(2024, 1, 1), {timedelta(1): datetime.min}]]
    q_in, q_out = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(q_in, q_out))
    p.start()
    for o in objs:
        q_in.put(o)
        back, desc, is_utc = q_out.get()
        print(desc, back == o, type(back) is type(o), repr(back) == repr(o), is_utc)
    q_in.put(None)
    p.join()
    q_in.put(UTC)
    print(q_in.get() is UTC)
    with mp.Pool(2) as pool:
        print(pool.map(next_day, [date(2024, 2, 28), datetime(2024, 12, 31, 23, tzinfo=UTC), timedelta(hours=1)]))
        print(pool.apply(describe, (datetime(2024, 1, 1, tzinfo=Fixed(-1, 'M')),)))
