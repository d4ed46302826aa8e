# a program that does not exist raises FileNotFoundError naming it
import os, threading, subprocess
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

for call in (lambda: subprocess.run(['no-such-program-mps']),
             lambda: subprocess.Popen(['no-such-program-mps', 'arg']),
             lambda: subprocess.check_output(['./not/here']),
             lambda: subprocess.call(['/nonexistent/prog'])):
    try:
        call()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename)
        print(e)
r = subprocess.run('no-such-program-mps 2>/dev/null', shell=True)
print('via the shell:', r.returncode)
_stop.set()
