# duplex Pipe: send/recv both ways, poll/poll(timeout), send_bytes/recv_bytes, EOFError once the other end is closed (start-methods: fork spawn forkserver)
import os, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def child(conn):
    while True:
        msg = conn.recv()
        if msg == 'bye':
            break
        conn.send(('echo', msg))
    conn.send_bytes(b'raw bytes')
    conn.send_bytes(b'0123456789', 2, 5)
    conn.close()

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=child, args=(child_end,))
    p.start()
    child_end.close()
    print(parent_end.poll())
    t0 = time.monotonic()
    print(parent_end.poll(0.05), time.monotonic() - t0 >= 0.04)
    for msg in [1, 'two', [3, {'four': 4}], None]:
        parent_end.send(msg)
        print(parent_end.recv())
    parent_end.send('bye')
    print(parent_end.poll(5))
    print(parent_end.recv_bytes())
    print(parent_end.recv_bytes())
    p.join()
    try:
        parent_end.recv()
    except EOFError:
        print('EOFError')
    print(parent_end.poll(0), parent_end.closed)
    parent_end.close()
    print(parent_end.closed)
    try:
        parent_end.send(1)
    except OSError as e:
        print('OSError', type(e).__name__)
    _stop.set()
    x, y = mp.Pipe()
    try:
        x.recv_bytes(-1)
    except ValueError as e:
        print('ValueError', e)
    y.send_bytes(b'abcdef')
    try:
        x.recv_bytes(3)
    except OSError as e:
        print('OSError', e)
