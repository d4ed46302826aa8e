# mps: not-python -- two workers die at once (os._exit and SIGKILL) with tasks queued behind them: every task ends, none is lost (start-methods: fork spawn forkserver)
import multiprocessing as mp, os, threading

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def die(x):
    if x == 2:
        os._exit(3)
    if x == 3:
        os.kill(os.getpid(), 9)
    return x

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    for round in range(3):
        with mp.Pool(2) as p:
            rs = [p.apply_async(die, (i,)) for i in range(6)]
            out = []
            for r in rs:
                try:
                    out.append(r.get(5))
                except Exception as e:
                    out.append((type(e).__name__, 'code 3' in str(e) or 'SIGKILL' in str(e)))
            print(out)
            mp.active_children()
    _stop.set()
