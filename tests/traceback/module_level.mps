# uncaught ZeroDivisionError at module level after some output; stdout keeps what was printed
print('before the error')
x = 10
y = 0
for i in range(2):
    print('loop', i)
z = x / y
print('never printed')
