# timeit — time small pieces of code (written in mps).
#
# A string statement is pasted into the body of a generated loop function
# (compiled with exec), so each pass costs no call; a callable is called
# from the loop instead.  The command line (python -m timeit) is not
# provided.
import gc
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# {maker} is a name unique to the Timer.  The loop function `inner` is
# made by an enclosing function (the callables reach it as closure
# variables, where CPython uses default arguments); its first line takes
# the place of the blank line that starts CPython's template, so errors
# and tracebacks give the same line numbers.
template = """def {maker}(_setup, _stmt):
    def inner(_it, _timer):
        {setup}
        _t0 = _timer()
        for _i in _it:
            {stmt}
            pass
        _t1 = _timer()
        return _t1 - _t0
    return inner
"""


def reindent(src, indent):
    return src.replace('\n', '\n' + ' ' * indent)


class Timer:

    def __init__(self, stmt='pass', setup='pass', timer=default_timer,
                 globals=None):
        self.timer = timer
        global_ns = _globals() if globals is None else globals
        setup_fn = stmt_fn = None
        if isinstance(setup, str):
            # fail now, with the snippet's own line numbers, if it does
            # not compile on its own
            compile(setup, dummy_src_name, 'exec')
            prefix = setup + '\n'
            setup = reindent(setup, 8)
        elif callable(setup):
            setup_fn = setup
            prefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(prefix + stmt, dummy_src_name, 'exec')
            stmt = reindent(stmt, 12)
        elif callable(stmt):
            stmt_fn = stmt
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        maker = '_timeit_maker_%x' % id(self)
        src = template.format(maker=maker, setup=setup, stmt=stmt)
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        local_ns = {}
        exec(code, global_ns, local_ns)
        make = local_ns.get(maker)
        if make is None:
            # mps's exec() puts definitions in the globals even when it is
            # given a separate locals dict: take the maker back out
            make = global_ns.pop(maker)
        self.inner = make(setup_fn, stmt_fn)

    def print_exc(self, file=None):
        try:
            import traceback
            import linecache
        except ImportError:
            traceback = None
        if traceback is not None and hasattr(traceback, 'print_exc'):
            if self.src is not None:
                linecache.cache[dummy_src_name] = (len(self.src), None,
                                                   self.src.split('\n'),
                                                   dummy_src_name)
            traceback.print_exc(file=file)
            return
        value = sys.exc_info()[1]
        if value is None:
            text = 'NoneType: None\n'
        else:
            import _thread
            text = self._with_source(_thread._format_exception(value))
        (sys.stderr if file is None else file).write(text)

    def _with_source(self, text):
        # show the generated source under its "<timeit-src>" frames, as
        # CPython does through linecache
        if self.src is None:
            return text
        src_lines = self.src.split('\n')
        head = '  File "%s", line ' % dummy_src_name
        lines = text.split('\n')
        out = []
        for i, line in enumerate(lines):
            out.append(line)
            if not line.startswith(head):
                continue
            if i + 1 < len(lines) and lines[i + 1].startswith('    '):
                continue
            num = line[len(head):].split(',')[0]
            if num.isdigit() and 1 <= int(num) <= len(src_lines):
                code = src_lines[int(num) - 1].strip()
                if code:
                    out.append('    ' + code)
        return '\n'.join(out)

    def timeit(self, number=default_number):
        it = range(number)
        gc_was_on = gc.isenabled()
        gc.disable()        # a collection in the loop would skew the time
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gc_was_on:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        r = []
        for i in range(repeat):
            r.append(self.timeit(number))
        return r

    def autorange(self, callback=None):
        # 1, 2, 5, 10, 20, 50, ... loops until one run takes 0.2 s
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
