# atexit — functions to run when the interpreter exits. The runtime calls
# _run_exitfuncs() at exit (after joining non-daemon threads), last
# registered first, as CPython does.
import _thread

_handlers = []


def register(func, *args, **kwargs):
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    global _handlers
    _handlers = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            _thread._print_exception(e, "Exception ignored in atexit callback: %r\n" % (func,))
