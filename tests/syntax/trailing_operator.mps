# syntax error: binary operator at the end of a line (caret after the last character)
a = 1
b = a +
print(b)
