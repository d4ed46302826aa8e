# timeout= raises TimeoutExpired promptly; run() kills the child; after a communicate() timeout nothing read is lost
import os, threading, subprocess, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

t0 = time.monotonic()
try:
    subprocess.run(['sleep', '10'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, 0 < e.timeout <= 0.2)
    print(str(e).startswith("Command '['sleep', '10']' timed out after "))
print('prompt', time.monotonic() - t0 < 2.0)

p = subprocess.Popen(['/bin/sh', '-c', 'echo started; exec sleep 10'], stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('communicate timed out', e.timeout)
p.kill()
out, _ = p.communicate()
print(repr(out), p.returncode)

p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired:
    print('wait timed out', p.poll())
p.terminate()
print(p.wait(), 'prompt', time.monotonic() - t0 < 3.0)
try:
    subprocess.check_output(['sleep', '10'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('check_output', type(e).__name__, e.output in (None, b''))
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
_stop.set()
