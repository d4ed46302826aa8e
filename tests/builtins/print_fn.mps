# print(): sep, end, multiple args, file=sys.stderr, flush, empty call, non-str objects
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='-')
print('a', 'b', sep='')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep=', ', end='!\n')
print(1, 2.5, None, True, [1], (2,), {'k': 'v'}, sep=' | ')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*range(5))
print(*[], sep='x')
print('', end='')
print('multi\nline')
print('tab\tsep', end='\n\n')
print('after blank line')
print(sep='-', end='END\n')
print('a', 'b', sep=None, end=None)
sys.stdout.write('written directly\n')
print('stderr again', 1, 2, sep=':', file=sys.stderr)
class P:
    def __str__(self):
        return 'P-object'
print(P(), [P()] if False else 'list skipped')
