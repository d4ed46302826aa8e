# 1500 random format specs (fill, align, sign, #, 0, width, grouping, precision, type) over ints, floats and strings, against CPython
import random
random.seed(11)
vals = [0, 1, -1, 5, 123, -4567, 2**40, 1.5, -2.25, 0.0001, 123.456, 1e16, 1e-7, -0.0, float('inf'), float('nan'), 9.995, 'abc', '']
fills = ['', 'x', '0', '*']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
out = []
for i in range(1500):
    v = random.choice(vals)
    spec = random.choice(fills) + random.choice(aligns) if random.random() < 0.5 else random.choice(aligns)
    spec += random.choice(signs) + random.choice(['', '#']) + random.choice(['', '0']) + random.choice(['', '1', '8', '12'])
    spec += random.choice(['', ',', '_']) + random.choice(['', '.0', '.1', '.3', '.10'])
    spec += random.choice(['', 'd', 'f', 'e', 'g', '%', 'x', 'b', 'o', 'c', 's', 'G', 'E', 'n', 'X'])
    try:
        r = format(v, spec)
    except (ValueError, TypeError, OverflowError) as e:
        r = type(e).__name__
    out.append('%r %r -> %r' % (v, spec, r))
print('\n'.join(out))
