# pathlib — object-oriented paths (written in mps), as CPython 3.11 on a
# POSIX system: PurePath, PurePosixPath, Path, PosixPath (PureWindowsPath and
# WindowsPath exist as names, but only the POSIX flavour is implemented).
#
# A path is kept parsed: its root ('', '/' or '//' — POSIX keeps exactly two
# leading slashes) and its parts ('/' first when rooted, then the names,
# without '' and '.' components). str() joins them back.
import os
import sys
import fnmatch
import re
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(e):
    return getattr(e, 'errno', None) in _IGNORED_ERRNOS


def _split_root(part):
    # '/a' → ('/', 'a'); '//a' → ('//', 'a'); '///a' → ('/', 'a')
    if part[:1] != '/':
        return '', part
    stripped = part.lstrip('/')
    if len(part) - len(stripped) == 2:
        return '//', stripped
    return '/', stripped


def _parse_args(args):
    # the (root, names) of the path made by joining args
    root = ''
    names = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                names = list(a._parts[1:])
            else:
                names.extend(a._parts)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError('argument should be a str object or an os.PathLike object '
                            'returning str, not %r' % (type(a),))
        r, rest = _split_root(a)
        if r:
            root = r
            names = []
        for x in rest.split('/'):
            if x and x != '.':
                names.append(x)
    return root, names


class _PathParents:
    # the sequence path.parents: logical ancestors, nearest first
    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        n = len(self)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(n)))
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed(self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __contains__(self, x):
        for p in self:
            if p == x:
                return True
        return False

    def __repr__(self):
        return '<{}.parents>'.format(self._pathcls.__name__)


class PurePath:
    # _root: '', '/' or '//'; _parts: list of components (root first)
    _flavour_posix = True

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __init__(self, *args):
        pass

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        root, names = _parse_args(args)
        self._root = root
        self._parts = ([root] + names) if root else names
        return self

    @classmethod
    def _from_parsed(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        return self

    def _make_child(self, args):
        root, names = _parse_args(args)
        if root:
            parts = [root] + names
        else:
            root = self._root
            parts = self._parts + names
        return self._from_parsed(root, parts)

    def _make_child_relpath(self, name):
        return self._from_parsed(self._root, self._parts + [name])

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    def __str__(self):
        if self._root:
            return self._root + '/'.join(self._parts[1:])
        return '/'.join(self._parts) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                '0123456789_.-~/')
        out = []
        for b in os.fsencode(str(self)):
            c = chr(b)
            out.append(c if c in safe else '%%%02X' % b)
        return 'file://' + ''.join(out)

    def _key(self):
        return self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts == other._parts and self._flavour_posix == other._flavour_posix

    def __hash__(self):
        return hash(tuple(self._parts))

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour_posix != other._flavour_posix:
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour_posix != other._flavour_posix:
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour_posix != other._flavour_posix:
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour_posix != other._flavour_posix:
            return NotImplemented
        return self._parts >= other._parts

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._parts)

    @property
    def name(self):
        parts = self._parts
        if len(parts) == (1 if self._root else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if len(self._parts) == 1 and self._root:
            return self
        return self._from_parsed(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        root, names = _parse_args((name,))
        if not name or name[-1] == '/' or root or len(names) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        to_root, to_names = _parse_args(other)
        to_parts = ([to_root] + to_names) if to_root else to_names
        n = len(to_parts)
        if n == 0:
            bad = bool(self._root)
        else:
            bad = self._parts[:n] != to_parts
        if bad:
            formatted = (to_root + '/'.join(to_names)) if to_root else ('/'.join(to_names) or '.')
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative '
                             'and the other is absolute.'.format(str(self), formatted))
        return self._from_parsed('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        root, pat_names = _parse_args((path_pattern,))
        pat_parts = ([root] + pat_names) if root else pat_names
        if not pat_parts:
            raise ValueError('empty pattern')
        if root and root != self._root:
            return False
        parts = self._parts
        if root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    # not implemented: the Windows flavour is refused
    def __new__(cls, *args):
        raise NotImplementedError('PureWindowsPath is not supported by this pathlib')


def _is_wildcard(pat):
    return '*' in pat or '?' in pat or '[' in pat


def _select(pattern_parts, path):
    # the paths below `path` matching the pattern components, in scandir
    # order; '**' is the directory itself and every directory below it
    # (symlinked directories are not entered), without repeats
    if not pattern_parts:
        yield path
        return
    pat = pattern_parts[0]
    rest = pattern_parts[1:]
    dironly = bool(rest)
    if not pat:
        yield path
        return
    if pat == '**':
        yielded = set()
        for start in _walk_dirs(path):
            for p in _select(rest, start):
                if p not in yielded:
                    yielded.add(p)
                    yield p
        return
    if '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if _is_wildcard(pat):
        match = re.compile(fnmatch.translate(pat)).fullmatch
        try:
            with os.scandir(path) as it:
                entries = list(it)
        except PermissionError:
            return
        for entry in entries:
            if dironly:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    continue
            if match(entry.name):
                yield from _select(rest, path._make_child_relpath(entry.name))
        return
    child = path._make_child_relpath(pat)
    try:
        ok = child.is_dir() if dironly else child.exists()
    except PermissionError:
        return
    if ok:
        yield from _select(rest, child)


def _walk_dirs(path):
    yield path
    try:
        entries = list(os.scandir(path))
    except PermissionError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError as e:
            if not _ignore_error(e):
                raise
            is_dir = False
        if is_dir and not entry.is_symlink():
            yield from _walk_dirs(path._make_child_relpath(entry.name))


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _scandir(self):
        return os.scandir(self)

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        root, names = _parse_args((pattern,))
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern[-1] == '/':
            names.append('')
        if not names:
            raise IndexError('tuple index out of range')    # CPython 3.11 does so for '.'
        if not self.is_dir():
            return
        yield from _select(names, self)

    def rglob(self, pattern):
        root, names = _parse_args((pattern,))
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern and pattern[-1] == '/':
            names.append('')
        if not self.is_dir():
            return
        yield from _select(['**'] + names, self)

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            if e.errno == ELOOP:
                raise RuntimeError('Symlink loop from %r' % (e.filename,))
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                if e.errno == ELOOP:
                    raise RuntimeError('Symlink loop from %r' % (e.filename,))
        return p

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _lookup_name(self, path, uid):
        # the name of `uid` in /etc/passwd or /etc/group (there is no pwd/grp)
        try:
            with open(path) as f:
                for line in f:
                    fields = line.split(':')
                    if len(fields) > 2 and fields[2] == str(uid):
                        return fields[0]
        except OSError:
            pass
        raise KeyError('getpwuid(): uid not found: %d' % uid if path == '/etc/passwd'
                       else 'getgrgid(): gid not found: %d' % uid)

    def owner(self):
        return self._lookup_name('/etc/passwd', self.stat().st_uid)

    def group(self):
        return self._lookup_name('/etc/group', self.stat().st_gid)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % (type(data).__name__,))
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % (data.__class__.__name__,))
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def link_to(self, target):
        os.link(self, target)

    def _mode(self, follow=True):
        # the st_mode, or None when the path does not exist
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None
        return st.st_mode

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        m = self._mode()
        return m is not None and S_ISDIR(m)

    def is_file(self):
        m = self._mode()
        return m is not None and S_ISREG(m)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and S_ISLNK(m)

    def is_socket(self):
        m = self._mode()
        return m is not None and S_ISSOCK(m)

    def is_fifo(self):
        m = self._mode()
        return m is not None and S_ISFIFO(m)

    def is_block_device(self):
        m = self._mode()
        return m is not None and S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and S_ISCHR(m)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def expanduser(self):
        if not self._root and self._parts and self._parts[0][:1] == '~':
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    pass


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
