# int.to_bytes edge cases (two's complement, -2^(8n-1), length 0, huge length) and round() of ints to negative digits, including ones far beyond the number's size
for v, n, sg in [(0,0,False),(0,1,True),(255,1,False),(256,1,False),(-1,1,True),(-128,1,True),(-129,1,True),(127,1,True),(128,1,True),(-32768,2,True),(-32769,2,True),(-2**63,8,True),(2**64-1,8,False),(2**64,8,False),(-1,1,False),(-5,3,True),(-2**70+3,10,True),(1,0,False),(-1,0,True),(0,0,True)]:
    for bo in ('big','little'):
        try: print(v, n, sg, bo, v.to_bytes(n, bo, signed=sg))
        except Exception as e: print(v, n, sg, bo, type(e).__name__, e)
try: print(len((5).to_bytes(2**62)))
except Exception as e: print(type(e).__name__)
for a in [(12345, -3), (15, -1), (25, -1), (-2**70, -21), (-2**70, -22), (10**40+5, -40), (5*10**39, -40), (15*10**39, -40), (5, -400), (-5, -400), (7, -2), (True, -1)]:
    print(a, round(*a))
