import sys, types
def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    print(sys._getframe().f_lineno)
    print(fr.f_code.co_name, sorted(k for k in fr.f_locals if k != 'fr'), fr.f_locals['c'], fr.f_back.f_code.co_name)
    print(sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno, sys._getframe(1).f_globals is globals())
    return fr
def g():
    return f(1)
fr = g()
print(type(fr).__name__, isinstance(fr, types.FrameType), fr.f_back.f_back.f_code.co_name)
try:
    sys._getframe(100)
except ValueError as e:
    print('ValueError:', e)
def inner():
    raise KeyError('k')
def outer():
    inner()
try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, isinstance(tb, types.TracebackType))
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0)
        tb = tb.tb_next
    t2 = e.__traceback__.tb_next.tb_next
    print(t2.tb_frame.f_back.f_code.co_name)
    print(sys.exc_info()[2] is e.__traceback__)
e = KeyError()
try:
    e.__traceback__ = 5
except TypeError as x:
    print('TypeError:', x)
e2 = ValueError('v').with_traceback(None)
print(e2.__traceback__)
try:
    ValueError().with_traceback(3)
except TypeError as x:
    print('TypeError:', x)
print(repr(sys._getframe()).startswith('<frame at 0x'), repr(e.__traceback__).startswith('<traceback object at 0x'))
