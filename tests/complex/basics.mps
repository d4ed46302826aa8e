# complex: literals, repr/str, attributes, constructor, hash, bool
nan = float('nan'); inf = float('inf')
for z in [1j, 2.5J, 1e3j, 0j, -0j, -1j, 1+2j, 1.5-2j, 1e16j, 1e22j, complex(1e16, 1e-5),
          complex(-0.0, 0.0), complex(-0.0, -0.0), complex(0.0, -0.0), complex(1, nan),
          complex(nan, inf), complex(inf, -inf), complex(0, inf), 0.1+0.2j, 123456789012345678j]:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), bool(z), type(z).__name__)
print(type(1j), isinstance(1j, complex), complex)
print((3).real, (3).imag, (3).conjugate(), (2.5).real, (2.5).imag, (2.5).conjugate(), True.imag)
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1j), complex(1j, 1j), complex(1+2j, 3+4j))
print(complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(True, False))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class C:
    def __complex__(self): return 3-4j
print(complex(F()), complex(I()), complex(C()), complex(F(), F()), complex(1, I()))
z = 5+6j
print(complex(z) is z, z.__complex__() is z)
for s in ['1+2j', '  ( 1+2j ) ', '1e5', 'inf+nanj', '1_0+2_0j', '-1.5e-3J', 'j', '-j', '+j', '1-j',
          'nanj', '-infj', '(3)', '1.', '.5j', '1e-2-1e2j', 'INFINITY', ' 7 ']:
    print(repr(s), repr(complex(s)))
for s in ['1 +2j', '1+2', '(1+2j', '', '()', '1+j+', 'j1', '1j+2', '++1j', 'abc', '1__0j', '_1j', '1e', 'jj']:
    try:
        print(repr(complex(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for args in [('1', 2), (1, '2'), ([],), (1, []), (None,), (b'1',)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(type(e).__name__, e)
class Bad:
    def __complex__(self): return 1
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(1j), hash(1+2j), hash(-1-1j), hash(complex(1e300, -1e300)))
print(hash(complex(inf, 1)), hash(complex(-0.0, 0.0)) == hash(0))
d = {1: 'int', 2.0: 'float'}
print(d[1+0j], d[2+0j], {1j: 1}[1j], 1j in {1j, 2j})
print(0j == 0, 1+0j == 1, 1+0j == 1.0, 1+1j == 1, 2 == 2+0j, 2.0 != 2+0j, 1j == 1j, 1j != 2j, (1+0j) == True)
print(complex(2**53 + 1) == 2**53 + 1, complex(nan) == complex(nan), 1j == 'x', 1j != None)
print(-(1+2j), +(1+2j), abs(3+4j), abs(-5j), abs(complex(inf, 1)), abs(complex(nan, 1)))
print(sum([1j, 2, 3.5]), sorted([3, 1]) , [1j] * 2, (1j,) == (1j,))
print(complex.__name__, (1+2j).__repr__(), (1+2j).__add__(1), (2j).__rsub__(1), (1j).__abs__())
print(1j.imag, 3j.real, [1j, 2J])
