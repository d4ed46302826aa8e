# struct: the range and type errors of every integer/float code in each byte order
import struct
for o in "@<>=!":
    for c in "bBhHiIlLqQnNP?cefd":
        if o != "@" and c in "nNP":
            continue
        for v in [2**70, -2**70, 2**64, 2**63, -2**63 - 1, 300, -1, 70000, 2**33, 1.5, "a", b"ab", None, 1e300, 2**200]:
            try:
                r = struct.pack(o + c, v)
                print(o + c, repr(v)[:12], r)
            except Exception as e:
                print(o + c, repr(v)[:12], type(e).__name__, e)
