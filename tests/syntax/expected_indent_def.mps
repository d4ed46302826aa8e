# IndentationError: no indented block after a def (message names the construct)
def f():

# only a comment
x = 1
