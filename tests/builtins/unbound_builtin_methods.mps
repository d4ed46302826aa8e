# Methods of built-in classes called through the class check the type of
# their first argument (these used to reach C code with the wrong object).
tries = [
    lambda: sorted(['b', 1], key=str.lower),
    lambda: list(map(str.strip, ['a ', None])),
    lambda: str.upper(5),
    lambda: str.format(5),
    lambda: bytes.decode('abc'),
    lambda: list.pop('ab'),
    lambda: set.add([], 1),
    lambda: dict.items('x'),
    lambda: list.append((), 1),
    lambda: str.upper(),
]
for f in tries:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
print(str.upper('a'), list(map(str.strip, [' a ', 'b '])), sorted(['B', 'a'], key=str.lower))
print(dict.fromkeys([1, 2]), int.from_bytes(b'\x01\x00', 'big'), bytes.fromhex('41'))


class S(str):
    pass


print(str.upper(S('sub')), int.__add__(True, 1), list.__len__([1, 2]))
