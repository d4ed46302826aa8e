# IndentationError: unexpected indent on the first statement after a comment
# comment
  print("x")
