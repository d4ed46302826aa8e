# os.path: relpath, commonpath, commonprefix, expandvars, samefile,
# lexists, getatime/getctime, splitdrive, normcase, ismount.
import os
import os.path

print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('/a/b', '/a/b'))
print(os.path.relpath('/x/y', '/a/b'), os.path.relpath('a/b', 'a'), os.path.relpath('/usr/lib', '/'))
try:
    os.path.relpath('')
except ValueError as e:
    print('ValueError', e)
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b/c', 'a/b/d', 'a/x']))
print(repr(os.path.commonpath(['/a', '/b'])), os.path.commonpath(['/usr//lib/', '/usr/lib/x']))
for bad in [[], ['/a', 'b']]:
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)
print(os.path.commonprefix(['interstellar', 'internet', 'interval']), repr(os.path.commonprefix([])))
os.environ['MPS_T1'] = 'one'
print(os.path.expandvars('$MPS_T1/${MPS_T1}x/$NO_SUCH_VAR_X/${NO_SUCH}/$/${unclosed'))
print(os.path.expandvars('no vars'), os.path.expandvars('$MPS_T1$MPS_T1'))
f = '/tmp/mps_path_more_%d' % os.getpid()
open(f, 'w').close()
os.symlink(f, f + '.lnk')
print(os.path.samefile(f, f + '.lnk'), os.path.samefile(f, '/tmp'))
os.remove(f)
print(os.path.exists(f + '.lnk'), os.path.lexists(f + '.lnk'), os.path.lexists(f))
os.remove(f + '.lnk')
print(os.path.getatime('/') > 0, os.path.getctime('/') > 0)
print(os.path.splitdrive('/a/b'), os.path.normcase('/A/b'))
print(os.path.ismount('/'), os.path.ismount('/nonexistent-dir'), os.path.ismount(os.path.dirname(os.path.abspath(__file__))))
try:
    os.path.no_such_function
except AttributeError as e:
    print(e)
