x = (1 +
     2)
y = [
    1,
    2,
]
z = {
    'a': 1,  # comment
    # another
    'b': 2
}
if x and \
   y:
    pass
def f():
	return 1
class C:

    # comment at odd indent
        # deeper comment

    def m(self):



        return 1
    
    x = 1
if True:
    if True:
        if True:
            pass
    pass
s = '''a
b''' + """c"""
t = ("implicit"
     "concat")
def g(): return \
    1
while 1: x = 1; y = 2
for i in x: print(i); continue
try: pass
except: pass
with a: pass
class E(Exception): pass
