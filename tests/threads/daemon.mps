# daemon flag: default from the creating thread, kwarg, setter, error after start
import os, threading, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

print(threading.main_thread().daemon)
t = threading.Thread(target=lambda: None)
print(t.daemon)
t.daemon = True
print(t.daemon)
t.start(); t.join()
try:
    t.daemon = False
except RuntimeError as e:
    print('RuntimeError:', e)

u = threading.Thread(target=lambda: None, daemon=True)
print(u.daemon)

inherited = []
def spawner():
    inner = threading.Thread(target=lambda: None)
    inherited.append(inner.daemon)
d = threading.Thread(target=spawner, daemon=True)
d.start(); d.join()
n = threading.Thread(target=spawner)
n.start(); n.join()
print(inherited)

# a daemon thread still sleeping does not keep the program alive
sleeper = threading.Thread(target=time.sleep, args=(30,), daemon=True)
sleeper.start()
print(sleeper.is_alive())
print('main done')
_stop.set()
