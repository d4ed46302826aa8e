# %-formatting: what counts as a mapping, one single argument per unkeyed spec, '%%' versus '%5%'
tests = [
    lambda: '%(x)s %s' % {'x': 'y'},
    lambda: 'abc' % [],
    lambda: 'abc' % {},
    lambda: 'abc' % (),
    lambda: '%5%' % (),
    lambda: '%%' % (),
    lambda: '%s' % [],
    lambda: '%d%%' % 5,
    lambda: '%(a)d %(b)s' % {'a': 1, 'b': 'x'},
    lambda: '%s %s' % ('a',),
    lambda: '%s' % ('a', 'b'),
    lambda: '%c' % 65,
    lambda: '%c' % 'z',
    lambda: '%x %o %X %e %g %r %a' % (255, 8, 255, 1.5, 0.00001, 'q', 'é'),
    lambda: '%-5d|%05d|%+d|% d' % (3, -3, 3, 3),
    lambda: '%.3s|%5.1f|%*d|%-*d|' % ('abcdef', 2.25, 4, 7, 3, 8),
    lambda: 'abc' % 5,
    lambda: '%s' % {'k': 1},
    lambda: '%z' % 1,
]
for f in tests:
    try:
        print(repr(f()))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
for f in (lambda: '%5%' % (1,), lambda: '%(a)%' % {'a': 1}, lambda: '%s %s' % {'a': 1}, lambda: 'x%%y%s' % 3):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
