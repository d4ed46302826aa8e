# _oslib — the parts of `os` written in mps: scandir and DirEntry, walk,
# removedirs, renames, popen, the execl family and the fs-encoding helpers.
# The os module (C) loads this file on first use of one of these names
# (its module __getattr__), so a script that never walks a tree does not
# pay for it.
import os

__all__ = ['scandir', 'DirEntry', 'walk', 'removedirs', 'renames', 'popen',
           'execl', 'execle', 'execlp', 'execlpe', 'fsencode', 'fsdecode',
           'get_exec_path', 'PathLike']
# os.path's names written here (its module __getattr__ loads them)
path_names = ['relpath', 'commonpath', 'commonprefix', 'expandvars', 'samefile',
              'lexists', 'getatime', 'getctime', 'splitdrive', 'normcase', 'ismount',
              'realpath', 'samestat']


class DirEntry:
    # what scandir yields: the name, the joined path, and the file's
    # kind, asked of the system once per entry and then remembered
    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __init__(self, top, name):
        self.name = name
        self.path = os.path.join(top, name)
        self._lstat = None
        self._stat = None

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = os.lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = os.stat(self.path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class ScandirIterator:
    def __init__(self, path):
        self._top = path
        self._names = iter(os.listdir(path))

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry(self._top, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path='.'):
    return ScandirIterator(os.fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    # An explicit stack, not recursion: a deep tree cannot exhaust the
    # recursion limit. Top-down, the caller may prune `dirs` in place
    # before the walk descends; bottom-up, a directory comes after all
    # of its subdirectories. Each entry of the stack is a path to list,
    # or (in bottom-up order) a finished (top, dirs, files) to yield.
    stack = [os.fspath(top)]
    while stack:
        item = stack.pop()
        if type(item) is tuple:
            yield item
            continue
        top = item
        dirs = []
        files = []
        walk_into = []
        try:
            entries = list(scandir(top))
        except OSError as e:
            if onerror is not None:
                onerror(e)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
                if not topdown:
                    try:
                        into = followlinks or not entry.is_symlink()
                    except OSError:
                        into = False
                    if into:
                        walk_into.append(entry.path)
            else:
                files.append(entry.name)
        if topdown:
            yield top, dirs, files
            for name in reversed(dirs):
                path = os.path.join(top, name)
                if followlinks or not os.path.islink(path):
                    stack.append(path)
        else:
            stack.append((top, dirs, files))
            for path in reversed(walk_into):
                stack.append(path)


def removedirs(name):
    os.rmdir(name)
    head, tail = os.path.split(name)
    if not tail:
        head, tail = os.path.split(head)
    while head and tail:
        try:
            os.rmdir(head)
        except OSError:
            break
        head, tail = os.path.split(head)


def renames(old, new):
    head, tail = os.path.split(new)
    if head and tail and not os.path.exists(head):
        os.makedirs(head)
    os.rename(old, new)
    head, tail = os.path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class _wrap_close:
    # popen's file: reading or writing goes to the pipe; close() waits for
    # the shell and returns None on success, else its status as os.wait
    # would give it (exit code << 8, or -signal << 8 as CPython)
    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        if code == 0:
            return None
        return code << 8

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return iter(self._stream)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def popen(cmd, mode='r', buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError('invalid cmd type (%s, expected string)' % (type(cmd),))
    if mode not in ('r', 'w'):
        raise ValueError('invalid mode %r' % (mode,))
    if buffering == 0 or buffering is None:
        raise ValueError('popen() does not support unbuffered streams')
    import subprocess
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, text=True)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE, text=True)
    return _wrap_close(proc.stdin, proc)


def execl(file, *args):
    os.execv(file, args)


def execle(file, *args):
    os.execve(file, args[:-1], args[-1])


def execlp(file, *args):
    os.execvp(file, args)


def execlpe(file, *args):
    os.execvpe(file, args[:-1], args[-1])


def fsencode(filename):
    filename = os.fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    if env is None:
        env = os.environ
    path = env.get('PATH')
    if path is None:
        path = '/bin:/usr/bin'
    return path.split(os.pathsep)


# ---------------------------------------------------------------- os.path

def relpath(path, start=None):
    path = os.fspath(path)
    if not path:
        raise ValueError('no path specified')
    start = os.curdir if start is None else os.fspath(start)
    a = [x for x in os.path.abspath(start).split('/') if x]
    b = [x for x in os.path.abspath(path).split('/') if x]
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    parts = [os.pardir] * (len(a) - n) + b[n:]
    if not parts:
        return os.curdir
    return os.path.join(*parts)


def commonprefix(m):
    if not m:
        return ''
    lo = min(m)
    hi = max(m)
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = [os.fspath(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = set(p.startswith('/') for p in paths)
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    lo = min(split)
    hi = max(split)
    common = lo
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            common = lo[:i]
            break
    prefix = '/' if paths[0].startswith('/') else ''
    return prefix + '/'.join(common)


def expandvars(path):
    path = os.fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            end = path.find('}', i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            j = end + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            name = path[i + 1:j]
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:j])
        i = j
    return ''.join(out)


import abc as _abc


class PathLike(_abc.ABC):
    # the abstract class of objects with __fspath__: isinstance(p, os.PathLike)
    # is true for any object whose class defines it
    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is PathLike:
            for k in C.__mro__:
                if '__fspath__' in k.__dict__:
                    return k.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


PathLike.__module__ = 'os'


def realpath(filename, *, strict=False):
    # every symbolic link of the path followed, as CPython's posixpath: an
    # existing file is resolved by the system; otherwise component by
    # component, the part that does not exist kept as written (strict=True
    # raises instead); a link loop leaves the looping link in place
    filename = os.fspath(filename)
    if os.path.exists(filename):
        return os.path._realpath(filename)
    path, ok = _resolve_links('', filename, strict, {})
    return os.path.abspath(path)


def _resolve_links(path, rest, strict, seen):
    if rest.startswith('/'):
        rest = rest[1:]
        path = '/'
    while rest:
        name, _, rest = rest.partition('/')
        if not name or name == '.':
            continue
        if name == '..':
            if path:
                path, tail = os.path.split(path)
                if tail == '..':
                    path = os.path.join(path, '..', '..')
            else:
                path = '..'
            continue
        newpath = os.path.join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st.st_mode & 0o170000 == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            done = seen[newpath]
            if done is not None:
                path = done
                continue
            if strict:
                os.stat(newpath)        # raises the loop's OSError
            return os.path.join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve_links(path, os.readlink(newpath), strict, seen)
        if not ok:
            return os.path.join(path, rest), False
        seen[newpath] = path
    return path, True


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def normcase(s):
    return os.fspath(s)


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if s1.st_mode & 0o170000 == 0o120000:
        return False
    try:
        s2 = os.lstat(os.path.join(path, '..'))
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino
