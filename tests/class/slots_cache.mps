# __slots__ through the VM's attribute caches: loops, several classes at one site, class changes, gc
import gc


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ('z',)


class R:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(objs):
    t = 0
    for o in objs:
        t += o.x * 10 + o.y       # one site: slots of P and Q, dict attributes of R
    return t


objs = [P(i, 1) for i in range(5)] + [Q(i, 2) for i in range(5)] + [R(i, 3) for i in range(5)]
for _ in range(3):
    print(total(objs))


def bump(objs):
    for o in objs:
        o.x = o.x + 1             # store site: slots and dicts


for _ in range(3):
    bump(objs)
print(total(objs))

# a slot unset and set again at a cached site
def read(o):
    try:
        return o.y
    except AttributeError as e:
        return 'unset: ' + str(e)


p = P(1, 2)
for step in range(4):
    if step == 1:
        del p.y
    if step == 3:
        p.y = 'back'
    print(read(p))

# methods called at a cached site on a slotted object (LOAD_METHOD)
class Counter:
    __slots__ = ('n', 'step')

    def __init__(self):
        self.n = 0
        self.step = len

    def inc(self):
        self.n += 1
        return self.n


c = Counter()
for _ in range(3):
    c.inc()
print(c.n, c.step('abc'), [c.step([1] * k) for k in range(3)])

# the class changes under a cached site: the member is replaced by a plain class attribute
def get_x(o):
    return o.x


p = P(5, 6)
for _ in range(3):
    print(get_x(p))
saved = P.x
P.x = 'class level'
print(get_x(p))
try:
    p.x = 1
except AttributeError as e:
    print('AttributeError:', e)
P.x = saved
print(get_x(p))

# __class__ assignment to a class of the same layout
class P2:
    __slots__ = ('x', 'y')


p.__class__ = P2
print(get_x(p), type(p).__name__)

# many slotted objects referring to each other survive a collection
class Node:
    __slots__ = ('value', 'next')


head = None
for i in range(2000):
    n = Node()
    n.value = [i]
    n.next = head
    head = n
gc.collect()
count, s = 0, 0
while head is not None:
    count += 1
    s += head.value[0]
    head = head.next
print(count, s)
