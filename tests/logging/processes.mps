# logging across fork: Process children and Pool workers log through inherited handlers with %(processName)s; a handler lock held by a thread at fork time does not hang the child; loggers pass to workers by name
import logging
import multiprocessing
import os
import sys
import threading

FMT = '%(processName)s %(name)s %(levelname)s %(message)s'
logging.basicConfig(stream=sys.stdout, format=FMT, level=logging.INFO)
log = logging.getLogger('main')


def child(n):
    # a logger made in the child, and one inherited from the parent
    logging.getLogger('child.%d' % n).info('hello from child %d', n)
    log.warning('child %d uses the parent logger', n)
    logging.debug('child %d: debug is filtered', n)


def same_logger(lg):
    lg.info('got logger %s', lg.name)
    return lg.name, lg is logging.getLogger(lg.name)


def square(x):
    logging.getLogger('pool').info('square(%d)', x)
    return x * x


log.info('parent starts')
for n in (1, 2):
    p = multiprocessing.Process(target=child, args=(n,))
    p.start()
    p.join()
    print('exitcode', p.exitcode)
p = multiprocessing.Process(target=child, args=(3,), name='Custom')
p.start()
p.join()

# a thread holds the handler's lock while the parent forks: the child gets
# fresh locks and can still log
handler = logging.root.handlers[0]
holding = threading.Event()
done = threading.Event()


def hold():
    with handler.lock:
        holding.set()
        done.wait()


t = threading.Thread(target=hold)
t.start()
holding.wait()
p = multiprocessing.Process(target=child, args=(4,), name='WhileLocked')
p.start()
p.join(5)
print('child finished while the lock was held:', p.exitcode == 0)
if p.exitcode is None:
    p.terminate()
    p.join()
done.set()
t.join()

# one pool worker: its lines come in task order
with multiprocessing.Pool(1) as pool:
    print(pool.map(square, range(4)))
    # loggers travel by name and are the child's own loggers
    print(pool.map(same_logger, [logging.getLogger('x.y'), logging.root]))

# several workers write into one file (opened for append before the fork)
d = 'tmp_processes_dir'
if not os.path.exists(d):
    os.mkdir(d)
path = os.path.join(d, 'pool.log')
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(processName)s|%(name)s|%(message)s'))
logging.getLogger('pool').addHandler(fh)
logging.getLogger('pool').propagate = False
with multiprocessing.Pool(3) as pool:
    print(sum(pool.map(square, range(30))))
logging.getLogger('pool').info('parent writes too')
fh.close()
with open(path) as f:
    lines = f.read().splitlines()
os.remove(path)
os.rmdir(d)
print(len(lines))
names = sorted(set(l.split('|')[0].rsplit('-', 1)[0] for l in lines))
print(names)
print(sorted(l.split('|', 1)[1] for l in lines)[:3])
print(sorted(int(l.split('(')[1].rstrip(')')) for l in lines if '(' in l)
      == list(range(30)))
log.info('parent ends')
