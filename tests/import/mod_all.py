# helper module with __all__ restricting "from mod_all import *"
__all__ = ['public_a', 'helper_fn']
public_a = 'A'
public_b = 'B'

def helper_fn():
    return 'helper'
