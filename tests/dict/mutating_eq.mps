# A key whose __eq__ empties the dict or set being searched: the lookup
# starts over on the new table (this used to dereference a freed table).
class K:
    def __hash__(self): return 1
    def __eq__(self, o):
        d.clear()
        return False
d = {K(): 1}
print(d.get(K()))
class K:
    def __hash__(self): return 1
    def __eq__(self, o):
        s.clear()
        return False
s = {K()}
print(K() in s, len(s))
s = {K()}
s.add(K())
print(len(s))
s = {K()}
s.discard(K())
print(len(s))
