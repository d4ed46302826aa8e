# backslash continuation, implicit joining in brackets, semicolons, comments
x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2
     + 3)
print(y)
lst = [
    1,   # first
    2,
    3,   # trailing comma ok
]
print(lst)
d = {
    'a': 1,
    'b': 2
}
print(d)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
a = 1; b = 2; c = a + b; print(c)
if a: print('inline if')
for i in range(3): print(i, end=' ')
print()
while False: pass
print('after');
s = ('abc'
     'def'
     "ghi")
print(s)
t = 1, \
    2
print(t)
# a comment line
    # an indented comment line is fine
print('end')  # trailing comment
if True:
    z = [1,
2,
        3]
    print(z)
