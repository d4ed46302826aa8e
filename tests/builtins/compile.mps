# compile(): source to a code object run by exec/eval; modes exec, eval,
# single; the filename reaches tracebacks and syntax errors.
c = compile('x = 40 + 2\ny = x * 2', 'made.py', 'exec')
g = {}
exec(c, g)
print(type(c).__name__, g['x'], g['y'], c.co_filename)
print(eval(compile('1 + 2', '<e>', 'eval')))
exec(compile('5 * 5', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
print(compile(b'3', '<b>', 'eval').co_filename, eval(compile(b'3', '<b>', 'eval')))
try:
    compile('1 +', 'bad.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno, e.msg)
try:
    compile('x = 1', 'f', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.filename)
try:
    compile('x', 'f', 'nope')
except ValueError as e:
    print(e)
try:
    compile(5, 'f', 'exec')
except TypeError as e:
    print(e)
try:
    exec(compile('def f():\n    return 1 / 0\nf()', 'boom.py', 'exec'), {})
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
exec(compile('def f():\n    return 1 / 0\nf()', 'boom.py', 'exec'), {})
