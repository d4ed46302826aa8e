# argparse: Namespace, reprs, parents, prefix_chars, allow_abbrev, fromfile_prefix_chars, intermixed parsing, BooleanOptionalAction, FileType
import argparse, os, io, contextlib, sys
os.environ['COLUMNS'] = '80'


def run(p, argv, intermixed=False):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            if intermixed:
                print(argv, '->', p.parse_intermixed_args(argv))
            else:
                print(argv, '->', p.parse_args(argv))
        except SystemExit as e:
            print(argv, '-> exit', e.code)
    if err.getvalue():
        print(err.getvalue(), end='')


ns = argparse.Namespace(b=2, a=1)
print(ns, 'a' in ns, 'z' in ns, ns.a)
print(ns == argparse.Namespace(a=1, b=2), ns == argparse.Namespace(a=1), ns != argparse.Namespace(a=1), ns == 5)
print(argparse.Namespace(), argparse.Namespace(**{'with-dash': 1, 'ok': 2}))
print(vars(ns))
ns.c = [1]
print(ns)

p = argparse.ArgumentParser(prog='reprs', description='d')
a = p.add_argument('--foo', '-f', type=int, default=3, help='foo help', metavar='N')
print(a)
print(p.add_argument('bar', nargs='+', choices=['x', 'y']))
print(p.add_argument('--on', action='store_true'))
print(p.add_argument('--bo', action=argparse.BooleanOptionalAction))
print(p)
print(argparse.FileType('r'), argparse.FileType('wb', 0), argparse.FileType('w', encoding='utf-8', errors='strict'))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.REMAINDER, argparse.PARSER)

# BooleanOptionalAction
b = argparse.ArgumentParser(prog='bool')
b.add_argument('--feature', action=argparse.BooleanOptionalAction, help='enable the feature')
b.add_argument('--cache', action=argparse.BooleanOptionalAction, default=True)
b.print_help()
run(b, [])
run(b, ['--feature', '--no-cache'])
run(b, ['--no-feature', '--cache'])

# parents
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--parent-opt', default='po')
bg = base.add_argument_group('shared', 'from the parent')
bg.add_argument('--shared', action='store_true')
bm = base.add_mutually_exclusive_group()
bm.add_argument('--one', action='store_true')
bm.add_argument('--two', action='store_true')
base.set_defaults(inherited=True)
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('own')
child.print_help()
run(child, ['x', '--shared', '--one'])
run(child, ['x', '--one', '--two'])

# prefix_chars
pc = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
pc.add_argument('+f', action='store_true')
pc.add_argument('++bar')
pc.add_argument('-m', action='store_true')
pc.print_help()
run(pc, ['+f', '++bar', 'Z', '-m'])
sl = argparse.ArgumentParser(prog='slash', prefix_chars='/')
sl.add_argument('/v', action='store_true')
sl.add_argument('//out')
sl.print_help()
run(sl, ['/v', '//out', 'f'])

# allow_abbrev
ab = argparse.ArgumentParser(prog='abbr', allow_abbrev=False)
ab.add_argument('--verbose', action='store_true')
ab.add_argument('-a', action='store_true')
ab.add_argument('-b', action='store_true')
run(ab, ['--verb'])
run(ab, ['-ab', '--verbose'])
am = argparse.ArgumentParser(prog='amb')
am.add_argument('--verbose', action='store_true')
am.add_argument('--version-file')
run(am, ['--ver'])
run(am, ['--verb'])
run(am, ['--vers=x'])

# fromfile_prefix_chars
fname = 'argparse_misc_args.tmp'
with open(fname, 'w') as f:
    f.write('--name\nfrom file\n-v\n')
try:
    ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
    ff.add_argument('--name')
    ff.add_argument('-v', action='store_true')
    ff.add_argument('rest', nargs='*')
    run(ff, ['a', '@' + fname, 'b'])
    run(ff, ['@' + fname, 'a', 'b'])
    run(ff, ['@does-not-exist.txt'])
finally:
    os.remove(fname)

# FileType
fname = 'argparse_misc_ft.tmp'
with open(fname, 'w') as f:
    f.write('contents\n')
try:
    ft = argparse.ArgumentParser(prog='ft')
    ft.add_argument('infile', type=argparse.FileType('r'))
    ft.add_argument('--out', type=argparse.FileType('w'), default='-')
    ns = ft.parse_args([fname])
    print(ns.infile.read(), end='')
    ns.infile.close()
    print(ns.out is sys.stdout, ft.parse_args(['-']).infile is sys.stdin)
    run(ft, ['no-such-file.txt'])
finally:
    os.remove(fname)

# parse_intermixed_args
im = argparse.ArgumentParser(prog='mix')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
run(im, ['doit', '1', '--foo', 'bar', '2', '3'], intermixed=False)
run(im, ['doit', '1', '--foo', 'bar', '2', '3'], intermixed=True)
run(im, ['--foo', 'x'], intermixed=True)
print(im.parse_known_intermixed_args(['a', '--zz', '1', '--foo', 'f', '2']))

# argument_default
ad = argparse.ArgumentParser(prog='ad', argument_default=argparse.SUPPRESS)
ad.add_argument('--x')
ad.add_argument('--y', default=1)
run(ad, [])
run(ad, ['--x', '2'])

# prog from sys.argv[0], help with %(prog)s in usage/description
sys.argv[0] = 'some/dir/prog-name.mps'
pp = argparse.ArgumentParser(description='%(prog)s does things')
print(pp.prog)
pp.print_help()

# the same parser used twice keeps no state; append default list is not mutated
ap = argparse.ArgumentParser(prog='ap')
dflt = ['d']
ap.add_argument('--a', action='append', default=dflt)
print(ap.parse_args(['--a', '1']), ap.parse_args([]), dflt)
