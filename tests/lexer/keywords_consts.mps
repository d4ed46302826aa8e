# True False None Ellipsis, identifiers with underscores and digits
print(True, False, None, ...)
print(type(None).__name__, type(...).__name__, type(True).__name__)
print(... is Ellipsis, None is None, True is not False)
_x = 1; x_2 = 2; __y__ = 3; CamelCase = 4
print(_x, x_2, __y__, CamelCase)
print(True + True, False * 5, True == 1, False == 0)
print(not None, not ..., bool(None))
print(repr(None), str(None), repr(...))
def f():
    ...
print(f())
print([None, True, ...])
print(None == False, None == 0, None is not False)
if_ = 1; for_ = 2; class_ = 3
print(if_ + for_ + class_)
