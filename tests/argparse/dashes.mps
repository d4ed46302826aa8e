# argparse: '--', '=' forms, grouped short flags, negative numbers, empty strings, nargs='?' const/default conversion
import argparse, os, sys, io, contextlib
os.environ['COLUMNS'] = '80'
def run(p, argv):
    err = io.StringIO(); out = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            r = p.parse_args(argv)
        except SystemExit as e:
            r = 'exit %s' % e.code
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
    print(argv, '->', r)
    print(out.getvalue() + err.getvalue(), end='')
p = argparse.ArgumentParser(prog='e2')
p.add_argument('-x', action='store_true')
p.add_argument('-y')
p.add_argument('--foo')
p.add_argument('-f', '--ff', action='store_true')
p.add_argument('pos', nargs='*')
for a in [['-x='], ['-y='], ['-y', '-1'], ['--foo', '-1'], ['--foo', '-x'], ['--foo=-x'], ['-xy1'], ['-xz'], ['--', '--', 'a'], ['a', '--', 'b', '--', 'c'], ['-fx'], ['--f'], ['-f=1'], ['a b', '-q w'], ['-', '--'], ['']]:
    run(p, a)
q = argparse.ArgumentParser(prog='e3', prefix_chars='+')
q.add_argument('+x', action='store_true')
q.add_argument('pos', nargs='*')
run(q, ['-x', '+x', '-1'])
r = argparse.ArgumentParser(prog='e4')
r.add_argument('--opt', nargs='?', type=int, const='7', default='3')
r.add_argument('--lst', nargs=1)
r.add_argument('--dflt', type=int, default='bad')
run(r, ['--opt', '--lst', 'x', '--dflt', '1'])
run(r, ['--dflt', '1'])
run(r, [])
