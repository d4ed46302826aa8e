# exec/eval with locals that are any mapping: a dict subclass, an object with __getitem__/__setitem__
class Logged:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]

m = Logged()
exec("a = 5\nb = a * 2\nprint(a, b)\ndel a", {}, m)
print(m.d)
print(eval("b + 1", {}, m))
try:
    exec("print(a)", {}, m)
except NameError as e:
    print("NameError:", e)

class Default(dict):
    def __missing__(self, k):
        return 'missing:' + k
print(eval("zz", {}, Default()))
print(eval("len", {}, Default()))   # __missing__ answers before the builtins

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
exec("abc = 1\nimport math", {}, u)
print(sorted(u))

class ReadOnly:
    def __getitem__(self, k):
        raise KeyError(k)
print(eval("len('xyz')", {'len': lambda s: 'g'}, ReadOnly()))
try:
    exec("x = 1", {}, ReadOnly())
except TypeError as e:
    print("TypeError:", e)

class Broken:
    def __getitem__(self, k):
        raise IndexError('no ' + k)
try:
    exec("print(x)", {}, Broken())
except IndexError as e:
    print("IndexError:", e)

# a list is a mapping for eval (it has __getitem__), an int is not
print(eval("1 + 1", {}, []))
for fn in (exec, eval):
    for args in [("1", {}, 5), ("1", 5), ("1", None, 5), ("1", [], {})]:
        try:
            fn(*args)
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
