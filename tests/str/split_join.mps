# str.split / rsplit-free split forms, join, splitlines
print('a b  c'.split(), '  lead and trail  '.split())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,c'.split(',', -1))
print('a::b::c'.split('::'), 'abc'.split('x'), ''.split(), ''.split(','))
print('one two three four'.split(None, 2), 'x\ty\nz'.split())
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join('abc'), ', '.join([]))
print(' '.join(str(i) for i in range(5)), '\n'.join(['l1', 'l2']))
print('a\nb\r\nc\rd'.splitlines(), 'a\n\nb\n'.splitlines(), ''.splitlines())
print('a\nb\n'.splitlines(True) if False else 'x\ny'.splitlines())
words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), words[::3], ' '.join(reversed(words)))
print('|'.join(w.capitalize() for w in words))
csv = 'name,age\nann,30\nbob,25'
rows = [line.split(',') for line in csv.splitlines()]
print(rows)
print({r[0]: int(r[1]) for r in rows[1:]})
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
print('a b'.split(' '), ' a  b '.split(' '))
print('1.2.3'.split('.', 0), 'aXbXc'.split('X', 5))
