# Unary operators: int and float subclasses may define their own __neg__/__pos__/__invert__; others fall back to the built-in operation.
class I(int):
    def __neg__(self): return 'neg'
    def __invert__(self): return 'inv'
class J(int): pass
class F(float):
    def __pos__(self): return 'pos'
class K:
    def __neg__(self): return 'kneg'
print(-I(3), ~I(3), +I(3), -J(3), ~J(3), type(-J(3)).__name__, +F(1.5), -F(1.5), -K())
try: ~F(1.0)
except TypeError as e: print(e)
try: -object()
except TypeError as e: print(e)
import enum
class P(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(~P.R, -(-5), ~7, -2.5)
