# a 10 MiB message through a multiprocessing.Queue arrives intact (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

SIZE = 10 * 1024 * 1024

def make():
    return bytes(range(256)) * (SIZE // 256 - 1) + b'tail' * 64

def checksum(data):
    s = 0
    for i in range(0, len(data), 4093):
        s = (s * 31 + data[i]) % 1000000007
    return s

def send(q):
    data = make()
    q.put(data)
    q.put(checksum(data))
    q.put(['big str', 'x' * SIZE])

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    q = mp.Queue()
    p = mp.Process(target=send, args=(q,))
    p.start()
    data = q.get(timeout=5)
    theirs = q.get(timeout=5)
    text = q.get(timeout=5)
    p.join()
    print(len(data), len(data) == SIZE)
    print(data == make(), checksum(data) == theirs)
    print(text[0], len(text[1]), text[1] == 'x' * SIZE)
    print(p.exitcode)
    _stop.set()
