# subprocess: universal newlines in text mode, type checks of input and arguments, a second communicate()
import subprocess
print(repr(subprocess.run(['printf', 'a\\r\\nb\\rc'], stdout=subprocess.PIPE, text=True).stdout))
print(repr(subprocess.run(['printf', 'a\\r\\nb'], stdout=subprocess.PIPE).stdout))
for bad in (lambda: subprocess.run(['cat'], input='str', stdout=subprocess.PIPE),
            lambda: subprocess.run(['echo', 5], stdout=subprocess.PIPE)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
p = subprocess.Popen(['echo', 'data'], stdout=subprocess.PIPE)
print(p.communicate())
try:
    p.communicate()
except ValueError as e:
    print("ValueError", e)
