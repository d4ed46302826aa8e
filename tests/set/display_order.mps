# set displays: 3+ constants are built like CPython (frozenset constant merged into an empty set), so iteration order matches
print({100, 5, 37, 8, 9, 16})
print({-1, -2, 3, 1000, 77})
print({1.5, 2.5, 3.5, 100.25})
print({1, 2})
print({64, 3, 19, 35, 67, 1, 8, 128, 256})
a = [100, 5, 37, 8, 9, 16]
print({*a}, {*a, 7}, {7, *a})
print({*range(40, 0, -3)})
print({*{100: 1, 5: 2, 37: 3, 8: 4}})
x = 5
print({x, 100, 37, 8})
def f():
    return {100, 5, 37, 8, 9, 16}
print(f(), f() == {16, 9, 8, 37, 5, 100})
print([{i, 100, 37} for i in range(3)])
print(sorted({3, 1, 2}), len({1, 1, 1, 2}))
try:
    {*5}
except TypeError as e:
    print("TypeError:", e)
