# an exception in a thread goes to threading.excepthook; the program goes on
import os, threading
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook

def f():
    raise ValueError('boom')
def g(d):
    return d['missing']

t = threading.Thread(target=f)
t.start(); t.join()
t2 = threading.Thread(target=g, args=({},))
t2.start(); t2.join()
print(seen)
print(t.is_alive(), t2.is_alive())
print('main goes on')
_stop.set()
