import warnings, sys, os

def show(message, category, filename, lineno, file=None, line=None):
    print('SHOW', os.path.basename(filename), lineno, category.__name__, message, repr(line))

warnings.showwarning = show

def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)

def f():
    warnings.warn('plain warning')

for i in range(3):
    f()                      # default: once per location
old_api()                    # DeprecationWarning in __main__: shown
warnings.warn('a runtime one', RuntimeWarning)
warnings.warn(UserWarning('an instance'))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    for i in range(2):
        f()
    warnings.warn('bytes warning', BytesWarning)
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], log[0].lineno)
print(type(log[0].message).__name__, os.path.basename(log[0].filename))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        f()
    except UserWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='plain')
    f()
    warnings.warn('not plain')

with warnings.catch_warnings():
    warnings.simplefilter('once')
    warnings.warn('once only')
    warnings.warn('once only')

print(warnings.formatwarning('msg', UserWarning, 'x.py', 3, 'code line'), end='')
print(warnings.formatwarning('msg', DeprecationWarning, 'x.py', 4, ''), end='')
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError:', e)
try:
    warnings.warn('x', int)
except TypeError as e:
    print('TypeError:', e)
print(len(warnings.filters) >= 5, warnings.filters[0][0], warnings.filters[0][2].__name__)
del warnings.showwarning
warnings.showwarning = warnings._showwarning_orig if hasattr(warnings, '_showwarning_orig') else None
class Out:
    def flush(self):
        pass

    def write(self, s):
        sys.stdout.write(s.replace(os.path.abspath(__file__), os.path.basename(__file__)))
sys.stderr = Out()
warnings.warn('to stderr')
