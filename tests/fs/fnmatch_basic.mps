# fnmatch: translate() text as CPython, fnmatch/fnmatchcase/filter
import fnmatch
for p in ['*.txt','a*b*c','a*b*c*','[!a-c]x?','[]]','[!]','[a-','***','a**b','[z-a]x','[a-c-e]','[[]','\\','[^a]','[a&&b]','[a~~b]','[a||b]','[a--b]', '*a*', '?*?', '[!z-a]', '[a-]', '[-a]', '[!-a]', 'x[a-c-]', '[b-a-c]']:
    print(repr(p), repr(fnmatch.translate(p)))
print(fnmatch.fnmatch('foo.txt', '*.txt'), fnmatch.fnmatch('foo.TXT', '*.txt'), fnmatch.fnmatchcase('a\nb', 'a?b'))
print(fnmatch.filter(['a.py', 'b.c', '.x.py', 'c.py\n'], '*.py'))
print(fnmatch.fnmatch('abcabcabcx', 'a*b*c*x'), fnmatch.fnmatch('[', '['), fnmatch.fnmatch('b', '[z-a]'))
print(fnmatch.fnmatchcase(b'ab.c', b'*.c'))
