# unittest: assertRaises/RaisesRegex/Warns/WarnsRegex as context managers and callables
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def boom(kind, text='bad'):
    raise kind(text)


def warn(text, cat=UserWarning):
    warnings.warn(text, cat)


def attempt(label, fn):
    try:
        r = fn()
    except AssertionError as e:
        print(label, 'AssertionError:', e)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, 'passed', type(r).__name__)


with t.assertRaises(ValueError) as cm:
    int('x')
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
with t.assertRaises((KeyError, IndexError)) as cm:
    [][1]
print(repr(cm.exception))


def no_raise():
    with t.assertRaises(ValueError):
        pass


def no_raise_msg():
    with t.assertRaises(ValueError, msg='extra'):
        pass


def wrong_type():
    with t.assertRaises(ValueError):
        raise TypeError('other')


attempt('no_raise', no_raise)
attempt('no_raise_msg', no_raise_msg)
attempt('wrong_type', wrong_type)
attempt('callable', lambda: t.assertRaises(ValueError, boom, ValueError))
attempt('callable-none', lambda: t.assertRaises(ValueError, len, 'abc'))
attempt('tuple-none', lambda: t.assertRaises((ValueError, KeyError), len, ''))
attempt('bad-arg', lambda: t.assertRaises(5, len, ''))
attempt('bad-kw', lambda: t.assertRaises(ValueError, foo=1))
attempt('regex-ok', lambda: t.assertRaisesRegex(ValueError, r'b.d', boom, ValueError))
attempt('regex-no', lambda: t.assertRaisesRegex(ValueError, r'^good', boom, ValueError))
attempt('regex-cm', lambda: t.assertRaisesRegex(KeyError, 'k').__class__)

with t.assertWarns(DeprecationWarning) as cm:
    warn('old stuff', DeprecationWarning)
print(type(cm.warning).__name__, cm.warning, cm.lineno)
attempt('warns-none', lambda: t.assertWarns(UserWarning, len, ''))
attempt('warns-ok', lambda: t.assertWarns(UserWarning, warn, 'hey'))
attempt('warnsregex-no', lambda: t.assertWarnsRegex(UserWarning, 'xyz', warn, 'hey'))
attempt('warnsregex-ok', lambda: t.assertWarnsRegex(UserWarning, 'h.y', warn, 'hey'))
attempt('warns-bad', lambda: t.assertWarns(ValueError, warn, 'hey'))


def warns_other():
    with t.assertWarns(DeprecationWarning):
        warn('user kind')


attempt('warns-other', warns_other)
