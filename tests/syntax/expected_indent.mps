# IndentationError: no indented block after an if statement
x = 1
if x > 0:
print("positive")
