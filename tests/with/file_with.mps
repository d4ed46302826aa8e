# with open(...) closes the file even when the body raises; iteration of lines inside with
import os
path = '/tmp/mps_test_with_%d.txt' % os.getpid()
with open(path, 'w') as f:
    for i in range(3):
        f.write(f'row {i}\n')
print(f.closed)
try:
    with open(path) as f:
        first = f.readline()
        raise ValueError('stop reading')
except ValueError as e:
    print(e, repr(first), f.closed)
with open(path) as f:
    rows = [line.strip() for line in f]
print(rows)
with open(path) as a, open(path) as b:
    print(a.read() == b.read())
print(a.closed, b.closed)
os.remove(path)
