# unittest: TestLoader (names sorted, prefix, patterns, by name), TestSuite, TestResult, FunctionTestCase, ids and reprs
import unittest
import sys


class Zeta(unittest.TestCase):
    attr = 'not callable'
    test_attr = 5

    def test_b(self):
        pass

    def test_a(self):
        """First line of the doc.

        Second paragraph."""

    def check_me(self):
        pass

    def helper(self):
        pass


class Alpha(unittest.TestCase):
    def runTest(self):
        self.assertTrue(True)


class NotATest:
    def __repr__(self):
        return '<NotATest>'

    def test_x(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Zeta))
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Zeta))
loader.testMethodPrefix = 'test'
loader.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(loader.getTestCaseNames(Zeta))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*_b']
print(loader.getTestCaseNames(Zeta))
loader = unittest.TestLoader()
print(loader.loadTestsFromTestCase(Zeta))
print(loader.loadTestsFromTestCase(Alpha))
mod = sys.modules[__name__]
print(loader.loadTestsFromModule(mod))
print(loader.loadTestsFromName('Zeta.test_a', mod))
print(loader.loadTestsFromName('Zeta', mod))
print(loader.loadTestsFromNames(['Zeta.test_b', 'Alpha'], mod))
try:
    loader.loadTestsFromName('NotATest', mod)
except TypeError as e:
    print('TypeError:', e)
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print('TypeError:', e)

t = Zeta('test_a')
print(t.id(), '|', str(t), '|', repr(t), '|', t.shortDescription())
print(Zeta('test_b').shortDescription(), t.countTestCases())
print(t == Zeta('test_a'), t == Zeta('test_b'), hash(t) == hash(Zeta('test_a')))
try:
    Zeta('test_nope')
except ValueError as e:
    print('ValueError:', e)

s = unittest.TestSuite([Zeta('test_a'), unittest.TestSuite([Zeta('test_b')])])
print(s.countTestCases(), len(list(s)))
try:
    s.addTest(5)
except TypeError as e:
    print('TypeError:', e)
try:
    s.addTest(Zeta)
except TypeError as e:
    print('TypeError:', e)
try:
    s.addTests('abc')
except TypeError as e:
    print('TypeError:', e)
r = unittest.TestResult()
s.run(r)
print(r, r.testsRun, r.wasSuccessful(), r.failures, r.errors, r.shouldStop)
print(s.countTestCases(), list(s))

r = Zeta('test_a').run()
print(type(r).__name__, r.testsRun)


def plain():
    """A plain function."""
    raise ZeroDivisionError('nope')


f = unittest.FunctionTestCase(plain)
print(f.id(), '|', str(f), '|', f.shortDescription())
print(unittest.FunctionTestCase(plain, description='described').shortDescription())
r = unittest.TestResult()
f.run(r)
print(len(r.errors), r.errors[0][1].splitlines()[-1])

r = unittest.TestResult()
r.failfast = True
unittest.TestSuite([unittest.FunctionTestCase(plain), Zeta('test_a')]).run(r)
print(r.testsRun, r.shouldStop)
print(unittest.TestCase.failureException, unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
print(issubclass(unittest.SkipTest, Exception), unittest.SkipTest('r').args)
print(unittest.TestSuite, unittest.TextTestRunner, unittest.TestResult, unittest.TextTestResult)
print(unittest.TestLoader, unittest.defaultTestLoader.testMethodPrefix)
