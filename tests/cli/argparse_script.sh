# cli: a script using argparse with real command-line arguments: parsing, -h, errors (status 2), getopt and shlex
d=$(mktemp -d /tmp/mps_cli_XXXXXX)
trap 'rm -rf "$d"' EXIT
cat > "$d/greet.py" <<'PY'
import argparse, os, sys
os.environ['COLUMNS'] = '80'
parser = argparse.ArgumentParser(description='Greet people a number of times.')
parser.add_argument('names', nargs='+', help='who to greet')
parser.add_argument('-n', '--times', type=int, default=1, help='how many times (default: %(default)s)')
parser.add_argument('--shout', action='store_true', help='use capitals')
parser.add_argument('--greeting', choices=['hello', 'hi'], default='hello')
args = parser.parse_args()
for _ in range(args.times):
    for name in args.names:
        text = '%s, %s!' % (args.greeting, name)
        print(text.upper() if args.shout else text)
PY
cat > "$d/opts.py" <<'PY'
import getopt, shlex, sys
opts, rest = getopt.gnu_getopt(sys.argv[1:], 'vo:', ['verbose', 'output='])
print(opts, rest)
print(shlex.join(rest), shlex.split(' '.join(rest)))
PY
cd "$d"
$MPS greet.py World Ann --times 2
echo "status $?"
$MPS greet.py World --times 2 Ann 2>&1
echo "status $?"
$MPS greet.py --shout --greeting=hi -n1 Bob
echo "status $?"
$MPS greet.py -h
echo "status $?"
$MPS greet.py 2>&1
echo "status $?"
$MPS greet.py X --times two 2>&1
echo "status $?"
$MPS greet.py X --greeting hey --extra 2>&1
echo "status $?"
$MPS opts.py -v a --output=o.txt 'b c' -o x -- -d
echo "status $?"
