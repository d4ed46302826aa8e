# multiprocessing.dummy — the multiprocessing API over threads.
import threading
import queue
from multiprocessing.pool import ThreadPool

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support',
           'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
           'Event', 'Barrier', 'Queue', 'Manager', 'Pipe', 'Pool', 'JoinableQueue']

Process = threading.Thread
DummyProcess = threading.Thread
current_process = threading.current_thread
Lock = threading.Lock
RLock = threading.RLock
Semaphore = threading.Semaphore
BoundedSemaphore = threading.BoundedSemaphore
Condition = threading.Condition
Event = threading.Event
Barrier = threading.Barrier
Queue = queue.Queue
JoinableQueue = queue.Queue


def active_children():
    return [t for t in threading.enumerate() if t is not threading.main_thread()]


def freeze_support():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    return ThreadPool(processes, initializer, initargs)


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value
        self._lock = threading.RLock()

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v


def Array(typecode, sequence, lock=True):
    if isinstance(sequence, int):
        return [0] * sequence
    return list(sequence)


def Manager():
    import sys
    return sys.modules[__name__]


def Pipe(duplex=True):
    a = queue.Queue()
    b = queue.Queue()
    return _Connection(a, b), _Connection(b, a)


class _Connection:
    def __init__(self, inbox, outbox):
        self._in = inbox
        self._out = outbox

    def send(self, obj):
        self._out.put(obj)

    def recv(self):
        return self._in.get()

    def poll(self, timeout=0.0):
        if self._in.qsize() > 0:
            return True
        if timeout <= 0:
            return False
        with self._in.not_empty:
            self._in.not_empty.wait(timeout)
        return self._in.qsize() > 0

    def close(self):
        pass
