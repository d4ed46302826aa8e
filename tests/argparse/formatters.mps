# argparse: formatter_class (Raw description/text, ArgumentDefaults, MetavarType, custom widths)
import argparse, os
os.environ['COLUMNS'] = '80'

desc = '''First paragraph,
   kept as written:
       indented line

Second paragraph after a blank line.'''


def build(cls, **kw):
    p = argparse.ArgumentParser(prog='fmt', description=desc, epilog='epilog  with   spaces\n  and a newline',
                                formatter_class=cls, **kw)
    p.add_argument('--size', type=int, default=10, help='the size\n  of the thing,    in units')
    p.add_argument('--name', help='a name')
    p.add_argument('--flag', action='store_true', help='a flag')
    p.add_argument('--nohelp', default='x')
    p.add_argument('--sup', default=argparse.SUPPRESS, help='suppressed default')
    p.add_argument('pos', nargs='?', default='P', help='optional positional')
    p.add_argument('req', help='required positional')
    p.add_argument('star', nargs='*', default=[], help='star positional')
    return p


for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter]:
    print('=====', cls.__name__)
    build(cls).print_help()

print('===== MetavarTypeHelpFormatter')
m = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument('--n', type=int)
m.add_argument('--x', type=float, nargs=2)
m.add_argument('s', type=str)
m.print_help()

print('===== custom width and help position')


class Wide(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, indent_increment=4, max_help_position=40, width=70)


w = argparse.ArgumentParser(prog='wide', formatter_class=Wide)
w.add_argument('--somewhat-long-option', help='help text that is long enough to wrap at seventy columns for sure')
w.add_argument('-s', help='short')
w.print_help()

print('===== lambda formatter')
l = argparse.ArgumentParser(prog='lam', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=10))
l.add_argument('--abc', help='abc help')
l.add_argument('-x', help='x help')
l.print_help()

print('===== combined')


class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass


build(Both).print_help()
