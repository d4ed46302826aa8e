# UTF-8 source: non-ASCII strings, comments, lengths and indexing by code point
s = 'héllo wörld'
print(s, len(s))
print(s[1], s[7], s[-1])
print(s.upper())
t = '日本語テキスト'
print(t, len(t), t[0], t[-1], t[2:4])
print(t[::-1])
e = '😀 smile'
print(len(e), e[0] == '\U0001F600', e[2:])
print(ord('é'), ord('中'), ord('😀'))
print(chr(233), chr(20013), chr(128512) == '😀')
print('é' in s, 'z' in s)
print(s.find('w'), s.index('ö'))
print([c for c in 'añb'])
print('naïve'.encode('utf-8'), len('naïve'.encode('utf-8')))
print(repr('ñ'), repr('ñ\n'))
print('{:^9}|'.format('中文'))
print(sorted('cába'))
café = 'unicode identifier'
π = 3.14
print(café, π * 2)
