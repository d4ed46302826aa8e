# argparse: argument groups and mutually exclusive groups (help, usage, conflicts, required groups)
import argparse, os, io, contextlib
os.environ['COLUMNS'] = '80'


def run(p, argv):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            print(argv, '->', p.parse_args(argv))
        except SystemExit as e:
            print(argv, '-> exit', e.code)
    if err.getvalue():
        print(err.getvalue(), end='')


p = argparse.ArgumentParser(prog='grp', description='Groups demo.')
io_group = p.add_argument_group('input/output', 'Where data comes from and goes to.')
io_group.add_argument('--in', dest='inp', metavar='PATH', help='input path')
io_group.add_argument('--out', metavar='PATH', help='output path')
tuning = p.add_argument_group('tuning')
tuning.add_argument('--speed', type=int, choices=range(1, 4), help='speed %(choices)s')
mx = p.add_mutually_exclusive_group()
mx.add_argument('-v', '--verbose', action='store_true', help='more output')
mx.add_argument('-q', '--quiet', action='store_true', help='less output')
req = p.add_mutually_exclusive_group(required=True)
req.add_argument('--json', action='store_const', dest='fmt', const='json')
req.add_argument('--xml', action='store_const', dest='fmt', const='xml')
req.add_argument('--yaml', action='store_const', dest='fmt', const='yaml', help=argparse.SUPPRESS)
inner = tuning.add_mutually_exclusive_group()
inner.add_argument('--fast', action='store_true')
inner.add_argument('--slow', action='store_true')
p.add_argument('target', nargs='?')
p.print_help()
run(p, ['--json'])
run(p, ['--xml', '-v', 'T', '--speed', '2', '--fast'])
run(p, [])
run(p, ['--json', '--xml'])
run(p, ['-v', '-q', '--json'])
run(p, ['--json', '--fast', '--slow'])
run(p, ['--json', '--speed', '9'])
run(p, ['--yaml'])

# a mutually exclusive group of positional-and-optional
g = argparse.ArgumentParser(prog='mxpos')
gg = g.add_mutually_exclusive_group()
gg.add_argument('--foo', action='store_true')
gg.add_argument('bar', nargs='?', default='dflt')
g.print_help()
run(g, ['--foo'])
run(g, ['x'])
run(g, ['--foo', 'x'])

# required group with two shown members: parentheses
h = argparse.ArgumentParser(prog='paren')
hh = h.add_mutually_exclusive_group(required=True)
hh.add_argument('-a', action='store_true')
hh.add_argument('-b', metavar='B')
print(h.format_usage(), end='')
run(h, [])

# errors when building
try:
    bad = h.add_mutually_exclusive_group()
    bad.add_argument('x')
except ValueError as e:
    print('ValueError:', e)
