# logging hierarchy: dotted names, placeholders, parent/effective level, propagation, getChild, hasHandlers, disabled, lastResort
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self, tag, level=logging.NOTSET):
        logging.Handler.__init__(self, level)
        self.tag = tag

    def emit(self, record):
        print('[%s] %s:%s:%s' % (self.tag, record.levelname, record.name,
                                 record.getMessage()))


# children created before their parents are re-parented when it appears
abc = logging.getLogger('a.b.c')
print(abc.parent is logging.root, repr(abc))
print(type(logging.root.manager.loggerDict['a.b']).__name__)
a = logging.getLogger('a')
print(abc.parent is a, a.parent is logging.root)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a)
print(logging.getLogger('a.b') is ab, a.getChild('b') is ab,
      ab.getChild('c') is abc, logging.root.getChild('a') is a)
abx = logging.getLogger('a.bx')
print(abx.parent is a)
print(sorted(logging.root.manager.loggerDict))
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError:', e)

# effective level is inherited
print(abc.level, abc.getEffectiveLevel(), logging.getLevelName(abc.getEffectiveLevel()))
a.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))
ab.setLevel('DEBUG')
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG))
print(repr(a), repr(ab), repr(abc), repr(logging.root))

# no handlers anywhere: lastResort prints WARNING and above bare on stderr
print(abc.hasHandlers())
saved = sys.stderr
sys.stderr = sys.stdout
abc.info('info to nobody')
abc.warning('warning via lastResort %d', 1)
sys.stderr = saved

# propagation up the tree, with handler levels
hroot = ListHandler('root')
ha = ListHandler('a', logging.WARNING)
habc = ListHandler('abc')
logging.root.addHandler(hroot)
a.addHandler(ha)
abc.addHandler(habc)
abc.addHandler(habc)          # added once only
print(len(abc.handlers), abc.hasHandlers(), abx.hasHandlers())
abc.debug('debug from a.b.c')
abc.error('error from a.b.c')
ab.info('info from a.b')
abx.info('info from a.bx')
logging.getLogger('other').warning('warning from other')

ab.propagate = False
print(abc.hasHandlers(), ab.hasHandlers())
abc.warning('stops at a.b')
ab.propagate = True

abc.disabled = True
abc.critical('disabled logger')
abc.disabled = False
print(abc.isEnabledFor(logging.CRITICAL))

abc.removeHandler(habc)
abc.removeHandler(habc)
print(len(abc.handlers))
abc.warning('after removeHandler')

# handler levels vs logger levels
hroot.setLevel(logging.ERROR)
a.warning('a warning (root handler is ERROR)')
logging.root.removeHandler(hroot)
a.removeHandler(ha)
print(a.hasHandlers())

# a custom logger class
class MyLogger(logging.Logger):
    def hello(self):
        self.warning('hello from %s', self.name)


logging.setLoggerClass(MyLogger)
m = logging.getLogger('mine.x')
print(type(m).__name__, logging.getLoggerClass().__name__)
m.addHandler(ListHandler('m'))
m.hello()
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError:', e)
print(type(logging.getLogger('mine.y')).__name__)
print(type(logging.getLogger('mine')).__name__, m.parent.name)

# a LoggerAdapter adds extra fields
ad = logging.LoggerAdapter(m, {'user': 'ann'})
f = logging.Formatter('%(name)s %(user)s %(message)s')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(f)
m.handlers = [h]
ad.warning('adapted %s', 'msg')
ad.debug('not shown')
print(repr(ad), ad.name, ad.isEnabledFor(logging.WARNING))
