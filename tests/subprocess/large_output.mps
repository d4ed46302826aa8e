# 1 MB through a child's stdin and stdout at once does not deadlock
import os, threading, subprocess
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

data = bytes(range(256)) * 4096
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(data)
print(len(out), out == data, p.returncode)

text = ''.join('line %06d\n' % i for i in range(90000))
r = subprocess.run(['cat'], input=text, capture_output=True, text=True)
print(len(r.stdout), r.stdout == text, len(r.stdout.splitlines()))

r = subprocess.run(['/bin/sh', '-c', 'cat; cat >&2'], input=data, capture_output=True)
print(len(r.stdout), len(r.stderr), r.stdout == data, r.stderr == b'')
_stop.set()
