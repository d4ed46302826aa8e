# cli: with stdin not a terminal, the interpreter reads the whole script from stdin
echo 'print(1+1)' | $MPS
printf 'def f(x):\n    return x * 3\n\nfor i in range(3):\n    print(f(i))\n' | $MPS
printf 'print(__name__)\n' | $MPS
echo 'import sys; sys.exit(5)' | $MPS
echo "exit status $?"
echo 'raise ValueError("from stdin")' | $MPS 2>/dev/null
echo "exit status $?"
echo '' | $MPS
echo "empty script exit status $?"
