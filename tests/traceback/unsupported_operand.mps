# uncaught TypeError for an unsupported operand at module level, inside a loop
values = [1, 2, 'three', 4]
total = 0
for v in values:
    print('adding', v)
    total = total + v
print(total)
