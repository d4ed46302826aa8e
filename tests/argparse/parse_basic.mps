# argparse: parse results for many argument combinations (store, const, count, append, nargs, types, defaults, --)
import argparse, os, sys, io, contextlib
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


p = argparse.ArgumentParser(prog='basic')
p.add_argument('--name', '-n', default='world')
p.add_argument('-c', '--count', type=int, default=1)
p.add_argument('--ratio', type=float)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', action='store_false', dest='color')
p.add_argument('--level', action='store_const', const=10, default=0)
p.add_argument('-v', action='count')
p.add_argument('-I', '--include', action='append')
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('src')
p.add_argument('rest', nargs='*')

run(p, ['a'])
run(p, ['a', 'b', 'c'])
run(p, ['--name', 'bob', 'x'])
run(p, ['--name=bob', '-n', 'al', 'x'])
run(p, ['-nfred', 'x'])
run(p, ['-c', '3', '--count=4', 'x'])
run(p, ['-c3', 'x'])
run(p, ['--ratio', '2.5', 'x'])
run(p, ['-q', '--no-color', '--level', 'x'])
run(p, ['-vvv', 'x'])
run(p, ['-v', '-v', 'x', '-v'])
run(p, ['-I', 'a', '-Ib', '--include=c', 'x'])
run(p, ['--tag', '--tag', 'x'])
run(p, ['--ext', 'a', 'b', '--ext', 'c', '--', 'x'])
run(p, ['--pair', 'k', 'v', 'x'])
run(p, ['--opt', 'x'])
run(p, ['x', '--opt'])
run(p, ['--opt=val', 'x'])
run(p, ['--many', 'x'])
run(p, ['x', '--many'])
run(p, ['x', '--many', 'a', 'b'])
run(p, ['--', '-q'])
run(p, ['x', '--', '-q', '--name'])
run(p, ['-qv', 'x'])
run(p, ['-qvc5', 'x'])
run(p, ['--na', 'abbrev', 'x'])
run(p, ['--inc', 'i', 'x'])
run(p, ['-', 'x'])

# numbers that look negative
q = argparse.ArgumentParser(prog='neg')
q.add_argument('-x', type=float)
q.add_argument('vals', nargs='*', type=int)
run(q, ['-x', '-1.5', '-2', '3', '-4'])
run(q, ['-5', '-x', '.5'])
r = argparse.ArgumentParser(prog='neg2')
r.add_argument('-1', dest='one', action='store_true')
r.add_argument('val', nargs='?')
run(r, ['-1'])
run(r, ['-1', '-2'])

# default strings go through type
d = argparse.ArgumentParser(prog='defs')
d.add_argument('--n', type=int, default='42')
d.add_argument('--m', type=int, default=7)
d.add_argument('--l', default=[1], action='append')
d.add_argument('pos', nargs='?', type=int, default='5')
run(d, [])
run(d, ['--n', '1', '--l', 'z', '9'])
print(d.get_default('n'), d.get_default('nothing'))
d.set_defaults(m=8, extra='yes')
run(d, [])
print(d.get_default('m'), d.get_default('extra'))

# REMAINDER and optional positionals
rm = argparse.ArgumentParser(prog='rem')
rm.add_argument('--verbose', action='store_true')
rm.add_argument('cmd')
rm.add_argument('args', nargs=argparse.REMAINDER)
run(rm, ['ls', '-l', '--verbose', 'x'])
run(rm, ['--verbose', 'ls'])

# fixed counts and + for positionals
f = argparse.ArgumentParser(prog='fix')
f.add_argument('a', nargs=2)
f.add_argument('b', nargs='+')
f.add_argument('c')
run(f, ['1', '2', '3', '4', '5'])
run(f, ['1', '2', '3', '4'])
run(f, ['1', '2', '3'])

# parse_known_args
k = argparse.ArgumentParser(prog='known')
k.add_argument('--a')
print(k.parse_known_args(['--a', '1', '--b', '2', 'x']))
print(k.parse_known_args(['x', '--a=3', '-z']))

# namespace argument
ns = argparse.Namespace(a='pre', other=1)
print(k.parse_args([], namespace=ns), ns)

# type functions and ArgumentTypeError
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return v

t = argparse.ArgumentParser(prog='types')
t.add_argument('--even', type=even)
t.add_argument('--up', type=str.upper)
t.add_argument('--lst', type=lambda s: s.split(','))
run(t, ['--even', '4', '--up', 'abc', '--lst', 'a,b'])
run(t, ['--even', '3'])
run(t, ['--even', 'x'])
run(t, ['--lst'])
