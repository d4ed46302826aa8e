class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print('exit', self.name)
        return False


with (CM('a') as a, CM('b') as b):
    print(a, b)
with (CM('c'), CM('d') as d,):
    print(d)
with (CM('e') as e):
    print(e)
with (CM('f')):
    print('f body')
with CM('ij') as (x, y):
    print(x, y)
with (
    CM('j') as j,
    CM('k'),
):
    print(j)
t = (1, (2, 3))
print([v for v in t])
for src in ("x = (1 as y)", "print([a as b])", "f(a as b)", "with (a as b) as c: pass"):
    try:
        exec(src)
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)
