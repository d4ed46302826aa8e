# f-strings: expressions, conversions !r !s, nested quotes, doubled braces
name = 'World'
n = 42
print(f'Hello, {name}!')
print(f"{n} {n + 1} {n * 2} {-n}")
print(f'{name!r} {name!s} {n!r}')
print(f'{[1, 2]} {(1,)} {{}} {{{n}}} {{n}}')
print(f"{'nested single'} {'x' if n else 'y'}")
print(f'{"double inside single"}')
print(f"{'a' + 'b'}{'c' * 2}")
d = {'key': 'val', 1: 'one'}
print(f"{d['key']} {d[1]}")
print(f'{len(name)} {name.upper()} {name[1:3]} {name[::-1]}')
print(f'{n if n > 40 else 0} {(lambda x: x * 3)(2)}')
print(F'capital F {n}', rf'raw \n {n}', fr'also raw \t {name}')
print(f'' == '', f'{""}' == '', f'{n}' == '42')
x = 3.5
print(f'{x} {x!r} {str(x)} {x * 2}')
print(f'{None} {True} {False!r} {...}')
print(f'{"ab"!r:>6}|{n!r:<5}|')
items = ['a', 'b']
print(f'{", ".join(items)} and {len(items)} items')
print(f'multi {n} '
      f'line {name}')
print(f'{n}' 'plain' f'{n}')
class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
p = P()
print(f'{p} {p!r} {p!s}')
print(f'{n:{1 + 1}}|{n:{"<"}4}|')
print(f'{n}{n}', f'{{{{{n}}}}}', f'{n!r}{{')
