# complex: arithmetic with int/float/complex, pow, errors
vals = [0, 1, -3, 2.5, -0.0, 1j, 2-3j, -1.5+0.5j, complex(0, -0.0)]
for a in vals:
    for b in vals:
        r = []
        for op in ['+', '-', '*', '/', '**']:
            try:
                r.append(repr(eval('a %s b' % op)))
            except Exception as e:
                r.append('%s: %s' % (type(e).__name__, e))
        print(repr(a), repr(b), ' | '.join(r))
print((1+2j) ** 2, (1+2j) ** -2, (1+2j) ** 0.5, 2 ** (1+1j), 1j ** 1j, (1+1j) ** 101, (-1) ** 0.5)
print((-8) ** (1/3), (-2.0) ** 0.5, pow(-8, 1/3), (-1.5) ** 2.5, 0.0 ** 0j, 0j ** 0, 0j ** 2)
print(1e308j * 10, (1+1j) / 1e308, (1e300+1e300j) / (1e300+1e300j))
for expr in ['1j // 2', '1j % 2', '2 // 1j', 'divmod(1j, 1)', '1j < 2j', '1j > 1', '1 <= 1j', '1j >= 1.0',
             '1j / 0', '1j / 0j', '(1+1j) / 0.0', '0j ** -1', '0j ** 1j', '0j ** -1.5', 'pow(1j, 2, 3)',
             '(1e200+1e200j) ** 2', 'complex(1e308, 1e308) ** 3.5', '10 ** 400 + 1j', 'abs(complex(1e308, 1e308))',
             '~1j', 'int(1j)', 'float(1j)', 'round(1j)', '1j + "a"', '[1j].sort()', 'sorted([1j, 2j])',
             'import math; math.sqrt(1j)', 'max(1j, 2j)']:
    try:
        if expr.startswith('import'):
            exec(expr)
        else:
            print(expr, '=', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
x = 1j
x += 1
x *= 2j
x **= 2
x /= 4
x -= 1
print(x)
class MyC(complex):
    pass
m = MyC(1, 2)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, isinstance(m, complex), m.real, m == 1+2j, hash(m) == hash(1+2j))
print(type(complex(m)).__name__, MyC('3+4j'), -m, type(-m).__name__)
