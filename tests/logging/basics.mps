# logging basics: levels and their names, basicConfig defaults and errors, module-level functions, disable, lazy formatting
import logging
import sys

print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING,
      logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET)
for v in (50, 40, 30, 20, 10, 0, 25, 'INFO', 'WARN', 'FATAL', 'nope'):
    print(repr(v), '->', repr(logging.getLevelName(v)))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(sorted(logging.getLevelNamesMapping().items()))

# errors from basicConfig, before anything is configured
for kw in ({'stream': sys.stdout, 'filename': 'x.log'},
           {'handlers': [], 'stream': sys.stdout},
           {'style': '#'},
           {'format': 'no fields here'},
           {'format': '{nope', 'style': '{'}):
    try:
        logging.basicConfig(**kw)
    except ValueError as e:
        print('ValueError:', e)
    # a failed call may still have left a handler behind
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)
try:
    logging.basicConfig(stream=sys.stdout, bogus=1, other=2)
except ValueError as e:
    print('ValueError:', e)
logging.basicConfig(force=True, stream=sys.stdout)

root = logging.getLogger()
print(root is logging.root, logging.getLogger('root') is root, root.name)
print(root.level, root.getEffectiveLevel(), len(root.handlers))
print(type(root.handlers[0]).__name__, root.handlers[0].stream is sys.stdout)
print(root.handlers[0].formatter._fmt)

logging.debug('not shown')
logging.info('not shown')
logging.warning('warn %s', 'shown')
logging.error('error %d + %d = %d', 2, 3, 5)
logging.critical('critical %(a)s/%(b)s', {'a': 1, 'b': 2})
logging.fatal('fatal')
logging.log(logging.ERROR, 'log at %r', 'ERROR')
logging.log(25, 'custom level')
logging.exception('no exception active')

# a second basicConfig does nothing; force replaces the handler
logging.basicConfig(level=logging.DEBUG, format='SECOND %(message)s')
logging.debug('still not shown')
logging.basicConfig(force=True, level='DEBUG', stream=sys.stdout,
                    format='%(levelname)-8s|%(name)s|%(message)s')
print(root.level)
logging.debug('debug now shown')
logging.info('info %s', ['a', 1])

# setLevel with names, numbers; errors
root.setLevel('WARNING')
print(root.level, root.isEnabledFor(logging.INFO), root.isEnabledFor(40))
for bad in ('LOUD', 3.5, None):
    try:
        root.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    root.log('ERROR', 'x')
except TypeError as e:
    print('TypeError:', e)

# disable() switches off everything at or below the level
logging.disable(logging.ERROR)
logging.error('disabled')
logging.critical('critical passes')
logging.disable(logging.NOTSET)
logging.error('enabled again')
logging.disable()
print(logging.root.manager.disable)
logging.disable(0)


# lazy formatting: arguments are only formatted when the record is emitted
class Loud:
    def __str__(self):
        print('   (str called)')
        return 'loud'


logging.info('skipped %s', Loud())
logging.warning('emitted %s', Loud())

# non-string messages
logging.warning(12345)
logging.warning(['a', 'list'])
logging.warning('%s%%', 50)
logging.warning('a %s with no args')
