# os functions take path-like objects; os.PathLike; stat(follow_symlinks=); statvfs; terminal_size; realpath(strict=); bytes() uses __bytes__
import os
import shutil


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


class B:
    def __bytes__(self):
        return b'from __bytes__'


base = 'os_pathlike_dir'
if os.path.exists(base):
    shutil.rmtree(base)
os.mkdir(P(base))
os.chdir(P(base))
os.makedirs(P('a/b'))
fd = os.open(P('f.txt'), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
os.write(fd, b'12345')
os.close(fd)
print(os.stat(P('f.txt')).st_size, os.lstat(P('f.txt')).st_size, os.path.getsize(P('f.txt')))
print(sorted(os.listdir(P('.'))), os.path.join(P('a'), P('b'), 'c'), os.path.isdir(P('a/b')))
print(os.path.exists(P('nope')), os.path.basename(P('x/y')), os.path.splitext(P('q.tar.gz')))
os.rename(P('f.txt'), P('g.txt'))
os.symlink(P('g.txt'), P('lnk'))
print(os.readlink(P('lnk')), os.path.islink(P('lnk')))
print(os.stat('lnk', follow_symlinks=False).st_mode & 0o170000 == 0o120000,
      os.stat('lnk').st_mode & 0o170000 == 0o100000)
os.chmod(P('g.txt'), 0o600)
print(oct(os.stat('g.txt').st_mode & 0o777))
os.utime(P('g.txt'), (1, 2))
print(os.stat('g.txt').st_mtime)
with open(P('g.txt')) as f:
    print(f.read())
print(os.path.realpath('lnk') == os.path.realpath('g.txt'), os.path.realpath('a/../g.txt') == os.path.abspath('g.txt'))
os.symlink('nowhere/x', 'dangling')
print(os.path.relpath(os.path.realpath('dangling')))
try:
    os.path.realpath('dangling', strict=True)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, os.path.relpath(e.filename))
os.symlink('loop2', 'loop1')
os.symlink('loop1', 'loop2')
print(os.path.relpath(os.path.realpath('loop1')))
try:
    os.path.realpath('loop1', strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))
print(os.fspath(P('abc')), bytes(B()))
try:
    os.stat(3.5)
except TypeError as e:
    print('TypeError', e)
try:
    os.path.join('a', 3)
except TypeError as e:
    print('TypeError', e)
s = os.statvfs('.')
print(type(s).__name__, len(s), s.f_bsize > 0, s.f_blocks >= s.f_bfree >= s.f_bavail >= 0)
t = os.terminal_size((80, 24))
print(t, t.columns, t.lines, tuple(t))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print('TypeError', e)
os.unlink(P('lnk'))
print(os.path.samestat(os.stat('g.txt'), os.stat('g.txt')), os.path.lexists('dangling'))
os.chdir('..')
shutil.rmtree(base)
print(os.path.exists(base))
