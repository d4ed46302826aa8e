# Enum members sent to other processes (Queue, Pool.map) come back as the same
# members: Enum.__reduce__ gives (class, (value,)).
# start-methods: fork spawn forkserver
import multiprocessing as mp
from enum import Enum, IntEnum, Flag, StrEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Word(StrEnum):
    HELLO = auto()


def describe(c):
    return (c, c.name, c is Color.RED or c is Color.GREEN)


def child(q, items):
    q.put([(x, type(x).__name__) for x in items])
    q.put(Perm.R | Perm.X)


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=child, args=(q, [Color.GREEN, Level.HIGH, Perm.R | Perm.W, Word.HELLO]))
    p.start()
    print(q.get())
    r = q.get()
    print(r, r is Perm(5))
    p.join()
    with mp.Pool(2) as pool:
        res = pool.map(describe, [Color.RED, Color.GREEN])
    print(res, res[0][0] is Color.RED)
