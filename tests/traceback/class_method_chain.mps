# traceback through a classmethod, a staticmethod and a property getter
class Parser:
    @staticmethod
    def to_int(text):
        return int(text)

    @classmethod
    def parse_all(cls, items):
        return cls.loop(items)

    @classmethod
    def loop(cls, items):
        out = []
        for t in items:
            out.append(cls.to_int(t))
        return out

    @property
    def numbers(self):
        return self.parse_all(['1', '2', 'x3'])

print(Parser.parse_all(['4', '5']))
p = Parser()
print(p.numbers)
