# check=True, check_call and check_output raise CalledProcessError with returncode, cmd and output
import os, threading, subprocess
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

cmd = ['/bin/sh', '-c', 'echo partial; exit 3']
try:
    subprocess.run(cmd, check=True, capture_output=True, text=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.cmd)
    print(repr(e.stdout), repr(e.output), repr(e.stderr))
    print(e)
try:
    subprocess.check_call(['/bin/sh', '-c', 'exit 2'])
except subprocess.CalledProcessError as e:
    print('check_call', e.returncode)
try:
    subprocess.check_output(['/bin/sh', '-c', 'printf oops; exit 1'])
except subprocess.CalledProcessError as e:
    print('check_output', e.returncode, e.output)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
r = subprocess.run(['/bin/sh', '-c', 'exit 0'], check=True)
print(r.returncode)
r.check_returncode()
bad = subprocess.run(['/bin/sh', '-c', 'exit 5'])
try:
    bad.check_returncode()
except subprocess.CalledProcessError as e:
    print('check_returncode', e.returncode)
_stop.set()
