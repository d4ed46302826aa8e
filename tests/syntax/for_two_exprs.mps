# syntax error: two expressions after "in" in a for statement
total = 0
for x in 1 2:
    total += x
