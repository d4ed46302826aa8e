# multiprocessing.managers — SyncManager: shared objects that live in a
# server process and are used through proxies, from any process.
#
# The server listens on a local socket in the abstract namespace (nothing
# on disk to leak) and serves each client connection in its own thread, so
# a blocking call (Queue.get, Lock.acquire) blocks only its caller. Every
# process opens its own connection on first use — a proxy handed to a
# child works there — and every thread of a process shares it under a lock.

import _mp
import _thread
import os
import sys
import threading
import queue

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace', 'RemoteError']


class RemoteError(Exception):
    pass


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = sorted(self.__dict__.items())
        return 'Namespace(%s)' % ', '.join('%s=%r' % kv for kv in items)


class _ValueBox:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self.value = value

    def get(self):
        return self.value

    def set(self, value):
        self.value = value


_counter = 0


def _new_name():
    global _counter
    _counter += 1
    return 'mps-manager-%d-%d-%d' % (os.getpid(), _counter, id(_new_name) % 100000)


# ---------------------------------------------------------------- the server

class _Server:
    def __init__(self, listen_fd, registry):
        self.listen_fd = listen_fd
        self.registry = registry
        self.objects = {}
        self.next_id = 0
        self.lock = threading.Lock()
        self.stop = False

    def serve(self):
        while not self.stop:
            try:
                fd = _mp.accept(self.listen_fd)
            except OSError:
                break
            t = threading.Thread(target=self.client, args=(_mp.Connection(fd, fd),), daemon=True)
            t.start()

    def create(self, typeid, args, kwds):
        obj = self.registry[typeid](*args, **kwds)
        with self.lock:
            self.next_id += 1
            oid = self.next_id
            self.objects[oid] = obj
        return oid

    def client(self, conn):
        while True:
            try:
                req = conn.recv()
            except (EOFError, OSError):
                break
            op = req[0]
            try:
                if op == 'call':
                    oid, name, args, kwds = req[1], req[2], req[3], req[4]
                    obj = self.objects[oid]
                    if name == '__getattribute__':
                        res = getattr(obj, args[0])
                    elif name == '__setattr__':
                        res = setattr(obj, args[0], args[1])
                    elif name == '__delattr__':
                        res = delattr(obj, args[0])
                    else:
                        res = getattr(obj, name)(*args, **kwds)
                    if name in _ITERATORS:
                        res = list(res)
                    reply = (True, res)
                elif op == 'create':
                    reply = (True, self.create(req[1], req[2], req[3]))
                elif op == 'shutdown':
                    conn.send((True, None))
                    os._exit(0)
                else:
                    reply = (False, RemoteError('unknown request %r' % (op,)))
            except BaseException as e:
                reply = (False, e)
            try:
                conn.send(reply)
            except (EOFError, OSError):
                break
            except BaseException as e:
                conn.send((False, RemoteError('cannot send the result back: %s' % e)))
        conn.close()


_ITERATORS = ('keys', 'values', 'items', '__iter__', '__reversed__')


def _run_server(listen_fd, registry, ready_w):
    _mp.ignore_sigint()
    server = _Server(listen_fd, registry)
    os.write(ready_w, b'ok')
    os.close(ready_w)
    server.serve()


# ---------------------------------------------------------------- proxies

_connections = {}              # (address, pid) → (Connection, lock)
_connections_lock = _thread.allocate_lock()


def _connection(address):
    key = (address, os.getpid())
    with _connections_lock:
        c = _connections.get(key)
        if c is None:
            fd = _mp.connect(address)
            c = (_mp.Connection(fd, fd), _thread.allocate_lock())
            _connections[key] = c
    return c


def _request(address, req):
    conn, lock = _connection(address)
    with lock:
        conn.send(req)
        ok, res = conn.recv()
    if not ok:
        raise res
    return res


class BaseProxy:
    _exposed_ = ()

    def __init__(self, address, oid, typeid):
        object.__setattr__(self, '_address', address)
        object.__setattr__(self, '_oid', oid)
        object.__setattr__(self, '_typeid', typeid)

    def _callmethod(self, name, args=(), kwds={}):
        return _request(self._address, ('call', self._oid, name, tuple(args), dict(kwds)))

    def _getvalue(self):
        return self._callmethod('copy') if self._typeid in ('dict', 'list') else self._callmethod('get')

    def __reduce__(self):
        return (_rebuild_proxy, (type(self), self._address, self._oid, self._typeid))

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')


def _rebuild_proxy(cls, address, oid, typeid):
    return cls(address, oid, typeid)


def _method(name):
    def call(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    call.__name__ = name
    return call


def _make_proxy_type(name, methods):
    ns = {'__module__': __name__}
    for m in methods:
        ns[m] = _method(m)
    return type(name, (BaseProxy,), ns)


_seq_methods = ('__getitem__', '__setitem__', '__delitem__', '__len__', '__contains__')
DictProxy = _make_proxy_type('DictProxy', _seq_methods + (
    'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))
ListProxy = _make_proxy_type('ListProxy', _seq_methods + (
    'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort', 'copy'))
QueueProxy = _make_proxy_type('QueueProxy', (
    'put', 'get', 'put_nowait', 'get_nowait', 'qsize', 'empty', 'full', 'task_done', 'join'))
AcquirerProxy = _make_proxy_type('AcquirerProxy', ('acquire', 'release'))
LockProxy = AcquirerProxy
EventProxy = _make_proxy_type('EventProxy', ('is_set', 'set', 'clear', 'wait'))
ConditionProxy = _make_proxy_type('ConditionProxy', (
    'acquire', 'release', 'wait', 'notify', 'notify_all'))
BarrierProxy = _make_proxy_type('BarrierProxy', ('wait', 'abort', 'reset'))


def _iter(self):
    return iter(self._callmethod('__iter__'))


def _keys_iter(self):
    return iter(self._callmethod('keys'))


DictProxy.__iter__ = _keys_iter
ListProxy.__iter__ = _iter


def _list_iadd(self, other):
    self._callmethod('extend', (other,))
    return self


ListProxy.__iadd__ = _list_iadd


def _acquirer_enter(self):
    return self._callmethod('acquire')


def _acquirer_exit(self, *args):
    return self._callmethod('release')


for _cls in (LockProxy, ConditionProxy):
    _cls.__enter__ = _acquirer_enter
    _cls.__exit__ = _acquirer_exit


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    @property
    def value(self):
        return self._callmethod('get')

    @value.setter
    def value(self, v):
        self._callmethod('set', (v,))


class NamespaceProxy(BaseProxy):
    def __getattr__(self, name):
        if name[0] == '_':
            raise AttributeError(name)
        return self._callmethod('__getattribute__', (name,))

    def __setattr__(self, name, value):
        if name[0] == '_':
            return object.__setattr__(self, name, value)
        return self._callmethod('__setattr__', (name, value))

    def __delattr__(self, name):
        return self._callmethod('__delattr__', (name,))


# ---------------------------------------------------------------- the manager

class BaseManager:
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._address = address or _new_name()
        self._process = None
        self._state = 'initial'

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = dict(cls._registry)
        if proxytype is None:
            proxytype = _make_proxy_type(typeid + 'Proxy', tuple(exposed or ()))
        cls._registry[typeid] = (callable, proxytype)
        if create_method:
            def create(self, *args, **kwds):
                oid = _request(self._address, ('create', typeid, args, kwds))
                return proxytype(self._address, oid, typeid)
            create.__name__ = typeid
            setattr(cls, typeid, create)

    @property
    def address(self):
        return self._address

    def start(self, initializer=None, initargs=()):
        if self._state != 'initial':
            raise RuntimeError('Unknown state %r' % self._state)
        import multiprocessing
        listen_fd = _mp.listen(self._address)
        r, w = os.pipe()
        registry = {}
        for k in self._registry:
            registry[k] = self._registry[k][0]
        self._process = multiprocessing.Process(target=_run_server, args=(listen_fd, registry, w),
                                                name='SyncManager-1', daemon=True)
        self._process._start_method_override = 'fork'
        self._process.start()
        os.close(w)
        _mp.close_fd(listen_fd)
        os.read(r, 2)
        os.close(r)
        self._state = 'started'

    def shutdown(self):
        if self._state != 'started':
            return
        self._state = 'shutdown'
        try:
            _request(self._address, ('shutdown',))
        except BaseException:
            pass
        self._process.join(1.0)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        with _connections_lock:
            for key in list(_connections):
                if key[0] == self._address:
                    _connections.pop(key)[0].close()

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


class SyncManager(BaseManager):
    pass


def _array(typecode, sequence, lock=True):
    return list(sequence)


SyncManager.register('dict', dict, DictProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('Queue', queue.Queue, QueueProxy)
SyncManager.register('JoinableQueue', queue.Queue, QueueProxy)
SyncManager.register('Lock', threading.Lock, LockProxy)
SyncManager.register('RLock', threading.RLock, LockProxy)
SyncManager.register('Semaphore', threading.Semaphore, LockProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, LockProxy)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
SyncManager.register('Value', _ValueBox, ValueProxy)
SyncManager.register('Array', _array, ListProxy)
