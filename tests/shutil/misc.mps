# shutil: which, disk_usage, get_terminal_size (COLUMNS/LINES and fallback), chown argument check
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp(prefix='shutil_misc')
bindir = os.path.join(base, 'bin')
os.mkdir(bindir)
tool = os.path.join(bindir, 'mytool')
with open(tool, 'w') as f:
    f.write('#!/bin/sh\n')
os.chmod(tool, 0o755)
plain = os.path.join(bindir, 'notexec')
open(plain, 'w').close()
os.mkdir(os.path.join(bindir, 'adir'))

print(shutil.which('mytool', path=bindir) == tool)
print(shutil.which('notexec', path=bindir), shutil.which('adir', path=bindir))
print(shutil.which('notexec', mode=os.F_OK, path=bindir) == plain)
print(shutil.which('nothing-here', path=bindir), shutil.which('mytool', path=''))
print(shutil.which(tool) == tool, shutil.which(plain))
print(shutil.which('mytool', path=os.pathsep.join(['/nonexistent', bindir])) == tool)
old = os.environ.get('PATH')
os.environ['PATH'] = bindir
print(shutil.which('mytool') == tool)
os.environ['PATH'] = old

u = shutil.disk_usage(base)
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free >= 0, u.total > 0)
print(u.total == u[0])

os.environ['COLUMNS'] = '123'
os.environ['LINES'] = '45'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'abc'
s = shutil.get_terminal_size((11, 22))
print(type(s).__name__, s.lines)
os.environ['COLUMNS'] = '77'
print(shutil.get_terminal_size().columns)
del os.environ['COLUMNS']
del os.environ['LINES']

try:
    shutil.chown(tool)
except ValueError as e:
    print('ValueError', e)
print(stat.filemode(os.stat(tool).st_mode), stat.S_ISDIR(os.stat(bindir).st_mode), stat.S_IMODE(0o100755) == 0o755)

shutil.rmtree(base)
print(os.path.exists(base))
p = tempfile.mkdtemp(prefix='shutil_misc_chown')
st = os.stat(p)
shutil.chown(p, st.st_uid, st.st_gid)
shutil.chown(p, group=st.st_gid)
shutil.chown(p, user='root') if st.st_uid == 0 else None
for kw in [{'user': 'no-such-user-xyz'}, {'group': 'no-such-group-xyz'}]:
    try:
        shutil.chown(p, **kw)
    except LookupError as e:
        print('LookupError', e)
try:
    os.chown(os.path.join(p, 'missing'), st.st_uid, st.st_gid)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, os.path.basename(e.filename))
os.rmdir(p)
