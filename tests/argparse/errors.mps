# argparse: error messages and exit statuses (parse errors to stderr with usage, exit 2; ValueError/TypeError when building)
import argparse, os, io, contextlib, sys
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


p = argparse.ArgumentParser(prog='err')
p.add_argument('--color', choices=['red', 'green'])
p.add_argument('--num', type=int, choices=[1, 2, 3])
p.add_argument('--pair', nargs=2)
p.add_argument('--some', nargs='+')
p.add_argument('--flag', action='store_true')
p.add_argument('--flair', action='store_true')
p.add_argument('-x', action='store_true')
p.add_argument('-y', type=float)
p.add_argument('--req', required=True)
p.add_argument('pos', type=int)

run(p, ['--req', 'r', '1', '--color', 'blue'])
run(p, ['--req', 'r', '1', '--num', '7'])
run(p, ['--req', 'r', '1', '--num', 'seven'])
run(p, ['--req', 'r', '1', '--pair', 'a'])
run(p, ['--req', 'r', '1', '--some'])
run(p, ['--req', 'r', '1', '--fl'])
run(p, ['--req', 'r', '1', '--flag=yes'])
run(p, ['--req', 'r', '1', '-xz'])
run(p, ['--req', 'r', '1', '-y', 'abc'])
run(p, ['--req', 'r', 'one'])
run(p, ['1'])
run(p, [])
run(p, ['--req', 'r', '1', '2', '3'])
run(p, ['--req', 'r', '1', '--unknown', '-u'])
run(p, ['--req', '1'])
run(p, ['--req', 'r', '1', '--req'])
run(p, ['--req', 'r', '1', '-x=1'])

# error() and exit() called directly
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p.error('custom problem')
    except SystemExit as e:
        print('error() exit', e.code)
    try:
        p.exit(5, 'bye\n')
    except SystemExit as e:
        print('exit() exit', e.code)
    try:
        p.exit()
    except SystemExit as e:
        print('exit() default', e.code)
print(err.getvalue(), end='')

# exit_on_error=False raises ArgumentError instead
q = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
q.add_argument('--n', type=int)
q.add_argument('--c', choices='ab')
for argv in [['--n', 'x'], ['--c', 'z'], ['--n']]:
    try:
        q.parse_args(argv)
    except argparse.ArgumentError as e:
        print(type(e).__name__, '|', e, '|', e.argument_name, '|', e.message)

# building errors
def build(*args, **kwargs):
    b = argparse.ArgumentParser(prog='b')
    b.add_argument('--exists')
    try:
        b.add_argument(*args, **kwargs)
        print('ok', args, kwargs)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ':', e)

build('--s', nargs=0)
build('--s', action='append', nargs=0)
build('--s', const=1)
build('--s', action='bogus')
build('--s', type='int')
build('--s', type=argparse.FileType)
build('--s', nargs=2, metavar=('A', 'B', 'C'))
build('--s', nargs='*', metavar=('A', 'B'))
build('--s', nargs='*', metavar=('A', 'B', 'C'))
build('pos', required=True)
build('pos', dest='other')
build('--exists')
build('-e', '--exists')
build('s')
build('x-y')
build('--')
build('--s', nargs='bad')
build('-s', action='store_const')
build('--s', action='store_true', type=int)

try:
    argparse.ArgumentParser(conflict_handler='nope')
except ValueError as e:
    print('ValueError:', e)

# conflict_handler='resolve'
r = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old foo')
r.add_argument('--foo', help='new foo')
r.add_argument('-h', '--halt', action='store_true', help='overrides -h')
r.print_help()
run(r, ['-f', '1', '--foo', '2', '-h'])

# ArgumentError and ArgumentTypeError by hand
a = argparse.ArgumentParser().add_argument('--thing', '-t')
print(str(argparse.ArgumentError(a, 'bad thing')))
print(str(argparse.ArgumentError(None, 'no argument')))
print(issubclass(argparse.ArgumentError, Exception), issubclass(argparse.ArgumentTypeError, Exception))
