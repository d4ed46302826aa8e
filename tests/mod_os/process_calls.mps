# os: times, affinity, load, ids, register_at_fork (hooks run in order, in
# both processes), the exec family's argument checks, then execvp replaces
# this process (output printed before it is kept).
import os, sys
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t[4] > 0, t.elapsed == t[4])
print(sorted(os.sched_getaffinity(0)) == list(range(os.cpu_count())))
os.sched_yield()
print(len(os.getloadavg()), all(isinstance(x, float) for x in os.getloadavg()))
print(os.geteuid() == os.getuid(), isinstance(os.getgid(), int), os.getegid() == os.getgid())
print(os.getpgrp() == os.getpgid(0))
print(os.nice(0) >= 0)
calls = []
os.register_at_fork(before=lambda: calls.append('before1'), after_in_parent=lambda: calls.append('parent1'),
                    after_in_child=lambda: print('child1', flush=True))
os.register_at_fork(before=lambda: calls.append('before2'), after_in_parent=lambda: calls.append('parent2'))
import multiprocessing
p = multiprocessing.Process(target=print, args=('in process',))
p.start(); p.join()
print(calls)
calls.clear()
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
print(calls)
for kw in [{}, {'before': 5}]:
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print('TypeError', e)
try:
    os.register_at_fork(print)
except TypeError as e:
    print('TypeError', e)
for args in [(sys.executable, ()), (sys.executable, 'ab'), (sys.executable, ['']), ('/nonexistent/x', ['x'])]:
    try:
        os.execv(*args)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
for env in ([], 5):
    try:
        os.execve('/bin/true', ['true'], env)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    os.execvp('no-such-program-xyz', ['x'])
except OSError as e:
    print(type(e).__name__, e.errno)
os.execvp('echo', ['echo', 'replaced', 'by', 'echo'])
