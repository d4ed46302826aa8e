# loops interacting with return, nested break in try, continue inside finally-free try, flags
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
    return (-1, -1)
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))
def count_until(limit):
    n = 0
    while True:
        n += 1
        try:
            if n == limit:
                break
            if n % 2:
                continue
        except Exception:
            pass
    return n
print(count_until(5))
def labels():
    out = []
    for i in range(3):
        for j in range(3):
            if (i + j) % 2:
                continue
            out.append(f'{i}{j}')
    return out
print(labels())
found = False
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = True
            break
    if found:
        break
print(found, i, j)
def gen_loop():
    results = []
    for i in range(5):
        if i == 3:
            results.append('three')
            continue
        results.append(i)
    else:
        results.append('done')
    return results
print(gen_loop())
