# larger comprehension workloads: sieve, word frequency, flattening, transposition, cartesian filters
N = 100
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
for i in range(2, int(N ** 0.5) + 1):
    if sieve[i]:
        sieve[i * i::i] = [False] * len(sieve[i * i::i])
print([i for i, p in enumerate(sieve) if p])
text = 'it was the best of times it was the worst of times'
freq = {w: text.split().count(w) for w in text.split()}
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
deep = [[1, [2]], [[3, 4]], [5]]
print([z for y in deep for x in y for z in (x if isinstance(x, list) else [x])])
rows = [(1, 'a', True), (2, 'b', False), (3, 'c', True)]
print([list(col) for col in zip(*rows)])
print([(a, b) for a in 'xy' for b in 'xy' if a <= b])
squares = {n: n * n for n in range(10) if n % 3 == 0}
print(squares, [k for k, v in squares.items() if v > 10])
print(sum(sum(row) for row in [[1, 2], [3], []]))
scores = {'ann': [90, 80], 'bob': [70, 75, 80], 'cid': []}
avg = {k: (sum(v) / len(v) if v else None) for k, v in scores.items()}
print(avg)
print(''.join(chr(ord(c) + 1) if c.isalpha() else c for c in 'HAL 9000'))
print([i * j for i in range(1, 4) for j in range(1, 4) if (i * j) % 2 == 0])
