import subprocess
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b'a'))
print(p.communicate())
try:
    p.communicate(b'x')
except ValueError as e:
    print('ValueError:', e)
q = subprocess.Popen(['echo', 'hi'], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(q.communicate(), q.communicate(), q.returncode)
r = subprocess.Popen(['true'])
print(r.communicate(), r.communicate(), r.returncode)
s = subprocess.Popen(['echo', 'one pipe'], stdout=subprocess.PIPE)
print(s.communicate())
try:
    s.communicate()
except ValueError as e:
    print('ValueError:', e)
