# Run other programs: capture their output, feed their input.
import subprocess

r = subprocess.run(['echo', 'hello from a child program'], capture_output=True, text=True)
print(r.returncode, r.stdout.strip())
p = subprocess.Popen(['sort'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, _ = p.communicate('pear\napple\nfig\n')
print(out.split())
