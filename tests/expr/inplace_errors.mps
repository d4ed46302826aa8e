# augmented assignment with unsupported operands names the augmented operator (-=, @=, **=) as CPython; @ without __matmul__ raises
a = [1]
try: a -= 2
except TypeError as e: print(e)
try: a @= 2
except TypeError as e: print(e)
try: a **= 2
except TypeError as e: print(e)
b = "s"
try: b -= 1
except TypeError as e: print(e)
x = 2
try: x @= 3
except TypeError as e: print(e)
y = None
try: y += 1
except TypeError as e: print(e)
try: y **= 2
except TypeError as e: print(e)
z = 1.5
try: z |= 1
except TypeError as e: print(e)
s = "ab"; s += "c"; s *= 2; print(s)
t = (1,)
try: t *= 1.5
except TypeError as e: print(e)
try: s += 1
except TypeError as e: print(e)
try:
    print(2 @ 3)
except TypeError as e: print("TypeError:", e)
class M:
    def __matmul__(self, o): return "mm"
    def __rmatmul__(self, o): return "rmm"
print(M() @ 1, 1 @ M())
x = M(); x @= 2; print(x)
try:
    a = [1]; a @= 2
except TypeError as e: print("TypeError:", e)
