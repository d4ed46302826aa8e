# carets_binop: 3.11 markers for binary operations (operator ^, operands ~), parentheses, spacing, two-char operators, comments
import traceback
def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()
x, b, d = 1, 0, None
show(lambda: x / b)
show(lambda: (x) / (b))
show(lambda: (x)/(b))
show(lambda: x  //  b)
show(lambda: ((x)) + (((d))))
show(lambda: x + (d)# comment
)
show(lambda: x % b # % b
)
show(lambda: 2 ** 3 + d * 2)
def f(a, b):
    return a @ b
show(lambda: f(x, b))
x = x + d  
