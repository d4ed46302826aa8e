# generator pipeline over a log file written with open(): parse, filter, group, aggregate; files cleaned up
import os

LOG = "log_pipeline_tmp.log"
lines = [
    "2024-01-01 10:00:01 INFO  web   request /index 200 12ms",
    "2024-01-01 10:00:02 WARN  web   request /login 401 30ms",
    "2024-01-01 10:00:02 INFO  db    query users 5ms",
    "2024-01-01 10:00:03 ERROR web   request /api/items 500 250ms",
    "# comment line",
    "",
    "2024-01-01 10:00:04 INFO  web   request /index 200 8ms",
    "2024-01-01 10:00:05 ERROR db    query orders 1200ms",
    "2024-01-01 10:00:06 INFO  web   request /api/items 200 40ms",
    "garbage without fields",
    "2024-01-01 10:00:07 WARN  cache miss key=42 1ms",
]
with open(LOG, "w") as f:
    for l in lines:
        f.write(l + "\n")

def read_lines(path):
    with open(path) as f:
        for n, line in enumerate(f, 1):
            yield n, line.rstrip("\n")

def skip_noise(pairs):
    for n, line in pairs:
        if line and not line.startswith("#"):
            yield n, line

def parse(pairs):
    for n, line in pairs:
        parts = line.split()
        if len(parts) < 5:
            print(f"line {n}: cannot parse {line!r}")
            continue
        date, time, level, comp, *rest = parts
        ms = int(rest[-1][:-2]) if rest[-1].endswith("ms") else None
        yield {"n": n, "time": time, "level": level, "comp": comp, "msg": " ".join(rest[:-1]), "ms": ms}

def where(records, **conds):
    for r in records:
        if all(r[k] == v for k, v in conds.items()):
            yield r

records = list(parse(skip_noise(read_lines(LOG))))
print(len(records), "records")
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()))
for r in where(records, level="ERROR"):
    print("ERROR at", r["time"], r["comp"], r["msg"], r["ms"])
slow = (r for r in records if r["ms"] and r["ms"] > 25)
print("slow:", [(r["n"], r["ms"]) for r in slow])
web = [r["ms"] for r in where(records, comp="web")]
print("web avg ms: %.2f max %d" % (sum(web) / len(web), max(web)))
paths = {}
for r in where(records, comp="web"):
    path = r["msg"].split()[1]
    paths.setdefault(path, []).append(r["ms"])
for p in sorted(paths):
    print(f"{p:<12} hits={len(paths[p])} total={sum(paths[p])}ms")
with open(LOG) as f:
    print("first line:", f.readline().strip()[:19], "| rest:", len(f.readlines()))
with open(LOG, "a") as f:
    print("2024-01-01 10:00:09 INFO  web   request /bye 200 3ms", file=f)
with open(LOG) as f:
    data = f.read()
print(data.count("\n"), data.splitlines()[-1][-8:])
gen = (x * x for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))
os.remove(LOG)
print(os.path.exists(LOG))
