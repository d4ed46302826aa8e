# named groups: groupdict, groupindex, lastgroup, (?P=name), (?(name)...), expand and \g<name>
import re

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?')
m = p.search('on 2024-05 and 2023-12-31')
print(m.groupdict(), m.groupdict('??'), m['year'], m.group('month', 'day'), m.lastgroup, m.lastindex)
print(sorted(p.groupindex.items()), p.groups)
ms = list(p.finditer('on 2024-05 and 2023-12-31'))
print([x.groupdict() for x in ms], ms[1].lastgroup, ms[1].span('day'), ms[1].start('year'))
print(m.expand(r'\g<month>/\g<year>'), ms[1].expand(r'\g<day>.\g<2>.\1'))
print(p.sub(r'\g<day>|\g<month>|\g<year>', '2024-05 / 2023-12-31'))

m = re.match(r'(?P<q>["\']).*?(?P=q)', '"it\'s" rest')
print(m.group(), m.group('q'), m.lastgroup)
print(re.findall(r'(?P<w>\w)(?P=w)', 'aabbcd'), re.findall(r'(\w)\1', 'xxyzz'))
r = re.compile(r'(?P<open><)?\w+(?(open)>|$)')
print([r.fullmatch(s) and r.fullmatch(s).group() for s in ['<a>', 'a', '<a', 'a>']])
print(re.findall(r'(<)?(\w+)(?(1)>)', '<a> b <c'))
m = re.match(r'(?P<outer>a(?P<inner>b))(?P<last>c)?', 'ab')
print(m.lastgroup, m.lastindex, m.groupdict())
m = re.match(r'(?P<x>a)|(?P<y>b)', 'b')
print(m.lastgroup, m.groupdict(), m.group('x'), m.span('x'))
print(re.match('(?P<ü>é)', 'é').groupdict())
for bad in ['x', 3, -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.expand(r'\g<zz>')
except IndexError as e:
    print('IndexError', e)
print(re.match(r'(?P<a>.)(?P<b>.)', 'xy').expand(r'\g<b>\g<a>'))
print(re.sub(r'(?P<n>\d+)', lambda m: '<%s>' % m['n'], 'a1b22'))
