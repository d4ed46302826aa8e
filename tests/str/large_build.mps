# building large strings: join of many pieces, repeated concatenation, big splits and replaces
parts = [str(i) for i in range(10000)]
s = ','.join(parts)
print(len(s), s[:20], s[-20:])
back = s.split(',')
print(len(back), back[5000], back == parts)
acc = ''
for i in range(3000):
    acc += chr(97 + i % 26)
print(len(acc), acc[:30], acc.count('a'))
big = 'ab' * 50000
print(len(big), big.count('ab'), big.replace('a', 'xyz')[:12], len(big.replace('a', 'xyz')))
print(big.find('ba', 99990), big[-5:], big.upper()[:6])
lines = '\n'.join('line %d' % i for i in range(5000))
print(len(lines.splitlines()), lines.splitlines()[-1])
words = ('word%d' % (i % 100) for i in range(20000))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(len(freq), freq['word7'])
u = 'é中😀' * 1000
print(len(u), u[2999], len(u.encode('utf-8')), u[1500:1503])
print(hash('x' * 10000) == hash('x' * 10000), ('x' * 10000) == ('x' * 9999 + 'x'))
