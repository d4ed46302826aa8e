# io.StringIO/BytesIO: many appends, overwrite in the middle, seek past the end, read, readline, truncate
import io
s = io.StringIO()
for i in range(20000): s.write('x' * 80)
print(len(s.getvalue()))
b = io.StringIO('hello world')
b.write('HE'); print(b.getvalue(), b.tell())
b.seek(0, 2); b.write('!'); b.write('?'); print(b.getvalue())
b.seek(20); b.write('z'); print(repr(b.getvalue()))
b.seek(0); print(b.read(5), b.readline(), b.truncate(3), repr(b.getvalue()))
x = io.BytesIO(); x.write(b'ab'); x.write(b'cd'); x.seek(1); print(x.read(2), bytes(x.getbuffer()))
w = io.StringIO(); print([w.write(p) for p in ('a', '', 'bc')], w.getvalue(), w.tell(), w.seek(0, 2))
