# globals(), locals(), vars() without args at module level and in functions; id() identity
g_value = 1
print('g_value' in globals(), globals()['g_value'], '__name__' in globals(), globals()['__name__'])
globals()['dyn'] = 'made dynamically'
print(dyn)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    return locals()
print(g())
print(vars() is globals() or sorted(vars()) == sorted(globals()))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a), type(id(a)).__name__, id(a) > 0)
x = None
print(id(x) == id(None), id(True) == id(True))
def h():
    local_only = 5
    return 'local_only' in locals(), 'local_only' in globals()
print(h())
print(type(globals()).__name__, type(locals()).__name__)
