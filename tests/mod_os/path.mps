# os.path: join, basename, dirname, exists, abspath; os.remove and file creation
import os
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/root', 'x'), os.path.join('a/', 'b'), os.path.join('a', '/abs'))
print(os.path.basename('/usr/lib/file.tar.gz'), repr(os.path.basename('/usr/lib/')), os.path.basename('plain'))
print(os.path.dirname('/usr/lib/file.tar.gz'), repr(os.path.dirname('plain')), os.path.dirname('/top'))
print(os.path.exists('path.mps'), os.path.exists('no_such_file.qq'), os.path.exists('.'), os.path.exists('/'))
print(os.path.abspath('.') == os.getcwd(), os.path.abspath('path.mps') == os.path.join(os.getcwd(), 'path.mps'))
print(os.path.abspath('/a/b/../c'), os.path.abspath('/a/./b/'))
tmp = os.path.join('/tmp', 'mps_test_path_%d' % os.getpid())
with open(tmp, 'w') as f:
    f.write('x')
print(os.path.exists(tmp))
os.remove(tmp)
print(os.path.exists(tmp))
try:
    os.remove(tmp)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
full = os.path.join(os.getcwd(), 'path.mps')
print(os.path.basename(full), os.path.basename(os.path.dirname(full)))
