# Superinstructions and jump threading must not change behaviour:
# two local loads fused into one instruction, jumps to jumps shortened.
import threading, time

def unbound_second():
    a = 1
    try:
        print(a + b)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    b = 2
    return a + b

def unbound_first():
    try:
        print(a * c)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    a = 3
    c = 4
    return a * c

print(unbound_second(), unbound_first())

def pairs(n):
    out = []
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            elif i + j == 3:
                out.append((i, j))
            else:
                if i * j > 4:
                    break
        else:
            out.append(('done', i))
    return out

print(pairs(5))

def while_chain(n):
    i = 0
    total = 0
    while i < n:
        i += 1
        if i % 2:
            if i % 3:
                continue
            total += i
        elif i % 5 == 0:
            total -= i
        else:
            continue
    return total

print(while_chain(40))

def many_locals():
    x0, x1, x2, x3 = 1, 2, 3, 4
    return [x0 + x1, x1 - x2, x3 * x0, (x2, x3, x0, x1)]

print(many_locals())

def swap(a, b):
    a, b = b, a
    return a, b

print(swap('p', 'q'))

# a loop whose only backward edge is a conditional jump made by threading
# still lets other threads run (the GIL is released at loop edges)
stop = False
spins = 0

def spinner():
    global spins
    n = 0
    while not stop:
        n += 1
        if n % 7:
            continue
    spins = n

th = threading.Thread(target=spinner)
th.start()
time.sleep(0.05)
stop = True
th.join()
print('spinner stopped:', spins > 0)

# an operator with a constant right operand is one instruction
def const_ops(x, c):
    out = [x + 1, x - 2, x * 3, x // 2, x % 3, x ** 2, x << 1, x >> 1, x & 6, x | 8, x ^ 5,
           x == 7, x != 7, x < 10, x >= 10, x + (1 if c else 2), 2 + x, x / 4]
    y = x
    y += 10
    y -= 1
    y *= 2
    out.append(y)
    return out

print(const_ops(7, True))
print(const_ops(7, False)[15])
print(const_ops(2 ** 70, True)[:4])
print([7.5 + 1, 7.5 - 2, 7.5 * 3, 7.5 // 2, 7.5 % 3, 7.5 ** 2])
s = ''
for i in range(5):
    s += 'ab'
    s += str(i)
print(s)
l = [1]
l += (2, 3)
l *= 2
print(l)
for bad in ('x', None, [1]):
    try:
        print(bad + 1)
    except TypeError as e:
        print('TypeError:', e)
try:
    print(bad < 3)
except TypeError as e:
    print('TypeError:', e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
def divide(n):
    return n % 0
import traceback
try:
    divide(3)
except ZeroDivisionError:
    print([l.strip() for l in traceback.format_exc().splitlines() if l.strip().startswith('return')])
