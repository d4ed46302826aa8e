# tempfile: mkstemp, mkdtemp, NamedTemporaryFile (delete), TemporaryFile, TemporaryDirectory, SpooledTemporaryFile, gettempdir
import os
import re
import tempfile

print(tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()), tempfile.gettempdir() == tempfile.tempdir)
print(os.path.isabs(tempfile.gettempdir()))
base = tempfile.mkdtemp(prefix='tempfile_basic')
print(os.path.isdir(base), oct(os.stat(base).st_mode & 0o777), os.path.basename(base).startswith('tempfile_basic'))


def rel(p):
    return os.path.relpath(p, base)


fd, path = tempfile.mkstemp(dir=base)
print(type(fd).__name__, os.path.isabs(path), re.fullmatch(r'tmp[a-z0-9_]{8}', rel(path)) is not None)
print(oct(os.stat(path).st_mode & 0o777))
os.write(fd, b'data')
os.close(fd)
print(open(path, 'rb').read())
fd, path2 = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir=base, text=True)
os.close(fd)
print(re.fullmatch(r'pre_[a-z0-9_]{8}\.txt', rel(path2)) is not None, path != path2)
d = tempfile.mkdtemp(suffix='.d', prefix='dd', dir=base)
print(re.fullmatch(r'dd[a-z0-9_]{8}\.d', rel(d)) is not None, os.path.isdir(d))
os.chdir(base)
d2 = tempfile.mkdtemp(dir='.')
print(os.path.isabs(d2), d2.startswith('./tmp'))
fd, p3 = tempfile.mkstemp(dir='.')
os.close(fd)
print(os.path.isabs(p3))
print(len({os.path.basename(tempfile.mktemp()) for i in range(20)}))

with tempfile.NamedTemporaryFile(dir=base) as f:
    name = f.name
    print(os.path.exists(name), f.write(b'hello'), type(f.name).__name__)
    f.flush()
    f.seek(0)
    print(f.read(), open(name, 'rb').read())
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile('w+', dir=base, delete=False, suffix='.log')
f.write('kept\n')
f.close()
print(f.name.endswith('.log'), open(f.name).read(), f.closed)
os.unlink(f.name)
f = tempfile.NamedTemporaryFile(mode='w', dir=base)
n = f.name
f.write('x')
f.close()
print(os.path.exists(n))
with tempfile.NamedTemporaryFile('w+', dir=base) as f:
    f.write('a\nb\n')
    f.seek(0)
    print(list(f))

with tempfile.TemporaryFile(dir=base) as t:
    t.write(b'anon')
    t.seek(0)
    print(t.read(), type(t.name).__name__)
t = tempfile.TemporaryFile('w+', dir=base)
t.write('text')
t.seek(0)
print(t.read())
t.close()

with tempfile.TemporaryDirectory(dir=base, prefix='td') as td:
    print(os.path.isdir(td), rel(td).startswith('td'))
    os.makedirs(os.path.join(td, 'a', 'b'))
    open(os.path.join(td, 'a', 'b', 'f'), 'w').close()
print(os.path.exists(td))
tdo = tempfile.TemporaryDirectory(dir=base)
print(repr(tdo) == '<TemporaryDirectory %r>' % (tdo.name,), os.path.isdir(tdo.name))
tdo.cleanup()
tdo.cleanup()
print(os.path.exists(tdo.name))

with tempfile.SpooledTemporaryFile(max_size=10, dir=base) as s:
    s.write(b'12345')
    print(s._rolled, s.tell())
    s.write(b'678901234')
    print(s._rolled)
    s.seek(0)
    print(s.read())
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('spool')
    s.seek(0)
    print(s.read(), s._rolled)

leftover = sorted(rel(os.path.join(base, x)) for x in os.listdir(base))
print(len(leftover))
os.chdir('/')
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
