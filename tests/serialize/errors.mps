# mps: not-python (uses the _serialize module)
from _serialize import dumps, loads

def gen():
    yield 1

def fails(x, show=False):
    try:
        dumps(x)
        print('no error')
    except TypeError as e:
        print('TypeError:', e if show else 'cannot serialize' in str(e))

fails(gen(), True)
fails([1, 2, gen()], True)
fails({'key': iter([1, 2])})
f = open('errors.mps')
fails(f)
f.close()
fails(property(lambda self: 1))

# an object whose class cannot be found by name
def local_class():
    class Hidden:
        pass
    return Hidden()
try:
    dumps(local_class())
except TypeError as e:
    print('TypeError for a local class')

# malformed input: ValueError, never a crash
def kind(data):
    try:
        loads(data)
        return 'ok'
    except Exception as e:
        return type(e).__name__

print(kind(b''), kind(b'\x00'), kind(bytes(range(256))), kind(bytes(range(255, -1, -1))))
print(kind(b'\x01'), kind(b'\x01N'), kind(b'\x01NN'), kind(b'\x01l\xff\xff\xff\xff\x0f'))
try:
    loads('not bytes')
except TypeError as e:
    print('TypeError:', e)

# every truncation of a valid blob is rejected
class P:
    def __init__(self):
        self.a = [1, 2.5, 'x' * 20, (None, True)]
        self.b = {'k': b'bytes', 'big': 2**100}
        self.me = self
blob = dumps([P(), lambda z: z + 1, ValueError('v'), {1, 2}, range(5), 'héllo'])
counts = {}
for n in range(len(blob)):
    k = kind(blob[:n])
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()) == [('ValueError', len(blob))], kind(blob))

# trailing data and flipped bytes: an error or a value, never a crash
print(kind(blob + b'\x00'))
seen = {}
for i in range(len(blob)):
    for bit in (1, 0x80):
        bad = bytearray(blob)
        bad[i] = bad[i] ^ bit
        k = kind(bytes(bad))
        seen[k] = 1
allowed = ['ValueError', 'ok', 'AttributeError', 'ModuleNotFoundError', 'ImportError']
print([k for k in seen if k not in allowed])

# deterministic pseudo-random garbage
x = 12345
counts = {}
for i in range(2000):
    out = bytearray([1])
    for j in range(i % 40):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append((x >> 16) % 256)
    k = kind(bytes(out))
    counts[k] = counts.get(k, 0) + 1
print(sum(counts.values()), 'garbage inputs', [k for k in counts if k not in allowed])

# nesting deeper than the limit: RecursionError on dumps, ValueError on loads
deep = []
for i in range(5000):
    deep = [deep]
try:
    dumps(deep)
except RecursionError:
    print('RecursionError')
print(kind(b'\x01' + b'l\x01' * 5000 + b'N'))
ok = []
for i in range(500):
    ok = [ok]
print(kind(dumps(ok)))

# a tuple inside itself with nothing mutable between is refused
print(kind(b'\x01t\x01R\x00'))
