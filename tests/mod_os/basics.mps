# os module: getpid, getppid, getcwd, environ, getenv, sep, cpu_count, listdir, urandom
import os
pid = os.getpid()
print(type(pid).__name__, pid > 0, os.getppid() > 0, pid != os.getppid())
cwd = os.getcwd()
print(cwd.endswith('/mod_os'), cwd.startswith('/'), os.sep)
print(os.environ.get('HOME') is not None, 'PATH' in os.environ, os.environ.get('NO_SUCH_VAR_QQ') is None)
print(os.getenv('NO_SUCH_VAR_QQ'), os.getenv('NO_SUCH_VAR_QQ', 'dflt'), os.getenv('HOME') == os.environ['HOME'])
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
names = os.listdir('.')
print('basics.mps' in names, 'basics.out' in names, type(names).__name__)
r = os.urandom(16)
print(type(r).__name__, len(r))
try:
    os.environ['NO_SUCH_VAR_QQ']
except KeyError as e:
    print('KeyError:', e)
try:
    os.listdir('/no/such/dir/qq')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
