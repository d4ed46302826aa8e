class D(dict):
    def __missing__(self, k):
        return '?'


class M:
    def __getitem__(self, k):
        return k.upper()


print("{a}{b}".format_map(D(a=1)))
print("{x} and {y!r:>6}".format_map(M()))
print("{a[0]}-{a[1]}".format_map({'a': 'xy'}))
print("{p.real}".format_map({'p': 3}))
for fmt, arg in (("{a}", {}), ("{0}", {'0': 1}), ("{}", {'a': 1}), ("{a}", 5)):
    try:
        print(fmt.format_map(arg))
    except Exception as e:
        print(type(e).__name__, e)
print('{a}'.format_map({'a': 1, 'b': 2}))
