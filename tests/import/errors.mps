# import errors: missing module (ModuleNotFoundError), missing name (ImportError), caught
try:
    import nosuchmod
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    import nosuchmod_qq as alias
except ImportError as e:
    print('caught as ImportError:', type(e).__name__, e.name)
try:
    from mod_helper import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'mod_helper'"))
try:
    from nosuch_pkg_qq import thing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
print(issubclass(ModuleNotFoundError, ImportError))
import mod_helper
print('after errors, helper works:', mod_helper.double(1))
