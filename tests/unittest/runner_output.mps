# unittest: TextTestRunner output at verbosity 0/1/2 (dots, ok/FAIL/ERROR lines, failure blocks, summary)
import unittest, io, re, sys

def show(text):
    text = re.sub(r'in \d+\.\d+s', 'in T', text)
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    text = re.sub(r'\n *[\^~]+ *(?=\n)', '', text)
    print(text, end='')

class T(unittest.TestCase):
    def test_ok(self):
        """Docstring first line.

        more"""
        self.assertEqual(1, 1)
    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 5, 3])
    def test_err(self):
        raise ValueError('boom')
    @unittest.skip('because')
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xf(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_us(self):
        pass
    def test_str(self):
        self.assertEqual('a\nb\nc\n', 'a\nx\nc\n')
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)

for v in (0, 1, 2):
    s = io.StringIO()
    r = unittest.TextTestRunner(stream=s, verbosity=v).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
    show(s.getvalue())
    print(r)
