# repr of strings: quote choice, escapes, non-printable, inside containers
tests = ['plain', "it's", 'say "hi"', 'both \' "', '', '\n', '\t\r', '\\', '\x00', '\x1b[0m',
         '\x7f', '\x80', '\xa0', 'é', '\u2028', '\U0001F600', '\ud7ff' if False else 'z']
for t in tests:
    print(repr(t))
print(['a', "b'c", 'd"e'])
print(('x',), {'k': 'v\n'})
print(str(['a\tb']), str('a\tb'))
print(repr(repr('x')), repr(str('y')))
print('%r' % 'q', '{!r}'.format('q'), f'{"q"!r}')
print(repr("'"), repr('"'), repr("'\""))
