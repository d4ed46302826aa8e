# logging handlers and filters: Handler, StreamHandler (terminator, setStream, flush), FileHandler (modes, delay, reopen, shutdown), NullHandler, Filter names, callable filters, handleError on a bad message
import io
import logging
import os
import sys

lg = logging.getLogger('svc')
lg.propagate = False
lg.setLevel(logging.DEBUG)

# Handler base class
h = logging.Handler()
print(repr(h), h.level, h.formatter, h.filters, h.name)
h.setLevel('INFO')
h.set_name('base')
print(repr(h), h.get_name(), h.name)
try:
    h.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print('NotImplementedError:', e)
h.acquire()
h.acquire()
h.release()
h.release()
h.flush()
h.close()

# StreamHandler
sh = logging.StreamHandler(sys.stdout)
print(repr(sh), sh.terminator == '\n')
sh.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
lg.addHandler(sh)
lg.info('to stdout')
buf = io.StringIO()
old = sh.setStream(buf)
print(old is sys.stdout, sh.setStream(buf))
lg.info('to buffer')
sh.terminator = ' |\n'
lg.info('custom terminator')
sh.setStream(sys.stdout)
print(repr(buf.getvalue()))
sh.terminator = '\n'
print(repr(logging.StreamHandler()), logging.StreamHandler().stream is sys.stderr)

# Filter by logger name: the name and its descendants pass
f = logging.Filter('svc.db')
for name in ('svc.db', 'svc.db.pool', 'svc.dbx', 'svc', 'other'):
    print(name, f.filter(logging.makeLogRecord({'name': name})))
print(logging.Filter().filter(logging.makeLogRecord({'name': 'x'})))

# logger filters apply to records made there; handler filters to all
db = logging.getLogger('svc.db')
pool = logging.getLogger('svc.db.pool')
web = logging.getLogger('svc.web')
dbf = logging.Filter('svc.db')
sh.addFilter(dbf)
sh.addFilter(dbf)
print(len(sh.filters))
db.info('db passes')
pool.info('pool passes')
web.info('web is filtered')
sh.removeFilter(dbf)
sh.removeFilter(dbf)
print(sh.filters)
web.info('web passes now')


def no_secrets(record):
    return 'secret' not in record.getMessage()


class Counter:
    n = 0

    def filter(self, record):
        Counter.n += 1
        record.msg = record.msg + ' (#%d)' % Counter.n
        return True


sh.addFilter(no_secrets)
sh.addFilter(Counter())
web.info('hello')
web.info('my secret')
web.info('bye')
sh.filters = []
db.addFilter(lambda r: r.levelno >= logging.WARNING)
db.info('dropped by the db logger filter')
db.warning('kept by the db logger filter')
pool.info('pool records do not meet db filters')

# handler level
sh.setLevel(logging.WARNING)
lg.info('below handler level')
lg.error('at handler level')
sh.setLevel(logging.NOTSET)

# NullHandler swallows everything
lib = logging.getLogger('lib')
lib.addHandler(logging.NullHandler())
lib.error('nobody sees this')
print(repr(logging.NullHandler()), logging.NullHandler().lock)

# FileHandler in a private directory
d = 'tmp_handlers_dir'
if not os.path.exists(d):
    os.mkdir(d)
path = os.path.join(d, 'app.log')
fh = logging.FileHandler(path, mode='w', encoding='utf-8')
print(fh.baseFilename == os.path.abspath(path), fh.mode, fh.encoding,
      fh.delay, repr(fh).endswith('app.log (NOTSET)>'))
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
lg.addHandler(fh)
lg.warning('first line')
lg.warning('unicode: \u00e9\u4e2d')
with open(path, encoding='utf-8') as fp:
    print(repr(fp.read()))
lg.removeHandler(fh)
fh.close()
print(fh.stream)
fh.close()

# append mode keeps the old lines; delay opens the file on the first record
fh = logging.FileHandler(path, delay=True)
print(fh.stream, os.path.getsize(path))
lg.addHandler(fh)
lg.error('appended')
print(fh.stream is not None)
lg.removeHandler(fh)
fh.close()
# a closed handler in mode 'a' reopens on the next record
fh.handle(logging.makeLogRecord({'msg': 'after close'}))
fh.close()
with open(path) as fp:
    print(fp.read().splitlines())

# basicConfig(filename=..., filemode='w') and shutdown() flushes and closes
logging.basicConfig(filename=path, filemode='w', level=logging.INFO,
                    format='%(name)s:%(message)s')
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.mode)
logging.info('root %s', 'info')
logging.getLogger('x.y').warning('from x.y')
logging.shutdown()
print(fh.stream)
with open(path) as fp:
    print(fp.read().splitlines())
os.remove(path)
os.rmdir(d)
print(os.path.exists(d))

# a bad message does not stop the program: handleError reports on stderr
errbuf = io.StringIO()
saved = sys.stderr
sys.stderr = errbuf
lg.warning('two args %s %s', 'only one')
lg.warning('%d is not a number', 'abc')
lg.warning('fine after errors')
logging.raiseExceptions = False
lg.warning('silent %d', 'x')
logging.raiseExceptions = True
sys.stderr = saved
lines = errbuf.getvalue().splitlines()
print(lines.count('--- Logging error ---'))
print([l for l in lines if l.startswith(('Message', 'Arguments', 'TypeError'))])
