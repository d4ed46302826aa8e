# syntax error: keyword used as an assignment target inside a function
def f():
    return = 5
