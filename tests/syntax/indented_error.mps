# syntax error inside an indented block: the source line is printed without its indentation
def outer():
    def inner(x):
        if x:
            y = x +* 2
            return y
    return inner
print(outer()(1))
