# os.pipe, os.write, os.read, os.close in a single process
import os
r, w = os.pipe()
print(type(r).__name__, r != w)
n = os.write(w, b'hello pipe')
print('wrote', n)
data = os.read(r, 5)
print(data, os.read(r, 100))
os.write(w, 'é'.encode())
print(os.read(r, 10).decode())
os.close(w)
print(os.read(r, 10))
os.close(r)
try:
    os.close(r)
except OSError as e:
    print('OSError', e.errno)
