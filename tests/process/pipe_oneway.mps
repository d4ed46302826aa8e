# Pipe(duplex=False): (reader, writer); wrong-direction use raises OSError; EOFError after the writer closes (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def writer(w, n):
    for i in range(n):
        w.send(i * i)
    w.close()

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send('x')
    except OSError as e:
        print('OSError:', e)
    try:
        w.recv()
    except OSError as e:
        print('OSError:', e)
    p = mp.Process(target=writer, args=(w, 5))
    p.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    p.join()
    print(got)
    # within one process too
    r2, w2 = mp.Pipe(False)
    w2.send({'a': 1})
    print(r2.poll(), r2.recv(), r2.poll())
    _stop.set()
