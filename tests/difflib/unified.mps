# difflib.unified_diff and context_diff: headers, ranges, n, lineterm
import difflib

a = ['line %d\n' % i for i in range(1, 15)]
b = a[:]
b[1] = 'changed 2\n'
b.insert(10, 'inserted\n')
del b[12]
print(''.join(difflib.unified_diff(a, b, 'old.txt', 'new.txt', '2024-01-01', '2024-01-02')), end='')
print('===')
print(''.join(difflib.unified_diff(a, b, n=1)), end='')
print('===')
print(''.join(difflib.context_diff(a, b, 'old.txt', 'new.txt')), end='')
print('===')
print(''.join(difflib.context_diff(a, b, n=0)), end='')
print('===')
for line in difflib.unified_diff('one two three'.split(), 'one tree emu'.split(), lineterm=''):
    print(line)
for line in difflib.context_diff(['x'], [], 'a', 'b', lineterm=''):
    print(line)
for line in difflib.unified_diff([], ['x', 'y'], 'a', 'b', lineterm=''):
    print(line)
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
try:
    list(difflib.unified_diff([b'x'], [b'y']))
except TypeError as e:
    print('TypeError:', e)
for line in difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'f', b'g'):
    print(line)
