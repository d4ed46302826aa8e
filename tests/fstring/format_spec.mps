# f-strings with format specs: width, alignment, fill, precision, types, nested fields
pi = 3.14159265
n = 1234567
print(f'{pi:.2f} {pi:.0f} {pi:10.3f}| {pi:<10.3f}| {pi:^10.3f}| {pi:+.1f}')
print(f'{n:,} {n:_} {n:>12,}| {n:012d} {n:x} {n:#X} {n:o} {n:b}')
print(f'{"left":<8}| {"right":>8}| {"mid":^9}| {"fill":*^10}| {"z":0>3}')
print(f'{pi:e} {pi:.3e} {n:.2e} {0.000123:g} {1e20:g} {pi:g}')
print(f'{0.256:%} {0.256:.1%} {1:.0%}')
w, p = 10, 3
print(f'{pi:{w}.{p}f}| {pi:>{w}}| {"x":{"<"}{w}}|')
print(f'{-5:5d}| {-5:<5d}| {-5:=5d}| {5:+d} {5: d}')
print(f'{42:08.3f} {-42.5:08.2f} {1.5:+08.2f}')
print(f'{"abc":.2} {"abcdef":>8.3}|')
print(f'{True:d} {True} {1.0:.0f} {2.5:.0f} {3.5:.0f}')
print(f'{12:#b} {255:#o} {255:#x} {-255:#x}')
print(f'{1e16:f} {1.5:.10f} {123.456:10.1f}|')
print(f'{7:3}|{7:<3}|{"7":3}|')
for v in [0, 1.5, -2, 1000000]:
    print(f'[{v:>10}] [{v!r:^10}]')
table = [('apple', 1.5, 3), ('kiwi', 0.25, 12)]
for name, price, qty in table:
    print(f'{name:<8}{price:>6.2f}{qty:>4}{price * qty:>8.2f}')
