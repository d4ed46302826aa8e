# signal — set handlers for asynchronous events, over the C module
# _signal. As in CPython, a handler runs in the main thread, between two
# instructions, after the C handler has only recorded the signal.
import _signal
from _signal import *

SIG_DFL = 0
SIG_IGN = 1

_handlers = {}        # signal number → mps handler (read by the runtime)


class Signals:
    # the names of the signals, like CPython's enum (Signals(2).name == 'SIGINT')
    def __init__(self, value):
        for name, num in _signal._names:
            if num == value:
                self.name = name
                self.value = num
                return
        raise ValueError('%r is not a valid Signals' % (value,))

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __eq__(self, other):
        return self.value == other

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return '<Signals.%s: %d>' % (self.name, self.value)

    def __str__(self):
        return 'Signals.' + self.name


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


def getsignal(signalnum):
    if signalnum in _handlers:
        return _handlers[signalnum]
    mode = _signal._get(signalnum)
    if mode == 1:
        return SIG_IGN
    if mode == 2 and signalnum == SIGINT:
        return default_int_handler
    if mode == 2:
        return None
    return SIG_DFL


def signal(signalnum, handler):
    old = getsignal(signalnum)
    if handler is SIG_IGN or handler is SIG_DFL or handler == SIG_IGN or handler == SIG_DFL:
        _signal._set(signalnum, 1 if handler == SIG_IGN else 0)
        _handlers.pop(signalnum, None)
    elif callable(handler):
        _signal._set(signalnum, 2)
        if signalnum == SIGINT and handler is default_int_handler:
            _handlers.pop(signalnum, None)     # the runtime's own KeyboardInterrupt
        else:
            _handlers[signalnum] = handler
    else:
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, '
                        'or a callable object')
    return old


def valid_signals():
    return set(range(1, NSIG))
