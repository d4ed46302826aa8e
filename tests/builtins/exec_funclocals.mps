# exec/eval without namespaces: the caller's globals and a snapshot of its locals (fast locals unchanged)
def f():
    z = 3
    exec("z = 10; w = z + 1")
    print(z)
    loc = locals()
    print(sorted(loc), loc['z'], loc['w'])
    print(locals() is loc)
    print(eval("z * 2"))
f()

def g(p):
    q = p + 1
    exec("print(p, q); r = 'new'")
    d = locals()
    print(sorted(d), d['r'])
    del q
    print(sorted(locals()))
g(1)

def closure():
    cell = 'c'
    def inner():
        return eval("cell")
    try:
        print(inner())
    except NameError as e:
        print("NameError:", e)
    def inner2():
        cell
        return eval("cell + '!'")
    print(inner2())
closure()

# at module level exec() without namespaces writes the module globals
exec("top = 1")
print(top)
print(eval("top + 1"))

# in a class body: the class namespace
class C:
    exec("attr = 42")
    val = eval("attr + 1")
print(C.attr, C.val)

# vars() and dir() without arguments are locals() too
def h():
    a = 1
    exec("b = 2")
    print(sorted(vars()), sorted(dir()))
h()

# exec() with only globals
def k():
    ns = {}
    exec("def sq(x): return x * x\nres = sq(7)", ns)
    print(ns['res'], 'sq' in ns)
k()
