# uncaught exception raised as a bare class: only the class name is printed
def check(flag):
    if not flag:
        raise ValueError
    return flag

check(True)
print('first check passed')
check(False)
