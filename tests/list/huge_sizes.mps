# Lists, tuples and strings too large to exist fail at once with
# MemoryError or OverflowError (list(range(2**62)) used to fill the memory).
for expr in ('list(range(2**62))', '[0] * 2**62', '(1,) * 2**62', 'bytes(2**62)', "'ab' * 2**61"):
    try:
        print(len(eval(expr)))
    except (MemoryError, OverflowError) as e:
        print(expr, '->', type(e).__name__)
print(len(list(range(10**5))), list(range(10, 0, -3)))
