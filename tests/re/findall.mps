# re.findall/finditer: group shapes, empty matches, pos/endpos, non-ASCII text (code point offsets), long inputs
import re

print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'(\w)=(\d)', 'a=1 b=2 c'), re.findall(r'(\w)=\d', 'a=1 b=2'))
print(re.findall(r'(a)|(b)', 'ab'), re.findall('(a)?b', 'b ab'), re.findall('', 'ab'), re.findall('x*', 'axxb'))
print(re.findall(r'\b\w', 'one two'), re.findall('a*?', 'aa'), re.findall('(?=(aa))', 'aaaa'))
print([m.span() for m in re.finditer('x*', 'axxb')], [m.group() for m in re.finditer(r'\w+', 'hi there')])
p = re.compile(r'\w+')
print(p.findall('ab cd ef', 3), p.findall('ab cd ef', 3, 5), p.findall('ab cd ef', 10), p.findall('ab', 2, 1))
print([(m.span(), m.pos, m.endpos) for m in p.finditer('ab cd ef', 1, 7)])
it = re.finditer(r'\d', 'a1b2')
print(next(it).group(), next(it).span(), list(it))

text = 'naïve café — 日本語のテキスト and 😀 emoji 😀😀 ok'
for m in re.finditer(r'\w+', text):
    print(m.span(), m.group(), text[m.start():m.end()] == m.group())
print([m.span() for m in re.finditer('😀+', text)], re.findall('😀', text))
print(re.search('テ(キ)', text).span(1), re.compile('日本').search(text, 15), re.compile('本').search(text, 15))
print([m.span() for m in re.finditer('é|ï|—', text)], re.compile('.').findall('é😀', 1))
print(re.split(' ', text)[:4], re.sub('[^a-z ]', '?', text))
print([m.span() for m in re.finditer(r'', 'é😀')], re.compile('😀').search('😀😀', 1).span())
m = re.search(r'(?P<w>\w+) (\w+)$', 'ünï cödé')
print(m.span(), m.span('w'), m.span(2), m.groupdict(), m.start(1), m.end(2))

big = 'ab' * 5000 + 'é' + 'cd' * 5000
ms = list(re.finditer('[a-zé]', big))
print(len(ms), ms[10000].span(), ms[10000].group(), ms[-1].span(), len(re.findall('[bé]', big)))
print(len(re.sub('c', '', big)), len(re.split('d', big)), re.search('é', big).span())
print(re.findall(rb'\d+', b'a1 b22 \xff333'), [m.span() for m in re.finditer(b'\xff|1', b'\xff1\xff')])
print(re.findall(rb'(\d)(\d)?', bytearray(b'123')))
