# exceptions crossing function calls, handled at different depths, in loops; exception in except block
def level3(x):
    return 10 // x
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError:
        return 'handled at level1'
print(level1(2), level1(0))
results = []
for v in ['1', 'x', '3', None]:
    try:
        results.append(int(v))
    except ValueError:
        results.append('bad')
    except TypeError:
        results.append('none')
print(results)
def handler_fails():
    try:
        raise KeyError('a')
    except KeyError:
        raise IndexError('b')
try:
    handler_fails()
except IndexError as e:
    print('got', repr(e), 'context', repr(e.__context__))
def cleanup_order():
    log = []
    def inner():
        try:
            raise ValueError
        finally:
            log.append('inner cleanup')
    try:
        inner()
    except ValueError:
        log.append('outer handler')
    finally:
        log.append('outer cleanup')
    return log
print(cleanup_order())
try:
    try:
        raise ValueError('v')
    except TypeError:
        print('not here')
except ValueError as e:
    print('propagated past unmatched handler:', e)
def gen_errors():
    for exc in (ValueError, TypeError, KeyError):
        try:
            raise exc('x')
        except (ValueError, TypeError) as e:
            yield 'caught ' + type(e).__name__
        except Exception as e:
            yield 'generic ' + type(e).__name__
print(list(gen_errors()))
e_saved = None
try:
    1 / 0
except ZeroDivisionError as e:
    e_saved = e
print(type(e_saved).__name__, e_saved.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('SystemExit caught', e.code)
