# dataclass-like records with __eq__/__repr__/__lt__/__hash__, total_ordering, sorting by several keys
import functools
from operator import attrgetter, itemgetter

@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

class Employee:
    def __init__(self, name, dept, salary, age):
        self.name, self.dept, self.salary, self.age = name, dept, salary, age

    def __repr__(self):
        return f"Employee(name={self.name!r}, dept={self.dept!r}, salary={self.salary}, age={self.age})"

    def __eq__(self, other):
        return isinstance(other, Employee) and (self.name, self.dept) == (other.name, other.dept)

    def __hash__(self):
        return hash((self.name, self.dept))

vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3", "2.0"]]
print(sorted(vs))
print(max(vs), min(vs), Version("1.2.3") in vs, len(set(vs)))
print(Version("1.0") <= Version("1.0.0"), Version("2.0") > Version("1.99"), Version("1.2") >= Version("1.3"))
print(Version("1.0") == "1.0", Version("1.0") != Version("1.0"))

staff = [
    Employee("ann", "eng", 120, 34), Employee("bob", "ops", 90, 45),
    Employee("cid", "eng", 120, 29), Employee("dee", "ops", 95, 38),
    Employee("eve", "sales", 70, 25), Employee("fay", "eng", 135, 41),
]
for e in sorted(staff, key=lambda e: (-e.salary, e.name)):
    print(e)
print([e.name for e in sorted(staff, key=attrgetter("dept", "age"))])
print(sorted(((e.dept, e.salary) for e in staff), key=itemgetter(1), reverse=True)[:3])
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept, es in sorted(by_dept.items()):
    avg = sum(e.salary for e in es) / len(es)
    print(f"{dept:>6}: n={len(es)} avg={avg:.1f} oldest={max(es, key=attrgetter('age')).name}")
print(Employee("ann", "eng", 1, 1) == staff[0], len({*staff, Employee("ann", "eng", 0, 0)}))
try:
    staff[0].nosuch
except AttributeError as e:
    print("AttributeError:", e)
try:
    sorted([Version("1.0"), "2.0"])
except TypeError as e:
    print("TypeError:", e)
