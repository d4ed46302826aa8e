# triple-quoted strings: newlines, embedded quotes, escapes, raw
a = '''one
two
three'''
print(a)
print(len(a.splitlines()))
b = """She said "hi" and 'bye'"""
print(b)
c = """line with \
continuation"""
print(c)
d = '''tab\there'''
print(d)
e = r'''raw\n'''
print(e)
f = """
"""
print(repr(f))
g = """ends with quote\""""
print(g)
h = '''  indented
    more
  back'''
print(h)
def doc():
    """Docstring here."""
    return 1
print(doc(), doc.__doc__)
print('''a''' '''b''' "c")
x = """1 "" 2 '' 3"""
print(x)
