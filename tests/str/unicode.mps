# non-ASCII strings: length, indexing, slicing and methods work on code points
s = 'Grüne, 世界! 👋🌍'
print(len(s), s[2], s[7], s[8], s[-1], s[-2])
print(s[:5], s[7:9], s[::-1])
print(s.upper(), s.lower())
print(s.find('世'), s.index('!'), s.count('ü'), '界' in s)
print([ord(c) for c in 'ü世👋'])
print(s.split(', '), s.replace('世界', 'world'))
print(s.encode('utf-8'))
print(len(s.encode('utf-8')), s.encode('utf-8').decode('utf-8') == s)
print(repr('ü'), repr('\t世'), 'ü'.isalpha(), '世'.isalpha())
for c in 'añ中':
    print(c, ord(c), len(c.encode('utf-8')))
print('x'.join('αβγ'), 'αβγ'.center(7, '*'))
print(sorted(['é', 'e', 'z', 'ä', 'a']))
print('ÄÖÜ'.lower(), 'öl über'.title(), 'ß' in 'straße')
print(chr(0x1F600) == '😀', hex(ord('€')), '\u20ac' == '€')
print('€%d' % 5, '{}€'.format(10), f'{"€":>3}')
b = 'naïve café'.encode()
print(b, b.decode(), len(b))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', isinstance(e, ValueError))
