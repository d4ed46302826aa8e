# lists as stacks and queues, aliasing, copies, nested mutation, iteration while building
stack = []
for c in 'abc':
    stack.append(c)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue)
outer = [[1], [2]]
shallow = outer.copy()
shallow[0].append(99)
shallow[1] = ['new']
print(outer, shallow)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[::-1] for row in grid])
print([list(col) for col in zip(*grid)])
flat = [x for row in grid for x in row]
print(flat, flat[::-1][:4])
result = []
for i in range(5):
    result.insert(0, i)
print(result)
counts = [0] * 5
for x in [1, 3, 3, 4, 1, 1]:
    counts[x] += 1
print(counts, counts.index(max(counts)))
big = list(range(1000))
print(len(big), sum(big), big[-1], big[500:503])
big2 = [i * 2 for i in big if i % 100 == 0]
print(big2)
while big:
    big.pop()
print(big)
lst = [1, 2, 3, 4, 5, 6]
evens = [x for x in lst if x % 2 == 0]
lst[:] = [x for x in lst if x % 2]
print(lst, evens)
a = b = [1]
b.append(2)
print(a is b, a)
print(list(map(list, ['ab', 'cd'])))
