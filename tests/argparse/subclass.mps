# argparse: ArgumentParser subclass overriding error() and convert_arg_line_to_args with fromfile_prefix_chars
import argparse, os
os.environ['COLUMNS'] = '80'
class P(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('custom: ' + message)
    def convert_arg_line_to_args(self, line):
        return line.split()
p = P(prog='sub', fromfile_prefix_chars='@')
p.add_argument('--n', type=int, required=True)
p.add_argument('xs', nargs='*')
for a in [[], ['--n', 'x'], ['--n', '1', 'a']]:
    try:
        print(p.parse_args(a))
    except ValueError as e:
        print(e)
with open('argparse_subclass.tmp', 'w') as f:
    f.write('--n 5 a b\nc\n')
print(p.parse_args(['@argparse_subclass.tmp', 'd']))
os.remove('argparse_subclass.tmp')
print(p.format_usage(), end='')
print(p.format_help(), end='')
print(isinstance(p, argparse.ArgumentParser), type(p.add_subparsers()._parser_class).__name__)
