# re edge cases: a tokenizer loop with match(text, pos), lookahead-led patterns, X{0}, \B in empty strings, re.A|re.I folding, deep backtracking, \s and \w in Unicode, Pattern[str]
import re

TOKEN = re.compile(r'\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>[^\W\d]\w*)|(?P<op>\*\*|[-+*/()=]))')
text = 'x1 = (ab + 2.5) ** größe - 7 / y'
pos, toks = 0, []
while pos < len(text):
    m = TOKEN.match(text, pos)
    if not m:
        break
    toks.append((m.lastgroup, m.group(m.lastgroup), m.start(m.lastgroup)))
    pos = m.end()
print(toks)
big = 'foo = bar + 12 * baz ' * 3000
pos = n = 0
while pos < len(big):
    m = TOKEN.match(big, pos)
    if not m:
        break
    pos = m.end()
    n += 1
print(n, pos)

print(re.search(r'(?=a)x*?a', 'ba'), re.findall(r'(?=a)\s*?(?i:A)', 'b a\na'), re.search(r'\b(?=\w)\w*?z', 'a xz'))
print(re.findall(r'(?:x|^){0}\d*', 'a1', re.M), re.search(r'(a){0}b', 'ab').groups())
print(re.search(r'\B', ''), re.search(r'(?a:\B)', ''), re.findall(r'\B', 'ab'), re.compile(r'\B').search('xy', 1, 1))
print(re.findall('(?ai)k', 'kK\u212a'), re.findall('(?i)k', 'kK\u212a'), re.findall('(?ai)[a-z]+', 'Straße ſ'))
print(re.findall('(?ai)é', 'éÉ'), re.findall('(?i)é', 'éÉ'), re.findall('(?ai)[^x]', 'xXé'), re.findall('(?a)[^\\W]', 'aé_'))
print(re.findall(r'\s', '\x1c\x1f\x85\u180e\u200b'), re.findall(r'\w', 'a\u0301\u2160_'), re.findall(r'\d', '٣\u2160'))
print(re.findall(r'(?a)\W', 'aé!'), re.findall(r'(?a)\D', '1é'), re.findall(r'(?a)\S', ' é'))

s = 'ab' * 100000
print(re.match(r'(a|b)*c', s), re.match(r'(a|b)*', s).span(), re.fullmatch(r'(?:(a)|b)*', s).span(1))
print(len(re.findall(r'(?:a|b)+?(?=b)', s[:1000])), re.search(r'(x+x+)+y', 'x' * 24))

print(re.Pattern[str], re.Match[bytes], type(re.compile('')).__name__, type(re.match('', '')).__name__)
print(re.compile(r'(?x) a # comment', re.I), re.compile('(?i)x').flags & re.I == re.I)
