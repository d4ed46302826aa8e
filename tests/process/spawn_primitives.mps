# spawn context: Lock, Value, Array, Pipe and Event handed to spawned children keep working
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def work(lock, val, arr, conn, ev, k):
    for _ in range(100):
        with lock:
            val.value += 1
    arr[k] = k * 1.5
    conn.send(('child', k))
    ev.wait(5)
    conn.send('event seen')

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    ctx = mp.get_context('spawn')
    lock = ctx.Lock()
    val = ctx.Value('i', 0, lock=False)
    arr = ctx.Array('d', 3)
    ev = ctx.Event()
    pipes = [ctx.Pipe() for _ in range(3)]
    ps = [ctx.Process(target=work, args=(lock, val, arr, pipes[k][1], ev, k)) for k in range(3)]
    for p in ps:
        p.start()
    print(sorted(pipes[k][0].recv() for k in range(3)))
    ev.set()
    print([pipes[k][0].recv() for k in range(3)])
    for p in ps:
        p.join()
    print(val.value, arr[:], [p.exitcode for p in ps])
    _stop.set()
