# fib.mps — recursion, iteration, generators and big integers.

def fib_rec(n):
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print("recursive fib(20) =", fib_rec(20))
print("iterative fib(90) =", fib_iter(90))
print("fib(300) =", fib_iter(300))          # ints grow as needed

first = []
for i, f in enumerate(fib_gen()):
    if i == 12:
        break
    first.append(f)
print("first twelve:", first)
print("even ones:", [f for f in first if f % 2 == 0])
