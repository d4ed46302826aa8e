import logging, sys, collections, enum, os


class Clean:
    # CPython names the main script by its absolute path, mps as given
    def write(self, s):
        sys.stdout.write(s.replace(os.path.abspath(__file__), os.path.basename(__file__)))

    def flush(self):
        pass


logging.basicConfig(stream=Clean(), format='%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s: %(message)s')
def work():
    logging.warning('inside work')
    log = logging.getLogger('x')
    log.error('second %d', 2)
work()
logging.warning('top')
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    logging.exception('caught')
logging.warning('with stack', stack_info=True)
P = collections.namedtuple('P', 'x y')
print(P.__module__)
class Color(enum.Enum):
    RED = 1
print(Color.__module__)
E = enum.Enum('E', 'A B')
print(E.__module__)
