# uncaught TypeError from calling a method with the wrong number of arguments
class Greeter:
    def greet(self, name):
        return 'hello ' + name

g = Greeter()
print(g.greet('bob'))
print(g.greet('bob', 'extra'))
