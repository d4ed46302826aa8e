# logging.Formatter: %, { and $ styles, validation errors, defaults, formatTime with converter/datefmt/msecs, LogRecord attributes, makeLogRecord, record factories, extra=
import logging
import sys
import time


def rec(msg='hello %s', args=('world',), level=logging.INFO, name='app.db'):
    r = logging.LogRecord(name, level, '/srv/app/db.py', 42, msg, args, None,
                          'query')
    r.created = 1795521662.25
    r.msecs = 250.0
    return r


r = rec()
for attr in ('name', 'msg', 'args', 'levelname', 'levelno', 'pathname',
             'filename', 'module', 'lineno', 'funcName', 'exc_info',
             'exc_text', 'stack_info', 'threadName', 'processName'):
    print(attr, repr(getattr(r, attr)))
print(repr(r), r.getMessage())
print(isinstance(r.thread, int), isinstance(r.process, int),
      isinstance(r.relativeCreated, float), isinstance(r.created, float))
print(0 <= rec().msecs < 1000)
# a single mapping argument is used for %(key)s
print(rec('%(a)s-%(b)d', ({'a': 'x', 'b': 7},)).getMessage())
print(rec('%s', ({},)).args, rec('%s', ([1],)).getMessage())

fmts = [
    ('%(levelname)s:%(name)s:%(message)s', '%'),
    ('%(levelno)03d %(module)s.%(funcName)s:%(lineno)d %(filename)s %(message)s', '%'),
    ('%(name)-10s|%(levelname)8s|%(message)r', '%'),
    ('{levelname}/{name}/{message}', '{'),
    ('{levelname:>8} {name!r} {message:.5} {lineno:04d}', '{'),
    ('$levelname ${name}: $message $$', '$'),
]
for fmt, style in fmts:
    f = logging.Formatter(fmt, style=style)
    print(style, repr(f._fmt), f.usesTime(), '=>', f.format(rec()))

print(repr(logging.Formatter()._fmt), logging.Formatter().format(rec()))
print(repr(logging.Formatter(style='{')._fmt), repr(logging.Formatter(style='$')._fmt))

# invalid formats
for fmt, style in [('%(message)', '%'), ('plain', '%'), ('{message', '{'),
                   ('{}', '{'), ('{message!x}', '{'), ('{message:zz}', '{'),
                   ('{a-b}', '{'), ('text', '{'), ('$', '$'), ('${message',
                   '$'), ('$$ only', '$'), ('%(message)s', '?')]:
    try:
        logging.Formatter(fmt, style=style)
        print('ok', repr(fmt))
    except ValueError as e:
        print('ValueError:', e)
# validate=False skips the check; a missing field then fails at format time
f = logging.Formatter('%(nosuch)s', validate=False)
try:
    f.format(rec())
except ValueError as e:
    print('ValueError:', e)
f = logging.Formatter('{nosuch}', style='{')
try:
    f.format(rec())
except ValueError as e:
    print('ValueError:', e)

# defaults= supply missing fields
f = logging.Formatter('%(user)s %(message)s', defaults={'user': '-'})
print(f.format(rec()))
r2 = rec()
r2.user = 'bob'
print(f.format(r2))
f = logging.Formatter('{user} {message}', style='{', defaults={'user': '?'})
print(f.format(rec()))
f = logging.Formatter('$user $message', style='$', defaults={'user': '!'})
print(f.format(rec()))

# time formatting, in UTC so that the output does not depend on the zone
f = logging.Formatter('%(asctime)s %(message)s')
f.converter = time.gmtime
print(f.usesTime(), f.format(rec()))
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%d/%m/%Y %H.%M')
f.converter = time.gmtime
print(f.format(rec()))
print(f.formatTime(rec()), '|', f.formatTime(rec(), '%H:%M:%S'))


class UTCFormatter(logging.Formatter):
    converter = time.gmtime
    default_time_format = '%H:%M:%S'
    default_msec_format = '%s.%03d'


f = UTCFormatter('{asctime} {message}', style='{')
print(f.usesTime(), f.format(rec()))
UTCFormatter.default_msec_format = None
print(f.format(rec()))
f = UTCFormatter('${asctime} $message', style='$')
print(f.usesTime(), f.format(rec()))
f = UTCFormatter('$asctime $message', style='$')
print(f.usesTime(), f.format(rec()))
r = rec()
logging.Formatter('%(message)s').format(r)
print(r.message, hasattr(r, 'asctime'))


# formatMessage / formatException / formatStack can be overridden
class Upper(logging.Formatter):
    def formatMessage(self, record):
        return logging.Formatter.formatMessage(self, record).upper()

    def formatStack(self, stack_info):
        return 'STACK<' + stack_info + '>'


r = rec()
r.stack_info = 'frames'
print(Upper('%(name)s %(message)s').format(r))
r.exc_text = 'Cached traceback text'
print(Upper('%(message)s').format(r))

# BufferingFormatter
bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print(repr(bf.format([])), bf.format([rec(), rec('bye', ())]))

# makeLogRecord and record factories
r = logging.makeLogRecord({'name': 'made', 'msg': 'x=%d', 'args': (3,),
                           'levelno': 30, 'levelname': 'WARNING', 'custom': 1})
print(r.name, r.getMessage(), r.levelname, r.custom, r.lineno, repr(r.pathname))
old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old(*args, **kwargs)
    record.tag = 'T'
    return record


logging.setLogRecordFactory(factory)
lg = logging.getLogger('fact')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(tag)s %(name)s %(message)s %(who)s'))
lg.addHandler(h)
lg.propagate = False
lg.warning('via factory', extra={'who': 'me'})
logging.setLogRecordFactory(old)
print(logging.getLogRecordFactory() is logging.LogRecord)
for bad in ({'message': 1}, {'asctime': 1}, {'name': 1}, {'levelno': 1}):
    try:
        lg.warning('x', extra=bad)
    except KeyError as e:
        print('KeyError:', e)
