# find / index / count / replace / startswith / endswith and their errors
s = 'hello world, hello moon'
print(s.find('hello'), s.find('hello', 1), s.find('xyz'), s.find(''), s.find('o', 5, 8))
print(s.index('world'), s.index('o'), s.count('hello'), s.count('o'), s.count(''), s.count('l', 0, 5))
print(s.replace('hello', 'bye'), s.replace('hello', 'bye', 1), s.replace('', '-')[:9])
print(s.replace('l', ''), 'aaa'.replace('a', 'aa'), 'abc'.replace('x', 'y'))
print(s.startswith('hello'), s.startswith('world'), s.startswith('world', 6), s.startswith(('x', 'he')))
print(s.endswith('moon'), s.endswith('hello'), s.endswith(('moon', 'sun')), s.endswith('hello', 0, 5))
print('aaaa'.count('aa'), 'abababa'.find('aba', 1), 'abababa'.count('aba'))
print(''.find(''), 'a'.find('a', 5), ''.count('a'))
try:
    s.index('xyz')
except ValueError as e:
    print('ValueError:', e)
try:
    s.startswith(5)
except TypeError as e:
    print('TypeError:', e)
try:
    s.replace(1, 2)
except TypeError as e:
    print('TypeError:', e)
path = '/usr/local/lib/file.tar.gz'
print(path[path.find('/', 1):], path[:path.index('.')])
print('ab' in s, 'hello' in s, '' in s, 'moon' not in s)
print('x'.join('abc').replace('x', '').find('c'))
print('Mississippi'.replace('ss', 'SS').count('S'), 'Mississippi'.find('ss', 3))
