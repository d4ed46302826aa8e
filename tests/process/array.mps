# Array of doubles and ints shared with children: each child writes its own slots (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

def fill(arr, k, n):
    for i in range(k, len(arr), n):
        arr[i] = i * 0.5

def negate(arr):
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = -arr[i]

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    a = mp.Array('d', 10)
    print(len(a), a[:])
    ps = [mp.Process(target=fill, args=(a, k, 3)) for k in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(a[:])
    print(sum(a), a[9], a[-1], a[2:5])
    ints = mp.Array('i', [1, 2, 3, 4])
    p = mp.Process(target=negate, args=(ints,))
    p.start(); p.join()
    print(list(ints), ints[1:3])
    ints[0] = 100
    print(ints[0])
    try:
        ints[10] = 1
    except IndexError as e:
        print('IndexError')
    _stop.set()
