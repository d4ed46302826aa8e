# Two processes talk through two queues: ping goes one way, pong the other.
from multiprocessing import Process, Queue


def player(inbox, outbox, rounds):
    for _ in range(rounds):
        n = inbox.get()
        outbox.put(n + 1)


if __name__ == '__main__':
    to_child, to_parent = Queue(), Queue()
    p = Process(target=player, args=(to_child, to_parent, 5))
    p.start()
    n = 0
    for _ in range(5):
        to_child.put(n)
        n = to_parent.get()
        print('pong', n)
    p.join()
    print('queue sizes at the end:', to_child.qsize(), to_parent.qsize())
