# a 10 MiB message through a Pipe (send/recv and send_bytes/recv_bytes) arrives intact, both ways (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

SIZE = 10 * 1024 * 1024

def make(seed):
    return bytes((i * seed) % 251 for i in range(256)) * (SIZE // 256)

def child(conn):
    data = conn.recv_bytes()
    conn.send(data == make(7))
    conn.send(make(3))
    conn.send_bytes(make(5))
    conn.close()

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    a, b = mp.Pipe()
    p = mp.Process(target=child, args=(b,))
    p.start()
    a.send_bytes(make(7))
    print('child got it intact:', a.recv())
    x = a.recv()
    y = a.recv_bytes()
    p.join()
    print(len(x), x == make(3))
    print(len(y), y == make(5))
    _stop.set()
