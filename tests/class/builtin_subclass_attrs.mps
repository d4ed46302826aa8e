# instance attributes on user subclasses of dict, list, tuple, set, frozenset, str, int, float
class D(dict): pass
class L(list): pass
class T(tuple): pass
class S(set): pass
class FS(frozenset): pass
d = D(); d.x = 1; print(d.x, vars(d), d)
l = L([1,2]); l.tag = "t"; print(l.tag, l.__dict__, l)
t = T((1,2)); t.name = "n"; print(t.name, vars(t), t)
s = S([1]); s.a = 1; print(s.a, vars(s))
f = FS([1]); f.a = 2; print(f.a, vars(f))
l.append = lambda x: print("shadowed", x)
l.append(3)
print(l)
del l.tag
try: l.tag
except AttributeError as e: print(e)
except AttributeError as e: print(e)
for i in range(20000):
    q = L(); q.v = [i]; q.append(q); q.me = q
print(q.v, q.me is q, len(q))
print(l.__dict__.keys())
class S(str):
    def shout(self): return self.upper() + "!"
s = S("héllo")
s.lang = "fr"
print(type(s).__name__, s, repr(s), s.lang, vars(s), s.shout(), len(s), s + "x", type(s + "x").__name__)
print(s == "héllo", hash(s) == hash("héllo"), {s: 1}["héllo"], "héllo" in {s}, s[1:3], type(s[1:3]).__name__)
print(str(s), type(str(s)).__name__, f"{s}", "%s" % s, s.upper(), type(s.upper()).__name__, isinstance(s, str))
setattr(s, S("dyn"), 5); print(s.dyn, sorted(vars(s)))
e = S(); print(repr(e), type(e).__name__)
print(S(12), S(b"ab", "ascii"), "-".join([S("a"), S("b")]))
class Color(str):
    def __new__(cls, name, code):
        o = super().__new__(cls, name)
        o.code = code
        return o
c = Color("red", 0xff0000)
print(c, c.code, c.startswith("r"), sorted({c: 1}))
print(s.__class__, "%r" % s, format(s, ">8"))
class I(int):
    def double(self): return self * 2
i = I(5)
i.unit = "m"
print(type(i).__name__, i, repr(i), i.unit, vars(i), i.double(), type(i + 1).__name__, i + 1, -i, abs(I(-3)), ~i)
print(i == 5, 5 == i, i < 6, hash(i) == hash(5), {i: 1}[5], {5: "x"}[i], 5 in {i}, [10, 20, 30, 40, 50, 60][i], bool(I(0)), bool(i))
print(list(range(i)), "ab" * i, i // 2, i % 3, i ** 2, i << 1, i & 3, float(i), int(i), type(int(i)).__name__, str(i), f"{i:04d}", "%d" % i, hex(i))
print(sorted([I(3), 1, I(2)]), max(I(3), 2), sum([I(1), I(2)]), divmod(i, 2), round(i), i.bit_length(), I("12"), I("ff", 16))
print(I(10**30), I(10**30) + 1, isinstance(i, int), I(True), type(I(True)).__name__)
import json
print(json.dumps([i]), [1, 2, 3][I(1):I(2)], I(7).to_bytes(2, "big"), i.real, i.numerator)
class Flag(int):
    def __new__(cls, v, name):
        o = super().__new__(cls, v)
        o.name = name
        return o
    def __repr__(self): return "Flag.%s" % self.name
f = Flag(4, "X")
print(f, repr(f), f.name, f | 1, f == 4, [f])
class F(float):
    pass
f = F(2.5); f.unit = "kg"
print(type(f).__name__, f, repr(f), f.unit, vars(f), f + 1, type(f + 1).__name__, f * 2, f == 2.5, hash(f) == hash(2.5), bool(F(0)), int(f), float(f), type(float(f)).__name__, round(f), f"{f:.2f}", F("1e3"), -f, abs(F(-1.5)), f < 3, max(f, 1))
import math
print(math.floor(f), math.sqrt(F(4)), {f: 1}[2.5], str(f), f.is_integer(), f.hex())

# attributes survive collections, keep their values alive, and __dict__ can be replaced
class Tag(tuple):
    pass
tags = []
for i in range(3000):
    tg = Tag((i, str(i)))
    tg.meta = {"i": i, "sq": [i * i]}
    tags.append(tg)
    junk = [Tag((j,)) for j in range(5)]
print(sum(tg.meta["sq"][0] for tg in tags), tags[1234].meta, tags[-1])
tg = tags[7]
tg.__dict__ = {"fresh": True}
print(vars(tg), tg.fresh)
d = D(a=1)
d.a = 2
print(d["a"], d.a, d, vars(d))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1, 2).x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".x = 1
except AttributeError as e:
    print("AttributeError:", e)
