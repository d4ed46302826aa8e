# mps: not-python — round(int, n) for n far below the number's size is 0 at once (CPython computes 10**-n and does not finish); expected output written by hand
print(round(5, -2**63), round(-2**70, -2**63), round(5, -10**30), round(10**50, -10**9))
print(round(5, -2**100), round(5.5, -2**100), round(5.5, 2**100))
