# carets_subscript: 3.11 markers for subscripts (value ~, [index] ^), parenthesized values and indices, slices, stores, del, augmented assignment, calls and attributes
import traceback
def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()
a, c, d = [1], {}, None
show(lambda: a[5])
show(lambda: (a)[5])
show(lambda: a [ 5 ])
show(lambda: a[(5)] + 1)
show(lambda: a[1:2][5])
show(lambda: c['k'])
show(lambda: d.foo)
show(lambda: d.meth(len(d)))
show(lambda: len(d))
show(lambda: a[0](1))
def store():
    a[5] = 1
show(store)
def delete():
    del c['z']
show(delete)
def aug():
    c['z'] += 1
show(aug)
def attr():
    d.x = 1
show(attr)
show(lambda: [i / 0 for i in a])
x = (a
     [7])
