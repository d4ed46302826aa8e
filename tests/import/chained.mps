# a module importing another sibling module; each module body runs exactly once
import mod_chain_a
import mod_chain_b
import mod_chain_a
print(mod_chain_a.run('hi'))
print(mod_chain_a.mod_chain_b is mod_chain_b, mod_chain_b.NAME)
from mod_chain_a import shout
print(shout('re-exported'))
