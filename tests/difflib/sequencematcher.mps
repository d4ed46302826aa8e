# difflib.SequenceMatcher: blocks, opcodes, groups, ratios, junk, autojunk
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(0, 5, 0, 4))
print(s.find_longest_match())

s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%r) b[%d:%d] (%r)' % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
print(sorted(s.bjunk))

s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))

a = list(range(1, 40))
b = a[:]
b[8] = 'x'
b[30:32] = []
s = difflib.SequenceMatcher(None, a, b)
for group in s.get_grouped_opcodes(2):
    print(group)
print(list(difflib.SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()))
print(difflib.SequenceMatcher(None, '', '').ratio())

# autojunk: an element of more than 1% of a b of 200+ elements is popular
b = 'a' * 150 + 'xyz' + 'a' * 60
s = difflib.SequenceMatcher(None, 'xyzaaaa', b)
print(sorted(s.bpopular), s.get_matching_blocks())
s = difflib.SequenceMatcher(None, 'xyzaaaa', b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks())

s = difflib.SequenceMatcher()
s.set_seq2('abcd')
for w in ['abce', 'xbcd', 'dcba', 'abcd']:
    s.set_seq1(w)
    print(w, s.ratio())
s.set_seqs('hello', 'world')
print(s.get_opcodes())
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'with', 'else', 'when', 'whele']))
print(difflib.get_close_matches('apple', ['apple', 'ape', 'applet'], n=1))
print(difflib.get_close_matches('xyz', ['abc'], cutoff=0.0))
for n, cutoff in [(0, 0.5), (3, 1.5)]:
    try:
        difflib.get_close_matches('a', ['a'], n, cutoff)
    except ValueError as e:
        print('ValueError:', e)
