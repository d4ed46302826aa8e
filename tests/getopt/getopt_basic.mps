# getopt: getopt and gnu_getopt results, long option prefixes, GetoptError messages and attributes
import getopt, os

os.environ.pop('POSIXLY_CORRECT', None)


def show(fn, args, short, longs=[]):
    try:
        print(fn.__name__, args, '->', fn(args, short, longs))
    except getopt.GetoptError as e:
        print(fn.__name__, args, '-> GetoptError:', e, '| msg=%r opt=%r' % (e.msg, e.opt), e.args)


for fn in [getopt.getopt, getopt.gnu_getopt]:
    show(fn, ['-a', '-b', 'val', 'file', '-c'], 'ab:c')
    show(fn, ['-abval', 'x'], 'ab:c')
    show(fn, ['-ac', '--', '-b', 'x'], 'ab:c')
    show(fn, ['-', '-a'], 'ab:c')
    show(fn, ['--alpha', '--beta=1', '--beta', '2', 'rest'], 'a', ['alpha', 'beta='])
    show(fn, ['--al', '--be', 'v'], '', ['alpha', 'beta='])
    show(fn, ['--b'], '', ['beta', 'bear'])
    show(fn, ['--beta'], '', ['beta', 'betamax'])
    show(fn, ['--beta='], '', ['beta='])
    show(fn, ['--gamma'], '', ['alpha'])
    show(fn, ['--alpha=x'], '', ['alpha'])
    show(fn, ['--beta'], '', ['beta='])
    show(fn, ['-z'], 'ab:')
    show(fn, ['-b'], 'ab:')
    show(fn, ['x', '-a', 'y', '--alpha'], 'a', 'alpha')
    show(fn, [], 'a')
    show(fn, ['-:'], 'a:')

show(getopt.gnu_getopt, ['x', '-a', 'y'], '+a')
os.environ['POSIXLY_CORRECT'] = '1'
show(getopt.gnu_getopt, ['x', '-a', 'y'], 'a')
del os.environ['POSIXLY_CORRECT']
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('just a message')
print(repr(e.msg), repr(e.opt), str(e), e.args)
