# strip / lstrip / rstrip with and without chars, padding: center ljust rjust zfill
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), '..a.b..'.lstrip('.'), '..a.b..'.rstrip('.'))
print(repr(''.strip()), repr('   '.strip()), 'abc'.strip('abc') == '')
print('www.example.com'.strip('cmowz.'))
print(repr('abc'.center(9)), repr('abc'.center(8)), repr('abc'.center(2)), repr('ab'.center(7, '*')))
print(repr('abc'.ljust(6)), repr('abc'.rjust(6)), repr('abc'.ljust(6, '.')), repr('abc'.rjust(2)))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3), ''.zfill(2))
for n in ['1', '22', '333']:
    print(n.rjust(5) + '|' + n.ljust(5) + '|' + n.center(5) + '|')
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
print(repr('é'.center(5, '-')), repr('中文'.ljust(4, '.')))
print('  a  '.strip(' a'), repr('\n\nx\n\n'.strip('\n')))
