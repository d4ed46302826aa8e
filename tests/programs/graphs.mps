# graph algorithms over dict adjacency lists: BFS shortest path, DFS, topological sort, Dijkstra with heapq, components
import heapq
from collections import deque

edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3),
         ("e", "d", 4), ("d", "f", 11), ("g", "h", 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))

def bfs_path(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        node = q.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt, _ in sorted(graph[node]):
            if nxt not in prev:
                prev[nxt] = node
                q.append(nxt)
    return None

def dfs(start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for nxt, _ in sorted(graph[start]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def dijkstra(src):
    dist = {src: 0}
    heap = [(0, src)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist

def components():
    seen, comps = set(), []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs(node, [])
            seen.update(comp)
            comps.append(sorted(comp))
    return comps

print(bfs_path("a", "f"), bfs_path("a", "h"))
print(dfs("a"))
print(sorted(dijkstra("a").items()))
print(components())

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def topo(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg[k] += 1
    users = {k: [] for k in deps}
    for k, vs in deps.items():
        for v in vs:
            users[v].append(k)
    ready = sorted(k for k, d in indeg.items() if d == 0)
    order = []
    while ready:
        k = ready.pop(0)
        order.append(k)
        for u in sorted(users[k]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(deps):
        raise ValueError("cycle detected")
    return order
print(topo(deps))
deps["core"] = ["tests"]
try:
    topo(deps)
except ValueError as e:
    print("error:", e)
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
def maze():
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    q, dist = deque([start]), {start: 0}
    while q:
        r, c = q.popleft()
        if grid[r][c] == "E":
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1
print("maze steps:", maze())
