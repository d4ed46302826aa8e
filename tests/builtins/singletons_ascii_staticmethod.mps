# The singletons' types give back the singleton; ascii() and !a escape
# non-ASCII characters; staticmethod objects are callable (3.10+).
print(type(None)() is None, type(...)() is Ellipsis, type(NotImplemented)() is NotImplemented)
for f in (lambda: type(None)(1), lambda: type(...)(x=1)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(ascii('plain'), ascii('é'), ascii('a\u1234b'), ascii('\U0001f600'), ascii([1, 'ü', ('ß',)]))
print(f"{'é'!a} {'é'!r} {'é'!s}", ascii(3.5), ascii(None))


class A:
    @staticmethod
    def add(a, b):
        return a + b


sm = A.__dict__['add']
print(sm(3, 4), callable(sm), A.add(1, 2), A().add(5, 6))
