# hash(): equal values have equal hashes; unhashable types raise TypeError; __hash__ user-defined
print(hash(1) == hash(1), hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(-0.0))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 'a'))) == hash((1, (2, 'a'))), hash('abc') == hash('ab' + 'c'))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None), type(hash('x')).__name__)
print(hash(2 ** 80) == hash(2 ** 80), hash(b'ab') == hash(b'ab'), hash(()) == hash(()))
for v in [[1], {1: 2}, {1}, ([],)]:
    try:
        hash(v)
        print('hashable?')
    except TypeError as e:
        print('TypeError:', e)
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
d = {Key('a'): 1}
print(d[Key('a')], Key('a') in d, Key('b') in d, len({Key(1), Key(1), Key(2)}))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
class Default:
    pass
o = Default()
print(hash(o) == hash(o), {o: 1}[o])
