# IndentationError: indentation where none is expected
x = 1
if x:
    y = 2
        z = 3
print(y)
