# words.mps — strings, dicts, sorting, comprehensions and exceptions.

TEXT = """
the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs
"""

counts = {}
for word in TEXT.split():
    counts[word] = counts.get(word, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("most common:")
for word, n in top:
    print(f"  {word:<6} {'#' * n} {n}")

lengths = {len(w) for w in counts}
print("word lengths:", sorted(lengths))
print("capitalised:", " ".join(w.capitalize() for w in TEXT.split()[:4]))

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        print("not a number:", e)
        return None
    finally:
        pass

print([parse(s) for s in ["12", "x7", "-3"]])
