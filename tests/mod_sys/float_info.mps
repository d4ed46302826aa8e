# sys.float_info: a struct sequence with CPython's fields, values and repr
import sys
fi = sys.float_info
print(fi)
print(repr(fi))
print(type(fi).__name__, isinstance(fi, tuple), len(fi))
print(fi.max, fi.max_exp, fi.max_10_exp, fi.min, fi.min_exp, fi.min_10_exp)
print(fi.dig, fi.mant_dig, fi.epsilon, fi.radix, fi.rounds)
print(fi[0], fi[-1], fi[1:3], fi[8] == fi.epsilon, tuple(fi) == fi)
print(fi.max == (2 - 2 ** -52) * 2.0 ** 1023, fi.min == 2.0 ** -1022, fi.epsilon == 2.0 ** -52)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2, fi.min / 2 ** 52, fi.min / 2 ** 53)
print(float(10 ** fi.max_10_exp) < fi.max, 2.0 ** (fi.max_exp - 1) < fi.max)
a, b, *rest = fi
print(a, b, len(rest), rest[-1])
print(fi.max + 1 == fi.max, int(fi.max).bit_length(), fi.max.hex(), fi.min.hex(), fi.epsilon.hex())
try:
    fi[0] = 1
except TypeError:
    print('TypeError')
