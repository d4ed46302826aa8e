import os
name = 'fio_test.tmp'
with open(name, 'wb') as f:
    f.write(b'a\r\nb\rc\nd\r')
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    print([line for line in f])
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read()))
with open(name, 'rb') as f:
    print(f.readlines())
with open(name, 'w') as f:
    f.write('abc\ndef\nh\u00e9llo\n')
with open(name) as f:
    print(repr(f.readline(2)), repr(f.readline(5)), repr(f.readline(0)), repr(f.readline(-1)), repr(f.readline(2)), repr(f.readline()))
with open(name, 'rb') as f:
    print(f.readline(2), f.readline(100))
try:
    open('.')
except IsADirectoryError as e:
    print('IsADirectoryError:', e)
try:
    open('.', 'w')
except IsADirectoryError as e:
    print('IsADirectoryError:', e)
os.remove(name)
