# shlex: split (posix and not, comments), quote, join, the shlex class (get_token, whitespace_split, punctuation_chars, push_token)
import shlex

cases = [
    'a b c',
    '  leading   and trailing  ',
    'one "two three" four',
    "its 'single quoted' \"double \\\"escaped\\\" quote\"",
    'back\\ slash a\\b "in\\\\side" \'lit\\eral\'',
    'cmd --opt=val -x "" \'\' end',
    'mixed"quo"ted\'parts\'',
    'a#b # comment here',
    'unicode é ñ ßtoken',
    'tabs\tand\nnewlines',
    'a\\\nb',
    '"\\$HOME" "\\a"',
    '',
]


def try_split(*args, **kwargs):
    try:
        return shlex.split(*args, **kwargs)
    except ValueError as e:
        return 'ValueError: %s' % e


for s in cases:
    print(repr(s))
    print('  posix:    ', try_split(s))
    print('  comments: ', try_split(s, comments=True))
    print('  nonposix: ', try_split(s, posix=False))

for bad in ['"unterminated', "it's", 'trailing\\']:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)

for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'semi;colon', 'x=1,y=2:z/path.txt', 'tab\there', 'é', '-flag', '@%+=:,./-']:
    print(repr(s), '->', shlex.quote(s))
args = ['echo', 'hello world', "it's", '', 'a&b']
j = shlex.join(args)
print(j)
print(shlex.split(j) == args)

# the shlex class: default (non-posix) tokenizing
lex = shlex.shlex('foo = bar; baz("x y", 12) # tail\nnext.line')
print(list(lex))
lex = shlex.shlex('foo = bar; baz("x y", 12) # tail\nnext.line', posix=True)
toks = []
while True:
    t = lex.get_token()
    if t is None:
        break
    toks.append((t, lex.lineno))
print(toks)
lex = shlex.shlex('a b c')
print(lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))
print(lex.error_leader('file.txt', 3), repr(lex.eof), shlex.shlex('x', posix=True).eof)

# whitespace_split and custom sets
lex = shlex.shlex('a-b c.d e/f', posix=True)
print(list(lex))
lex = shlex.shlex('a-b c.d e/f', posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a,b;c d', posix=True)
lex.whitespace = ',; '
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('x // comment\ny', posix=True)
lex.commenters = '/'
print(list(lex))

# punctuation_chars
for pc in [True, '|', '();']:
    lex = shlex.shlex('a && b || c; (d|e) >> f.txt 2>&1 ~/x', posix=True, punctuation_chars=pc)
    print(repr(lex.punctuation_chars), list(lex))
lex = shlex.shlex('ls|grep -v x>out', punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
