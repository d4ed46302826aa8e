# returncode of a killed/terminated child; DEVNULL; stderr=STDOUT merges the streams
import os, threading, subprocess
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

p = subprocess.Popen(['sleep', '10'])
p.kill()
print('killed', p.wait())
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print('terminated', p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(9)  # SIGKILL
print('signalled', p.wait(), p.returncode)

r = subprocess.run(['/bin/sh', '-c', 'echo to-out; echo to-err >&2'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(r.stdout, r.stderr, r.returncode)
r = subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout)
r = subprocess.run(['/bin/sh', '-c', 'echo one; echo two >&2; echo three'],
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(['/bin/sh', '-c', 'echo gone >&2; echo kept'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
print(r.stdout)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
_stop.set()
