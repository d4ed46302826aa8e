# sys.stderr.write and print(file=sys.stderr) go to stderr; the exit status stays 0
import sys
sys.stderr.write('error line 1\n')
print('stdout line')
print('error line 2', file=sys.stderr)
sys.stderr.flush()
print('stdout again', file=sys.stdout)
w = sys.stderr.write('x' * 3 + '\n')
print('stderr write returned', w)
