# f-strings with calls, comprehensions, conditionals, method chains and attribute access inside fields
def sq(x):
    return x * x
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(3, 4)
data = {'a': [1, 2, 3], 'b': {'c': 'deep'}}
print(f'{sq(5)} {sq(sq(2))} {max(3, 7)} {abs(-2)}')
print(f'{[i * i for i in range(5)]} {sum(i for i in range(4))}')
print(f"{data['a'][-1]} {data['b']['c'].upper()} {len(data)}")
print(f'({p.x}, {p.y}) dist={(p.x ** 2 + p.y ** 2) ** 0.5}')
print(f'{"yes" if p.x > 2 else "no"} {p.x > 2 and p.y > 5}')
print(f'{" ".join(w.capitalize() for w in "a b c".split())}')
print(f'{1 + 2 * 3} {10 // 3} {10 % 3} {2 ** 10} {7 / 2}')
print(f'{"%05.1f" % 3.14159} {"{:>4}".format(7)}')
print(f'{{p.x}} = {p.x}')
rows = [('x', 1), ('yy', 22), ('zzz', 333)]
for k, v in rows:
    print(f'{k:>5} = {v:<5}|{v:05}|{v / 7:.3f}')
width = 12
for s in ['a', 'bb', 'ccc']:
    print(f'[{s:^{width}}] [{s:>{width // 2}}]')
x = 10
print(f'{x=}' if False else f'x={x}')
print(f'{x!r:>5}', f'{str(x)!r}', f'{repr(x)}')
nums = [1.5, 2.25, 3.125]
print(', '.join(f'{n:.2f}' for n in nums))
print(f'{nums[0]:{".1f"}}', f'{(lambda: "lam")()}', f'{ {"k": 1}["k"] }')
