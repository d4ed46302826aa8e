# syntax error: a character that is not a token
x = 5
y = x $ 3
