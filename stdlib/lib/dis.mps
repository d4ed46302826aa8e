# dis — the bytecode of functions, methods, classes, code objects and
# source strings, as mps runs them (its own instruction set, listed once
# in vm/opcodes.h; `mps --dis FILE` prints the same for a whole script).
# Handy to see why `counter += 1` is not atomic between threads: the load,
# the add and the store are separate instructions, and the GIL may pass to
# another thread between any two of them.
import sys
import _dis

opname = _dis.opname

__all__ = ['dis', 'code_info', 'opname']


def _code_of(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    if isinstance(x, str):
        return compile(x, '<dis>', 'exec')
    if type(x).__name__ == 'code':
        return x
    return None


def _text(x):
    code = _code_of(x)
    if code is not None:
        return _dis.code_text(code)
    if isinstance(x, type):
        parts = []
        for name, value in sorted(x.__dict__.items()):
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            code = _code_of(value) if not isinstance(value, str) else None
            if code is not None:
                parts.append('Disassembly of %s:\n%s' % (name, _dis.code_text(code)))
        return ''.join(p + '\n' for p in parts)
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def dis(x=None, *, file=None):
    if x is None:
        raise TypeError('dis() without an argument (the last traceback) is not supported')
    (file or sys.stdout).write(_text(x))


def code_info(x):
    code = _code_of(x)
    if code is None:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    return 'Name:              %s\nFilename:          %s\nFirst line number: %s' % (
        code.co_name, code.co_filename, code.co_firstlineno)
