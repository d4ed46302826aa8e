# A Thread subclass that skips Thread.__init__, and join() with a timeout that is not a number
import threading
class T(threading.Thread):
    def __init__(self):
        pass
t = T()
for f in (lambda: t.name, lambda: t.is_alive(), lambda: t.start(), lambda: t.join()):
    try:
        f()
    except (AssertionError, RuntimeError) as e:
        print(type(e).__name__, e)
u = threading.Thread(target=lambda: None)
u.start()
try:
    u.join('x')
except TypeError as e:
    print('TypeError', e)
u.join()
