b = bytearray(b"hello")
b[1:3] = b"EL"
print(b)
b[1:2] = b"XYZ"
print(b)
b[::2] = [65, 66, 67, 68]
print(b)
del b[0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
b[0:0] = [1, 2]
print(b)
b[len(b):] = bytearray(b"!!")
print(b, len(b))
def s1(): b[0:1] = 5
def s2(): b[0:1] = "s"
def s3(): b[0:1] = [300]
def s4(): b[0:1] = ["x"]
def s5(): b[::2] = b"a"
def s6(): del b[99]
def s7(): del b["x"]
for bad in (s1, s2, s3, s4, s5, s6, s7, lambda: b.remove(200), lambda: b.insert(0, 256)):
    try:
        bad()
        print('no error', b)
    except Exception as e:
        print(type(e).__name__, e)
c = bytearray(b"abc")
c.insert(0, 120)
c.insert(-1, 121)
c.insert(99, 122)
c.insert(-99, 119)
print(c)
c.remove(ord('a'))
c.reverse()
print(c, c == bytearray(b'zcyxbw'[::-1][::-1]))
d = {}
e = bytearray(b'xy')
e[0:1] = b''
print(e, bytes(e), e.hex())
