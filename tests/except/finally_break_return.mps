# break/continue/return inside a finally that runs for a pending return: the
# return value waiting on the stack is dropped (it used to corrupt the stack)
def f():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return 'end'
print(f())

def k():
    for x in [10, 20]:
        for i in range(3):
            try:
                return [i]
            finally:
                break
        print('after inner', x)
    return x
print(k())

class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit', a[0]); return False

def w():
    for i in range(2):
        with CM():
            try:
                return 'r%d' % i
            finally:
                if i == 0:
                    continue
    return 'none'
print(w())

def r():
    try:
        return 'first'
    finally:
        return 'second'
print(r())

def nested():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print('inner finally', i)
        finally:
            if i < 2:
                continue
    return 'done'
print(nested())

def wl():
    n = 0
    while n < 3:
        n += 1
        try:
            return n
        finally:
            if n < 3:
                continue
    return 'x'
print(wl())
