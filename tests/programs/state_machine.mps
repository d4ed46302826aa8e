# state machines: a traffic light, a vending machine with transitions table and events, and a regex-free lexer FSM
class InvalidTransition(Exception):
    pass

class Machine:
    def __init__(self, name, initial, transitions):
        self.name = name
        self.state = initial
        self.transitions = transitions
        self.history = [initial]

    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise InvalidTransition(f"{self.name}: no transition from {self.state!r} on {event!r}")
        target, action = self.transitions[key]
        if action:
            action(self)
        self.state = target
        self.history.append(target)
        return self

light = Machine("light", "red", {
    ("red", "timer"): ("green", None),
    ("green", "timer"): ("yellow", None),
    ("yellow", "timer"): ("red", None),
    ("red", "fault"): ("blinking", None),
    ("green", "fault"): ("blinking", None),
    ("yellow", "fault"): ("blinking", None),
    ("blinking", "reset"): ("red", None),
})
for ev in ["timer", "timer", "timer", "timer", "fault", "reset"]:
    light.fire(ev)
print(" -> ".join(light.history))
try:
    light.fire("reset")
except InvalidTransition as e:
    print(e)

class Vending:
    PRICES = {"cola": 150, "chips": 100, "gum": 35}

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.sales = []

    def insert(self, coins):
        if self.state not in ("idle", "has_credit"):
            return f"cannot insert in {self.state}"
        self.credit += coins
        self.state = "has_credit"
        return f"credit {self.credit}"

    def select(self, item):
        if self.state != "has_credit":
            return "insert coins first"
        price = self.PRICES.get(item)
        if price is None:
            return f"unknown item {item}"
        if self.credit < price:
            return f"need {price - self.credit} more"
        self.credit -= price
        self.sales.append(item)
        change, self.credit = self.credit, 0
        self.state = "idle"
        return f"vend {item}, change {change}"

    def cancel(self):
        refund, self.credit, self.state = self.credit, 0, "idle"
        return f"refund {refund}"

vm = Vending()
for cmd, arg in [("select", "cola"), ("insert", 100), ("select", "cola"), ("insert", 25), ("insert", 25),
                 ("select", "cola"), ("insert", 50), ("select", "tea"), ("select", "gum"), ("insert", 5), ("cancel", None)]:
    method = getattr(vm, cmd)
    print(f"{cmd}({arg}) -> {method(arg) if arg is not None else method()} [{vm.state}]")
print(vm.sales)

def lex(src):
    state, buf, out = "start", "", []
    for ch in src + " ":
        if state == "start":
            if ch.isdigit():
                state, buf = "int", ch
            elif ch.isalpha():
                state, buf = "ident", ch
            elif ch == '"':
                state, buf = "string", ""
            elif not ch.isspace():
                out.append(("op", ch))
        elif state == "int":
            if ch.isdigit():
                buf += ch
            elif ch == ".":
                state, buf = "float", buf + ch
            else:
                out.append(("int", int(buf)))
                state = "start"
                if not ch.isspace():
                    out.append(("op", ch))
        elif state == "float":
            if ch.isdigit():
                buf += ch
            else:
                out.append(("float", float(buf)))
                state = "start"
                if not ch.isspace():
                    out.append(("op", ch))
        elif state == "ident":
            if ch.isalnum() or ch == "_":
                buf += ch
            else:
                out.append(("ident", buf))
                state = "start"
                if not ch.isspace():
                    out.append(("op", ch))
        elif state == "string":
            if ch == '"':
                out.append(("str", buf))
                state = "start"
            else:
                buf += ch
    return out

print(lex('x1 = 42 + y*3.25; print("hi there")'))
