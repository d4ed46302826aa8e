# complex: format() specs, f-strings, % formatting
z=1.5-2.25j
for s in ['', '.2f', '>20', '<20', '^20', 'g', '.3', '+.1e', ' ', '+', 'E', '*^30.4f', ',.2f', 'n', '#']:
    print(repr(s), repr(format(z, s)), repr(format(2j, s)), repr(format(complex(-0.0, float('nan')), s)))
for s in ['020', '=10', 'd', '%', 'x']:
    try: print(format(z, s))
    except Exception as e: print(type(e).__name__, e)
print(f'{z}', f'{z!r:>12}', str(z))
try: print('%f' % z)
except Exception as e: print(type(e).__name__, e)
try: print('%d' % z)
except Exception as e: print(type(e).__name__, e)
print('%s %r' % (z, z))
