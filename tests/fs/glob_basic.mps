# glob: wildcards, hidden files, '**' with recursive=True, root_dir, escape, has_magic
import glob
import os
import tempfile

base = tempfile.mkdtemp(prefix='glob_basic')
old = os.getcwd()
os.chdir(base)
for d in ['a', 'a/b', 'a/b/c', '.hid', 'x[1]']:
    os.mkdir(d)
for f in ['f1.txt', 'f2.txt', 'g.py', '.dot.txt', 'a/h.txt', 'a/b/i.txt', 'a/b/c/j.py',
          '.hid/k.txt', 'a/.hid2.txt', 'x[1]/y.txt']:
    open(f, 'w').close()


def show(*args, **kw):
    print(args, sorted(kw.items()), sorted(glob.glob(*args, **kw)))


show('*.txt')
show('*')
show('.*')
show('?.py')
show('f[0-9].txt')
show('f[!1].txt')
show('*/*.txt')
show('*/')
show('a/*/')
show('**', recursive=True)
show('**/', recursive=True)
show('**/*.txt', recursive=True)
show('a/**', recursive=True)
show('a/**/*.py', recursive=True)
show('**/*.txt')
show('**/*.txt', recursive=True, include_hidden=True)
show('*', include_hidden=True)
show('f1.txt')
show('nothere.txt')
show('a/')
show('f1.txt/')
show('x[1]/*')
show(glob.escape('x[1]') + '/*')
show('*.txt', root_dir='a/b')
show('**', root_dir='a', recursive=True)
show('')
print(glob.escape('a*b?[c]'), glob.escape('plain'), glob.escape(b'x*'))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic('[x]'), glob.has_magic(b'?'))
it = glob.iglob('*.py')
print(type(it).__name__ in ('generator', 'chain', 'map', 'iterator'), sorted(it))

os.chdir(old)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
