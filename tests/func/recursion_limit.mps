# infinite recursion raises RecursionError (a RuntimeError), which can be caught; the program continues
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('caught RecursionError:', isinstance(e, RuntimeError))
    print('message starts with', str(e)[:30])
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RuntimeError as e:
    print('caught', type(e).__name__)
class Node:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return 'Node(' + repr(self.me) + ')'
try:
    repr(Node())
except RecursionError:
    print('caught repr recursion')
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print('still works', ok(100))
import sys
print(type(sys.getrecursionlimit()).__name__)
