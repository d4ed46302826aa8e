# cmath: functions on usual values (rounded), constants, errors, special values
import cmath, math
vals = [0.5, -2, 0.5j, 1+2j, -3-4j, 0.25-0.75j, 2.5j, -1.5, 10+0.1j]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
         'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh']
def r(z):
    return complex(round(z.real, 12), round(z.imag, 12))
for n in names:
    f = getattr(cmath, n)
    print(n, [r(f(v)) for v in vals])
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(0j), cmath.sqrt(-0.0), cmath.sqrt(complex(-4, -0.0)))
print(cmath.exp(0), cmath.log(1), cmath.log(-1), cmath.log(complex(-1, -0.0)), cmath.log(100, 10), cmath.log(8, 2))
print(r(cmath.log(1j, 1+1j)), cmath.log10(100), cmath.log10(-10))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(0), cmath.phase(-1j))
print(cmath.polar(1j), cmath.polar(-2), cmath.polar(3+4j), cmath.rect(2, 0), cmath.rect(1, math.pi / 2).real < 1e-15)
print(r(cmath.rect(2, math.pi / 4)), cmath.rect(float('inf'), 1), cmath.rect(0, float('inf')))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1+1j), cmath.isfinite(cmath.infj), cmath.isinf(complex(1, float('inf'))), cmath.isinf(1),
      cmath.isnan(cmath.nanj), cmath.isnan(2j))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(1, 1.0))
class F:
    def __float__(self): return 4.0
class C:
    def __complex__(self): return -4+0j
print(cmath.sqrt(F()), cmath.sqrt(C()), cmath.exp(True))
for expr in ['cmath.log(0)', 'cmath.log(1, 1)', 'cmath.log(2, 0)', 'cmath.log10(0)', 'cmath.atan(1j)',
             'cmath.atanh(1)', 'cmath.atanh(-1)', 'cmath.exp(1000)', 'cmath.cosh(1000)', 'cmath.sinh(1000+1j)',
             'cmath.rect(1, float("inf"))', 'cmath.sqrt("a")', 'cmath.sqrt(None)', 'cmath.isclose(1, 1, rel_tol=-1)',
             'cmath.isclose(1, 1, 0.1)', 'cmath.sqrt()', 'cmath.sqrt(1, 2)', 'cmath.log(-0.0)']:
    try:
        print(expr, '=', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
inf, nan = float('inf'), float('nan')
def safe(f, z):
    try:
        return repr(f(z))
    except Exception as e:
        return type(e).__name__
for z in [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(inf, inf), complex(0.0, -0.0), complex(-0.0, 0.0),
          complex(-2, 0.0), complex(-2, -0.0)]:
    print(repr(z), [safe(getattr(cmath, n), z) for n in names[:-1]])
