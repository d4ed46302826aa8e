# Condition: wait timeout, wait_for, notify(n), notify_all, errors without the lock
import os, threading, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

c = threading.Condition()
with c:
    print(c.wait(0.05))
    print(c.wait_for(lambda: False, timeout=0.05))
    print(c.wait_for(lambda: 42))
try:
    c.wait(0.01)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    c.notify()
except RuntimeError as e:
    print('RuntimeError:', e)

state = {'ready': 0}
woken = []
def waiter(k):
    with c:
        c.wait_for(lambda: state['ready'] >= 1)
        woken.append(k)

ts = [threading.Thread(target=waiter, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
time.sleep(0.05)
with c:
    state['ready'] = 1
    c.notify(2)
time.sleep(0.05)
with c:
    n_after_notify2 = len(woken)
    c.notify_all()
for t in ts:
    t.join()
print(n_after_notify2, sorted(woken))

# a Condition over an explicit RLock
rl = threading.RLock()
c2 = threading.Condition(rl)
with c2:
    with c2:
        print(c2.wait(0.01))
_stop.set()
