# type(), isinstance() with tuples, issubclass(), type names, classes of builtins
print(type(1), type('a'), type(1.0), type(None), type([]), type(()), type({}), type(set()), type(True))
print(type(1) is int, type(True) is bool, type(True) is int, type([]) == list)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance('s', (list, tuple)), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(isinstance(3, (str, (float, int))), isinstance({}, dict), isinstance(range(1), range))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (str, int)))
class A:
    pass
class B(A):
    pass
class C(B):
    pass
c = C()
print(isinstance(c, A), isinstance(c, B), isinstance(A(), B), type(c) is C, type(c) is A)
print(issubclass(C, A), issubclass(A, C), issubclass(C, C), issubclass(B, (int, A)))
print(type(c).__name__, type(A).__name__, type(type).__name__, C.__name__)
print(isinstance(A, type), isinstance(int, type), isinstance(len, type))
print(type(len).__name__, type(lambda: 0).__name__, type(print).__name__)
print(isinstance(object(), object), isinstance(5, object), isinstance(A, object))
def f():
    pass
print(type(f).__name__, type(iter([])).__name__ if False else 'iter', type(x for x in []).__name__)
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
print(type('abc')('xyz'), type(5)('7') + 1, type([])((1, 2)))
