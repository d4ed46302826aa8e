# A script that starts a spawn process without `if __name__ == '__main__':`:
# the child, re-running the script, refuses to start another (RuntimeError,
# exit code 1) instead of starting an endless chain of processes.
import subprocess
import sys

r = subprocess.run([sys.executable, 'spawn_noguard_child.py'], capture_output=True, text=True, timeout=60)
print(r.stdout.strip())
print('child raised RuntimeError:', 'RuntimeError: ' in r.stderr)
print('status', r.returncode)
