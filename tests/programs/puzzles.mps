# string manipulation puzzles: palindromes, anagrams, caesar cipher, run-length encoding, word wrap
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return "".join(out)

def rle(s):
    if not s:
        return ""
    out, prev, count = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = c, 1
    out.append(f"{count}{prev}")
    return "".join(out)

def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)

def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines

for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
msg = "Hello, World! Zebra-123"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3), "|", caesar(msg, 13) == caesar(caesar(msg, 13), 26))
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle(s)
    print(repr(s), "->", repr(e), unrle(e) == s)
text = "The quick brown fox jumps over the lazy dog and keeps running far away into the night"
for line in wrap(text, 20):
    print(f"|{line:<20}|")
print("".join(reversed("stressed")), " ".join(w[::-1] for w in "hello big world".split()))
print("Mississippi".count("ss"), "Mississippi".find("ssi", 3), "Mississippi".rfind("ss"), "Mississippi".replace("ss", "SS", 1))
print("snake_case_name".title().replace("_", ""), "CamelCaseString".swapcase(), "a-b-c".split("-", 1), "a,b,,c".split(","))
print(" padded ".strip(), "xxhixx".strip("x"), "tab\tsep".expandtabs(4), "%s" % "line1\nline2".splitlines())
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, max(text.split(), key=len), sorted(set(text.lower()) - set(" "))[:5], text.istitle(), "Ab Cd".istitle())
print(ord("é"), chr(9731), "naïve café".upper(), len("naïve"), "straße".upper(), "ǅ".lower())
print(" ".join(f"{c}{i}" for i, c in enumerate("abc", 1)), "-".join(map(str, range(5))), "abc" * 3)
print("first second third".partition(" "), "a.b.c".rpartition("."), "0x1f".startswith(("0x", "0o")))
