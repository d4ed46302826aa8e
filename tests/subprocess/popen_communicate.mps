# Popen with PIPEs: communicate(input=...), text mode, returncode, wait/poll, context manager
import os, threading, subprocess
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(input=b'line one\nline two\n')
print(out, err, p.returncode)

p = subprocess.Popen(['/bin/sh', '-c', 'read x; echo "got $x"; echo warn >&2; exit 2'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.communicate('value\n')
print(repr(out), repr(err), p.returncode)
print(isinstance(p.pid, int) and p.pid > 0)

p = subprocess.Popen(['sleep', '0.1'])
print(p.poll(), p.returncode)
print(p.wait(timeout=5), p.poll(), p.returncode)

with subprocess.Popen(['printf', 'x\\ny\\n'], stdout=subprocess.PIPE, text=True) as p:
    lines = p.stdout.readlines()
print(lines, p.returncode)

p = subprocess.Popen(['echo', 'read directly'], stdout=subprocess.PIPE)
print(p.stdout.read())
p.stdout.close()
print(p.wait())
_stop.set()
