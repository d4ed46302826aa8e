# IndentationError: dedent to a column that matches no outer block
def f():
    if True:
        x = 1
      return x
print(f())
