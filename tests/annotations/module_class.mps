# Annotations of module and class bodies are evaluated and kept in
# __annotations__ (in order, last one wins); function bodies evaluate none.
import sys

print(__annotations__)
count: int = 0
label: str
count: float
print(__annotations__, count)
print('label' in globals())


def make(n):
    Local = list

    class Box:
        """a box"""
        size: int = n
        items: Local
        __secret: bytes
        if n > 1:
            big: bool = True
        for i in range(2):
            loop: i
    return Box


B = make(2)
print(B.__annotations__)
print(B.size, B.big, B.__doc__, hasattr(B, 'items'))
print(make(1).__annotations__)


class Empty:
    def method(self):
        x: int = 5
        undefined_name: NoSuchThing
        return x


print(Empty().method(), hasattr(Empty, '__annotations__') and Empty.__dict__.get('__annotations__'))


class Target:
    pass


t = Target()
t.attr: int = 3
d = {}
d['k']: str = 'v'
print(t.attr, d, __annotations__.keys() == {'count', 'label'})
try:
    class Bad:
        x: NoSuchType = 1
except NameError as e:
    print('NameError', e)


def order():
    print('value first')
    return 1


def ann():
    print('then annotation')
    return int


class Order:
    v: ann() = order()


print(Order.__annotations__)
