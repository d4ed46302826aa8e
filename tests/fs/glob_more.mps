# glob and Path.glob: '**' forms, trailing slashes, symlinked dirs, '..' in patterns
import glob, os, tempfile, shutil
from pathlib import Path
b = tempfile.mkdtemp(prefix='glob_more'); os.chdir(b)
for d in ['a/b/c', 'a/x', 'q']: os.makedirs(d)
for f in ['a/1.txt', 'a/b/2.txt', 'a/b/c/3.txt', 'q/.h', 'top.txt']: open(f,'w').close()
os.symlink('a', 'la')
print(sorted(glob.glob('a/**/', recursive=True)))
print(sorted(glob.glob('**/*.txt', recursive=True)))
print(sorted(glob.glob('**', recursive=False)))
print(sorted(glob.glob('*/*/')))
print(sorted(glob.glob('a/**/**/*.txt', recursive=True)))
print(sorted(glob.glob('./a/*')), sorted(glob.glob('a//*')))
print(sorted(str(p) for p in Path('.').glob('**/')))
print(sorted(str(p) for p in Path('.').glob('**/*.txt')))
print(sorted(str(p) for p in Path('.').rglob('*')))
print(sorted(str(p) for p in Path('.').glob('*/../top.txt')))
try:
    list(Path('a').glob('.'))
except IndexError as e:
    print('IndexError', e)
print(sorted(str(p) for p in Path('.').glob('l?/*')))
os.chdir('/'); shutil.rmtree(b)
