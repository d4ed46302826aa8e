# helper module: imported by mod_chain_a
print('mod_chain_b loaded')
NAME = 'chain_b'

def shout(s):
    return s.upper()
