# syntax error: two commas in a row inside a list display
xs = [1, 2,, 3]
