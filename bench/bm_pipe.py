# pipe: multiprocessing.Pipe round trips -- the parent sends an int, a child
# sends it back plus one; 20k ping-pongs.
import multiprocessing

N = 20000


def echo(conn):
    while True:
        x = conn.recv()
        if x is None:
            break
        conn.send(x + 1)
    conn.close()


def main():
    parent, child = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(child,))
    p.start()
    x = 0
    for i in range(N):
        parent.send(x)
        x = parent.recv()
    parent.send(None)
    p.join()
    print('pipe %d round trips, value %d, exitcode %d' % (N, x, p.exitcode))


if __name__ == '__main__':
    main()
