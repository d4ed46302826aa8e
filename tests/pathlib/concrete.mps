# pathlib concrete paths: mkdir/touch/read/write, iterdir, glob/rglob, stat, rename/replace, unlink, rmdir, symlinks, errors
import os
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp(prefix='pathlib_concrete'))


def rel(p):
    return str(p.relative_to(base))


def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        s = str(e).replace(str(base), 'BASE')
        print(type(e).__name__, s)


d = base / 'd'
d.mkdir()
print(d.exists(), d.is_dir(), d.is_file(), d.is_symlink())
err(lambda: d.mkdir())
d.mkdir(exist_ok=True)
err(lambda: (base / 'x' / 'y').mkdir())
(base / 'x' / 'y' / 'z').mkdir(parents=True)
(base / 'x' / 'y' / 'z').mkdir(parents=True, exist_ok=True)
print(sorted(rel(p) for p in base.iterdir()))

f = d / 'hello.txt'
print(f.write_text('hi there\nline 2\n'), f.read_text(), f.read_bytes())
print(f.exists(), f.is_file(), f.is_dir(), f.stat().st_size, f.lstat().st_size)
print((d / 'bin.dat').write_bytes(b'\x00\x01\x02'), (d / 'bin.dat').read_bytes())
err(lambda: (d / 'bad').write_text(b'x'))
err(lambda: (d / 'bad').write_bytes('x'))
with f.open() as fh:
    print(repr(fh.readline()))
with (d / 'app.txt').open('a') as fh:
    fh.write('a1')
with (d / 'app.txt').open('a') as fh:
    fh.write('a2')
print((d / 'app.txt').read_text())
f2 = d / 'touched'
f2.touch()
f2.touch()
print(f2.exists(), f2.stat().st_size)
err(lambda: f2.touch(exist_ok=False))
err(lambda: (base / 'nope.txt').read_text())
err(lambda: (base / 'nope').stat())
err(lambda: (base / 'nope').unlink())
(base / 'nope').unlink(missing_ok=True)
err(lambda: d.rmdir())
err(lambda: list((base / 'nope').iterdir()))
print((base / 'nope').exists(), (base / 'nope').is_dir(), (f / 'under_file').exists())

for name in ['a.py', 'b.py', '.hidden.py', 'c.txt']:
    (d / name).touch()
(d / 'sub').mkdir()
(d / 'sub' / 'e.py').touch()
(d / 'sub' / 'deep').mkdir()
(d / 'sub' / 'deep' / 'f.py').touch()
print(sorted(rel(p) for p in d.glob('*.py')))
print(sorted(rel(p) for p in d.glob('*')))
print(sorted(rel(p) for p in d.glob('*/')))
print(sorted(rel(p) for p in d.glob('sub/*.py')))
print(sorted(rel(p) for p in d.glob('**/*.py')))
print(sorted(rel(p) for p in d.glob('**')))
print(sorted(rel(p) for p in d.rglob('*.py')))
print(sorted(rel(p) for p in d.rglob('deep')))
print(sorted(rel(p) for p in d.glob('hello.txt')), sorted(rel(p) for p in d.glob('missing')))
err(lambda: list(d.glob('')))
err(lambda: list(d.glob('/abs')))
err(lambda: list(d.glob('a**')))
print(sorted(p.name for p in d.iterdir()))
print([type(p).__name__ for p in d.glob('a.py')])

g = d / 'a.py'
h = g.rename(d / 'renamed.py')
print(type(h).__name__, rel(h), g.exists(), h.exists())
(d / 'target.py').write_text('old')
(d / 'src.py').write_text('new')
r = (d / 'src.py').replace(d / 'target.py')
print(rel(r), r.read_text(), (d / 'src.py').exists())

link = base / 'link'
link.symlink_to('d/hello.txt')
print(link.is_symlink(), link.is_file(), link.exists(), str(link.readlink()), link.read_text()[:2])
print(link.samefile(f), f.samefile(str(f)), link.resolve() == f.resolve())
dangling = base / 'dangling'
dangling.symlink_to('nowhere')
print(dangling.is_symlink(), dangling.exists())
err(lambda: dangling.resolve(strict=True))
print(rel(dangling.resolve()))
hard = base / 'hard'
hard.hardlink_to(f)
print(hard.samefile(f), f.stat().st_nlink)

os.chdir(base)
print(Path.cwd() == base.resolve(), Path('d').absolute() == base.resolve() / 'd', Path('d').resolve().name)
print(Path('x/../d/./hello.txt').resolve() == f.resolve(), Path('/').resolve(), Path('.').absolute() == Path.cwd())
print(Path('~').expanduser() == Path.home(), Path('~/q').expanduser() == Path.home() / 'q', Path('a~').expanduser())
print(Path.home() == Path(os.path.expanduser('~')))
f.chmod(0o600)
print(oct(f.stat().st_mode & 0o777))
f.chmod(0o644)
print(oct(f.stat().st_mode & 0o777))
print(type(f.owner()).__name__)
with open(Path('d') / 'hello.txt') as fh:
    print(fh.read(2))
print(os.path.exists(Path('d')), os.listdir(Path('x')), os.stat(Path('d/hello.txt')).st_size)
os.chdir('/')

import shutil
shutil.rmtree(base)
print(base.exists())
