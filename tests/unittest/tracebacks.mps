# unittest: tracebacks through helpers, chained exceptions, assertRaises failures, buffer=True output
import unittest, io, re, sys
from unittest import TestCase

def show(text):
    text = re.sub(r'in \d+\.\d+s', 'in T', text)
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    text = re.sub(r'\n *[\^~]+ *(?=\n)', '', text)
    print(text, end='')

def helper(x):
    check(x)

def check(x):
    if x > 1:
        raise KeyError(x)

class T(TestCase):
    def test_helper(self):
        helper(5)
    def test_chain(self):
        try:
            {}['k']
        except KeyError:
            raise ValueError('second')
    def test_raises_fail(self):
        with self.assertRaises(ValueError):
            helper(0)
    def test_print(self):
        print('captured out')
        sys.stderr.write('captured err\n')
        self.fail('with output')
    def test_print_ok(self):
        print('hidden')

s = io.StringIO()
old = sys.stdout
r = unittest.TextTestRunner(stream=s, verbosity=2, buffer=True).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
show(s.getvalue())
