# argparse: subparsers (dest, required, title, help, aliases, nested, set_defaults(func=...), errors)
import argparse, os, io, contextlib, sys
os.environ['COLUMNS'] = '80'


def run(p, argv):
    err = io.StringIO()
    out = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            res = p.parse_args(argv)
        except SystemExit as e:
            res = 'exit %s' % e.code
    if hasattr(res, 'func'):
        res.func = res.func.__name__
    print(argv, '->', res)
    if out.getvalue():
        print(out.getvalue(), end='')
    if err.getvalue():
        print(err.getvalue(), end='')


def do_add(ns):
    return 'adding %s' % ns.names

p = argparse.ArgumentParser(prog='vcs', description='A version control system.')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', title='commands', description='valid commands', help='what to do')
add = sub.add_parser('add', help='add files', aliases=['a'])
add.add_argument('names', nargs='+')
add.add_argument('-f', '--force', action='store_true')
add.set_defaults(func=do_add)
com = sub.add_parser('commit', help='record changes to the repository')
com.add_argument('-m', '--message', required=True)
com.add_argument('--amend', action='store_true')
st = sub.add_parser('status')
p.print_help()
print('---')
add.print_help()
print('---')
com.print_help()
run(p, ['add', 'x', 'y', '-f'])
ns = p.parse_args(['a', 'z'])
print(ns.func(ns), ns.func.__name__)
run(p, ['--debug', 'commit', '-m', 'msg'])
run(p, ['status'])
run(p, [])
run(p, ['push'])
run(p, ['commit'])
run(p, ['commit', '-m', 'x', '--bogus'])
run(p, ['add'])
run(p, ['add', '-h'])
run(p, ['status', 'extra'])

# required subcommand, no dest, no title
q = argparse.ArgumentParser(prog='q')
qs = q.add_subparsers(required=True)
one = qs.add_parser('one')
one.add_argument('n', type=int)
qs.add_parser('two')
q.print_help()
run(q, [])
run(q, ['one', '5'])
run(q, ['one', 'x'])
run(q, ['three'])

# required with dest; metavar
r = argparse.ArgumentParser(prog='r')
r.add_argument('pos')
rs = r.add_subparsers(dest='cmd', required=True, metavar='CMD', help='the command')
x = rs.add_parser('x', help='the x command')
x.add_argument('--lvl', type=int, default=1)
y = rs.add_parser('y', help='the y command', description='Y does things.')
r.print_help()
run(r, ['p'])
run(r, ['p', 'x', '--lvl', '3'])
run(r, ['p', 'y', '-h'])

# nested subparsers
top = argparse.ArgumentParser(prog='top')
ts = top.add_subparsers(dest='a')
mid = ts.add_parser('mid')
ms = mid.add_subparsers(dest='b')
leaf = ms.add_parser('leaf')
leaf.add_argument('--deep', default='no')
run(top, ['mid', 'leaf', '--deep', 'yes'])
run(top, ['mid', 'leaf', '-h'])
run(top, ['mid'])

# cannot have two
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        top.add_subparsers()
    except SystemExit as e:
        print('exit', e.code)
print(err.getvalue(), end='')
try:
    ts.add_parser('mid')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
