# hashlib: digests of every algorithm, incremental update, copy, new() by name, errors
print(hashlib.sha256(b'abc').hexdigest())
h = hashlib.md5()
h.update(b'hello ')
print(h.hexdigest())
h.update(b'world')
c = h.copy()
c.update(b'!')
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size)
for n in sorted(hashlib.algorithms_guaranteed & {'md5','sha1','sha224','sha256','sha384','sha512','sha3_224','sha3_256','sha3_384','sha3_512'}):
    x = hashlib.new(n, b'The quick brown fox')
    print(n, x.digest_size, x.block_size, x.hexdigest())
print(hashlib.new('SHA256', bytearray(b'x')).hexdigest())
for bad in ("hashlib.sha1('text')", "hashlib.new('nope')", "hashlib.md5(5)", "hashlib.new(5)"):
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(hashlib.sha1()).split(' object')[0])
# digest() leaves the state usable, and a long input in pieces equals one piece
h = hashlib.sha256()
data = bytes(range(256)) * 1000
for i in range(0, len(data), 4096):
    h.update(data[i:i + 4096])
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.digest() == h.digest())
print(hashlib.sha1().hexdigest(), len(hashlib.sha512().digest()))
import io
print(hashlib.file_digest(io.BytesIO(b'abc' * 100000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
