# three chained exceptions: context, then explicit cause, printed oldest first
def step1():
    return [][0]

def step2():
    try:
        step1()
    except IndexError:
        raise KeyError('step2')

def step3():
    try:
        step2()
    except KeyError as e:
        raise ValueError('step3') from e

step3()
