# str.format: auto/explicit/named fields, attributes, indexes, conversions, specs
print('{} {} {}'.format(1, 'a', None))
print('{0} {1} {0}'.format('x', 'y'), '{1}{0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Bob', age=25), '{0}{1}{name}'.format('A', 'B', name='C'))
print('{!r} {!s} {0!r:>8}'.format('q', 'q') if False else '{!r} {!s}'.format('q', 'q'))
print('{:>10}|{:<10}|{:^10}|'.format('right', 'left', 'center'))
print('{:*>10}|{:-<10}|{:.^11}|'.format('r', 'l', 'c'))
print('{:08.3f} {:,} {:_} {:e} {:.2%} {:x} {:#b}'.format(3.14159, 1234567, 7654321, 1234.5, 0.4567, 255, 5))
point = {'x': 1, 'y': 2}
print('{0[x]},{0[y]}'.format(point), '{p[x]}'.format(p=point), '{0[1]}'.format([10, 20]))
class C:
    attr = 'attr-value'
print('{.attr}'.format(C()), '{c.attr!r}'.format(c=C()))
print('{{}} {{{}}}'.format(5), '{{literal}}'.format())
print('{:{w}.{p}f}|'.format(2.71828, w=10, p=2), '{:>{}}|'.format('x', 4))
print('{0:d} {0:5d} {0:<5d}| {0:^5d}| {0:+d}'.format(42))
print('{:s}'.format('s'), '{:10}|'.format('abc'), '{:10}|'.format(123))
print('{}'.format([1, 'a']), '{}'.format({'k': 1}), '{}'.format((1,)))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{missing}'.format()
except KeyError as e:
    print('KeyError:', e)
try:
    '{:d}'.format('x')
except ValueError as e:
    print('ValueError:', e)
try:
    '{0}{}'.format(1, 2)
except ValueError as e:
    print('ValueError:', e)
print('{:g} {:g} {:g} {:.3g} {:.3g}'.format(1.0, 1e-7, 123456789.0, 3.14159, 1234.5))
