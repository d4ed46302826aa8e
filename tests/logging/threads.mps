# logging from many threads: the handler lock keeps each record whole even when the stream writes it piecewise; threadName; getLogger from threads returns one object per name
import logging
import sys
import threading
import time


class SlowStream:
    # writes one character at a time and yields now and then, so that
    # records of different threads would mix if emit were not locked
    def __init__(self):
        self.chars = []

    def write(self, s):
        for i, ch in enumerate(s):
            self.chars.append(ch)
            if i % 7 == 3:
                time.sleep(0)

    def flush(self):
        pass


stream = SlowStream()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter(
    '%(threadName)s %(name)s %(levelname)s %(message)s'))
logging.root.addHandler(handler)
logging.root.setLevel(logging.INFO)

NTHREADS = 8
NMSG = 40
seen = {}
seen_lock = threading.Lock()


def work(n):
    log = logging.getLogger('worker.%d' % (n % 3))
    with seen_lock:
        seen.setdefault(log.name, set()).add(id(log))
    for i in range(NMSG):
        log.info('message %03d of thread %d with some padding text', i, n)
        log.debug('never shown %d', i)
        if i % 10 == 0:
            logging.getLogger('worker').warning('checkpoint %d/%d', n, i)


threads = [threading.Thread(target=work, args=(n,), name='T%d' % n)
           for n in range(NTHREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

lines = ''.join(stream.chars).splitlines()
expected = []
for n in range(NTHREADS):
    for i in range(NMSG):
        expected.append('T%d worker.%d INFO message %03d of thread %d with '
                        'some padding text' % (n, n % 3, i, n))
        if i % 10 == 0:
            expected.append('T%d worker WARNING checkpoint %d/%d' % (n, n, i))
print(len(lines), len(expected), sorted(lines) == sorted(expected))
print(sorted(lines)[:3])
print(sorted(lines)[-2:])
print(sorted((name, len(ids)) for name, ids in seen.items()))

# per-thread order is kept: the records of one thread appear in order
for n in (0, NTHREADS - 1):
    mine = [l for l in lines if l.startswith('T%d ' % n) and 'INFO' in l]
    print(n, mine == sorted(mine), len(mine))

# the main thread's name
handler.setStream(sys.stdout)
logging.info('from the main thread')


# many threads writing to sys.stdout through one handler
def short(n):
    for i in range(5):
        logging.getLogger('short').info('%d-%d', n, i)


handler.setFormatter(logging.Formatter('%(name)s %(message)s'))
buf = []
old = sys.stdout


class Collect:
    def write(self, s):
        buf.append(s)

    def flush(self):
        pass


handler.setStream(Collect())
ts = [threading.Thread(target=short, args=(n,)) for n in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
handler.setStream(sys.stdout)
out = ''.join(buf).splitlines()
print(len(out), sorted(out) == sorted('short %d-%d' % (n, i)
                                      for n in range(10) for i in range(5)))
