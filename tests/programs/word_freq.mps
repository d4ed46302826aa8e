# word-frequency counter over an embedded text: Counter, sorting by count then word, formatting
from collections import Counter
import string

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way -- in short, the period was so
far like the present period, that some of its noisiest authorities insisted on
its being received, for good or for evil, in the superlative degree of
comparison only.
"""

def words(text):
    table = str.maketrans("", "", string.punctuation)
    for line in text.splitlines():
        for w in line.translate(table).lower().split():
            if w:
                yield w

counts = Counter(words(TEXT))
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
print("most common 8:")
for word, n in counts.most_common(8):
    print(f"  {word:<12}{n:>4} {'#' * n}")

by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    ws = sorted(by_len[length])
    print(f"{length:2d}: {', '.join(ws[:6])}{' ...' if len(ws) > 6 else ''}")

singles = sorted(w for w, n in counts.items() if n == 1)
print("hapax legomena:", len(singles), singles[:10])

letters = Counter(c for c in TEXT.lower() if c.isalpha())
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", top)
print("vowel share: {:.2%}".format(sum(letters[v] for v in "aeiou") / sum(letters.values())))

a = Counter("abracadabra")
b = Counter("alakazam")
print(a + b)
print(a - b)
print(a & b)
print(a | b)
print(sorted(a.elements()))
a.subtract("aaa")
print(a, a.total() if hasattr(a, "total") else sum(a.values()))
print(Counter({'x': 3, 'y': -1}).most_common())
longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest, counts[longest])
print("first words in order of appearance:", list(counts)[:7])
