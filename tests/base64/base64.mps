# base64: b64/urlsafe/b32/b32hex/b16/b85/a85 round trips, options and errors
import base64, binascii
def t(f, *a, **k):
  try: print(f.__name__, a, k, f(*a, **k))
  except Exception as e: print(f.__name__, a, k, type(e).__name__, e)
for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)), b"\xfb\xff\xfe", b"\x00\x00\x00\x00\x00", b"    abc", b"\x00"*9]:
  for enc in [base64.b64encode, base64.urlsafe_b64encode, base64.standard_b64encode, base64.b32encode, base64.b32hexencode, base64.b16encode, base64.b85encode, base64.a85encode, base64.encodebytes]:
    e = enc(d); print(enc.__name__, d, e)
  print(base64.b85encode(d, pad=True), base64.a85encode(d, pad=True), base64.a85encode(d, foldspaces=True), base64.a85encode(d, adobe=True))
  assert base64.b64decode(base64.b64encode(d)) == d and base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
  assert base64.b32decode(base64.b32encode(d)) == d and base64.b32hexdecode(base64.b32hexencode(d)) == d
  assert base64.b16decode(base64.b16encode(d)) == d and base64.b85decode(base64.b85encode(d)) == d
  assert base64.a85decode(base64.a85encode(d)) == d and base64.a85decode(base64.a85encode(d, adobe=True), adobe=True) == d
  assert base64.a85decode(base64.a85encode(d, foldspaces=True), foldspaces=True) == d and base64.decodebytes(base64.encodebytes(d)) == d
t(base64.b64encode, b"\xfb\xff", altchars=b"-_"); t(base64.b64decode, b"-_8=", altchars=b"-_"); t(base64.b64decode, "YWJj"); t(base64.b64decode, "YW\xe9"); t(base64.b64decode, 5)
t(base64.b64decode, b"YW Jj"); t(base64.b64decode, b"YW Jj", validate=True); t(base64.b64decode, b"YWJ"); t(base64.b64encode, "abc")
t(base64.b32decode, b"MZXW6==="); t(base64.b32decode, b"mzxw6===", casefold=True); t(base64.b32decode, b"mzxw6==="); t(base64.b32decode, b"MZXW6=="); t(base64.b32decode, b"MZXW6=A="); t(base64.b32decode, b"MZ======"); t(base64.b32decode, b"M======="); t(base64.b32decode, b"MZXW====")
t(base64.b32decode, b"ME1W6===", map01=b"L"); t(base64.b32encode, "x")
t(base64.b16decode, b"6162"); t(base64.b16decode, b"6e6f"); t(base64.b16decode, b"6e6f", casefold=True); t(base64.b16decode, b"616"); 
t(base64.b85decode, b"VPa!sWo~"); t(base64.b85decode, b"VPa!s\"o"); t(base64.b85decode, b"~~~~~"); t(base64.a85decode, b"<~@:E_~>", adobe=True); t(base64.a85decode, b"@:E_x"); t(base64.a85decode, b"@z:E_"); t(base64.a85decode, b"@:E_", adobe=True); t(base64.a85decode, b"s8W-\"")
t(base64.encodebytes, "abc"); t(base64.decodebytes, "abc")
print(base64.encodebytes(bytes(range(120))))
print(base64.a85encode(bytes(range(40)), wrapcol=10), base64.a85encode(bytes(range(40)), wrapcol=10, adobe=True))
