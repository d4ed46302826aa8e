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
