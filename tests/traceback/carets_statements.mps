# carets_statements: no markers when the range is the whole line (raise, for, with, assert of a name), markers for raise with a comment, assert of a comparison, multi-line calls, tabs, unicode before the error, trailing spaces
import traceback
def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()
d, b = None, 0
def r1():
    raise ValueError('plain')
show(r1)
def r2():
    raise ValueError('commented')  # why
show(r2)
def loop():
    for i in d: pass
show(loop)
def ctx():
    with d: pass
show(ctx)
def a1():
    assert b
show(a1)
def a2():
    assert b > 0, 'positive'
show(a2)
def multi():
    return len(
        d)
show(multi)
def meth():
    return (d
            .meth(1))
show(meth)
def tabs():
	return 1 / b
show(tabs)
def uni():
    s = 'héllo wörld'; return s + b
show(uni)
def trailing():
    return b / b   
show(trailing)
s = 'nandu'; t = ('abc' +
                  b)
