# bare raise in an except block re-raises the original exception with its original line
def risky():
    return {}['missing_key']

def wrapper():
    try:
        risky()
    except KeyError:
        print('cleaning up')
        raise

wrapper()
