# check_output returns stdout; call and check_call return the exit status; a child writes to our stdout
import os, threading, subprocess
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

print(subprocess.check_output(['echo', 'from check_output']))
print(repr(subprocess.check_output(['printf', '%d-%d', '1', '2'], text=True)))
print(subprocess.check_output(['cat'], input=b'piped'))
print('before the child', flush=True)
rc = subprocess.call(['echo', 'child writes here'])
print('call returned', rc, flush=True)
print(subprocess.call(['/bin/sh', '-c', 'exit 9']))
print(subprocess.check_call(['/bin/sh', '-c', 'true']))
print(subprocess.call('exit 6', shell=True))
_stop.set()
