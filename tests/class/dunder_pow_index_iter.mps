class N:
    def __pow__(s, o, m=None):
        return ('pow', o, m)
    def __rpow__(s, o, m=None):
        return ('rpow', o, m)
class I:
    def __index__(s):
        return 2
class C:
    __iter__ = None
print(pow(N(), 2, 5), pow(N(), 2), N() ** 3, 2 ** N())
print([1] * I(), I() * [0], 'ab' * I(), (1,) * I(), b'x' * I())
for f in (lambda: iter(C()), lambda: list(C()), lambda: pow(2, N(), 5), lambda: pow(2.0, 2, 5)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
