# try/except/else/finally execution order in all combinations
def run(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise ValueError('boom')
        log.append('try-end')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
print(run(False))
print(run(True))
def nested():
    log = []
    try:
        try:
            log.append('inner try')
            raise KeyError('k')
        except ValueError:
            log.append('wrong handler')
        finally:
            log.append('inner finally')
    except KeyError as e:
        log.append('outer except ' + repr(e))
    return log
print(nested())
def finally_only():
    try:
        return 'from try'
    finally:
        print('finally runs before return')
print(finally_only())
def try_in_loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(try_in_loop())
def multiple_handlers(x):
    try:
        return [1, 2][x] if isinstance(x, int) else {'a': 1}[x]
    except IndexError:
        return 'index'
    except KeyError:
        return 'key'
    except (TypeError, ValueError) as e:
        return 'type/value ' + type(e).__name__
print(multiple_handlers(0), multiple_handlers(5), multiple_handlers('z'), multiple_handlers([1]))
try:
    pass
except Exception:
    print('not printed')
else:
    print('else without exception')
