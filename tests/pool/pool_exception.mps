# an exception raised in a Pool worker reaches the parent with its type, args and message (start-methods: fork spawn forkserver)
import os, threading
import multiprocessing as mp

def _watchdog(stop):
    if not stop.wait(8):
        for c in mp.active_children():
            c.kill()
        os._exit(99)

class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line

def parse(s):
    if not s.isdigit():
        raise ParseError(s, 'not a number: %r' % s)
    return int(s)

def divide(a, b):
    return a / b

if __name__ == '__main__':
    _stop = threading.Event()
    threading.Thread(target=_watchdog, args=(_stop,), name='watchdog', daemon=True).start()
    errs = []
    with mp.Pool(2) as p:
        try:
            p.map(parse, ['1', '2', 'x3', '4'])
        except ParseError as e:
            print(type(e).__name__, e.args, e.line)
        try:
            p.starmap(divide, [(1, 2), (1, 0)])
        except ZeroDivisionError as e:
            print('ZeroDivisionError:', e)
        r = p.apply_async(int, ('zz',), error_callback=errs.append)
        try:
            r.get(5)
        except ValueError as e:
            print('ValueError:', e)
        print([type(e).__name__ for e in errs])
        print(p.map(parse, ['10', '20']))
    _stop.set()
