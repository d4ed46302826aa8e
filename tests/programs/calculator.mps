# tiny tokenizer and recursive-descent calculator with variables, errors and operator precedence

class CalcError(Exception):
    pass

def tokenize(src):
    pos, out = 0, []
    while pos < len(src):
        c = src[pos]
        if c.isspace():
            pos += 1
        elif c.isdigit():
            start = pos
            while pos < len(src) and (src[pos].isdigit() or src[pos] == "."):
                pos += 1
            text = src[start:pos]
            out.append(("num", float(text) if "." in text else int(text)))
        elif c.isalpha() or c == "_":
            start = pos
            while pos < len(src) and (src[pos].isalnum() or src[pos] == "_"):
                pos += 1
            out.append(("name", src[start:pos]))
        elif src.startswith("**", pos):
            out.append(("op", "**"))
            pos += 2
        elif c in "-+*/%()=":
            out.append(("op", c))
            pos += 1
        else:
            raise CalcError(f"bad character {c!r} at {pos}")
    out.append(("end", None))
    return out

class Parser:
    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, value=None):
        tok = self.toks[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            val = self.expr()
            self.env[name] = val
            return val
        return self.expr()

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            r = self.factor()
            if op in "/%" and r == 0:
                raise CalcError("division by zero")
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v

    def factor(self):
        if self.peek() in (("op", "-"), ("op", "+")):
            op = self.take()[1]
            v = self.factor()
            return -v if op == "-" else v
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return val
        if kind == "name":
            self.take()
            if val not in self.env:
                raise CalcError(f"unknown variable {val}")
            return self.env[val]
        if (kind, val) == ("op", "("):
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise CalcError(f"unexpected {val!r}")

def run(line, env):
    p = Parser(tokenize(line), env)
    v = p.statement()
    p.take("end")
    return v

env = {"pi": 3.14159}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 7 % 4",
             "y = x * 2.5", "y / 4", "10 / 4", "7 / 0", "2 * (3 + ", "a + 1",
             "3 $ 4", "2 ** 100", "pi * 2", "--3", "1.5e3"]:
    try:
        print(f"{line:<14} => {run(line, env)!r}")
    except CalcError as e:
        print(f"{line:<14} !! {e}")
print(sorted(env.items()))
print(tokenize("a=(b+12.5)**2")[:5])
