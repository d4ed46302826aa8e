# multiprocessing.Queue between processes: FIFO, qsize, empty, get(timeout) raising queue.Empty, put_nowait/Full; SimpleQueue (start-methods: fork spawn forkserver)
import os, queue, threading, time
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def producer(q, n):
    for i in range(n):
        q.put(('item', i))

def echo(inq, outq):
    while True:
        x = inq.get()
        if x is None:
            break
        outq.put(x * 2)

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    q = mp.Queue()
    print(q.empty(), q.qsize())
    p = mp.Process(target=producer, args=(q, 5))
    p.start()
    p.join()
    time.sleep(0.05)
    print(q.qsize(), q.empty())
    print([q.get(timeout=5) for _ in range(5)])
    print(q.empty(), q.qsize())
    t0 = time.monotonic()
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print('queue.Empty', 0.05 < time.monotonic() - t0 < 2.0)
    try:
        q.get_nowait()
    except queue.Empty:
        print('queue.Empty from get_nowait')
    try:
        q.get(block=False)
    except queue.Empty:
        print('queue.Empty from get(block=False)')

    inq, outq = mp.Queue(), mp.Queue()
    e = mp.Process(target=echo, args=(inq, outq))
    e.start()
    for x in [1, 'ab', [3]]:
        inq.put(x)
        print(outq.get(timeout=5))
    inq.put(None)
    e.join()
    print(e.exitcode)

    small = mp.Queue(maxsize=1)
    small.put('a')
    try:
        small.put_nowait('b')
    except queue.Full:
        print('queue.Full', small.full())
    print(small.get(timeout=5))

    sq_in, sq_out = mp.SimpleQueue(), mp.SimpleQueue()
    print(sq_in.empty())
    s = mp.Process(target=echo, args=(sq_in, sq_out))
    s.start()
    for i in range(4):
        sq_in.put(i)
    sq_in.put(None)
    print([sq_out.get() for _ in range(4)])
    s.join()
    print(sq_out.empty(), s.exitcode)
    _stop.set()
