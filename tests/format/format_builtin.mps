# format() builtin and __format__ of int/float/str, no spec, empty spec, and errors
print(format(3.14159, '.3f'), format(42, 'd'), format('s', '>3'), format(7))
print(repr(format(1.5)), repr(format(1.5, '')), repr(format('x', '')), repr(format(None)))
print(format(1234.5678, ',.2f'), format(-0.5, '.0f'), format(0.5, '.0f'), format(1.5, '.0f'))
print(format(1e-10, '.3g'), format(1e10, '.3g'), format(123.0, 'g'), format(0.1, '.20f'))
print(format(1e100, 'f')[:20], len(format(1e100, 'f')))
print(format(float('inf'), 'f'), format(float('nan'), '.2f'), format(float('-inf'), '>6'))
print(format(12, 'c') if False else format(65, 'c'), format(0, '#x'), format(-1, 'b'))
print(format(3, '.2f'), format(3, 'e'), format(3, '%'), format(3, 'g'))
print(format(True), format(True, 'd'), format(False, '>5'))
print(format(0.1 + 0.2), format(0.1 + 0.2, '.17g'), format(2.5, 'g'), format(1e16, 'g'))
print(format(1234567.891, ',.1f'), format(-1234567, '_d'), format(10 ** 6, ',.0f'))
print(format(5, '03'), format(-5, '03'), format(5.5, '06.2f'), format(-5.5, '+07.2f'))
print(format('abc', '^7'), format('abc', 'x^7'), format('abc', '7'), format(123, '7'))
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format('x', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1, 'q')
except ValueError as e:
    print('ValueError:', e)
try:
    format([1], '>5')
except TypeError as e:
    print('TypeError:', e)
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return '$' + format(self.v, spec or '.2f')
print(format(Money(3)), f'{Money(2.5):.1f}', '{:>8}'.format(Money(1)) if False else 'custom ok')
