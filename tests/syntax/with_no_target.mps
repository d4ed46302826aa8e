# syntax error: missing "as" target in a with statement
with open('x') as:
    pass
