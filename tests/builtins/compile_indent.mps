# leading indentation: compile() rejects it in every mode ("unexpected indent"); eval() of a string strips leading blanks first
def show(src, mode):
    try:
        compile(src, '<s>', mode)
        print(repr(src), mode, 'ok')
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset)

for mode in ('eval', 'exec', 'single'):
    show(' 1', mode)
    show('\t1', mode)
    show('1', mode)
    show('\n 1', mode)
    show('# c\n  1', mode)
    show('  # c\n1', mode)
    show('\f1', mode)

# expression mode: a further line may not be indented, blank and comment lines may
for src in ['1\n 2', '1\n2', '(1,\n 2)', '[1,\n    2]', '1 + \\\n 2', '1\n ', '1\n  # c',
            '1 # x\n', ' # c\n1', '\n\n\t1', '  \n1', '1\n\n  ', '   ']:
    show(src, 'eval')
show(' x = 1', 'exec')
show('\n\n  pass', 'exec')
show('  ', 'exec')
show('if 1:\n    pass\n', 'exec')

# eval() of a string strips leading spaces and tabs (not newlines, not in compile())
for src in [' 1', '\t 2', ' \n1', '  1 + 1  ', '\n1', ' \f 3', '\n 4']:
    try:
        print(repr(src), eval(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
print(eval(compile('5', '<s>', 'eval')))
for src in [' x = 1', ' 1']:
    try:
        exec(src)
        print('exec ok')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
