# shutil: copyfileobj, copyfile, copy, copy2, copymode, copystat, copytree (ignore, dirs_exist_ok), rmtree (onerror), move, errors
import io
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp(prefix='shutil_copy_rm')
os.chdir(base)


def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, 'BASE'))


def tree(top):
    out = []
    for d, dirs, files in os.walk(top):
        for n in dirs + files:
            p = os.path.join(d, n)
            kind = 'L' if os.path.islink(p) else 'D' if os.path.isdir(p) else 'F'
            out.append(kind + ':' + p)
    return sorted(out)


src = io.StringIO('x' * 100000)
dst = io.StringIO()
shutil.copyfileobj(src, dst, 1000)
print(len(dst.getvalue()))

with open('a.txt', 'w') as f:
    f.write('alpha\n')
os.chmod('a.txt', 0o640)
os.utime('a.txt', (1000000000, 1200000000))
print(shutil.copyfile('a.txt', 'b.txt'), open('b.txt').read(), oct(os.stat('b.txt').st_mode & 0o777) != '0o640' or 'same')
err(lambda: shutil.copyfile('a.txt', 'a.txt'))
err(lambda: shutil.copyfile('missing', 'c.txt'))
err(lambda: shutil.copyfile('a.txt', 'nodir/c.txt'))
os.mkdir('dir')
err(lambda: shutil.copyfile('a.txt', 'dir'))
print(shutil.copy('a.txt', 'dir'), oct(os.stat('dir/a.txt').st_mode & 0o777))
print(int(os.stat('dir/a.txt').st_mtime) == 1200000000)
print(shutil.copy2('a.txt', 'c.txt'), oct(os.stat('c.txt').st_mode & 0o777), int(os.stat('c.txt').st_mtime))
shutil.copymode('a.txt', 'b.txt')
print(oct(os.stat('b.txt').st_mode & 0o777))
os.utime('b.txt', (5, 6))
shutil.copystat('a.txt', 'b.txt')
print(int(os.stat('b.txt').st_mtime))
err(lambda: shutil.copy('missing', 'x'))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

os.makedirs('src/sub/deep')
for p in ['src/one.py', 'src/two.txt', 'src/sub/three.py', 'src/sub/deep/four.pyc', 'src/.hidden']:
    with open(p, 'w') as f:
        f.write(p)
os.symlink('one.py', 'src/link.py')
print(shutil.copytree('src', 'dst'))
print(tree('dst'))
print(os.path.islink('dst/link.py'))
shutil.copytree('src', 'dst_links', symlinks=True)
print(os.path.islink('dst_links/link.py'), os.readlink('dst_links/link.py'))
err(lambda: shutil.copytree('src', 'dst'))
shutil.copytree('src', 'dst', dirs_exist_ok=True)
shutil.copytree('src', 'dst_ign', ignore=shutil.ignore_patterns('*.pyc', '.*', 'two*'))
print(tree('dst_ign'))
seen = []


def ignore(d, names):
    seen.append((d, sorted(names)))
    return ['deep']


shutil.copytree('src', 'dst_fn', ignore=ignore)
print(seen)
print(tree('dst_fn'))
print(sorted(shutil.ignore_patterns('*.py', 'x*')('d', ['a.py', 'xb', 'c.txt', 'x.py'])))
err(lambda: shutil.copytree('missing', 'dst2'))

shutil.rmtree('dst_fn')
print(os.path.exists('dst_fn'))
err(lambda: shutil.rmtree('missing'))
err(lambda: shutil.rmtree('a.txt'))
os.symlink('dst', 'dlink')
err(lambda: shutil.rmtree('dlink'))
shutil.rmtree('missing', ignore_errors=True)
calls = []
shutil.rmtree('missing', onerror=lambda fn, p, ei: calls.append((fn.__name__, p, ei[0].__name__, str(ei[1]))))
shutil.rmtree('dlink', onerror=lambda fn, p, ei: calls.append((fn.__name__, p, ei[0].__name__, str(ei[1]))))
print(calls)
print(shutil.rmtree.avoids_symlink_attacks)

print(shutil.move('c.txt', 'moved.txt'), os.path.exists('c.txt'), open('moved.txt').read())
print(shutil.move('moved.txt', 'dir'), os.path.exists('dir/moved.txt'))
err(lambda: shutil.move('b.txt', 'dir') and shutil.copy('b.txt', 'b2.txt') and shutil.move('b2.txt', 'dir'))
with open('b3.txt', 'w') as f:
    f.write('b3')
os.mkdir('dir2')
with open('dir2/b3.txt', 'w') as f:
    f.write('other')
err(lambda: shutil.move('b3.txt', 'dir2'))
print(shutil.move('dst_ign', 'dir/newname'), tree('dir'))
err(lambda: shutil.move('dir', 'dir/inside'))
err(lambda: shutil.move('missing', 'x'))

os.chdir('/')
shutil.rmtree(base)
print(os.path.exists(base))
