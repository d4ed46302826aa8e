# the forkserver start method runs children and passes arguments and results
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def work(q, xs):
    q.put((sum(xs), mp.current_process().name))

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    ctx = mp.get_context('forkserver')
    q = ctx.Queue()
    ps = [ctx.Process(target=work, args=(q, range(k * 10))) for k in range(1, 4)]
    for p in ps:
        p.start()
    print(sorted(q.get(timeout=5) for _ in ps))
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
    _stop.set()
