# The REPL in a pseudo-terminal: prompts, echo of expression values, block
# continuation, a traceback that does not end the session, Ctrl-C
# discarding the line, Ctrl-D ending it with status 0.
# script(1) runs the command through $SHELL; "exec" keeps that shell out of
# the terminal's process group, or dash would see the Ctrl-C too and report
# it as its own status 130.
command -v script >/dev/null || { echo "script (bsdutils) is missing"; exit 0; }
# The first input waits for the REPL to set up the terminal: lines typed
# before readline turns the tty's echo off are echoed by the kernel.
{
    sleep 1
    printf 'x = 20\nx + 22\ndef f(n):\n    return n * 2\n\nf(21)\nundefined_name\n"still alive"\n'
    sleep 1.5; printf 'print("never'
    sleep 0.5; printf '\003'
    sleep 0.5; printf 'print("after")\n'
    sleep 0.5; printf '\004'
} | TERM=dumb INPUTRC=/dev/null HOME=/tmp SHELL=/bin/sh script -qec "exec $MPS" /dev/null >/tmp/mps-repl-test.$$
status=$?
tr -d '\r' </tmp/mps-repl-test.$$ | sed -n '/^Type Ctrl-D/,$p'
rm -f /tmp/mps-repl-test.$$
echo "exit status of the REPL: $status"
