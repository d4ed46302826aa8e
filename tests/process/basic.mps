# Process with target/args/kwargs: name Process-N, pid, is_alive, exitcode 0, current_process in parent and child (start-methods: fork spawn)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def work(q, a, b, sep='+'):
    me = mp.current_process()
    q.put((me.name, a + b, sep, os.getpid() == me.pid, os.getppid()))

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    print(mp.current_process().name)
    q = mp.Queue()
    p = mp.Process(target=work, args=(q, 2, 3), kwargs={'sep': '*'})
    print(p.name, p.pid, p.exitcode, p.is_alive())
    p.start()
    print(isinstance(p.pid, int), p.pid > 0, p.pid != os.getpid())
    name, total, sep, pid_ok, ppid = q.get(timeout=5)
    p.join()
    print(name, total, sep, pid_ok, ppid == os.getpid())
    print(p.is_alive(), p.exitcode)
    p2 = mp.Process(target=work, args=(q, 'x', 'y'), name='custom')
    p2.start()
    print(q.get(timeout=5)[:3])
    p2.join()
    print(p2.name, p2.exitcode)
    p3 = mp.Process(target=work, args=(q, 1, 1))
    print(p3.name)
    p3.start(); p3.join()
    print(q.get(timeout=5)[0])
    print(mp.current_process().name)
    _stop.set()
