# Conway's game of life on a set of live cells, glider movement, blinker period, still-life detection
def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))

def normalize(live):
    mr = min(r for r, _ in live)
    mc = min(c for _, c in live)
    return frozenset((r - mr, c - mc) for r, c in live)

glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
g = set(glider)
for gen in range(5):
    print(f"gen {gen}:")
    print(render(g, 5, 6))
    g = step(g)
g4 = glider
for _ in range(4):
    g4 = step(g4)
print("glider shape preserved:", normalize(g4) == normalize(glider), sorted(g4))

blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker)
print(sorted(b1), step(b1) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print("block still:", step(block) == block)

def period(cells, limit=20):
    seen = {}
    cur = frozenset(cells)
    for i in range(limit):
        if cur in seen:
            return i - seen[cur]
        seen[cur] = i
        cur = frozenset(step(cur))
    return None
print("periods:", period(blinker), period(block), period(glider))
rpent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
cells = rpent
sizes = []
for i in range(30):
    cells = step(cells)
    sizes.append(len(cells))
print("r-pentomino sizes:", sizes)
print("bounding box:", min(r for r, c in cells), max(r for r, c in cells), min(c for r, c in cells), max(c for r, c in cells))
