# chr, ord, hex, oct, bin, and their errors and round trips
print(chr(65), chr(97), chr(48), chr(32) == ' ', chr(10) == '\n', chr(233), chr(0x4e2d), chr(0x1F600) == '😀')
print(ord('A'), ord('a'), ord(' '), ord('\n'), ord('é'), ord('中'), ord('😀'))
print(''.join(chr(ord(c) + 1) for c in 'HAL'), [ord(c) - ord('a') for c in 'abc'])
print(hex(0), hex(255), hex(-42), hex(2 ** 40), oct(0), oct(8), oct(-8), bin(0), bin(10), bin(-10))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(hex(ord('z')), bin(ord('A')), chr(int('41', 16)))
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    chr('a')
except TypeError as e:
    print('TypeError:', e)
print(ord(b'a'), ord(chr(1000)) == 1000)
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in 'hello, xyz')
print(caesar)
