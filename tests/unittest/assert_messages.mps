# unittest: the failure messages of every assert method (diffs, shortening, msg=, longMessage, maxDiff)
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print('%s: %s' % (name, e))
    except Exception as e:
        print('%s raised %s: %s' % (name, type(e).__name__, e))
    else:
        print('%s: passed' % name)
    print('.')


check('assertEqual', 1, 2)
check('assertEqual', 1, 1)
check('assertEqual', 'a', 'b')
check('assertEqual', 'spam\neggs\nham\n', 'spam\nbeans\nham\n')
check('assertEqual', 'abcdefgh\n', 'abcxefgh\n')
check('assertEqual', [1, 2, 3], [1, 5, 3])
check('assertEqual', [1, 2], [1, 2, 3, 4])
check('assertEqual', (1, 2, 3), (1, 2))
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', frozenset([1]), frozenset([1, 5]))
check('assertEqual', 1, 2, 'custom')
check('assertEqual', 'x' * 100, 'x' * 99 + 'y')
check('assertEqual', 'a' * 30 + 'b' * 90, 'a' * 30 + 'c' * 90)
check('assertEqual', list(range(30)), list(range(29)) + [99])
check('assertEqual', [[1, 2], [3, 4]], [[1, 2], [3, 5]])
check('assertNotEqual', 3, 3)
check('assertTrue', 0)
check('assertFalse', [1])
check('assertIs', None, 0)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 4, [1, 2])
check('assertNotIn', 1, [1, 2])
check('assertIsInstance', 1, str)
check('assertNotIsInstance', 1, int)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25)
check('assertAlmostEqual', 1.0, 1.5, places=2, delta=0.25)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.1, delta=0.5)
check('assertRegex', 'hello world', r'\d+')
check('assertNotRegex', 'hello 42 world', r'\d+')
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 1])
check('assertCountEqual', [[1], [2]], [[2], [2]])
check('assertCountEqual', 'abc', 'cba')
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertSequenceEqual', 'abc', 'abd')
check('assertListEqual', [1], (1,))
check('assertTupleEqual', (1,), [1])
check('assertDictEqual', {'a': 1}, [])
check('assertMultiLineEqual', 'a', 1)
check('assertSetEqual', {1}, set())
check('assertSetEqual', set(), {'x'})
check('assertSetEqual', {1}, 5)
check('assertEqual', 1, 1.0)
check('assertDictEqual', {i: 'value %d' % i for i in range(12)}, {i: 'value %d' % (i + (i == 5)) for i in range(12)})
check('fail', 'plain failure')
check('fail')

t.longMessage = False
check('assertEqual', 1, 2, 'only mine')
check('assertEqual', 1, 2)
t.longMessage = True
t.maxDiff = 20
check('assertEqual', [1, 2, 3], [1, 5, 3])
t.maxDiff = None
check('assertEqual', list(range(40)), list(range(1, 41)))
