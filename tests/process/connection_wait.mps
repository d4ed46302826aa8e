# multiprocessing.connection.wait over pipes and sentinels, in the order messages arrive (start-methods: fork spawn forkserver)
import multiprocessing as mp, time
from multiprocessing.connection import wait, Connection
import multiprocessing.connection as mc

def worker(conn, go, delay, msg):
    # the delays count from one moment, however long each start took
    go.wait()
    time.sleep(delay)
    conn.send(msg)
    conn.close()

if __name__ == '__main__':
    readers = []
    procs = []
    go = mp.Event()
    for i, d in enumerate((0.3, 0.1, 0.2)):
        r, w = mp.Pipe(duplex=False)
        p = mp.Process(target=worker, args=(w, go, d, 'msg %d' % i))
        p.start()
        w.close()
        readers.append(r)
        procs.append(p)
    go.set()
    order = []
    while readers:
        for r in wait(readers):
            try:
                order.append(r.recv())
            except EOFError:
                readers.remove(r)
    print(order)
    pending = [p.sentinel for p in procs]
    while pending:
        for s in wait(pending, timeout=5):
            pending.remove(s)
    print('every sentinel became ready', not pending)
    for p in procs:
        p.join()
    a, b = mp.Pipe()
    print(wait([a], timeout=0.05), isinstance(a, Connection), callable(mc.Pipe))
    b.send(1)
    print(wait([a], timeout=1) == [a], a.recv())
