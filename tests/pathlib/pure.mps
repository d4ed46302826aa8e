# pathlib pure paths: parsing, joining, parts, name/suffix/stem, parents, with_*, relative_to, match, comparisons
from pathlib import PurePath, PurePosixPath, Path, PosixPath

for s in ['', '.', 'a', 'a/b', '/a/b/', '//a', '///a', 'a//b/./c/..', '/', '//', '../x', 'a/.hidden',
          'x.tar.gz', 'dir.d/', 'a/b.', '.bashrc', '..']:
    p = PurePosixPath(s)
    print(repr(s), str(p), repr(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes,
          repr(p.stem), repr(p.root), repr(p.anchor), repr(p.drive), p.is_absolute())

print(PurePath('a', 'b', '/c', 'd'), PurePath('a', PurePosixPath('/x'), 'y'))
print(repr(PurePath('x')), type(PurePath('x')).__name__, type(Path('x')).__name__)
p = PurePosixPath('/usr/local/lib/python3.11/site.py')
print(p.parent, p.parent.parent, repr(p.parents), len(p.parents))
print(list(p.parents))
print(p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::2])
try:
    p.parents[10]
except IndexError as e:
    print('IndexError', e)
print(list(PurePosixPath('a/b/c').parents), PurePosixPath('/').parent, PurePosixPath('.').parent)
print(PurePosixPath('a') / 'b' / 'c', 'x' / PurePosixPath('y'), PurePosixPath('a') / '/abs')
print(PurePosixPath('a').joinpath('b', 'c/d'), PurePosixPath('a').joinpath())
try:
    PurePosixPath('a') / 3
except TypeError as e:
    print('TypeError', e)
try:
    PurePosixPath(3)
except TypeError as e:
    print('TypeError', e)

q = PurePosixPath('/home/user/file.tar.gz')
print(q.with_name('x.py'), q.with_suffix('.bz2'), q.with_suffix(''), q.with_stem('other'))
print(PurePosixPath('README').with_suffix('.txt'))
for bad in [lambda: q.with_name(''), lambda: q.with_name('a/b'), lambda: q.with_suffix('txt'),
            lambda: q.with_suffix('.'), lambda: q.with_suffix('./x'), lambda: PurePosixPath('/').with_name('x'),
            lambda: PurePosixPath('').with_suffix('.x')]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)

print(q.relative_to('/'), q.relative_to('/home'), q.relative_to('/home', 'user'))
print(PurePosixPath('a/b/c').relative_to('a'), repr(PurePosixPath('a/b').relative_to('a/b')))
for a, b in [('/a/b', 'c'), ('a/b', '/a'), ('a/b', 'b'), ('/a', '/a/b')]:
    try:
        PurePosixPath(a).relative_to(b)
    except ValueError as e:
        print('ValueError', e)
try:
    q.relative_to()
except TypeError as e:
    print('TypeError', e)
print(q.is_relative_to('/home'), q.is_relative_to('/etc'), q.is_relative_to('home'))

print(PurePosixPath('a/b.py').match('*.py'), PurePosixPath('/a/b/c.py').match('b/*.py'),
      PurePosixPath('/a/b/c.py').match('a/*.py'), PurePosixPath('/a.py').match('/*.py'),
      PurePosixPath('a/b.py').match('/*.py'), PurePosixPath('b.py').match('a/b.py'),
      PurePosixPath('a/B.py').match('*.py'), PurePosixPath('a/b.PY').match('*.py'))
try:
    PurePosixPath('a').match('')
except ValueError as e:
    print('ValueError', e)

print(PurePosixPath('a') == PurePosixPath('a/'), PurePosixPath('a') == PurePosixPath('A'),
      PurePosixPath('a') == 'a', PurePosixPath('a') != PurePosixPath('b'), Path('a') == PurePosixPath('a'))
print(hash(PurePosixPath('a/b')) == hash(PurePosixPath('a//b/')))
print(sorted([PurePosixPath(x) for x in ['b', 'a/c', 'a', '/z', 'a/b']]))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a/b') > PurePosixPath('a'))
try:
    PurePosixPath('a') < 'b'
except TypeError as e:
    print('TypeError', e)
print(len({PurePosixPath('x'), PurePosixPath('x/'), PurePosixPath('./x')}))
print(PurePosixPath('/a b/c%d').as_uri(), PurePosixPath('x/y').as_posix(), bytes(PurePosixPath('a/b')))
try:
    PurePosixPath('rel').as_uri()
except ValueError as e:
    print('ValueError', e)
import os
print(os.fspath(PurePosixPath('a/b')), os.path.join(PurePosixPath('a'), 'b'), os.path.basename(Path('x/y.z')))
print(PurePosixPath('a/b').is_reserved(), str(PurePosixPath('a', '', 'b')))
print(isinstance(Path('x'), PurePath), isinstance(PosixPath('x'), Path), issubclass(PosixPath, PurePosixPath))
