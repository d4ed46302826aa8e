import os
name = 'stat_test.tmp'
with open(name, 'w') as f:
    f.write('hello')
st = os.stat(name)
print(st.st_size, type(st.st_mtime).__name__, st.st_size == st[6], isinstance(st, tuple), len(st))
print(oct(st.st_mode & 0o170000), st.st_nlink, abs(st.st_mtime - os.path.getmtime(name)) < 1e-6)
with open(name) as f:
    print(os.fstat(f.fileno()).st_size)
print(os.lstat(name).st_size, type(st).__name__, os.stat_result.__name__)
try:
    os.stat('no/such/file')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
os.remove(name)
print(os.stat('.').st_mode & 0o170000 == 0o040000)
