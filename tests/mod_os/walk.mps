# os.walk (top-down with in-place pruning and sorting, bottom-up, onerror,
# symlinks), os.scandir and DirEntry, removedirs, renames, popen, execlp,
# fsencode/fsdecode, get_exec_path.  Directory order depends on the file
# system, so listings are sorted before they are printed.
import os
import sys

base = '/tmp/mps_walk_%d' % os.getpid()
for d in ['a/x', 'a/y/deep', 'b', 'skip/inner']:
    os.makedirs(os.path.join(base, d))
for f in ['top.txt', 'a/one.txt', 'a/y/two.txt', 'a/y/deep/three.txt', 'skip/inner/no.txt']:
    with open(os.path.join(base, f), 'w') as fh:
        fh.write(f)
os.symlink(os.path.join(base, 'a'), os.path.join(base, 'link_to_a'))

print('top-down:')
for top, dirs, files in os.walk(base):
    dirs.sort()
    if 'skip' in dirs:
        dirs.remove('skip')
    print(' ', top[len(base):] or '/', dirs, sorted(files))

print('bottom-up:')
seen = []
for top, dirs, files in os.walk(base, topdown=False):
    seen.append(top[len(base):] or '/')
    if top.endswith('/a'):
        print('  a comes after its subdirectories:', all(s in seen for s in ['/a/x', '/a/y', '/a/y/deep']))
print(' ', sorted(seen))

print('following links:')
print(' ', sorted(t[len(base):] for t, d, f in os.walk(base, followlinks=True) if 'link_to_a' in t))

errors = []
print(list(os.walk(base + '/missing', onerror=errors.append)), type(errors[0]).__name__)
print(list(os.walk(base + '/missing')))

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(),
          e.is_symlink(), e.is_dir(follow_symlinks=False), os.fspath(e) == e.path)
print(entries[-1].stat().st_size, entries[-1].inode() == os.stat(entries[-1].path).st_ino)
it = os.scandir(base)
next(it)
it.close()
print(list(it))

os.renames(os.path.join(base, 'b'), os.path.join(base, 'new/place/b'))
print(os.path.isdir(os.path.join(base, 'new/place/b')), os.path.exists(os.path.join(base, 'b')))
os.removedirs(os.path.join(base, 'new/place/b'))
print(os.path.exists(os.path.join(base, 'new')))

with os.popen('echo from the shell; echo second line') as p:
    print(p.read().split('\n'))
p = os.popen('exit 3')
print(p.read(), p.close())
print(os.popen('true').close())
w = os.popen('cat > %s/written' % base, 'w')
w.write('through popen\n')
print(w.close(), open(base + '/written').read(), end='')
for bad in [(5,), ('ls', 'rw')]:
    try:
        os.popen(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(os.fsencode('caf\u00e9'), os.fsdecode(b'caf\xc3\xa9'), os.fsencode(b'x'), os.fsdecode('y'))
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}))

for top, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(top, f))
    for d in dirs:
        p = os.path.join(top, d)
        if os.path.islink(p):
            os.remove(p)
        else:
            os.rmdir(p)
os.rmdir(base)
print(os.path.exists(base))
sys.stdout.flush()
os.execlp('echo', 'echo', 'and', 'then', 'echo')
