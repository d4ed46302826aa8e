# comprehension scoping: loop variables do not leak; closures capture class-free names; nested access
x = 'global x'
lst = [x for x in 'abc']
print(x, lst)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    factor = 3
    fns = [lambda v, i=i: v * factor + i for i in range(3)]
    return [fn(1) for fn in fns]
print(g())
try:
    print(i_never)
except NameError as e:
    print('NameError:', e)
[unused for unused in range(2)]
print('unused' in globals())
total = sum(v for v in range(5))
print('v' in globals(), total)
def outer():
    items = [1, 2, 3]
    return {k: [m * k for m in items] for k in items}
print(outer())
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
e = [[(a, b) for b in range(a)] for a in range(3)]
print(e)
w = 5
print([w for _ in range(2)], {w: w for _ in range(1)})
