# a Pool from the spawn context: workers re-import the script as __mp_main__, guarded globals are absent
import os, sys, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

MODULE_LEVEL = 'module'

def probe(x):
    main = sys.modules['__main__']
    return (x * 2, __name__, hasattr(main, 'MODULE_LEVEL'), hasattr(main, 'GUARDED'),
            mp.current_process().name.split('-')[0])

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    GUARDED = 'only in the parent'
    ctx = mp.get_context('spawn')
    with ctx.Pool(2) as p:
        res = p.map(probe, range(4))
    print([r[0] for r in res])
    print(sorted(set(r[1:] for r in res)))
    print(probe(0)[1:4])
    _stop.set()
