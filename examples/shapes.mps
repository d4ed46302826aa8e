# shapes.mps — classes, inheritance, super(), properties and dunders.
import math

class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"

    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    @property
    def is_square(self):
        return self.w == self.h

    def area(self):
        return self.w * self.h

shapes = [Circle(1), Rect(2, 3), Rect(2, 2), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print("shapes made:", Shape.count)
print("squares:", [s for s in shapes if isinstance(s, Rect) and s.is_square])

try:
    Shape("blob").area()
except NotImplementedError:
    print("a plain Shape has no area")
