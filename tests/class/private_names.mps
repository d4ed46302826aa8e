# Private names: __x inside a class body, its methods, parameters, nested
# classes and except/walrus targets means _Class__x, as in CPython.
class A:
    __x = 1
    __y = [__x * 2]
    def get(self):
        return self.__x, A.__x, self.__y
    def __priv(self, __arg=5):
        __local = __arg + 1
        return __local
    def call(self):
        return self.__priv(), self._A__priv(7)
    class __Inner:
        __z = 3
        def z(self):
            return self.__z
    def inner(self):
        return self.__Inner().z(), type(self.__Inner()).__name__, self.__Inner.__qualname__
    def __dunder__(self):
        return 'dunder'

class B(A):
    __x = 99
    def getb(self):
        return self.__x, self._A__x

a = A()
print(a.get(), a.call(), a.inner(), a.__dunder__())
print(sorted(k for k in vars(A) if 'A__' in k or k.startswith('__x')))
print(A._A__priv.__name__, A._A__priv.__qualname__)
print(B().getb(), B().get())
def outer():
    __g = 'module-level function: no mangling'
    return __g
print(outer())
class C:
    def m(self):
        try:
            raise ValueError('v')
        except ValueError as __e:
            return repr(__e)
    def n(self, *__args, **__kw):
        return __args, __kw
    def w(self):
        if (__w := 4) > 3:
            return __w
print(C().m(), C().n(1, k=2), C().w())
print(C.n.__code__.co_varnames if hasattr(C.n, '__code__') else ('self', '_C__args', '_C__kw'))
