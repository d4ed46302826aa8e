# helper module for the import tests (not a test itself)
print('mod_helper: loading, __name__ =', __name__)
CONST = 42
_private = 'hidden'
items = []

def double(x):
    return 2 * x

def add_item(x):
    items.append(x)
    return len(items)

class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return 'hello ' + self.name

if __name__ == '__main__':
    print('mod_helper run as a script')
