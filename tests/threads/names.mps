# thread names: MainThread, Thread-N (target) numbered from 1, explicit names; current_thread() inside a thread
import os, threading
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

print(threading.current_thread().name)
print(threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())

seen = {}

def work(key):
    me = threading.current_thread()
    seen[key] = (me.name, me is threading.main_thread())

def other():
    work('other')

class Mine(threading.Thread):
    def run(self):
        work('mine')

a = threading.Thread(target=work, args=('a',))
b = threading.Thread(target=work, args=('b',))
c = threading.Thread(target=other)
d = threading.Thread(target=work, args=('d',), name='custom')
e = Mine()
f = threading.Thread()
print(a.name, '|', b.name, '|', c.name, '|', d.name, '|', e.name, '|', f.name)
for t in (a, b, c, d, e):
    t.start()
    t.join()
for k in sorted(seen):
    print(k, seen[k])
a.name = 'renamed'
print(a.name)
print(repr(threading.main_thread().name))

res = {}
def probe():
    me = threading.current_thread()
    res['is_self'] = me is t
    res['main'] = threading.main_thread().name
    res['main_alive'] = threading.main_thread().is_alive()
    res['alive'] = me.is_alive()
t = threading.Thread(target=probe, name='the-worker')
t.start(); t.join()
print(sorted(res.items()))
print(repr(t).startswith('<Thread(the-worker, stopped'))
_stop.set()
