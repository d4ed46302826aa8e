# argparse: help text layout — wrapping of long help, metavars, choices, nargs forms, long usage lines, %(...)s expansion
import argparse, os, sys
os.environ['COLUMNS'] = '80'
sys.argv[0] = '/usr/local/bin/tool.py'

p = argparse.ArgumentParser(description='''This tool does a great many
    things, and its description is long enough that it has to be wrapped over
    several lines of the help text.''', epilog='See the manual for %(prog)s.')
print(p.prog)
p.add_argument('input', help='the input file to read the records from; it must exist and be readable by the current user')
p.add_argument('outputs', nargs='*', metavar='OUT', help='where to write')
p.add_argument('-o', '--output-format', choices=['json', 'csv', 'text'], default='text',
               help='the output format, one of %(choices)s (default: %(default)s)')
p.add_argument('--a-very-long-option-name-indeed', metavar='SOMETHING_LONG',
               help='an option whose invocation is longer than the help position')
p.add_argument('-j', '--jobs', type=int, default=4, help='number of parallel jobs, type %(type)s, default %(default)r')
p.add_argument('--range', nargs=2, type=int, metavar=('LO', 'HI'), help='a range')
p.add_argument('--xs', nargs='+', help='one or more')
p.add_argument('--maybe', nargs='?', help='perhaps')
p.add_argument('--three', nargs=3)
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--dry-run', action='store_true', help='do nothing, but say what would be done%(prog)s')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
p.add_argument('--pct', default=50, help='percent, 100%% max')
p.print_help()
print('---')
p.print_usage()
print(repr(p.format_usage()))

# narrow terminal
os.environ['COLUMNS'] = '40'
n = argparse.ArgumentParser(prog='narrow', description='A narrow terminal wraps everything much more often than a wide one.')
n.add_argument('--alpha', help='the first letter of the Greek alphabet, used here as an example')
n.add_argument('--beta', metavar='B', help='the second letter')
n.add_argument('words', nargs='+', help='words to print')
n.print_help()

# wide terminal, long prog name: usage wrapped on the next lines
os.environ['COLUMNS'] = '60'
w = argparse.ArgumentParser(prog='a-program-with-a-really-quite-long-name-here')
for i in range(6):
    w.add_argument('--option%d' % i, metavar='VALUE%d' % i)
w.add_argument('first')
w.add_argument('second', nargs='?')
w.print_help()

os.environ['COLUMNS'] = '80'
u = argparse.ArgumentParser(prog='u', usage='%(prog)s [options] FILE', add_help=False)
u.add_argument('file')
u.add_argument('--x', action='store_true')
u.print_help()

e = argparse.ArgumentParser(prog='empty', add_help=False)
print(repr(e.format_help()))
e2 = argparse.ArgumentParser(prog='only-help')
print(e2.format_help(), end='')

# many positionals only, wrapped usage
m = argparse.ArgumentParser(prog='pos')
for name in ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo']:
    m.add_argument(name, nargs='?')
print(m.format_usage(), end='')

# version action output
import io, contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        p.parse_args(['--version'])
    except SystemExit as ex:
        code = ex.code
print(repr(out.getvalue()), code)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        n.parse_args(['-h'])
    except SystemExit as ex:
        code = ex.code
print(out.getvalue(), code)
