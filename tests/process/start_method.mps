# start methods: default fork on Linux, set_start_method once, RuntimeError the second time, get_context errors
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def child(q):
    q.put(mp.current_process().name)

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    print(mp.get_start_method(allow_none=True))
    mp.set_start_method('spawn')
    print(mp.get_start_method())
    try:
        mp.set_start_method('fork')
    except RuntimeError as e:
        print('RuntimeError:', e)
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get(timeout=5))
    p.join()
    mp.set_start_method('fork', force=True)
    print(mp.get_start_method())
    for m in ('fork', 'spawn', 'forkserver'):
        print(m, mp.get_context(m).get_start_method())
    try:
        mp.get_context('bogus')
    except ValueError as e:
        print('ValueError:', e)
    print(sorted(mp.get_all_start_methods()))
    _stop.set()
