# JSON round trip of nested data: dumps with indent/sort_keys/separators, loads, equality, errors
import json

data = {
    "name": "Widget \"Pro\"",
    "price": 19.99,
    "tags": ["tools", "hardware", "sale"],
    "stock": {"warehouse": 120, "store": 0},
    "active": True,
    "discontinued": False,
    "notes": None,
    "dims": [1.5, 2, 3.25],
    "unicode": "caf\u00e9 \u2603",
    "nested": [{"a": [1, [2, [3, []]]]}, {}],
}

text = json.dumps(data)
print(text)
back = json.loads(text)
print(back == data, type(back["dims"][1]).__name__, type(back["price"]).__name__)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data["stock"], separators=(",", ":")))
print(json.dumps("caf\u00e9", ensure_ascii=False), json.dumps("caf\u00e9"))
print(json.dumps([1, 2.0, -0.5, 1e20, 10 ** 20, True, None]))
print(json.loads('{"x": [1, 2, {"y": null}], "z": "\\u0041\\n"}'))
print(json.loads("  [ ]  "), json.loads("3.5e2"), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "nul", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error:", repr(bad), "->", type(e).__name__, isinstance(e, ValueError))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

s = json.dumps({"pts": [Point(1, 2), Point(3, 4)]}, default=encode)
print(s)
pts = json.loads(s, object_hook=decode)["pts"]
print([(p.x, p.y) for p in pts])
records = [{"id": i, "sq": i * i, "even": i % 2 == 0} for i in range(4)]
lines = "\n".join(json.dumps(r) for r in records)
print(lines)
print(sum(json.loads(l)["sq"] for l in lines.splitlines()))
