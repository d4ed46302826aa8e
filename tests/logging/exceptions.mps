# logging with exceptions: Logger.exception, exc_info=True/instance/tuple, chained exceptions, exc_text cached for every handler, formatException override (tracebacks go to stderr)
import logging
import sys

logging.basicConfig(format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('job')


def parse(text):
    return int(text)


def load(items):
    return [parse(x) for x in items]


try:
    load(['1', 'two'])
except ValueError:
    log.exception('could not load %d items', 2)

try:
    {}['missing']
except KeyError as e:
    log.error('lookup failed: %r', e, exc_info=True)
    logging.exception('module-level exception')
    saved = sys.exc_info()

log.warning('later, with a saved exc_info tuple', exc_info=saved)


def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        raise ArithmeticError('cannot divide %d by %d' % (a, b)) from e


try:
    divide(1, 0)
except ArithmeticError as e:
    err = e
log.critical('explicit cause', exc_info=err)

try:
    try:
        raise OSError('disk gone')
    except OSError:
        raise RuntimeError('cleanup failed')
except RuntimeError:
    log.exception('implicit context')

# an exception that was never raised has no traceback lines
log.error('never raised', exc_info=ValueError('fresh'))
log.info('exception() below the level is dropped', exc_info=True)
log.exception('outside a handler')


# the traceback text is made once and kept on the record as exc_text
class Capture(logging.Handler):
    def emit(self, record):
        text = self.format(record)
        lines = text.splitlines()
        print('captured:', lines[0], '|', lines[1], '|', lines[-1])
        print('exc_text cached:', record.exc_text is not None,
              record.exc_text == '\n'.join(lines[1:]))
        print('exc_info type:', record.exc_info[0].__name__)


class Short(logging.Formatter):
    def formatException(self, ei):
        return '%s! (%s)' % (ei[0].__name__, ei[1])


quiet = logging.getLogger('quiet')
quiet.propagate = False
quiet.addHandler(Capture())
try:
    load(['x'])
except ValueError:
    quiet.exception('boom')

short = logging.StreamHandler(sys.stdout)
short.setFormatter(Short('%(message)s'))
quiet.handlers = [short]
try:
    load(['y'])
except ValueError:
    quiet.exception('short form')
print('done')
