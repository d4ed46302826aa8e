# open(): write, read, append, readline(s), iteration, with-statement, encoding, missing file error
import os
path = '/tmp/mps_test_open_%d.txt' % os.getpid()
with open(path, 'w') as f:
    n = f.write('line one\n')
    f.write('line two\n')
    f.write('héllo\n')
print('wrote', n)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r', encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path, 'a') as f:
    print('appended', file=f)
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip('\n'))
f = open(path)
print(f.read(4), f.read(5))
f.close()
print(f.closed)
with open(path, 'rb') as fb:
    data = fb.read()
print(type(data).__name__, len(data), data[:8])
with open(path, 'wb') as fb:
    fb.write(b'\x00\x01bytes')
with open(path, 'rb') as fb:
    print(fb.read())
os.remove(path)
print(os.path.exists(path))
try:
    open('/nonexistent_dir_q/file.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, e.strerror)
except OSError as e:
    print('OSError', e)
try:
    open(path)
except OSError as e:
    print(type(e).__name__, isinstance(e, OSError))
