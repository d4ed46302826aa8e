# exec/eval with a separate locals mapping: top-level names go to the locals, functions see the globals
g = {}
l = {}
exec("x = 1\ny = x + 1\ndef f(): return x\n", g, l)
print(sorted(k for k in g if k != '__builtins__'), sorted(l))
try:
    l['f']()
except NameError as e:
    print("NameError:", e)
print(eval("x + y", g, l))
print(eval("x * 10", {'x': 1}, {'x': 2}))
g['x'] = 100
print(eval("x", g, l), eval("x", g), eval("len('ab')", g, l))

# locals() and globals() inside the code
exec("print(sorted(locals()), 'x' in globals())", g, l)

# global statement at top level writes the globals
exec("global gg\ngg = 1\nhh = 2", g, l)
print('gg' in g, 'gg' in l, 'hh' in l, 'hh' in g)

# imports, loops, classes, del and annotations bind in the locals
exec("import math as mm\nfrom math import pi, tau\nfor i in range(3): pass\nclass K: pass\ndel x", g, l)
print(sorted(l), 'mm' in g)
exec("from string import *", g, l)
print('ascii_letters' in l, 'ascii_letters' in g)
exec("z: int = 5\nw: str", g, l)
print(l['__annotations__'], l['z'])
try:
    exec("del nothere", g, l)
except NameError as e:
    print("NameError:", e)

# a comprehension is a function: it sees the globals only
try:
    exec("q = 3\nprint([q for _ in range(2)])", {}, {})
except NameError as e:
    print("NameError:", e)
print(exec("q = 3\nprint([q for _ in range(2)])", {'q': 'G'}, {}))

# a class body inside sees its own namespace, then the globals
exec("v = 'local'\nclass A:\n    w = 1\n    u = w + 1\n", {'v': 'glob'}, l)
print(l['A'].u)

# a compiled code object, run twice with different namespaces
code = compile("n = n + 1 if 'n' in dir() else 0\nout = n", "<c>", "exec")
d1, d2 = {}, {'n': 41}
exec(code, {}, d1)
exec(code, {}, d2)
exec(code, d1)
print(d1['out'], d2['out'], d1.get('n'))

# the same dict as globals and locals
gl = {}
exec("a = 1\ndef h(): return a\nb = h()", gl, gl)
print(gl['a'], gl['b'])

# eval and exec keyword-free positional None globals
def fn():
    loc = {'k': 7}
    return eval("k + 1", None, loc)
print(fn())
