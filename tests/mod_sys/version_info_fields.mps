import sys, time
v = sys.version_info
print(v.major, v.minor >= 8, v[:2] >= (3, 8), v >= (3, 0), v.releaselevel, type(v.serial).__name__)
print(isinstance(v, tuple), len(v), tuple(v)[:1])
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_yday, st[0], repr(st))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_mday)
print(repr(v).startswith('sys.version_info(major=3, minor='))
