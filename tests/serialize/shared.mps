# mps: not-python (uses the _serialize module; expected output checked with a pickle shim)
from _serialize import dumps, loads

# shared references keep their identity structure
a = [1, 2]
x = [a, a, (a,)]
y = loads(dumps(x))
print(y, y[0] is y[1], y[2][0] is y[0])
y[0].append(3)
print(y)

# a list that contains itself
l = []
l.append(l)
m = loads(dumps(l))
print(len(m), m[0] is m)

# a dict that contains itself, and a longer cycle
d = {'name': 'd'}
d['self'] = d
e = loads(dumps(d))
print(e['self'] is e, e['name'])
p = []
q = [p]
p.append(q)
r = loads(dumps([p, q]))
print(r[0][0] is r[1], r[1][0] is r[0])

# a tuple reached again through a list inside it
lst = []
tup = (lst, 1)
lst.append(tup)
t2 = loads(dumps(tup))
print(t2[0][0] is t2, t2[1])

# shared strings and floats
s = 'shared string'
f = 2.5
z = loads(dumps([s, s, f, f]))
print(z[0] is z[1], z)

# objects that share state
class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []

n1 = Node('a')
n2 = Node('b')
n1.edges.append(n2)
n2.edges.append(n1)
n1.edges.append(n1)
g = loads(dumps([n1, n2]))
print(g[0].name, g[1].name, g[0].edges[0] is g[1], g[1].edges[0] is g[0], g[0].edges[1] is g[0])

# sets of shared tuples
k = (1, 2)
ss = loads(dumps([{k}, k]))
print(ss)
