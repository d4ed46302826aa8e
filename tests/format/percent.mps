# %-formatting: d i s r f e g x o c %, widths, flags, precision, tuples and dicts
print('%d %i %s %r' % (42, -7, 'str', 'repr'))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%.2f|%8.3f|%-8.1f|%08.2f|%+.1f' % (3.14159, 2.71828, 1.5, -3.5, 2.0))
print('%e|%.2e|%E|%g|%g|%g' % (12345.678, 0.000123, 1.5, 0.0001, 1e-5, 123456789.0))
print('%x|%X|%#x|%o|%#o|%c|%c' % (255, 255, 255, 8, 8, 65, 'z'))
print('%s and %s' % ('a', 'b'), '%s' % [1, 2], '%s' % (('t',),), '%r' % (None,))
print('100%% sure, %d%%' % 50)
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%10s|%-10s|%.2s|' % ('right', 'left', 'truncate'))
print('%*d|%-*d|%.*f' % (6, 1, 6, 2, 2, 3.14159))
print('%d' % 3.99, '%s' % 3.99, '%i' % True, '%s' % True, '%.3s' % 'abcdef')
print('%5.1f%%' % 99.44, '%x' % -255, '%c%c%c' % (72, 105, 33))
print('%s' % 'single', '%d items' % 5)
try:
    print('%d %d' % (1,))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % (1, 2))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    print('%z' % 1)
except ValueError as e:
    print('ValueError:', e)
print('%s|%r' % ('q"uote', "it's"))
print('%-6s|%6.2f|%-+6d|' % ('ab', 1.005, 3))
