# unittest: setUp/tearDown order, class and module fixtures, cleanups, subTest, skips, errors in fixtures
import unittest
import io
import re

log = []


def show(text):
    text = re.sub(r'in \d+\.\d+s', 'in T', text)
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    text = re.sub(r'\n *[\^~]+ *(?=\n)', '', text)
    print(text, end='')


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass A')
        cls.addClassCleanup(log.append, 'class cleanup A')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass A')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 1 ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 2 ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')

    def test_b(self):
        log.append('test_b')
        self.skipTest('not today')

    def test_c(self):
        log.append('test_c')
        self.assertEqual(2 + 2, 5)


class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup broke')

    def test_never(self):
        log.append('never')


@unittest.skip('whole class')
class C(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('C setUpClass must not run')

    def test_one(self):
        pass

    def test_two(self):
        pass


class D(unittest.TestCase):
    def setUp(self):
        raise KeyError('setup')

    def tearDown(self):
        log.append('D tearDown must not run')

    def test_x(self):
        log.append('D test must not run')


class E(unittest.TestCase):
    def test_cleanup_error(self):
        def bad():
            raise ValueError('in cleanup')
        self.addCleanup(bad)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, even=(i % 2 == 0)):
                if i == 3:
                    raise TypeError('three')
                self.assertNotEqual(i, 1)
        with self.subTest('message only'):
            self.assertTrue(False)
        with self.subTest():
            pass
        log.append('after subtests')

    @unittest.skipIf(True, 'if true')
    def test_skipif(self):
        pass

    @unittest.skipUnless(False, 'unless false')
    def test_skipunless(self):
        pass

    @unittest.skipIf(False, 'not skipped')
    def test_not_skipped(self):
        pass


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (A, B, C, D, E):
    suite.addTests(loader.loadTestsFromTestCase(cls))
print(suite.countTestCases())
for verbosity in (2, 1):
    log.clear()
    s = io.StringIO()
    copy = unittest.TestSuite()
    for cls in (A, B, C, D, E):
        copy.addTests(loader.loadTestsFromTestCase(cls))
    result = unittest.TextTestRunner(stream=s, verbosity=verbosity).run(copy)
    show(s.getvalue())
    print(log)
    print(result, result.testsRun, len(result.skipped), result.wasSuccessful())
    print([str(t) for t, r in result.skipped])
    print([t.id() for t, _ in result.errors])
    print(copy.countTestCases(), list(copy)[0])
