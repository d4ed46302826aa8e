# gc: collect() reclaims cycles, enable/disable/isenabled
import gc

class Node:
    def __init__(self):
        self.other = None

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
for i in range(1000):
    a, b = Node(), Node()
    a.other, b.other = b, a
print(isinstance(gc.collect(), int))
data = [Node() for _ in range(10)]
gc.collect()
print(len(data), all(d.other is None for d in data))
