# exitcode: 0 on return, n after sys.exit(n), -15 after terminate(), -9 after kill(), None while running (start-methods: fork spawn forkserver)
import os, sys, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def ok():
    pass

def exit_with(code):
    sys.exit(code)

def sleeper():
    time.sleep(30)

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    for target, args in [(ok, ()), (exit_with, (3,)), (exit_with, (0,)), (exit_with, (None,)), (os._exit, (7,))]:
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
        print(target.__name__, args, p.exitcode)
    p = mp.Process(target=sleeper)
    p.start()
    print('running', p.exitcode, p.is_alive())
    p.terminate()
    p.join()
    print('terminate', p.exitcode, p.is_alive())
    p = mp.Process(target=sleeper)
    p.start()
    p.kill()
    p.join()
    print('kill', p.exitcode)
    _stop.set()
