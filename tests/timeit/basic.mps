# timeit: statements run the right number of times, setup once per run, globals=, callables, repeat, autorange, errors
import io
import time
import timeit

print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)

# string statement with a globals dict: counts its own runs
g = {'hits': [0]}
t = timeit.timeit('hits[0] += 1', number=1000, globals=g)
print(type(t).__name__, t >= 0, g['hits'])
print(sorted(k for k in g if k != '__builtins__'))

# setup runs once per timing run, before the loop
log = []
r = timeit.repeat('log.append("s")', setup='log.append("setup")', repeat=3, number=4,
                  globals={'log': log})
print(len(r), all(type(x) is float and x >= 0 for x in r))
print(log)

# names made by setup are visible to the statement; assignments stay local
g = {'out': []}
timeit.timeit('out.append(a * b)\nb += 1', setup='a = 3\nb = 2', number=3, globals=g)
print(g['out'], 'a' in g, 'b' in g)

# multi-line statements and setups (loops, defs)
g = {'acc': []}
stmt = """
for i in range(2):
    acc.append(sq(i))
"""
setup = """
def sq(x):
    return x * x
"""
timeit.timeit(stmt, setup, number=2, globals=g)
print(g['acc'])

# callables for stmt and setup
calls = []
n = timeit.Timer(lambda: calls.append('stmt'), setup=lambda: calls.append('setup')).timeit(number=3)
print(calls, n >= 0)
calls.clear()
timeit.Timer('calls.append(1)', setup=lambda: calls.append('s'), globals={'calls': calls}).repeat(2, 2)
print(calls)
calls.clear()
timeit.Timer(lambda: calls.append(2), setup='x = 1').timeit(number=2)
print(calls)

# number=0 runs nothing; default repeat count is 5
g = {'c': [0]}
print(timeit.timeit('c[0] += 1', number=0, globals=g) >= 0, g['c'])
print(len(timeit.repeat('pass', number=10)))
tm = timeit.Timer('c[0] += 1', globals=g)
print(len(tm.repeat(number=2)), g['c'])

# a fake timer makes the measured time exact
ticks = iter(range(0, 1000, 7))
print(timeit.timeit('pass', timer=lambda: next(ticks), number=5))
clock = [0]
step = lambda: clock.__setitem__(0, clock[0] + 1)
tm = timeit.Timer(step, timer=lambda: clock[0] / 64)
seen = []
print(tm.autorange(lambda number, t: seen.append((number, t))))
print(seen)

# the default namespace is timeit's own, not the caller's
secret = 42
try:
    timeit.timeit('secret', number=1)
except NameError as e:
    print('NameError:', e)


def attempt(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


attempt('stmt int', timeit.Timer, 5)
attempt('setup int', timeit.Timer, 'pass', None)
attempt('stmt return', timeit.Timer, 'return 5')
attempt('setup return', timeit.Timer, 'x = 1', 'return 5')
attempt('stmt break', timeit.Timer, 'break')
attempt('stmt indent', timeit.Timer, '  x = 1')
attempt('setup unclosed', timeit.Timer, 'x = 1', 'y = (')
attempt('number float', timeit.timeit, number=1.5)
attempt('stmt raises', timeit.timeit, '1/0', number=3)

tm = timeit.Timer('x = 1\ny = 1 / 0', setup='z = 2')
try:
    tm.timeit(number=1)
except ZeroDivisionError:
    buf = io.StringIO()
    tm.print_exc(file=buf)
    lines = buf.getvalue().splitlines()
    for i, line in enumerate(lines):
        if '<timeit-src>' in line:
            print(line.strip())
            print(lines[i + 1].strip())
    print(lines[0])
    print(lines[-1])
