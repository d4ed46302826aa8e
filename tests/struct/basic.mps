# struct: pack/unpack of every format char, sizes, alignment, buffers, Struct, iter_unpack
import struct
def t(f, *a):
  try: print(f, a, struct.pack(f, *a))
  except Exception as e: print(f, a, type(e).__name__, e)
t("<e", 70000.0); t("<e", 65504.0); t("<e", 65520.0); t("<e",65519.0); t("<f", 2**200); t("<d", 2**2000); t("@f", 2**200)
t("s", "ab"); t("3s", b"abcdef"); t("3s", bytearray(b"a")); t("p", b"ab"); t("3p", b"abcdef"); t("x"); t("2x", 1)
t("ii", 1); t("i", 1, 2); t("z", 1); t("3", 1); t("i i", 1, 2); t("<q",True); t("c", "a"); t("c", b"")
t("@iq"); t("3x0i"); t("!h", 1); t("?", []); t("s"); t("P", 1.0)
for f in ["@bhiq", "<bhiq", "@ci", "@c0i", "@iP", "@qc", "@5s", "@?d", "@e", "@hhl", "0s", "@3c2xh"]: print(f, struct.calcsize(f))
def u(f, b):
  try: print(f, b, struct.unpack(f, b))
  except Exception as e: print(f, b, type(e).__name__, e)
u("<i", b"abc"); u("<i", b"abcde"); u(">e", b"\x7c\x00"); u("<?", b"\x02"); u("3p", b"\x05abc"); u("s", "a")
try: struct.unpack_from("<i", b"ab", 1)
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from("<i", b"abcdef", -2)
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from("<i", b"abcdef", -20)
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from("<i", b"abcdef", 10)
except Exception as e: print(type(e).__name__, e)
ba=bytearray(6)
for args in [(ba, 4, 1), (ba, -2, 1), (ba, 10, 1), (ba, -10, 1), (b"abcdef", 0, 1), (ba, 1, 0x01020304)]:
  try: struct.pack_into("<i", *args); print(ba)
  except Exception as e: print(type(e).__name__, e)
try: list(struct.iter_unpack("<i", b"abcde"))
except Exception as e: print(type(e).__name__, e)
try: list(struct.iter_unpack("", b"abcde"))
except Exception as e: print(type(e).__name__, e)
it=struct.iter_unpack("<h", b"abcd"); print(it.__length_hint__(), type(it).__name__, list(it))
s=struct.Struct("<ih"); print(s.format, s.size, s.pack(1,2), s.unpack(b"\x01\x00\x00\x00\x02\x00"))
print(repr(struct.Struct(b"<i").format))
try: struct.Struct(5)
except Exception as e: print(type(e).__name__, e)
try: struct.pack()
except Exception as e: print(type(e).__name__, e)
try: struct.pack(1)
except Exception as e: print(type(e).__name__, e)
try: struct.calcsize("i"*5+"999999999999999999999i")
except Exception as e: print(type(e).__name__, e)
print(struct.error.__module__, struct.error.__mro__)
t("<H", 1.0); 
class I:
  def __index__(self): return 7
print(struct.pack("<H", I()), struct.pack("<e", I()), struct.pack("<d", I())); t(">q", 2**63-1); t("<Q", 2**64-1); t("<e", 1e-8); t("<e", float("nan")); t("<e", float("-inf")) 
for v in [1.0, -2.5, 0.1, 1e-5, 6.1e-5, 5.96e-8, 3e-8, 65504.0, 1/3, 2049.0, 2051.0, 0.0, -0.0]:
  b = struct.pack("<e", v); print(v, b, struct.unpack("<e", b), struct.unpack(">e", b))
for f in "bBhHiIlLqQnNP": 
  b = struct.pack("@"+f*2, 1, 100); print(f, b, struct.unpack("@"+f*2, b), struct.unpack(">"+f if f not in "nNP" else "@"+f, b[:struct.calcsize(">"+f if f not in "nNP" else "@"+f)]))
print(struct.unpack("<bhiq", struct.pack("<bhiq", -1, -2, -3, -4)), struct.unpack(">BHIQ", struct.pack(">BHIQ", 255, 65535, 2**32-1, 2**64-1)))
print(struct.unpack("<fd", struct.pack("<fd", 0.1, 0.1)), struct.unpack("@P", struct.pack("@P", -1)))
