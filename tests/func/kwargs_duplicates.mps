def f(**k):
    return sorted(k.items())


def g(a, b=0, **k):
    return a, b, sorted(k.items())


class C:
    def m(self, **k):
        return k


tests = [
    lambda: f(**{"x": 1}, x=2),
    lambda: f(x=2, **{"x": 1}),
    lambda: f(**{"x": 1}, **{"x": 2}),
    lambda: f(**{"x": 1}, y=2, **{"z": 3}),
    lambda: g(1, **{"b": 2}, c=3),
    lambda: g(1, **{"c": 2}, c=3),
    lambda: C().m(**{"q": 1}, q=2),
    lambda: dict(**{"x": 1}, x=2),
    lambda: print(**{"sep": "-"}, sep="+"),
    lambda: f(**{1: 2}),
    lambda: f(**[1]),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
