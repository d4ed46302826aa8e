# re basics: search/match/fullmatch, groups and spans, flags (I M S X A), inline flags, Pattern attributes and repr
import re

print(re.search(r'(\d+)-(\d+)', 'tel: 555-1234 ok'))
m = re.search(r'(\d+)-(\d+)', 'tel: 555-1234 ok')
print(m.group(), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(m.span(), m.span(1), m.start(2), m.end(2), m.regs)
print(m.pos, m.endpos, m.string, m.re, m.lastindex, m.lastgroup)
print(m[0], m[1], bool(m))

print(re.match('b', 'abc'), re.match('a', 'abc'))
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('a', 'ab'), re.fullmatch(r'\w+', 'abc'))
print(re.search('x', 'abc'))

# pos / endpos
p = re.compile(r'\w')
print(p.search('abcd', 2), p.match('abcd', 1, 2), p.search('abcd', 4), p.search('abcd', -3))
print(p.fullmatch('abcd', 1, 2), p.search('abcd', 3, 1))
print(re.compile('^b').search('ab', 1), re.compile('$').search('ab', 0, 1))
print(re.compile(r'(?<=a)b').search('ab', 1))

# groups that do not take part
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.span(2), m.group(2), m.lastindex)
print(re.match('(a)|b', 'b').lastindex, re.match('((a)b)', 'ab').lastindex, re.match('(a)()', 'a').lastindex)

# flags
print(re.findall('a.c', 'ABC abc a\nc', re.I | re.S))
print(re.findall('^x', 'x1\nx2\nx3', re.M), re.findall('^x', 'x1\nx2'), re.findall('^', 'a\n', re.M))
print(re.findall(r'\d$', '1\n2\n', re.M), re.findall(r'\d$', '1\n2\n'))
print(re.findall(r'''
    (\d+)   # a number
    \s* ,   # a comma
''', '12 , 34,', re.X))
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A))
print(re.findall(r'(?a)\d', '1٢3'), re.findall(r'\d', '1٢3'), re.findall(r'(?a:\w)\w', 'éé aé'))
print(re.findall('(?i)straße', 'STRAßE straße'), re.search('(?i:A)b', 'ab AB Ab'))
print(re.search('é', 'É', re.I), re.search('(?-i:a)b', 'AB aB', re.I))
print(re.findall(r'\s', 'a b\tc\x1cd\xa0e\u3000f'))
print(re.I, re.I | re.M, re.M | re.I, re.NOFLAG, re.A | re.U | re.X)
print(int(re.I | re.S), re.I == 2, re.IGNORECASE is re.I, type(re.I | re.M).__name__)

# Pattern objects
p = re.compile(r'(?P<key>\w+)=(?P<value>\d+)', re.I)
print(p, p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
print(re.compile('a'), re.compile(b'a'), re.compile('a', re.A), re.compile('a', re.M | re.S | re.X))
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?i)a').flags, re.compile('(?s)a', re.M).flags)
print(re.compile('x' * 300) == re.compile('x' * 300), re.compile('a') == re.compile('a', re.I))
print(hash(re.compile('ab')) == hash(re.compile('ab')), re.compile('ab') != re.compile('ab'))
print(re.compile(p) is p, re.compile('q') is re.compile('q'))
print(len(repr(re.compile('y' * 300))))
print(re.escape('a.b*c?[d] e-f\n_é'), re.escape(b'1+1=2'))
print(re.search(re.escape('1+1=2?'), 'is 1+1=2?'))
print(re.search(r'\Z', 'ab\n').span(), re.search('$', 'ab\n').span(), re.search(r'\Aa', 'ba'))

# bytes
m = re.search(rb'(\w+)@(\w+)', b'mail: joe@example')
print(m, m.groups(), m.span(2))
print(re.findall(rb'[\x80-\xff]+', b'a\xe9\xffb'), re.findall(rb'(?i)\xc9', b'\xe9'), re.match(b'a', bytearray(b'abc')))
print(re.compile(rb'\d').search(bytearray(b'x1')).group())
