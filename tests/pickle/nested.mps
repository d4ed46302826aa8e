# pickle: objects with __reduce__ that pickle again inside, bound methods, pickling inside __getstate__
import pickle
class Inner:
    def __init__(self, v): self.v = v
class Outer:
    def __init__(self, v): self.v = v
    def __reduce__(self):
        # a nested dumps while the outer one runs
        return (Outer._make, (pickle.dumps(Inner(self.v)),))
    @staticmethod
    def _make(blob):
        return Outer(pickle.loads(blob).v)
    def show(self): return 'Outer(%r)' % self.v
o = pickle.loads(pickle.dumps(Outer([1, 2])))
print(o.show())
m = pickle.loads(pickle.dumps(o.show))
print(m())
class Bad:
    def __reduce__(self):
        return (lambda: 0, ())
try:
    pickle.dumps(Bad())
except Exception as e:
    print(type(e).__name__, str(e).startswith("Can't pickle <function <lambda>"))
class Worse:
    def __reduce__(self):
        return 5
try:
    pickle.dumps(Worse())
except Exception as e:
    print(type(e).__name__)
print(pickle.loads(pickle.dumps([[].append.__name__, len])))
