# multiprocessing — processes, queues, pipes, locks and shared values,
# written in mps over the C module _mp (fork, framed connections,
# robust locks and buffers in shared memory) and _serialize.
#
# Where CPython fails its users, this one does not:
#  - Queue.put writes synchronously (no feeder thread): an item put right
#    before a process exits is never lost, and while a parent waits in
#    join() it drains a queue whose writers are blocked, so join() never
#    deadlocks on an unread queue;
#  - qsize() works everywhere (a counter in shared memory);
#  - shared memory is anonymous (memfd): nothing is left in /dev/shm and
#    there is no resource tracker;
#  - a Lock whose holder died is free again for the others.

import _mp
import _serialize
import _thread
import os
import sys
from time import monotonic as _time

__all__ = ['Process', 'current_process', 'parent_process', 'active_children',
           'cpu_count', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event',
           'Barrier', 'Value', 'Array', 'RawValue', 'RawArray', 'Pool',
           'TimeoutError', 'ProcessError', 'BufferTooShort',
           'AuthenticationError', 'get_context', 'set_start_method',
           'get_start_method', 'get_all_start_methods', 'freeze_support',
           'Manager']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def freeze_support():
    pass


# ---------------------------------------------------------------- processes

_children = set()
_process_counter = 0
_start_method = None


class _MainProcessInfo:
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._pid = os.getpid()
        self.daemon = False
        self._config = {}

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, v):
        self._name = v

    @property
    def pid(self):
        return self._pid

    ident = pid

    @property
    def exitcode(self):
        return None

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainProcess name='%s' parent=None started>" % self._name


_current = _MainProcessInfo()
_parent = None


def current_process():
    return _current


def parent_process():
    return _parent


def _decode_status(status):
    sig = status & 0x7f
    if sig == 0:
        return (status >> 8) & 0xff
    return -sig


def active_children():
    for p in list(_children):
        if p._exitcode is None:
            p._poll()
        if p._exitcode is not None:
            _children.discard(p)
    return list(_children)


class _ParentProcess:
    def __init__(self, name, pid):
        self._name = name
        self._pid = pid

    @property
    def name(self):
        return self._name

    @property
    def pid(self):
        return self._pid

    ident = pid

    def is_alive(self):
        return not _mp.is_dead(self._pid)

    def __repr__(self):
        return "<_ParentProcess name='%s' parent=None started>" % self._name


class Process:
    _start_method_override = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        global _process_counter
        assert group is None, 'group argument must be None for now'
        _process_counter += 1
        self._identity = _current._identity + (_process_counter,)
        self._config = {}
        self._parent_pid = os.getpid()
        self._parent_name = _current.name
        self._pid = None
        self._sentinel = None
        self._exitcode = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        if name is not None:
            self._name = name
        else:
            self._name = type(self)._default_name() + '-' + ':'.join([str(i) for i in self._identity])
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = _current.daemon

    @classmethod
    def _default_name(cls):
        return cls.__name__

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def start(self):
        self._check_closed()
        assert self._pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current.daemon, 'daemonic processes are not allowed to have children'
        if _mp.bootstrapping():
            raise RuntimeError(
                "a process was started while this spawned child was still running the main "
                "module as __mp_main__; start processes (and pools) under "
                "`if __name__ == '__main__':` in the main module")
        active_children()
        method = self._start_method_override or get_start_method()
        if method == 'spawn':
            self._start_spawn()
        elif method == 'forkserver':
            self._start_forkserver()
        else:
            self._start_fork()
        _children.add(self)

    def _start_fork(self):
        r, w = _mp.pipe()
        pid = _mp.fork(True)
        if pid == 0:
            _mp.close_fd(r)
            code = self._bootstrap()
            _mp.exit(code)
        _mp.close_fd(w)
        self._pid = pid
        self._sentinel = r

    def _start_spawn(self):
        r, w = _mp.pipe()
        payload = _serialize.dumps((self, sys.path, _current._identity, _current.name))
        pid = _mp.spawn(payload, w)
        _mp.close_fd(w)
        self._pid = pid
        self._sentinel = r

    def _start_forkserver(self):
        # The fork server, a single-threaded process, forks the child; the
        # descriptors the child needs travel with the request (SCM_RIGHTS).
        # It reports the exit status through the sentinel pipe.
        server = _forkserver()
        r, w = _mp.pipe()
        _mp._fd_sink = []
        try:
            payload = _serialize.dumps((self, sys.path, _current._identity, _current.name))
            fds = [w] + _mp._fd_sink
        finally:
            _mp._fd_sink = None
        with server.lock:
            _mp.send_fds(server.fd, payload, fds)
            pid = server.conn.recv()
        _mp.close_fd(w)
        self._pid = pid
        self._sentinel = r
        self._via_server = True

    def _bootstrap(self, parent_name=None):
        global _current, _children, _parent, _process_counter
        _children = set()
        _process_counter = 0
        if parent_name is None:
            parent_name = self._parent_name
        _parent = _ParentProcess(parent_name, self._parent_pid)
        _current = self
        self._pid = os.getpid()
        _mp.line_buffer_stdout()
        th = sys.modules.get('threading')
        if th is not None:
            th._after_fork()
        try:
            self.run()
            exitcode = 0
        except SystemExit as e:
            code = e.code
            if code is None:
                exitcode = 0
            elif isinstance(code, int):
                exitcode = code
            else:
                sys.stderr.write(str(code) + '\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            try:
                sys.stderr.write('Process ' + self._name + ':\n' + _thread._format_exception(e))
                sys.stderr.flush()
            except BaseException:
                pass
        return exitcode

    def _poll(self):
        if self._exitcode is None and self._pid is not None:
            if getattr(self, '_via_server', False):
                if _mp.wait([self._sentinel], 0):
                    self._set_status(_read_status(self._sentinel))
            else:
                try:
                    pid, status = _mp.waitpid(self._pid, _mp.WNOHANG)
                except ChildProcessError:
                    pid, status = self._pid, 255 << 8    # reaped elsewhere: status unknown
                if pid == self._pid:
                    # decoded inline: no call (and so no Ctrl-C) between
                    # reaping the child and recording its status
                    self._exitcode = (status >> 8) & 0xff if status & 0x7f == 0 else -(status & 0x7f)
                    self._set_status(status)
        return self._exitcode

    def _set_status(self, status):
        self._exitcode = _decode_status(status)
        if self._sentinel is not None:
            _mp.close_fd(self._sentinel)
            self._sentinel = None

    def _wait(self, timeout):
        if self._exitcode is not None:
            return self._exitcode
        deadline = None if timeout is None else _time() + timeout
        while True:
            slice = 0.1
            if deadline is not None:
                left = deadline - _time()
                if left <= 0:
                    return self._poll()
                if left < slice:
                    slice = left
            ready = _mp.wait([self._sentinel], slice)
            if ready:
                if getattr(self, '_via_server', False):
                    self._set_status(_read_status(self._sentinel))
                else:
                    try:
                        pid, status = _mp.waitpid(self._pid, 0)
                    except ChildProcessError:
                        status = 255 << 8
                    self._exitcode = (status >> 8) & 0xff if status & 0x7f == 0 else -(status & 0x7f)
                    self._set_status(status)
                return self._exitcode
            _drain_blocked_queues()

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        res = self._wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._pid is None:
            return False
        return self._poll() is None

    def terminate(self):
        self._check_closed()
        if self._pid is not None and self._poll() is None:
            try:
                _mp.kill(self._pid, 15)
            except ProcessLookupError:
                pass

    def kill(self):
        self._check_closed()
        if self._pid is not None and self._poll() is None:
            try:
                _mp.kill(self._pid, 9)
            except ProcessLookupError:
                pass

    def close(self):
        if self._closed:
            return
        if self._pid is not None and self._poll() is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True
        _children.discard(self)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def pid(self):
        return self._pid

    ident = pid

    @property
    def exitcode(self):
        self._check_closed()
        if self._pid is None:
            return None
        return self._poll()

    @property
    def sentinel(self):
        self._check_closed()
        if self._sentinel is None:
            raise ValueError('process not started')
        return self._sentinel

    @property
    def authkey(self):
        return b'mps'

    def __repr__(self):
        if self is _current:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._pid is None:
            status = 'initial'
        else:
            code = self._poll()
            if code is not None:
                status = code
            else:
                status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        if isinstance(status, int):
            if status == 0:
                status = 'stopped'
            else:
                status = 'stopped exitcode=%s' % status
        info.append(status)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


# ---------------------------------------------------------------- the fork server

class _ForkServer:
    def __init__(self, pid, fd):
        self.pid = pid
        self.fd = fd
        self.conn = _mp.Connection(fd, fd)
        self.lock = _thread.allocate_lock()


_fork_server = None


def _read_status(fd):
    data = os.read(fd, 16)
    if len(data) < 4:
        return 255 << 8          # the server vanished: report failure
    return int.from_bytes(data[:4], 'little', signed=True)


def _forkserver():
    global _fork_server
    if _fork_server is None or _mp.is_dead(_fork_server.pid):
        a, b = _mp.socketpair()
        pid = _mp.fork(True)
        if pid == 0:
            _mp.close_fd(a)
            _forkserver_main(b)
        _mp.close_fd(b)
        _fork_server = _ForkServer(pid, a)
    return _fork_server


def _forkserver_main(sock):
    # never returns into the caller's code, whatever happens
    try:
        _forkserver_loop(sock)
    finally:
        _mp.exit(0)


def _forkserver_loop(sock):
    # The server: one thread, forks a child per request, reports each
    # child's wait status (4 bytes) on the sentinel pipe it was given.
    global _children
    _children = set()
    _mp.weak_forget_all()
    _mp.close_other_fds([sock])
    th = sys.modules.get('threading')
    if th is not None:
        th._after_fork()
    reply = _mp.Connection(sock, sock)
    waiting = {}
    while True:
        if _mp.wait([sock], 0.02):
            try:
                data, fds = _mp.recv_fds(sock)
            except (EOFError, OSError):
                break
            status_w = fds[0]
            pid = _mp.fork(True)
            if pid == 0:
                _mp.close_fd(sock)
                _mp.close_fd(status_w)
                for w in waiting.values():
                    _mp.close_fd(w)
                _mp._fd_source = fds[1:]
                process, path, identity, parent_name = _serialize.loads(data)
                _mp._fd_source = None
                _current._identity = identity
                _mp.exit(process._bootstrap(parent_name))
            for fd in fds[1:]:
                _mp.close_fd(fd)
            waiting[pid] = status_w
            reply.send(pid)
        while waiting:
            try:
                pid, status = _mp.waitpid(-1, _mp.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            w = waiting.pop(pid, None)
            if w is not None:
                try:
                    os.write(w, status.to_bytes(4, 'little', signed=True))
                except OSError:
                    pass
                _mp.close_fd(w)
    for pid in list(waiting):
        try:
            _mp.kill(pid, 9)
        except OSError:
            pass


def _spawn_main(fd):
    # In a child started by spawn, after the main script ran as __mp_main__:
    # read the process object and run it.
    global _current, _start_method
    _start_method = 'spawn'
    data = _mp.read_fd(fd)
    process, path, identity, parent_name = _serialize.loads(data)
    sys.path[:] = path
    _current._identity = identity
    code = process._bootstrap(parent_name)
    _mp.exit(code)


def _exit_function():
    # at interpreter exit: stop daemonic children, wait for the others
    for p in list(_children):
        if p._daemonic and p._poll() is None:
            p.terminate()
    for p in list(_children):
        if p._pid is not None and p._exitcode is None:
            p._wait(None)


# ---------------------------------------------------------------- start methods

_BaseProcess = Process

def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None:
        if allow_none:
            return None
        # MPS_START_METHOD lets the test suite run a program under every method
        _start_method = os.environ.get('MPS_START_METHOD', 'fork')
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    _start_method = method


class ForkProcess(_BaseProcess):
    _start_method_override = 'fork'


class SpawnProcess(_BaseProcess):
    _start_method_override = 'spawn'


class ForkServerProcess(_BaseProcess):
    _start_method_override = 'forkserver'


_context_process = {'fork': ForkProcess, 'spawn': SpawnProcess, 'forkserver': ForkServerProcess}


class _Context:
    def __init__(self, method):
        self._method = method
        self.Process = _context_process[method]

    def get_start_method(self, allow_none=False):
        return self._method

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool as _Pool
        return _Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def __getattr__(self, name):
        g = globals()
        if name in g:
            return g[name]
        raise AttributeError("'Context' object has no attribute '%s'" % name)

    def __repr__(self):
        return '<multiprocessing.context.%sContext object at %#x>' % (
            {'fork': 'Fork', 'spawn': 'Spawn', 'forkserver': 'ForkServer'}[self._method], id(self))


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    return _Context(method)


# ---------------------------------------------------------------- synchronisation

def Lock():
    return _mp.SemLock(0, 1, 1)


def RLock():
    return _mp.SemLock(1, 1, 1)


def Semaphore(value=1):
    return _mp.SemLock(0, value, -1)


def BoundedSemaphore(value=1):
    return _mp.SemLock(0, value, value)


class Condition:
    # The algorithm of CPython's multiprocessing.synchronize.Condition: three
    # semaphores count sleepers and wakers, so it works across processes.
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        assert self._lock._is_mine(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        count = self._lock._count()
        for i in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._is_mine(), 'lock is not owned'
        while self._woken_count.acquire(False):
            self._sleeping_count.acquire(False)
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        endtime = None
        waittime = timeout
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False


class Barrier:
    # state and count live in shared memory; the logic is threading.Barrier's
    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._shared = _mp.SharedBuffer(16)

    def _get_state(self):
        return self._shared.get('q', 0)

    def _get_count(self):
        return self._shared.get('q', 1)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            while self._get_state() in (-1, 1):
                self._cond.wait()
            if self._get_state() < 0:
                raise _broken_barrier()
            index = self._get_count()
            self._shared.set('q', 1, index + 1)
            try:
                if index + 1 == self._parties:
                    if self._action:
                        self._action()
                    self._shared.set('q', 0, 1)
                    self._cond.notify_all()
                else:
                    if not self._cond.wait_for(lambda: self._get_state() != 0, timeout):
                        self._shared.set('q', 0, -2)
                        self._cond.notify_all()
                        raise _broken_barrier()
                    if self._get_state() < 0:
                        raise _broken_barrier()
                return index
            finally:
                self._shared.set('q', 1, self._get_count() - 1)
                if self._get_count() == 0 and self._get_state() in (-1, 1):
                    self._shared.set('q', 0, 0)
                    self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._get_count() > 0:
                self._shared.set('q', 0, -1)
            else:
                self._shared.set('q', 0, 0)
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._shared.set('q', 0, -2)
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._get_state() == 0:
            return self._get_count()
        return 0

    @property
    def broken(self):
        return self._get_state() == -2


def _broken_barrier():
    # the same class as threading's, as CPython (imported only when needed)
    import threading
    return threading.BrokenBarrierError()


# ---------------------------------------------------------------- shared values

_ctypes_names = {'c': 'c_char', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short',
                 'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint', 'l': 'c_long',
                 'L': 'c_ulong', 'q': 'c_longlong', 'Q': 'c_ulonglong',
                 'f': 'c_float', 'd': 'c_double', '?': 'c_bool'}


def _typecode(tc):
    if isinstance(tc, str) and tc in _ctypes_names:
        return tc
    name = getattr(tc, '__name__', None)
    for k in _ctypes_names:
        if _ctypes_names[k] == name:
            return k
    raise TypeError('bad typecode: %r' % (tc,))


class _RawValue:
    def __init__(self, typecode, value=0):
        self._typecode = _typecode(typecode)
        self._buf = _mp.SharedBuffer(_mp.typecode_size(self._typecode))
        self._buf.set(self._typecode, 0, value)

    @property
    def value(self):
        return self._buf.get(self._typecode, 0)

    @value.setter
    def value(self, v):
        self._buf.set(self._typecode, 0, v)

    def __repr__(self):
        return '%s(%r)' % (_ctypes_names[self._typecode], self.value)


class _SyncValue(_RawValue):
    def __init__(self, typecode, value, lock):
        _RawValue.__init__(self, typecode, value)
        self._lock = lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    @property
    def value(self):
        with self._lock:
            return self._buf.get(self._typecode, 0)

    @value.setter
    def value(self, v):
        with self._lock:
            self._buf.set(self._typecode, 0, v)

    def __repr__(self):
        return '<Synchronized wrapper for %s(%r)>' % (_ctypes_names[self._typecode], self.value)


def RawValue(typecode_or_type, *args):
    return _RawValue(typecode_or_type, *args)


def Value(typecode_or_type, *args, lock=True):
    value = args[0] if args else 0
    if lock is False:
        return _RawValue(typecode_or_type, value)
    if lock is True or lock is None:
        lock = RLock()
    return _SyncValue(typecode_or_type, value, lock)


class _RawArray:
    def __init__(self, typecode, size_or_initializer):
        self._typecode = _typecode(typecode)
        if isinstance(size_or_initializer, int):
            n = size_or_initializer
            init = None
        elif self._typecode == 'c' and isinstance(size_or_initializer, (bytes, bytearray)):
            # a char array from bytes: one-byte items, as ctypes
            b = bytes(size_or_initializer)
            init = [b[k:k + 1] for k in range(len(b))]
            n = len(init)
        else:
            init = list(size_or_initializer)
            n = len(init)
        self._len = n
        self._buf = _mp.SharedBuffer(_mp.typecode_size(self._typecode) * n)
        if init is not None:
            for i in range(n):
                self._buf.set(self._typecode, i, init[i])

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._buf.get(self._typecode, j) for j in range(*i.indices(self._len))]
            return b''.join(items) if self._typecode == 'c' else items
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError('invalid index')
        return self._buf.get(self._typecode, i)

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = range(*i.indices(self._len))
            if self._typecode == 'c' and isinstance(v, (bytes, bytearray)):
                v = [v[k:k + 1] for k in range(len(v))]
            v = list(v)
            if len(v) != len(idx):
                raise ValueError('Can only assign sequence of same size')
            for j, x in zip(idx, v):
                self._buf.set(self._typecode, j, x)
            return
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError('invalid index')
        self._buf.set(self._typecode, i, v)

    def __iter__(self):
        for i in range(self._len):
            yield self._buf.get(self._typecode, i)

    def __repr__(self):
        return '<%s_Array_%d object>' % (_ctypes_names[self._typecode], self._len)

    # char arrays ('c') as ctypes: .value up to the first NUL, .raw all of it
    def _chars(self):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @property
    def value(self):
        self._chars()
        b = self[:]
        k = b.find(b'\0')
        return b if k < 0 else b[:k]

    @value.setter
    def value(self, v):
        self._chars()
        if len(v) > self._len:
            raise ValueError('byte string too long')
        self[:len(v)] = v
        if len(v) < self._len:
            self[len(v)] = b'\0'

    @property
    def raw(self):
        self._chars()
        return self[:]

    @raw.setter
    def raw(self, v):
        self._chars()
        if len(v) > self._len:
            raise ValueError('byte string too long')
        self[:len(v)] = v


class _SyncArray(_RawArray):
    def __init__(self, typecode, size_or_initializer, lock):
        _RawArray.__init__(self, typecode, size_or_initializer)
        self._lock = lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<SynchronizedArray wrapper for %s>' % _RawArray.__repr__(self)


def RawArray(typecode_or_type, size_or_initializer):
    return _RawArray(typecode_or_type, size_or_initializer)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    if lock is False:
        return _RawArray(typecode_or_type, size_or_initializer)
    if lock is True or lock is None:
        lock = RLock()
    return _SyncArray(typecode_or_type, size_or_initializer, lock)


# ---------------------------------------------------------------- pipes and queues

def Pipe(duplex=True):
    return _mp.Pipe(duplex)


def _drain_blocked_queues():
    # the queues made in this process that are still alive (held weakly)
    for q in _mp.weak_tracked():
        if isinstance(q, Queue):
            q._drain_if_blocked()


class Queue:
    # The transport is _mp.QueueCore (C): synchronous puts, read-ahead kept
    # in shared memory, a shared item count. What stays here is the API.
    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize if maxsize > 0 else 2147483647
        self._core = _mp.QueueCore(maxsize if maxsize > 0 else 0)
        self._buffer = []          # items drained here while join() waited
        self._closed = False
        self._owner = os.getpid()
        _mp.weak_track(self)

    def __getstate__(self):
        d = dict(self.__dict__)
        d['_buffer'] = []
        return d

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._buffer = []

    def _check(self):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            self._check()
        if self._core.put(obj, block, timeout) is False:
            raise Full

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._closed:
            self._check()
        if self._buffer:
            self._core.uncount(-1)
            return _serialize.loads(self._buffer.pop(0))
        item = self._core.get(block, timeout)
        if item is NotImplemented:
            raise Empty
        return item

    def get_nowait(self):
        return self.get(False)

    def _drain_if_blocked(self):
        # a writer stuck on a full pipe while we wait: buffer its items here
        # (still counted by qsize() until got)
        if self._closed or self._owner != os.getpid():
            return
        while self._core.blocked() > 0:
            try:
                data = self._core.get(True, 0.02, True)
            except OSError:
                return          # broken by a writer that died mid-item: get() says so
            if data is NotImplemented:
                return
            self._core.uncount(1)
            self._buffer.append(data)

    def qsize(self):
        return self._core.qsize()

    def empty(self):
        return self._core.qsize() <= 0

    def full(self):
        return self._core.qsize() >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass

    def __repr__(self):
        return '<multiprocessing.queues.Queue object at %#x>' % id(self)


class SimpleQueue(Queue):
    def __init__(self, *, ctx=None):
        Queue.__init__(self, 0)

    def put(self, obj):
        Queue.put(self, obj)

    def get(self):
        return Queue.get(self)


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._cond = Condition(Lock())
        self._unfinished = _mp.SharedBuffer(8)

    def put(self, obj, block=True, timeout=None):
        with self._cond:
            self._unfinished.add('q', 0, 1)
        try:
            Queue.put(self, obj, block, timeout)
        except BaseException:
            with self._cond:
                self._unfinished.add('q', 0, -1)
            raise

    def task_done(self):
        with self._cond:
            if self._unfinished.get('q', 0) <= 0:
                raise ValueError('task_done() called too many times')
            if self._unfinished.add('q', 0, -1) == 0:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            while self._unfinished.get('q', 0) > 0:
                self._cond.wait()


from queue import Empty, Full


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool as _Pool
    return _Pool(processes, initializer, initargs, maxtasksperchild)


def Manager():
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


import atexit as _atexit
_atexit.register(_exit_function)
