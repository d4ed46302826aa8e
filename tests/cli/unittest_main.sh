# cli: unittest.main(): -v, -q, -f, -k, test names, exit status, -h, bad options
d=$(mktemp -d /tmp/mps_cli_XXXXXX)
trap 'rm -rf "$d"' EXIT
cat > "$d/test_prog.py" <<'MOD'
import unittest


class Maths(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_sub(self):
        """Subtraction is not commutative."""
        self.assertEqual(3 - 1, 1)

    def test_div(self):
        print(1 / 0)


class Words(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('abc'.upper(), 'ABC')

    @unittest.skip('later')
    def test_lower(self):
        pass


if __name__ == '__main__':
    unittest.main()
MOD
cat > "$d/test_ok.py" <<'MOD'
import unittest


class Fine(unittest.TestCase):
    def test_one(self):
        self.assertIn(1, [1, 2])

    def test_two(self):
        self.assertIsNone(None)


unittest.main(verbosity=2, exit=False)
print('still running')
unittest.main(argv=['prog', 'Fine.test_two'], exit=False)
MOD
cd "$d"
run() {
    "$@" 2>&1 | sed -e 's/in [0-9]*\.[0-9]*s$/in T/' -e 's|File ".*/|File "|' | grep -v '^ *[\^~][\^~ ]*$'
}
run $MPS test_prog.py
$MPS test_prog.py >/dev/null 2>&1; echo "status $?"
run $MPS test_prog.py -v
run $MPS test_prog.py -q
run $MPS test_prog.py -f
run $MPS test_prog.py -k upper -k add -v
run $MPS test_prog.py Words -v
run $MPS test_prog.py Maths.test_add Words.test_upper
$MPS test_prog.py Words >/dev/null 2>&1; echo "status $?"
run $MPS test_ok.py
run $MPS test_prog.py -h
$MPS test_prog.py -h >/dev/null 2>&1; echo "status $?"
run $MPS test_prog.py -z
$MPS test_prog.py -z >/dev/null 2>&1; echo "status $?"
run $MPS test_prog.py -k
