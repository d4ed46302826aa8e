# multiprocessing.connection — wait() on connections, process sentinels and
# anything with a fileno(); Connection and Pipe are multiprocessing's own.
# (Listener and Client, connections over named sockets with
# authentication, are not provided.)

import _mp
from multiprocessing import Pipe

Connection = _mp.Connection

__all__ = ['Connection', 'Pipe', 'wait']


def wait(object_list, timeout=None):
    # The objects of object_list that are ready: a connection with a
    # message to read (or whose peer closed), a sentinel whose process
    # ended, a descriptor that is readable. Waits up to timeout seconds
    # (None: until one is ready); the GIL is released meanwhile.
    objs = list(object_list)
    # a connection may hold a message it has already read ahead
    ready = [o for o in objs if isinstance(o, Connection) and not o.closed and o.poll(0)]
    if ready:
        return ready
    by_fd = {}
    for o in objs:
        fd = o if isinstance(o, int) else o.fileno()
        by_fd.setdefault(fd, []).append(o)
    got = set(_mp.wait(list(by_fd), timeout))
    return [o for o in objs if (o if isinstance(o, int) else o.fileno()) in got]
