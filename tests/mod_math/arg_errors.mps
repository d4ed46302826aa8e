# math functions: CPython's messages for wrong argument counts and keywords (math.f() for one-argument functions)
import math
for name in sorted(dir(math)):
    f = getattr(math, name)
    if not callable(f):
        continue
    for args in [(), (1, 2, 3, 4)]:
        try:
            f(*args)
        except TypeError as e:
            print(name, len(args), e)
        except (ValueError, OverflowError) as e:
            print(name, len(args), type(e).__name__, e)
        else:
            print(name, len(args), 'ok')
for call in ['math.isclose(1)', 'math.isclose(1, 2, 3)', 'math.isclose(1, 2, rel_tol=0.5)',
             'math.isclose(a=1, b=1.0000001, abs_tol=1e-3)', 'math.prod()', 'math.prod([1], 2)',
             'math.prod([2, 3], start=2)', 'math.prod(iterable=[2])', 'math.log(x=1)', 'math.sqrt(x=1)',
             'math.floor(x=1.5)', 'math.fsum(seq=[1])', 'math.log(1, 2, 3)', 'math.ulp(x=1)']:
    try:
        print(call, repr(eval(call)))
    except TypeError as e:
        print(call, e)
