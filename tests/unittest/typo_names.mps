# unittest and traceback: reports of NameError/AttributeError carry no "Did you mean" (3.11's traceback module)
import unittest
import traceback
import io
import re


class Point:
    x = 1


class T(unittest.TestCase):
    def test_name(self):
        prnt('hello')

    def test_attr(self):
        Point.y


s = io.StringIO()
unittest.TextTestRunner(stream=s).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
text = re.sub(r'in \d+\.\d+s', 'in T', s.getvalue())
text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
text = re.sub(r'\n *[\^~]+ *(?=\n)', '', text)
print(text, end='')
try:
    Point.z
except AttributeError as e:
    print(traceback.format_exception_only(e), traceback.format_exception(e)[-1], end='')
