# syntax error: a colon where a parameter is expected
def g(a):
    return a

def f(:
    pass
