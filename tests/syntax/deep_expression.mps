# An expression nested too deeply for the compiler (a sum of 100000 terms)
# is a RecursionError, as in CPython; it used to overflow the C stack.
x = 0
exec('x = ' + '+'.join(['1'] * 1000))
print(x)
for src in ('x = ' + '+'.join(['1'] * 100000), 'x = [1]' + '[0:1]' * 100000):
    try:
        exec(src)
    except RecursionError as e:
        print('RecursionError:', e)
