# pprint: long str and bytes split into adjacent literals, recursion markers, saferepr/isreadable/isrecursive
import pprint
text = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint([text, 'short', text[:50]], width=40)
pprint.pprint({'key': text, 'other': 'line one\nline two\n' * 3}, width=50)
pprint.pprint('no_spaces_at_all_' * 8, width=40)
pprint.pprint('multi\nline\ntext that is rather long and should be split at some point\n', width=25)
pprint.pprint(('a' * 30 + ' ') * 3, width=20)
pprint.pprint(bytes(range(40)), width=30)
pprint.pprint([bytes(range(40)), b'abc'], width=30)
pprint.pprint(bytearray(b'hello world, this is bytearray data' * 2), width=40)
pprint.pprint({'b': b'x' * 100}, width=40)
pprint.pprint('')
pprint.pprint(b'')
a = [1, 2]
a.append(a)
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.saferepr(a).startswith('[1, 2, <Recursion on list with id='))
s = pprint.pformat(a)
print(s.startswith('[1, 2, <Recursion on list with id='))
d = {'x': 1}
d['self'] = d
print(pprint.isrecursive(d), pprint.isreadable(d))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object]), pprint.isrecursive([[1], [1]]))
print(pprint.saferepr({'b': 1, 'a': [3, 2, (1,)]}))
print(pprint.saferepr(list(range(30))))
shared = [1, 2]
pprint.pprint([shared, shared, {'s': shared}])
p = pprint.PrettyPrinter()
print(p.isreadable({'a': 1}), p.isrecursive(a), p.isreadable(a))
print(pprint.pformat([[[[[1]]]]], depth=3), pprint.saferepr([[[[1]]]]))
import io
buf = io.StringIO()
pprint.pprint({'z': 1, 'a': 2}, stream=buf)
pprint.PrettyPrinter(stream=buf, width=10).pprint(list(range(5)))
print(repr(buf.getvalue()))
