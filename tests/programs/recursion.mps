# recursion: Towers of Hanoi, permutations, subsets, n-queens 6, flood fill, Ackermann, memoized partitions
import sys

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5], moves[-1])

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out

ps = permutations([1, 2, 3, 4])
print(len(ps), ps[:3], ps[-1])
print(["".join(p) for p in permutations(list("abc"))])

def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + s for s in rest]

print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def queens(n):
    solutions = []
    cols = [0] * n
    def place(row, used, d1, d2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used or (row + c) in d1 or (row - c) in d2:
                continue
            cols[row] = c
            place(row + 1, used | {c}, d1 | {row + c}, d2 | {row - c})
    place(0, frozenset(), frozenset(), frozenset())
    return solutions

sols = queens(6)
print(len(sols), sols)
for r in sols[0]:
    print(" ".join("Q" if c == r else "." for c in range(6)))
print([len(queens(n)) for n in range(1, 8)])

grid = [list(row) for row in ["..##....", ".#..#...", ".#...#..", "..###...", "........"]]
def fill(r, c):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = "~"
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
print("filled", fill(2, 3))
print("\n".join("".join(row) for row in grid))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))

memo = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    if (n, k) not in memo:
        memo[(n, k)] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[(n, k)]
print([partitions(n, n) for n in range(1, 15)], partitions(100, 100))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
try:
    depth(10 ** 6)
except RecursionError as e:
    print("RecursionError caught:", type(e).__name__)
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]], 6], [[7]]]))
