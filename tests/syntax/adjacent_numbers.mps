# syntax error: two adjacent numbers
x = 1
y = 3 4
