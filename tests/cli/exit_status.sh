# cli: exit statuses of scripts: success 0, sys.exit(n), uncaught exception 1, SystemExit message 1, usage errors 2
d=$(mktemp -d /tmp/mps_cli_XXXXXX)
trap 'rm -rf "$d"' EXIT
printf 'print("ok")\n' > "$d/ok.mps"
printf 'import sys\nsys.exit(4)\n' > "$d/four.mps"
printf 'def f():\n    raise KeyError("k")\nf()\n' > "$d/raise.mps"
printf 'raise SystemExit("bye")\n' > "$d/sysexit_msg.mps"
printf 'import sys\nsys.exit(None)\n' > "$d/none.mps"
printf 'if True\n    pass\n' > "$d/syntax.mps"
$MPS "$d/ok.mps"; echo "ok: $?"
$MPS "$d/four.mps"; echo "sys.exit(4): $?"
$MPS "$d/raise.mps" 2>/dev/null; echo "uncaught: $?"
$MPS "$d/raise.mps" 2>&1 >/dev/null | tail -n 1
$MPS "$d/sysexit_msg.mps" 2>&1; echo "SystemExit message: $?"
$MPS "$d/none.mps"; echo "sys.exit(None): $?"
$MPS "$d/syntax.mps" 2>/dev/null; echo "syntax error: $?"
$MPS "$d/no_such_file.mps" 2>/dev/null; echo "missing file: $?"
$MPS --no-such-option-qq 2>/dev/null </dev/null; echo "bad option: $?"
