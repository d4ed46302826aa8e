# cli: -m MODULE runs a module from the current directory as __main__, with arguments
d=$(mktemp -d /tmp/mps_cli_XXXXXX)
trap 'rm -rf "$d"' EXIT
cat > "$d/tool.py" <<'MOD'
import sys
print('tool running as', __name__)
print(sys.argv[1:])
if __name__ == '__main__':
    sys.exit(3)
MOD
cd "$d"
$MPS -m tool x y
echo "status $?"
$MPS -m no_such_module_qq 2>/dev/null
echo "missing module status $?"
