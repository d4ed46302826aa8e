# string indexing and slicing: negative indices, steps, out of range slices
s = 'abcdefghij'
print(s[0], s[9], s[-1], s[-10], s[3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[2:100], repr(s[3:3]))
print(s[::3], s[9:0:-4], s[:0:-1], s[0:10:10])
for i in range(-3, 3):
    print(i, s[i], s[i:], s[:i])
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
try:
    s[-11]
except IndexError as e:
    print('IndexError:', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    s['a']
except TypeError as e:
    print('TypeError:', e)
try:
    s[1.0]
except TypeError as e:
    print('TypeError:', e)
print(s[True], s[False:True + 2])
i = 2
print(s[i * 2:i * 4], s[len(s) // 2:])
print(''[:], ''[::-1], 'a'[::-1])
