# subprocess — run programs, written in mps over _subprocess (fork/exec
# with error reporting, deadlock-free communicate) and _mp.waitpid.

import _subprocess
import _mp
import os
import sys
from time import monotonic as _time

__all__ = ['Popen', 'PIPE', 'STDOUT', 'DEVNULL', 'call', 'check_call',
           'check_output', 'run', 'CalledProcessError', 'TimeoutExpired',
           'SubprocessError', 'CompletedProcess', 'getoutput', 'getstatusoutput']

PIPE = -1
STDOUT = -2
DEVNULL = -3


_SIGNAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 6: 'SIGABRT',
             8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2',
             13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAMES.get(-self.returncode)
            if name is not None:
                return "Command '%s' died with %s." % (self.cmd, name)
            return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


class _PipeFile:
    # one end of a pipe to the child, in bytes or text mode
    def __init__(self, fd, mode, text, encoding):
        self._fd = fd
        self.mode = mode
        self._text = text
        self._encoding = encoding or 'utf-8'
        self._pending = b''
        self.closed = False

    def fileno(self):
        return self._fd

    def write(self, data):
        if self._text:
            data = data.encode(self._encoding)
        view = data
        while view:
            n = os.write(self._fd, view)
            view = view[n:]
        return len(data)

    def flush(self):
        pass

    def _decode(self, b):
        if not self._text:
            return b
        # text mode reads with universal newlines, as CPython's TextIOWrapper
        return b.decode(self._encoding).replace('\r\n', '\n').replace('\r', '\n')

    def read(self, n=-1):
        if n is not None and n >= 0:
            data = self._pending[:n]
            self._pending = self._pending[n:]
            while len(data) < n:
                chunk = os.read(self._fd, n - len(data))
                if not chunk:
                    break
                data += chunk
            return self._decode(data)
        parts = [self._pending]
        self._pending = b''
        while True:
            chunk = os.read(self._fd, 65536)
            if not chunk:
                break
            parts.append(chunk)
        return self._decode(b''.join(parts))

    def readline(self):
        while b'\n' not in self._pending:
            chunk = os.read(self._fd, 65536)
            if not chunk:
                line = self._pending
                self._pending = b''
                return self._decode(line)
            self._pending += chunk
        i = self._pending.index(b'\n') + 1
        line = self._pending[:i]
        self._pending = self._pending[i:]
        return self._decode(line)

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        if not self.closed:
            self.closed = True
            try:
                os.close(self._fd)
            except OSError:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def _fd_of(f):
    if isinstance(f, int):
        return f
    return f.fileno()


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 text=None, encoding=None, errors=None, user=None, group=None,
                 extra_groups=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self._input_offset = 0
        self._communicated = None       # (out, err) once communicate() has finished
        self._comm_simple = False
        text_mode = bool(text or universal_newlines or encoding or errors)
        self.text_mode = text_mode
        self._encoding = encoding
        if isinstance(args, (str, bytes)):
            argv = [args]
        else:
            argv = list(args)
            for a in argv:
                if not isinstance(a, (str, bytes)) and not hasattr(a, '__fspath__'):
                    raise TypeError('expected str, bytes or os.PathLike object, not %s'
                                    % type(a).__name__)
            argv = [a if isinstance(a, (str, bytes)) else a.__fspath__() for a in argv]
        if shell:
            if isinstance(args, (str, bytes)):
                argv = ['/bin/sh', '-c', args]
            else:
                argv = ['/bin/sh', '-c'] + argv
            if executable is None:
                executable = '/bin/sh'
        if cwd is not None and not isinstance(cwd, str):
            cwd = str(cwd)
        envlist = None
        if env is not None:
            envlist = [str(k) + '=' + str(v) for k, v in env.items()]
        to_close = []
        keep = []
        # stdin
        c_in = -1
        if stdin == PIPE:
            r, w = os.pipe()
            c_in = r
            to_close.append(r)
            self.stdin = _PipeFile(w, 'wb', text_mode, encoding)
        elif stdin == DEVNULL:
            c_in = os.open(os.devnull, os.O_RDONLY)
            to_close.append(c_in)
        elif stdin is not None:
            c_in = _fd_of(stdin)
        c_out = -1
        if stdout == PIPE:
            r, w = os.pipe()
            c_out = w
            to_close.append(w)
            self.stdout = _PipeFile(r, 'rb', text_mode, encoding)
        elif stdout == DEVNULL:
            c_out = os.open(os.devnull, os.O_WRONLY)
            to_close.append(c_out)
        elif stdout is not None:
            c_out = _fd_of(stdout)
        c_err = -1
        if stderr == PIPE:
            r, w = os.pipe()
            c_err = w
            to_close.append(w)
            self.stderr = _PipeFile(r, 'rb', text_mode, encoding)
        elif stderr == STDOUT:
            c_err = c_out if c_out >= 0 else 1
        elif stderr == DEVNULL:
            c_err = os.open(os.devnull, os.O_WRONLY)
            to_close.append(c_err)
        elif stderr is not None:
            c_err = _fd_of(stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            self.pid = _subprocess.spawn(argv, executable, cwd, envlist, c_in, c_out, c_err,
                                         close_fds, start_new_session)
        except BaseException:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    f.close()
            raise
        finally:
            for fd in to_close:
                os.close(fd)

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr, self.stdin):
            if f is not None:
                f.close()
        self.wait()

    def _handle(self, status):
        sig = status & 0x7f
        if sig == 0:
            self.returncode = (status >> 8) & 0xff
        else:
            self.returncode = -sig

    def poll(self):
        if self.returncode is None:
            pid, status = _mp.waitpid(self.pid, _mp.WNOHANG)
            if pid == self.pid:
                self._handle(status)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            pid, status = _mp.waitpid(self.pid, 0)
            self._handle(status)
            return self.returncode
        end = _time() + timeout
        delay = 0.0005
        while True:
            if self.poll() is not None:
                return self.returncode
            left = end - _time()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            _sleep(min(delay, left, 0.05))
            delay *= 2

    def communicate(self, input=None, timeout=None):
        if self.returncode is not None and self.stdin is None and self.stdout is None and self.stderr is None:
            return (None, None)
        if self.stdin is None and self.stdout is None and self.stderr is None:
            self.wait(timeout)
            return (None, None)
        if self._communicated:
            # done once. As CPython: with one pipe the stream is simply
            # closed now; with several the same output comes again
            if self._comm_simple and (self.stdout is not None or self.stderr is not None):
                raise ValueError('read of closed file')
            if input:
                raise ValueError('Cannot send input after starting communication')
            return self._communicated
        self._comm_simple = timeout is None and [self.stdin, self.stdout, self.stderr].count(None) >= 2
        endtime = None if timeout is None else _time() + timeout
        if input is not None and self.text_mode:
            input = input.encode(self._encoding or 'utf-8')
        elif input is not None and not isinstance(input, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(input).__name__)
        if input is not None and self.stdin is None:
            raise ValueError('Cannot send input after starting communication')
        fin = -1
        if self.stdin is not None and not self.stdin.closed:
            fin = self.stdin.fileno()
            if input is None:
                input = b''
        fout = self.stdout.fileno() if self.stdout is not None and not self.stdout.closed else -1
        ferr = self.stderr.fileno() if self.stderr is not None and not self.stderr.closed else -1
        out, err, off, timed_out = _subprocess.communicate(fin, input, fout, ferr, timeout,
                                                           self._input_offset)
        self._input_offset = off
        if self.stdin is not None and (input is None or off >= len(input)):
            self.stdin.closed = True
        if self.stdout is not None:
            out = self.stdout._pending + out
            self.stdout._pending = b''
        if self.stderr is not None:
            err = self.stderr._pending + err
            self.stderr._pending = b''
        if timed_out:
            if self.stdout is not None:
                self.stdout._pending = out
            if self.stderr is not None:
                self.stderr._pending = err
            raise TimeoutExpired(self.args, timeout)
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        if self.stdout is not None:
            out = self.stdout._decode(out)
        else:
            out = None
        if self.stderr is not None:
            err = self.stderr._decode(err)
        else:
            err = None
        if endtime is None:
            self.wait()
        else:
            self.wait(max(endtime - _time(), 0))
        self._communicated = (out, err)
        return (out, err)

    def send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def _sleep(s):
    import time
    time.sleep(s)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('text') or kwargs.get('universal_newlines') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            exc.output = process.stdout._pending if process.stdout is not None else None
            exc.stderr = process.stderr._pending if process.stderr is not None else None
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]
