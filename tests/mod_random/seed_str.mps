# random.seed of str, bytes and bytearray gives CPython's sequences
import random

for seed in ('hello', b'hello', bytearray(b'\x00\xff'), '', 'snow ☃', b'\x00' * 40):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 10 ** 6), random.choice('abcdef'))
r = random.Random('abc')
print(r.random(), r.getrandbits(40))
