# active_count, enumerate, get_ident, ident and native_id
import os, threading, time
_stop = threading.Event()
_w = threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True)
_w.start()

print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(type(threading.get_ident()).__name__)
print(threading.get_ident() == threading.current_thread().ident)
print(isinstance(threading.get_native_id(), int))

go = threading.Event()
idents = {}
def work(k):
    idents[k] = threading.get_ident()
    go.wait()

ts = [threading.Thread(target=work, args=(i,), name='w%d' % i) for i in range(3)]
print(ts[0].ident, ts[0].native_id)
for t in ts:
    t.start()
while len(idents) < 3:
    time.sleep(0.001)
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(len(set(idents.values())) == 3, threading.get_ident() not in idents.values())
print(all(idents[i] == ts[i].ident for i in range(3)))
print(all(isinstance(t.native_id, int) for t in ts))
go.set()
for t in ts:
    t.join()
_stop.set()
_w.join()
print(threading.active_count())
print([t.name for t in threading.enumerate()])
