# mps: not-python -- an uncaught exception in a thread prints "Exception in thread NAME:" and the traceback (user frames only); the program goes on and exits 0
import os, threading
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

def helper(x):
    return 10 // x

def f():
    helper(0)

t = threading.Thread(target=f)
t.start()
t.join()
print('still running', t.is_alive())
u = threading.Thread(target=f, name='worker')
u.start()
u.join()
print('end')
_stop.set()
