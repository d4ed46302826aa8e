# re.error: CPython's messages and positions for bad patterns and templates, .msg .pattern .pos .lineno .colno; type errors
import re

bad = ['(a', 'a)', '*a', 'a**', 'a{3,2}', '[a', '[z-a]', r'\q', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=b)',
       r'(a)\2', '(?<=a+)b', '(?z)', '(?', '(?Px)', '(?<x)', r'\x4', r'\u12', '[\\d-z]', 'a(?i)b', '(?i',
       '(?-)', '(?i-i:a)', '(?au)', '(?(1)a|b|c)', '(?(0)a)', '(?(x)a)', '\\', 'a\n(b', '(?#abc', '[]',
       '(?P<n>a)(?P=n', r'\777', '^*', r'\b?', '(?L)a', '(?<=(a)\\1)b', '(?P<a-b>x)', '(?P<>x)', 'a?+?',
       '(?P<n>a(?P=n))', r'(a)(?<=\1)b']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)

for p, f in [('a', re.L), (b'a', re.U), ('a', re.A | re.U)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print('ValueError:', e)
for p in [b'\\q', b'[\xe9-a]']:
    try:
        re.compile(p)
    except re.error as e:
        print(e, e.pattern)

for t in [r'\3', r'\g<3>', r'\g<-1>', r'\g<a b>', r'\g', r'\g<1', r'\q', r'\777', '\\']:
    try:
        print(repr(t), re.sub('(a)(b)', t, 'ab'))
    except re.error as e:
        print(repr(t), '->', e)
try:
    re.sub('(a)', r'\g<nope>', 'a')
except IndexError as e:
    print('IndexError:', e)

for call in [lambda: re.search('a', 1), lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'),
             lambda: re.compile(1), lambda: re.compile(re.compile('a'), re.I), lambda: re.sub('a', 1, 'a'),
             lambda: re.sub('a', lambda m: 1, 'xax'), lambda: re.match('a', 'a').group(5)]:
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
e = re.error('custom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, re.error('plain').pos, str(re.error('plain')))
try:
    re.compile('x(?P<n>y')
except re.error as err:
    raise re.error(err.msg, err.pattern, err.pos) from None
