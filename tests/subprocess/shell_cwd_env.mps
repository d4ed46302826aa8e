# shell=True, cwd= and env= 
import os, threading, subprocess
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

print(subprocess.check_output('echo a b | cat; echo $((6 * 7))', shell=True, text=True), end='')
r = subprocess.run('for i in 1 2 3; do printf "$i"; done; exit 5', shell=True, capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
print(subprocess.run(['/bin/sh', '-c', 'pwd'], cwd='/', capture_output=True, text=True).stdout, end='')
print(subprocess.run('pwd', shell=True, cwd='/tmp', capture_output=True, text=True).stdout.strip() in ('/tmp', os.path.realpath('/tmp')))
out = subprocess.run(['/bin/sh', '-c', 'echo "[$GREETING] [$UNSET_VAR_MPS]"'],
                     env={'GREETING': 'hi there'}, capture_output=True, text=True).stdout
print(out, end='')
env = dict(os.environ, EXTRA='added')
print(subprocess.check_output('echo $EXTRA', shell=True, env=env, text=True), end='')
try:
    subprocess.run(['pwd'], cwd='/no/such/dir/mps')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
_stop.set()
