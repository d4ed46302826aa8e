# helper module: imports another sibling module
import mod_chain_b
from mod_chain_b import shout
print('mod_chain_a loaded')

def run(s):
    return shout(s) + ' via ' + mod_chain_b.NAME
