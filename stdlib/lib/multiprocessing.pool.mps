# multiprocessing.pool — Pool (worker processes) and ThreadPool (worker
# threads) sharing one engine.
#
# The engine keeps, for every worker, the list of tasks it holds. One
# handler thread in the parent sends tasks to workers with free capacity,
# receives results, runs callbacks, and watches the workers: when one dies
# (SIGKILL, segfault, os._exit) each task it held fails at once with
# WorkerLostError naming its pid and exit status, a replacement is started
# and the pool goes on. CPython's Pool hangs forever in that case.
#
# Process workers talk to the parent over one socket pair each (tasks in,
# results out), so a task is never lost in a shared queue and the parent
# always knows who holds what.

import _mp
import _serialize
import _thread
import os
import sys
import threading
import queue as _queue
from time import monotonic as _time
from multiprocessing import ProcessError, TimeoutError, current_process
import multiprocessing as _mpmod

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult',
           'IMapIterator', 'WorkerLostError']

RUN = 0
CLOSE = 1
TERMINATE = 2

_job_counter = 0
_live_pools = []


class WorkerLostError(ProcessError):
    pass


class RemoteTraceback(Exception):
    # the cause of an exception re-raised from a worker: its traceback there
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _remote_cause(e):
    text = e.__dict__.get('__traceback_text__') if hasattr(e, '__dict__') else None
    if isinstance(e, BaseException) and text:
        e.__cause__ = RemoteTraceback('\n"""\n' + text + '"""')
    return e


def _signame(code):
    names = {1: 'SIGHUP', 2: 'SIGINT', 6: 'SIGABRT', 9: 'SIGKILL', 11: 'SIGSEGV', 15: 'SIGTERM', 7: 'SIGBUS', 8: 'SIGFPE'}
    return names.get(-code, 'signal %d' % -code)


def _describe_exit(pid, code):
    if code is None:
        return 'worker process %s exited' % pid
    if code < 0:
        return 'worker process %s was killed by %s (exit code %d)' % (pid, _signame(code), code)
    return 'worker process %s exited with code %d' % (pid, code)


# ---------------------------------------------------------------- results

class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        global _job_counter
        _job_counter += 1
        self._job = _job_counter
        self._pool = pool
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None
        pool._jobs[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("%r not ready" % self)
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, ok, value):
        self._success = ok
        self._value = value
        if ok and self._callback:
            self._callback(value)
        if not ok and self._error_callback:
            self._error_callback(value)
        self._event.set()
        self._pool._jobs.pop(self._job, None)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
        else:
            self._number_left = length // chunksize + (1 if length % chunksize else 0)
        if self._number_left == 0:
            self._finish()

    def _finish(self):
        if self._success and self._callback:
            self._callback(self._value)
        if not self._success and self._error_callback:
            self._error_callback(self._value)
        self._event.set()
        self._pool._jobs.pop(self._job, None)

    def _set(self, i, ok, result):
        if self._event.is_set():
            return
        self._number_left -= 1
        if ok and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                self._finish()
        else:
            if self._success:
                self._success = False
                self._value = result
            self._finish()


class IMapIterator:
    def __init__(self, pool, ordered):
        global _job_counter
        _job_counter += 1
        self._job = _job_counter
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._items = []          # ordered: (index, ok, value) waiting their turn
        self._ready = []          # values ready to yield, in order, from _head on
        self._head = 0
        self._index = 0
        self._length = None
        self._ordered = ordered
        self._unsorted = {}
        pool._jobs[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            deadline = None if timeout is None else _time() + timeout
            while self._head == len(self._ready):
                if self._length is not None and self._index == self._length:
                    self._pool._jobs.pop(self._job, None)
                    raise StopIteration
                left = None
                if deadline is not None:
                    left = deadline - _time()
                    if left <= 0:
                        raise TimeoutError
                self._cond.wait(left)
            ok, value = self._ready[self._head]
            self._ready[self._head] = None
            self._head += 1
            if self._head >= 1024 and 2 * self._head >= len(self._ready):
                del self._ready[:self._head]
                self._head = 0
        if ok:
            return value
        raise value

    __next__ = next

    def _push(self, ok, value):
        self._ready.append((ok, value))
        self._index += 1

    def _set(self, i, ok, result):
        with self._cond:
            if self._ordered:
                self._unsorted[i] = (ok, result)
                while self._index in self._unsorted:
                    self._push(*self._unsorted.pop(self._index))
            else:
                self._push(ok, result)
            self._cond.notify()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            self._cond.notify()


class _ChunkedIMap(IMapIterator):
    # results arrive as chunks (lists); flatten them while keeping order
    def _push(self, ok, value):
        if ok:
            for v in value:
                self._ready.append((True, v))
        else:
            self._ready.append((False, value))
        self._index += 1


# ---------------------------------------------------------------- workers

def _run_task(task):
    # task: (job, i, kind, func, args, kwds) → (job, i, ok, value)
    job, i, kind, func, args, kwds = task
    try:
        if kind == 0:
            value = func(*args, **kwds)
        elif kind == 1:
            value = [func(x) for x in args]
        else:
            value = [func(*x) for x in args]
        return (job, i, True, value)
    except BaseException as e:
        _attach_traceback(e)
        return (job, i, False, e)


def _attach_traceback(e):
    try:
        e.__traceback_text__ = _format_tb(e)
    except BaseException:
        pass


def _format_tb(e):
    return _thread._format_exception(e)


def _process_worker(conn, initializer, initargs, maxtasks, exit_ends_worker=True):
    _mp.ignore_sigint()
    if initializer is not None:
        initializer(*initargs)
    done = 0
    while maxtasks is None or done < maxtasks:
        try:
            task = conn.recv()
        except EOFError:
            break
        if task is None:
            break
        for t in (task if type(task) is list else (task,)):
            result = _run_task(t)
            if exit_ends_worker and not result[2] and isinstance(result[3], SystemExit):
                # sys.exit() in a task ends this worker, as it would in
                # CPython; the parent fails the task (WorkerLostError with
                # the exit code) and starts another worker, instead of
                # re-raising SystemExit in the parent
                raise result[3]
            try:
                conn.send(result)
            except BaseException as e:
                err = TypeError("cannot send the result of the task back: %s" % e)
                conn.send((t[0], t[1], False, err))
            done += 1
    conn.close()


class _ProcessWorker:
    def __init__(self, pool, number):
        self.pool = pool
        self.held = []        # tasks sent and not answered, in order
        self.done = 0
        self.sent = 0
        a, b = _mp.Pipe(True)
        ctx = pool._ctx
        kind = {'spawn': 'Spawn', 'forkserver': 'ForkServer'}.get(ctx or _mpmod.get_start_method(), 'Fork')
        p = _mpmod.Process(target=_process_worker,
                           args=(b, pool._initializer, pool._initargs, pool._maxtasksperchild,
                                 pool._exit_ends_worker),
                           daemon=True)
        # numbered by the global process counter, as CPython: ForkPoolWorker-3
        p._name = '%s%s-%s' % (kind, pool._worker_suffix, ':'.join([str(i) for i in p._identity]))
        if ctx is not None:
            p._start_method_override = ctx
        p.start()
        b.close()
        self.process = p
        self.conn = a
        self.pid = p.pid
        self.reaped = False
        self.fd = a.fileno()
        self.sentinel = p.sentinel

    def send_many(self, tasks):
        self.held.extend(tasks)
        self.sent += len(tasks)
        self.conn.send(tasks[0] if len(tasks) == 1 else tasks)

    def stop(self):
        try:
            self.conn.send(None)
        except BaseException:
            pass

    def kill(self):
        if self.process._poll() is None:
            try:
                _mp.kill(self.pid, 9)
            except BaseException:
                pass

    def reap(self):
        if self.reaped:
            return
        self.reaped = True
        try:
            self.process.join(1.0)
        except BaseException:
            pass
        try:
            self.conn.close()
        except BaseException:
            pass
        try:
            self.process.close()       # its sentinel descriptor
        except BaseException:
            pass


class _ThreadWorker:
    def __init__(self, pool, number):
        self.pool = pool
        self.held = []
        self.done = 0
        self.sent = 0
        self.inbox = _queue.SimpleQueue()
        self.thread = threading.Thread(target=self.worker, daemon=True)
        self.pid = None
        self.thread.start()

    def worker(self):   # the name CPython gives its pool threads: Thread-N (worker)
        pool = self.pool
        if pool._initializer is not None:
            pool._initializer(*pool._initargs)
        done = 0
        while True:
            task = self.inbox.get()
            if task is None:
                break
            pool._events.put((self, _run_task(task)))
            done += 1
            if pool._maxtasksperchild is not None and done >= pool._maxtasksperchild:
                break

    def send_many(self, tasks):
        self.held.extend(tasks)
        self.sent += len(tasks)
        for task in tasks:
            self.inbox.put(task)

    def stop(self):
        self.inbox.put(None)

    def kill(self):
        self.inbox.put(None)

    def reap(self):
        pass


# ---------------------------------------------------------------- the pool

class Pool:
    _max_batch = 64       # tasks per message when many are pending
    _threads = False
    _worker_suffix = 'PoolWorker'      # ProcessPoolExecutor's workers: 'Process'
    _exit_ends_worker = True           # sys.exit() in a task: the worker exits (the
                                       # executor sends SystemExit back, as CPython's)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._ctx = None
        if context is not None:
            self._ctx = context.get_start_method()
        self._state = RUN
        self._jobs = {}
        self._lock = threading.Lock()
        self._pending = []            # tasks not yet sent, from _pending_pos on
        self._pending_pos = 0
        self._sources = []            # imap inputs read lazily: [iterator, result, func, chunksize, next index]
        self._source_turn = 0
        self._on_start = {}           # job -> called when a worker gets its task
        self._worker_number = 0
        self._workers = []
        self._events = _queue.SimpleQueue()
        if not self._threads:
            self._wake_r, self._wake_w = _mp.pipe()
        for i in range(processes):
            self._workers.append(self._new_worker())
        self._handler = threading.Thread(target=self._handle_results, daemon=True)
        self._handler.start()
        _live_pools.append(self)

    def _new_worker(self):
        self._worker_number += 1
        if self._threads:
            return _ThreadWorker(self, self._worker_number)
        return _ProcessWorker(self, self._worker_number)

    def __repr__(self):
        states = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}
        return '<%s.%s state=%s pool_size=%d>' % (type(self).__module__, type(self).__name__,
                                                   states[self._state], len(self._workers))

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, tasks):
        with self._lock:
            self._pending.extend(tasks)
        self._wake()

    def _wake(self):
        if self._threads:
            self._events.put(None)
        elif self._wake_w is not None:
            os.write(self._wake_w, b'x')

    # -- the handler thread ------------------------------------------------
    def _capacity(self, w, cap):
        # a worker about to retire (maxtasksperchild) takes no more than it will run
        if self._maxtasksperchild is not None:
            cap = min(cap, self._maxtasksperchild - w.sent)
        return len(w.held) < cap

    def _refill(self):
        # imap's input is read only as the workers need tasks: it may be
        # endless, or slow. A failing input ends the results with its error.
        with self._lock:
            if not self._sources or self._state == TERMINATE:
                return
            want = 64 * len(self._workers) - (len(self._pending) - self._pending_pos)
            if want <= 0:
                return
            # round robin: an endless input does not starve the others
            self._source_turn = (self._source_turn + 1) % len(self._sources)
            src = self._sources[self._source_turn]
        source, result, func, chunksize, n = src
        tasks = []
        done = False
        error = None
        while len(tasks) < want and not done:
            chunk = []
            try:
                while len(chunk) < chunksize:
                    chunk.append(next(source))
            except StopIteration:
                done = True
            except BaseException as e:
                done = True
                error = e
            if chunk:
                if chunksize == 1:
                    tasks.append((result._job, n, 0, func, (chunk[0],), {}))
                else:
                    tasks.append((result._job, n, 1, func, chunk, None))
                n += 1
        src[4] = n
        with self._lock:
            self._pending.extend(tasks)
            if done:
                self._sources.remove(src)
        if done:
            if error is not None:
                result._set(n, False, error)
                n += 1
            result._set_length(n)

    def _dispatch(self):
        self._refill()
        # Every worker gets up to two batches: one it runs, one queued
        # behind, so it never waits for the handler. With many tasks
        # pending a batch holds several (one message, one write); results
        # still come back one by one, so the handler always knows which
        # task a worker was running if it dies.
        with self._lock:
            pending = self._pending
            pos = self._pending_pos
            n = len(pending)
            workers = self._workers
            if pos < n and workers:
                batch = max(1, min(self._max_batch, (n - pos) // (4 * len(workers))))
                for rnd in (1, 2):
                    # near the end of the work, no task waits behind another:
                    # whichever worker is free first takes it (tail balance)
                    if rnd == 2 and n - pos <= len(workers):
                        break
                    for w in workers:
                        room = rnd * batch - len(w.held)
                        if self._maxtasksperchild is not None:
                            room = min(room, self._maxtasksperchild - w.sent)
                        if room <= 0 or pos >= n:
                            continue
                        k = min(room, n - pos)
                        tasks = pending[pos:pos + k]
                        for j in range(pos, pos + k):
                            pending[j] = None
                        pos += k
                        self._send_tasks(w, tasks)
            if pos == n:
                self._pending = []
                pos = 0
            self._pending_pos = pos

    def _send_tasks(self, w, tasks):
        try:
            w.send_many(tasks)
            if self._on_start:
                for task in tasks:
                    hook = self._on_start.pop(task[0], None)
                    if hook is not None:
                        hook()
            return
        except OSError:
            # the worker is gone (its sentinel will say so): the tasks stay
            # held and move on with the others
            return
        except BaseException as e:
            del w.held[len(w.held) - len(tasks):]
            w.sent -= len(tasks)
            if len(tasks) == 1:
                # cannot be serialized: that task fails, the pool goes on
                r = self._jobs.get(tasks[0][0])
                if r is not None:
                    r._set(tasks[0][1], False, e)
                return
        for task in tasks:
            self._send_tasks(w, [task])

    def _has_pending(self):
        return self._pending_pos < len(self._pending) or bool(self._sources)

    def _deliver(self, w, result):
        job, i, ok, value = result
        if not ok:
            _remote_cause(value)
        if w.held:
            w.held.pop(0)
        w.done += 1
        r = self._jobs.get(job)
        if r is not None:
            try:
                r._set(i, ok, value)
            except BaseException as e:
                _thread._print_exception(e, 'Exception in pool callback:\n')

    def _worker_lost(self, w):
        code = None
        if not self._threads:
            # the sentinel closes as the worker exits: give the kernel a
            # moment to make it reapable, so its exit status can be named
            code = w.process._wait(5.0)
        w.reap()
        if w in self._workers:
            self._workers.remove(w)
        if self._state == TERMINATE:
            return
        retired = (self._maxtasksperchild is not None and w.done >= self._maxtasksperchild
                   and not w.held)
        if w.held:
            # the first held task was running: it fails; the ones queued
            # behind it never started and go to another worker
            task = w.held[0]
            msg = _describe_exit(w.pid, code) + ' while running a task'
            r = self._jobs.get(task[0])
            if r is not None:
                r._set(task[1], False, WorkerLostError(msg))
            with self._lock:
                rest = w.held[1:]
                self._pending = rest + self._pending[self._pending_pos:]
                self._pending_pos = 0
            w.held = []
        if self._state == RUN or self._has_pending() or self._jobs:
            self._workers.append(self._new_worker())

    def _handle_results(self):
        try:
            self._handle_loop()
        except BaseException as e:
            if self._state != TERMINATE:
                _thread._print_exception(e, 'Exception in pool handler:\n')

    def _handle_loop(self):
        while True:
            self._dispatch()
            if self._state == TERMINATE:
                break
            # closed and every task answered (an imap iterator nobody reads
            # to the end keeps its job registered: that must not hold us)
            if self._state == CLOSE and not self._has_pending() and \
                    all(not w.held for w in self._workers):
                break
            if self._threads:
                ev = self._events.get()
                while ev is not None or not self._events.empty():
                    if ev is not None:
                        w, result = ev
                        self._deliver(w, result)
                        if self._maxtasksperchild is not None and w.done >= self._maxtasksperchild:
                            self._worker_lost(w)
                    if self._events.empty():
                        break
                    ev = self._events.get()
                continue
            # A worker may have been reaped elsewhere (active_children()
            # polls every child): its sentinel is closed then, and the number
            # may already belong to another pipe. Catch those first.
            for w in list(self._workers):
                if w.process._exitcode is not None:
                    try:
                        while w.conn.poll():
                            self._deliver(w, w.conn.recv())
                    except (EOFError, OSError):
                        pass
                    self._worker_lost(w)
            fds = [self._wake_r]
            for w in self._workers:
                fds.append(w.fd)
                fds.append(w.process._sentinel)
            ready = _mp.wait(fds, 1.0)
            if self._wake_r in ready:
                os.read(self._wake_r, 4096)
            for w in list(self._workers):
                if w.fd in ready:
                    try:
                        while True:
                            self._deliver(w, w.conn.recv())
                            if not w.conn.poll():
                                break
                    except (EOFError, OSError):
                        pass
                    if self._maxtasksperchild is not None and w.done >= self._maxtasksperchild and not w.held:
                        w.stop()
                        self._worker_lost(w)
                        continue
                if w in self._workers and (w.process._exitcode is not None or
                                           w.process._sentinel in ready):
                    # drain what it sent before dying, then fail the rest
                    try:
                        while w.conn.poll():
                            self._deliver(w, w.conn.recv())
                    except (EOFError, OSError):
                        pass
                    self._worker_lost(w)
        for w in self._workers:
            w.stop()

    # -- public API --------------------------------------------------------
    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None, on_start=None):
        # on_start (for executors): called when a worker is handed the task
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        if on_start is not None:
            self._on_start[result._job] = on_start
        self._submit([(result._job, 0, 0, func, tuple(args), dict(kwds))])
        return result

    def _withdraw(self, job):
        # take back a task no worker has been handed yet (executor cancel)
        with self._lock:
            for i in range(self._pending_pos, len(self._pending)):
                task = self._pending[i]
                if task is not None and task[0] == job:
                    del self._pending[i]
                    self._jobs.pop(job, None)
                    self._on_start.pop(job, None)
                    return True
        return False

    def _chunks(self, iterable, chunksize):
        # a range stays a range: its chunks are ranges too, a few bytes each
        if isinstance(iterable, (list, tuple, range)):
            items = iterable
        else:
            items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._workers) * 4)
            if extra:
                chunksize += 1
        if len(items) == 0:
            chunksize = 0
        return items, chunksize

    def _map_async(self, func, iterable, kind, chunksize, callback, error_callback):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        items, chunksize = self._chunks(iterable, chunksize)
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        if chunksize > 0:
            tasks = []
            n = 0
            for start in range(0, len(items), chunksize):
                tasks.append((result._job, n, kind, func, items[start:start + chunksize], None))
                n += 1
            self._submit(tasks)
        return result

    def _wait_result(self, result):
        try:
            return result.get()
        except KeyboardInterrupt:
            self.terminate()
            raise

    def map(self, func, iterable, chunksize=None):
        return self._wait_result(self._map_async(func, iterable, 1, chunksize, None, None))

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, 1, chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._wait_result(self._map_async(func, iterable, 2, chunksize, None, None))

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, 2, chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        source = iter(iterable)
        it = IMapIterator(self, ordered) if chunksize == 1 else _ChunkedIMap(self, ordered)
        with self._lock:
            self._sources.append([source, it, func, chunksize, 0])
        self._wake()
        return it

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._wake()

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._wake()
        for w in list(self._workers):
            w.kill()
        if not self._threads:
            for w in list(self._workers):
                w.reap()
        if self in _live_pools:
            _live_pools.remove(self)
        if self._handler is not threading.current_thread():
            self._handler.join(1.0)
            self._close_wake()

    def _close_wake(self):
        # the handler is gone: its wake-up pipe can go too
        if self._threads or self._handler.is_alive() or self._wake_r is None:
            return
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass
        self._wake_r = self._wake_w = None

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._handler is not threading.current_thread():
            self._handler.join()
        for w in list(self._workers):
            if self._threads:
                w.thread.join()
            elif not w.reaped:
                w.process.join()
                w.reap()                   # its connection and sentinel
        if self in _live_pools:
            _live_pools.remove(self)
        if self._handler is not threading.current_thread():
            self._close_wake()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()


class ThreadPool(Pool):
    _threads = True

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)


def _terminate_live_pools():
    for p in list(_live_pools):
        try:
            p.terminate()
        except BaseException:
            pass


import atexit as _atexit
_atexit.register(_terminate_live_pools)
