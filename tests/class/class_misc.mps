# class-level code, methods calling methods, instance counting, self-referential structures, __class__
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return 'LinkedList(' + ' -> '.join(map(repr, self)) + ')'
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), list(ll), sum(ll))
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError('pop from empty stack')
        return self._items.pop()
    def __len__(self):
        return len(self._items)
s = Stack().push(1).push(2).push(3)
print(s.pop(), len(s))
class Config:
    DEFAULTS = {'debug': False}
    names = [n.upper() for n in ['a', 'b']]
    total = sum(range(5))
print(Config.DEFAULTS, Config.names, Config.total)
obj = Config()
print(obj.__class__.__name__, obj.__class__ is Config)
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, list(kids)
    def depth(self):
        return 1 + max((k.depth() for k in self.kids), default=0)
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(t.depth(), list(t.walk()))
def method_outside(self):
    return 'attached ' + str(self.v)
Tree.describe = method_outside
print(t.describe())
class A:
    pass
a1 = A()
a2 = A()
a1.x = 1
print(hasattr(a2, 'x'), a1.__dict__ if hasattr(a1, '__dict__') else {'x': 1})
