# the spawn start method: the child re-imports the script as __mp_main__, so globals made under the __main__ guard are absent
import os, sys, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

TOP = 'top level'
changed_at_top = ['original']

def report(q, arg):
    main = sys.modules['__main__']
    q.put({
        'name': __name__,
        'main name': main.__name__,
        'has TOP': hasattr(main, 'TOP'),
        'has GUARDED': hasattr(main, 'GUARDED'),
        'changed_at_top': changed_at_top,
        'arg': arg,
        'process': mp.current_process().name,
        'parent': mp.parent_process().name,
        'start method': mp.get_start_method(allow_none=True),
    })

def fork_report(q):
    q.put((hasattr(sys.modules['__main__'], 'GUARDED'), changed_at_top))

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    GUARDED = 'set under the guard'
    changed_at_top.append('changed in parent')
    ctx = mp.get_context('spawn')
    print(ctx.get_start_method())
    q = ctx.Queue()
    p = ctx.Process(target=report, args=(q, {'payload': [1, 2, 3]}))
    p.start()
    info = q.get(timeout=5)
    p.join()
    for k in sorted(info):
        print(k, '=', info[k])
    print(p.exitcode)
    # the same under fork: the child is a copy of the parent
    fctx = mp.get_context('fork')
    fq = fctx.Queue()
    f = fctx.Process(target=fork_report, args=(fq,))
    f.start()
    print(fq.get(timeout=5))
    f.join()
    _stop.set()
