# concurrent.futures — Future, ThreadPoolExecutor, ProcessPoolExecutor,
# as_completed and wait. ProcessPoolExecutor runs on the engine of
# multiprocessing.pool, so a worker that dies breaks the executor at once
# (BrokenProcessPool for every pending future) instead of hanging.

import threading
import os
import _thread
from time import monotonic as _time

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'BrokenExecutor', 'Future',
           'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor', 'InvalidStateError']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class BrokenProcessPool(BrokenExecutor):
    pass


class BrokenThreadPool(BrokenExecutor):
    pass


class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                _thread._print_exception(e, 'exception calling callback for %r\n' % self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), self._state.lower(),
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), self._state.lower(),
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self),
                                             self._state.lower())

    def cancel(self):
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        for w in list(self._waiters):
            w.add_cancelled(self)
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def _get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            _thread._print_exception(e, 'exception calling callback for %r\n' % self)

    def result(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == FINISHED:
                return self._get_result()
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == FINISHED:
                return self._get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._state = FINISHED
            self._condition.notify_all()
        for w in list(self._waiters):
            w.add_result(self)
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._exception = exception
            self._state = FINISHED
            self._condition.notify_all()
        for w in list(self._waiters):
            w.add_exception(self)
        self._invoke_callbacks()


class _Waiter:
    def __init__(self, mode, count):
        self.event = threading.Event()
        self.finished_futures = []
        self.mode = mode
        self.count = count
        self.lock = threading.Lock()

    def _hit(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            if self.mode == FIRST_COMPLETED or (self.mode == FIRST_EXCEPTION and failed):
                self.event.set()
            elif len(self.finished_futures) >= self.count:
                self.event.set()
            elif self.mode == 'AS_COMPLETED':
                self.event.set()

    def add_result(self, future):
        self._hit(future, False)

    def add_exception(self, future):
        self._hit(future, True)

    def add_cancelled(self, future):
        self._hit(future, False)


def as_completed(fs, timeout=None):
    end_time = None if timeout is None else timeout + _time()
    fs = list(dict.fromkeys(fs))
    total = len(fs)
    done = [f for f in fs if f.done()]
    pending = [f for f in fs if not f.done()]
    waiter = _Waiter('AS_COMPLETED', total)
    for f in pending:
        with f._condition:
            f._waiters.append(waiter)
    try:
        for f in done:
            yield f
        seen = set(done)
        while len(seen) < total:
            if end_time is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (total - len(seen), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:
                if f not in seen:
                    seen.add(f)
                    yield f
    finally:
        for f in pending:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)


class DoneAndNotDoneFutures:
    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __getitem__(self, i):
        return (self.done, self.not_done)[i]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self.done, self.not_done)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = set(f for f in fs if f.done())
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and done:
        if any(not f.cancelled() and f.exception() is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)
    waiter = _Waiter(return_when, len(not_done))
    for f in not_done:
        with f._condition:
            f._waiters.append(waiter)
    # a future may have finished between the check and the registration
    for f in not_done:
        if f.done():
            waiter._hit(f, False)
    waiter.event.wait(timeout)
    for f in not_done:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)
    done = set(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor:
    def submit(self, fn, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - _time())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# ---------------------------------------------------------------- threads

class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


_executor_counter = 0


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        global _executor_counter
        import queue
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % _executor_counter
            _executor_counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        _live_executors.append((os.getpid(), self))

    def submit(self, fn, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=name, target=self._worker, daemon=True)
            t.start()
            self._threads.add(t)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException as e:
                _thread._print_exception(e, 'Exception in initializer:\n')
                self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except Exception:
                        break
                    if item is not None:
                        item.future.set_exception(BrokenThreadPool(self._broken))
                return
        while True:
            item = self._work_queue.get()
            if item is not None:
                item.run()
                del item
                self._idle_semaphore.release()
                continue
            self._work_queue.put(None)
            return

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except Exception:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        _forget_executor(self)
        if wait:
            for t in list(self._threads):
                t.join()


# ---------------------------------------------------------------- processes

class _RemoteTraceback(Exception):
    # the cause of an exception from a worker: its traceback there
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


_RemoteTraceback.__module__ = 'concurrent.futures.process'


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


class _PoolFuture(Future):
    # A ProcessPoolExecutor future stays pending until the pool hands its
    # task to a worker (then running): until then cancel() takes the task
    # back, as CPython's executor cancels what is still queued.
    _withdraw = None

    def cancel(self):
        with self._condition:
            pending = self._state == PENDING
        if pending and self._withdraw is not None and not self._withdraw():
            return False
        return Future.cancel(self)


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._pool = None
        self._broken = False
        self._shutdown = False
        self._lock = threading.Lock()
        self._pending = {}
        _live_executors.append((os.getpid(), self))

    def _get_pool(self):
        if self._pool is None:
            from multiprocessing.pool import Pool

            class _ExecutorPool(Pool):
                _worker_suffix = 'Process'      # ForkProcess-N, as CPython's executor
                _exit_ends_worker = False       # SystemExit comes back as the result
                _max_batch = 1                  # queued tasks stay cancellable
            self._pool = _ExecutorPool(self._max_workers, self._initializer, self._initargs,
                                       self._max_tasks_per_child, self._mp_context)
        return self._pool

    def _break(self, cause):
        self._broken = ('A process in the process pool was terminated abruptly '
                        'while the future was running or pending.')
        pending = list(self._pending.values())
        self._pending = {}
        for f in pending:
            if not f.done():
                err = BrokenProcessPool(self._broken)
                err.__cause__ = cause
                try:
                    f.set_exception(err)
                except InvalidStateError:
                    pass
        if self._pool is not None:
            self._pool.terminate()

    def submit(self, fn, *args, **kwargs):
        from multiprocessing.pool import WorkerLostError
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = _PoolFuture()
            key = id(f)
            self._pending[key] = f

            def done(result):
                self._pending.pop(key, None)
                f.set_result(result)

            def failed(exc):
                self._pending.pop(key, None)
                if isinstance(exc, WorkerLostError):
                    self._pending[key] = f
                    self._break(exc)
                else:
                    cause = exc.__cause__
                    if cause is not None and type(cause).__name__ == 'RemoteTraceback':
                        exc.__cause__ = _RemoteTraceback(cause.tb)
                    f.set_exception(exc)
            pool = self._get_pool()
            job = pool.apply_async(fn, args, kwargs, callback=done, error_callback=failed,
                                   on_start=f.set_running_or_notify_cancel)._job

            def withdraw():
                if not pool._withdraw(job):
                    return False
                self._pending.pop(key, None)
                return True
            f._withdraw = withdraw
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if chunksize == 1:
            return Executor.map(self, fn, *iterables, timeout=timeout)
        items = list(zip(*iterables))
        chunks = [items[i:i + chunksize] for i in range(0, len(items), chunksize)]
        inner = Executor.map(self, _process_chunk, [fn] * len(chunks), chunks, timeout=timeout)

        def flatten():
            for part in inner:
                for x in part:
                    yield x
        return flatten()

    def __exit__(self, exc_type, exc_val, exc_tb):
        # Ctrl-C inside the block: stop the workers now instead of waiting
        # for the tasks they run (they ignore SIGINT)
        if exc_type is not None and issubclass(exc_type, KeyboardInterrupt):
            with self._lock:
                self._shutdown = True
            for f in list(self._pending.values()):
                f.cancel()
            if self._pool is not None:
                self._pool.terminate()
            return False
        return Executor.__exit__(self, exc_type, exc_val, exc_tb)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
        _forget_executor(self)
        if self._pool is not None:
            if cancel_futures:
                for f in list(self._pending.values()):
                    f.cancel()
            self._pool.close()
            if wait:
                self._pool.join()


# Executors nobody shut down finish their work when the program ends, as in
# CPython (the work already submitted runs; the interpreter then exits).
# (A forked child inherits the list: it must not wait for its parent's.)
_live_executors = []


def _forget_executor(e):
    for i in range(len(_live_executors)):
        if _live_executors[i][1] is e:
            del _live_executors[i]
            return


def _python_exit():
    while _live_executors:
        pid, e = _live_executors.pop()
        if pid != os.getpid():
            continue
        try:
            e.shutdown(wait=True)
        except BaseException as exc:
            _thread._print_exception(exc, 'Exception while shutting down an executor:\n')


threading._register_atexit(_python_exit)
