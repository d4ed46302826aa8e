# binary search tree class: insert, delete, in-order generator, __contains__/__len__/__iter__, height, bisect compare
import bisect

class Node:
    __slots__ = ("key", "val", "left", "right")
    def __init__(self, key, val):
        self.key, self.val, self.left, self.right = key, val, None, None

class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, val):
        def ins(node):
            if node is None:
                self.size += 1
                return Node(key, val)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            else:
                node.val = val
            return node
        self.root = ins(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.size -= 1

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __len__(self):
        return self.size

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def items(self):
        return [(k, self[k]) for k in self]

    def height(self, node=0):
        node = self.root if node == 0 else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def __repr__(self):
        return "BST(" + ", ".join(f"{k}: {v!r}" for k, v in self.items()) + ")"

keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]
t = BST((k, str(k)) for k in keys)
print(t, len(t), t.height())
print(list(t), 35 in t, 36 in t, t[65])
t[35] = "thirty-five"
del t[30]
del t[50]
print(t, len(t), t.height())
try:
    del t[999]
except KeyError as e:
    print("KeyError", e)
print(sorted(keys) == sorted(list(t) + [30, 50]), max(t), min(t), sum(t))
chain = BST((i, i * i) for i in range(12))
print(chain.height(), list(chain)[-3:])
sorted_keys = []
for k in keys:
    bisect.insort(sorted_keys, k)
print(sorted_keys, bisect.bisect_left(sorted_keys, 45), bisect.bisect_right(sorted_keys, 45), bisect.bisect(sorted_keys, 10))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
