# binascii: base64 (strict and lenient), hexlify with sep, crc32/crc_hqx, errors
import binascii as b
def t(f, *a, **k):
  try: print(f.__name__, a, k, f(*a, **k))
  except Exception as e: print(f.__name__, a, k, type(e).__name__, e)
for s in [b"YWJj", b"YWJjZA==", b"YWJjZA=", b"YWJjZA", b"YWJjZ", b"Y", b"YW=Jj", b"=YWJj", b"YWJjZA===", b"YW Jj\n", b"YWJjZA==YWJj", b"YQ==YQ==", b"Y=Q==", b"YWJ=jZA==", "YWJj", "YWJ\xe9", b"", b"====", b"a===", b"ab=c=", b"abc=d", b"YWJj=", b"YWJj=="]:
  t(b.a2b_base64, s); t(b.a2b_base64, s, strict_mode=True)
t(b.a2b_base64, 5); t(b.b2a_base64, "abc"); t(b.b2a_base64, b"abcd"); t(b.b2a_base64, b"abcd", newline=False); t(b.b2a_base64, bytearray(b"ab"))
for n in range(8): t(b.b2a_base64, bytes(range(250, 250-n, -1)))
t(b.hexlify, b"\x01\x02\x03\x04\x05", "-"); t(b.hexlify, b"\x01\x02\x03\x04\x05", b":", 2); t(b.hexlify, b"\x01\x02\x03\x04\x05", ":", -2)
t(b.hexlify, b"\x01\x02", "::"); t(b.hexlify, "ab"); t(b.hexlify, b"\x01\x02\x03", ":", 0); t(b.hexlify, b"", ":")
t(b.unhexlify, "abc"); t(b.unhexlify, "zz"); t(b.unhexlify, b"ABcd"); t(b.unhexlify, "ab\xe9c"); t(b.unhexlify, 3); t(b.unhexlify, "a b ")
t(b.crc32, b"hello"); t(b.crc32, b"hello", 12345); t(b.crc32, b""); t(b.crc32, "abc"); t(b.crc_hqx, b"hello", 0); t(b.crc_hqx, b"hello", 0xffff); t(b.crc32, b"x", -1); t(b.crc32, b"x", 2**40)
print(b.crc32(b"world", b.crc32(b"hello ")) == b.crc32(b"hello world"))
print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__)
t(b.b2a_hex, b"ab"); t(b.a2b_hex, b"6162")
data = bytes(range(256)) * 2
print(b.a2b_base64(b.b2a_base64(data)) == data, b.unhexlify(b.hexlify(data)) == data)
