# closures capture variables, not values: loop late binding, default-arg capture, cells shared
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make_funcs():
    out = []
    for j in range(3):
        def f(k=j):
            return k * 10
        out.append(f)
    return out
print([f() for f in make_funcs()])
def make_closures():
    out = []
    for j in range(3):
        def make(v):
            return lambda: v
        out.append(make(j))
    return out
print([f() for f in make_closures()])
def shared():
    val = 'first'
    def get():
        return val
    val = 'second'
    return get
print(shared()())
def two_views():
    data = [0]
    def inc():
        data[0] += 1
    def read():
        return data[0]
    return inc, read
inc, read = two_views()
inc(); inc()
print(read())
adders = {n: (lambda x, n=n: x + n) for n in (1, 10, 100)}
print(adders[10](5), [adders[k](1) for k in adders])
def outer():
    x = 1
    def show():
        return x
    x = 2
    r1 = show()
    x = 3
    return r1, show()
print(outer())
