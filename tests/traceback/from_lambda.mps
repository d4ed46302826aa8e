# traceback from inside a lambda called by a function (frame name <lambda>)
double = lambda x: x * 2
inverse = lambda x: 1 / x

def apply_all(fs, value):
    out = []
    for f in fs:
        out.append(f(value))
    return out

print(apply_all([double], 0))
print(apply_all([double, inverse], 0))
