# difflib.Differ / ndiff with '?' hint lines, restore, IS_*_JUNK
import difflib

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
print(''.join(result), end='')
print('---')
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print('---')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    difflib.restore(diff, 3).__next__()
except ValueError as e:
    print('ValueError:', e)
print('---')
# tabs in the changed lines are kept in the hint line
print(''.join(difflib.ndiff(['\tabc def\n'], ['\tabd def\n'])), end='')
print(''.join(difflib.ndiff(['abcdefg\n', 'same\n'], ['abXdefg\n', 'same\n', 'new\n'])), end='')
# nothing similar: the shorter block comes first
print(''.join(difflib.ndiff(['aaa\n', 'bbb\n'], ['zzz\n'])), end='')
print(''.join(difflib.ndiff(['aaa\n'], ['xxx\n', 'yyy\n'])), end='')
# an identical line inside a replaced block synchronises the two sides
print(''.join(difflib.ndiff(['q1\n', 'same\n', 'q2\n'], ['w1\n', 'w2\n', 'same\n'])), end='')
print(list(difflib.ndiff(['a', 'b'], ['a', 'c'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))
d = difflib.Differ(linejunk=difflib.IS_LINE_JUNK)
print(''.join(d.compare(['a\n', '\n', 'b\n'], ['a\n', 'b\n', '\n'])), end='')
