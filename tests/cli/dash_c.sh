# cli: -c CODE [ARGS...]: sys.argv, __name__, multi-statement code, exit statuses
$MPS -c 'print("hello from -c")'
$MPS -c 'import sys; print(sys.argv)' a 'b c' --flag
$MPS -c 'import sys; print(len(sys.argv), sys.argv[0])'
$MPS -c 'print(__name__)'
$MPS -c 'x = 5
for i in range(2):
    print(x + i)'
$MPS -c '1/0' 2>&1 | tail -n 1
$MPS -c '1/0' 2>/dev/null
echo "uncaught exception status $?"
$MPS -c 'import sys; sys.exit(9)'
echo "sys.exit(9) status $?"
$MPS -c 'x = = 1' 2>&1 | tail -n 1
$MPS -c 'x = = 1' 2>/dev/null
echo "syntax error status $?"
