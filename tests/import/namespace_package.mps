# A directory without __init__ is a namespace package (PEP 420); its
# portions may lie in several directories of sys.path.
import sys
sys.path[1:1] = ['ns_a', 'ns_b']
import nspkg.mod_a
import nspkg.mod_b
from nspkg import mod_b
print(nspkg.mod_a.v, mod_b.v, nspkg.__file__, len(nspkg.__path__))
try:
    import nspkg.missing
except ImportError as e:
    print(type(e).__name__, e)
