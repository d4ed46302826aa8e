# methods: method calls and attribute reads/writes on class instances
# (a small class hierarchy; one call goes through super()).


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0

    def bump(self, k):
        self.count += 1
        self.total += k
        return self.count


class ModCounter(Counter):
    def __init__(self, mod):
        super().__init__()
        self.mod = mod

    def bump(self, k):
        return Counter.bump(self, k % self.mod)


def main():
    n = 1000000
    c = Counter()
    m = ModCounter(7)
    v = Vec(1, 2)
    step = Vec(1, -1)
    acc = 0
    for i in range(n):
        v = v.add(step)
        acc += v.dot(step) % 1000
        c.bump(i)
        m.bump(i)
        acc += c.count - m.count
    print('methods %d %d %d %d %d' % (acc, c.total, m.total, v.x, v.y))


main()
