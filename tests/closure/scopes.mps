# global, nonlocal, local shadowing, enclosing scope lookup, UnboundLocalError
x = 'global'
def read_global():
    return x
def shadow():
    x = 'local'
    return x
def set_global():
    global x
    x = 'changed'
print(read_global(), shadow(), x)
set_global()
print(x)
def new_global():
    global created_later
    created_later = 42
new_global()
print(created_later)
def outer():
    y = 'enclosing'
    def middle():
        def inner():
            return y
        return inner()
    return middle()
print(outer())
def outer2():
    z = 1
    def inner():
        nonlocal z
        z = 2
    inner()
    return z
print(outer2())
def three_levels():
    v = 0
    def l2():
        def l3():
            nonlocal v
            v += 10
        l3()
        l3()
    l2()
    return v
print(three_levels())
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def broken():
    print(counter)
    counter = 5
try:
    broken()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def uses_builtin():
    return len([1, 2])
print(uses_builtin())
def shadow_builtin():
    len = lambda x: 'mine'
    return len([1])
print(shadow_builtin(), len([1]))
def params_are_local(x):
    x = x + 1
    return x
v = 1
print(params_are_local(v), v)
