# finally with return, break and continue; return in finally overrides; exceptions swallowed by return
def ret_override():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_override())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            out.append(i)
            if i == 2:
                break
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            out.append('t%d' % i)
            continue
        finally:
            out.append('f%d' % i)
        out.append('never')
    return out
print(loop_continue())
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x set to', x)
print(value_snapshot())
def nested_finally():
    log = []
    try:
        try:
            return log
        finally:
            log.append('inner')
    finally:
        log.append('outer')
print(nested_finally())
def exc_in_finally():
    try:
        raise KeyError('first')
    finally:
        raise ValueError('second')
try:
    exc_in_finally()
except Exception as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print('finally', count)
print('done', count)
