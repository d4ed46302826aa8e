# subclassing Process and overriding run(); the child's changes to self stay in the child (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

class Squarer(mp.Process):
    def __init__(self, nums, q):
        super().__init__()
        self.nums = nums
        self.q = q
        self.result = None

    def run(self):
        self.result = [n * n for n in self.nums]
        self.q.put((self.name, self.result))

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    q = mp.Queue()
    ps = [Squarer(range(k, k + 3), q) for k in (0, 10)]
    for p in ps:
        p.start()
    got = sorted(q.get(timeout=5) for _ in ps)
    for p in ps:
        p.join()
    print(got)
    print([p.exitcode for p in ps], [p.result for p in ps])
    print(isinstance(ps[0], mp.Process))
    _stop.set()
