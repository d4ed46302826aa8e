# text-adventure command parser: rooms graph, inventory, synonyms, scripted input commands, dispatch via getattr
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["chest"], "locked": True},
}
SYNONYMS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
            "get": "take", "grab": "take", "inv": "inventory", "i": "inventory", "l": "look"}
FIXED = {"chest"}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.done = False

    def parse(self, line):
        words = [SYNONYMS.get(w, w) for w in line.lower().split() if w not in ("the", "a", "an")]
        if not words:
            return "Say something."
        verb, args = words[0], words[1:]
        if verb in ("north", "south", "east", "west", "up", "down"):
            verb, args = "go", [verb]
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(*args)

    def do_look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see: {items}. Exits: {exits}."

    def do_go(self, direction=None):
        if direction is None:
            return "Go where?"
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            return "You can't go that way."
        if ROOMS[target].get("locked") and "lamp" not in self.inventory:
            return "It is too dark to go there without a lamp."
        self.room = target
        return self.do_look()

    def do_take(self, *items):
        if not items:
            return "Take what?"
        out = []
        for item in items:
            here = ROOMS[self.room]["items"]
            if item not in here:
                out.append(f"No {item} here.")
            elif item in FIXED:
                out.append(f"The {item} is too heavy.")
            else:
                here.remove(item)
                self.inventory.append(item)
                out.append(f"Taken: {item}.")
        return " ".join(out)

    def do_drop(self, item):
        if item not in self.inventory:
            return f"You have no {item}."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return f"Dropped {item}."

    def do_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

    def do_open(self, thing):
        if thing != "chest" or "chest" not in ROOMS[self.room]["items"]:
            return "Nothing to open."
        if "key" not in self.inventory:
            return "The chest is locked."
        self.done = True
        return "The chest opens: you found the treasure!"

script = """look
take lamp
n
grab the book key
inv
s
e
drop book
dance
d
take chest
open chest
"""
g = Game()
for line in script.splitlines():
    print(f"> {line}")
    print(g.parse(line))
    if g.done:
        break
print(f"moves={g.moves} room={g.room} done={g.done} kitchen={ROOMS['kitchen']['items']}")
print(g.parse(""), "|", g.parse("go"), "|", g.parse("west"))
