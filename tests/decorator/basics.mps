# decorators without arguments, with arguments, stacked; decorating functions and methods
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + '!'
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('ann'))
def repeat(times):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def tag(name):
    def deco(f):
        def wrapper(*a):
            return f'<{name}>' + f(*a) + f'</{name}>'
        return wrapper
    return deco
@tag('b')
@tag('i')
def text(s):
    return s
print(text('stacked'))
order = []
def record(label):
    order.append('factory ' + label)
    def deco(f):
        order.append('decorate ' + label)
        return f
    return deco
@record('outer')
@record('inner')
def target():
    pass
print(order)
def logged(f):
    def wrapper(*args, **kwargs):
        print('calling', f.__name__, len(args), 'positional', kwargs)
        result = f(*args, **kwargs)
        print('returned', result)
        return result
    return wrapper
@logged
def add(a, b=0):
    return a + b
add(1, b=2)
class Calc:
    @logged
    def mul(self, x, y):
        return x * y
Calc().mul(3, 4)
print(add.__name__, greet.__name__)
def identity(f):
    return f
@identity
def same():
    return 'same'
print(same(), same.__name__)
