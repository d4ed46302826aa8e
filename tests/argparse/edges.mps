# argparse: edge cases — custom Action subclasses, help fields, untitled/empty groups, suppressed subparser help, aliases, long choices, sys.argv default
import argparse, os, sys, io, contextlib
os.environ['COLUMNS'] = '80'
def run(p, argv):
    err = io.StringIO(); out = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            r = p.parse_args(argv)
        except SystemExit as e:
            r = 'exit %s' % e.code
    print(argv, '->', r)
    print(out.getvalue() + err.getvalue(), end='')

class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, [v.upper() for v in values] if isinstance(values, list) else values.upper())
p = argparse.ArgumentParser(prog='edge', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--up', action=Upper, help='')
p.add_argument('--ups', action=Upper, nargs='+', help='uppercase many (%(type)s, %(const)s, %(nargs)s, %(dest)s, %(metavar)s, %(required)s)')
p.add_argument('-n', default=None, help='n')
p.add_argument('-a', help='a')
p.add_argument('a_very_long_positional_name_that_goes_on', nargs='?', choices=['x', 'y'], help='long pos')
p.add_argument('--cnt', '-c', action='count', help='count it')
e = p.add_argument_group('empty group')
s = p.add_argument_group(description='group without title')
s.add_argument('--in-untitled')
p.print_help()
run(p, ['--up', 'abc', '--ups', 'a', 'b', '-n=bob', '-abc', '-ccc', 'x'])
run(p, ['--in=q'])
run(p, ['-c', '-c', '--cn'])
run(p, ['z'])
sp = argparse.ArgumentParser(prog='sp')
sub = sp.add_subparsers(help=argparse.SUPPRESS, dest='c')
sub.add_parser('a')
sub.add_parser('b', help='bee')
sp.print_help()
sp2 = argparse.ArgumentParser(prog='sp2')
sub2 = sp2.add_subparsers(title='cmds')
sub2.add_parser('x', help='the x', aliases=['ex', 'eks'])
sub2.add_parser('y')
sp2.print_help()
print(sp2.format_usage())
# very long choices
c = argparse.ArgumentParser(prog='ch')
c.add_argument('--pick', choices=['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india'])
c.add_argument('item', choices=['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'])
c.print_help()
run(c, ['eleven'])
# args None uses sys.argv
sys.argv = ['x', '--pick', 'golf', 'one']
print(c.parse_args())
# mutually exclusive group inside argument group in usage with positionals
m = argparse.ArgumentParser(prog='m')
m.add_argument('first')
g = m.add_argument_group('G')
mx = g.add_mutually_exclusive_group(required=True)
mx.add_argument('--aa', action='store_true')
mx.add_argument('--bb', nargs='*')
m.add_argument('--zz')
m.print_help()
run(m, ['f', '--bb'])
run(m, ['f', '--aa', '--bb', 'q'])
run(m, ['f'])
