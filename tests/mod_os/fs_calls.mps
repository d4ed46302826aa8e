# os: access, chmod, umask, links, truncate, lseek, fsync, descriptor flags,
# pipe2, utime, uname, get_terminal_size on a file (ENOTTY).
import os
d = '/tmp/mps_os_fs_%d' % os.getpid()
os.mkdir(d)
f = os.path.join(d, 'a.txt')
with open(f, 'w') as fh:
    fh.write('hello world\n')
print(os.access(f, os.F_OK), os.access(f, os.R_OK | os.W_OK), os.access(f + 'x', os.F_OK))
os.chmod(f, 0o400)
print(oct(os.stat(f).st_mode & 0o777), os.access(f, os.X_OK))
os.chmod(f, 0o644)
old = os.umask(0o022)
print(oct(os.umask(old)))
os.symlink(f, d + '/link')
print(os.readlink(d + '/link') == f, os.path.islink(d + '/link'))
os.link(f, d + '/hard')
print(os.stat(f).st_nlink)
try:
    os.symlink(f, d + '/link')
except FileExistsError as e:
    print(e.errno, e.filename == f, e.filename2 == d + '/link')
try:
    os.readlink(f)
except OSError as e:
    print(type(e).__name__, e.errno)
os.truncate(f, 5)
print(open(f).read())
fd = os.open(f, os.O_RDWR)
print(os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 3))
os.ftruncate(fd, 2)
print(os.lseek(fd, 0, os.SEEK_END))
os.fsync(fd)
print(os.get_inheritable(fd), os.get_blocking(fd))
os.set_inheritable(fd, True); os.set_blocking(fd, False)
print(os.get_inheritable(fd), os.get_blocking(fd))
os.close(fd)
with open(f, 'a') as fh:
    fh.write('x')
    os.fsync(fh)
try:
    os.fsync('nope')
except TypeError as e:
    print(e)
r, w = os.pipe2(os.O_NONBLOCK)
print(os.get_blocking(r), os.get_inheritable(w))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
os.close(r); os.close(w)
os.utime(f, (1000000000, 1000000000.5))
st = os.stat(f)
print(st.st_mtime, st.st_atime)
os.utime(f, ns=(5 * 10**9, 7 * 10**9))
print(os.stat(f).st_mtime)
try:
    os.utime(f, (1, 2), ns=(1, 2))
except ValueError as e:
    print(e)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname)
try:
    os.get_terminal_size(os.open(f, os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.error is OSError)
for x in os.listdir(d):
    os.remove(os.path.join(d, x))
os.rmdir(d)
print(os.path.exists(d))
