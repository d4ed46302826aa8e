# uncaught exception raised with "from": both tracebacks and the direct-cause separator
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError('could not load config') from e

print('loading')
load('not-a-number')
