# An uncaught AttributeError offers the closest attribute, as CPython 3.11 does ('Did you mean: 'getpid'?')
import subprocess, sys
snippets = [
    'import os\nos.getpd()',
    'class Point:\n    def __init__(self):\n        self.xcoord = 1\nPoint().xcord',
    '[].apend(1)',
    '"abc".uper()',
    'import math\nmath.sqr(2)',
    'class A:\n    def method(self): pass\nA.methd',
    '(1).real2',
    'd = {}\nd.iterms()',
]
for src in snippets:
    r = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True)
    print(r.stderr.strip().splitlines()[-1])
