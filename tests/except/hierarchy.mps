# exception class hierarchy: base classes catch subclasses; issubclass checks
pairs = [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
         (IndentationError, SyntaxError), (UnicodeDecodeError, ValueError), (StopIteration, Exception),
         (Exception, BaseException), (SystemExit, Exception), (KeyboardInterrupt, Exception),
         (GeneratorExit, BaseException), (AssertionError, Exception), (TypeError, ValueError),
         (PermissionError, OSError), (TimeoutError, OSError), (BrokenPipeError, OSError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
def catch(exc, handler):
    try:
        raise exc
    except handler as e:
        return 'caught ' + type(e).__name__ + ' as ' + handler.__name__
    except BaseException as e:
        return 'fell through: ' + type(e).__name__
print(catch(KeyError('x'), LookupError))
print(catch(IndexError('x'), LookupError))
print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(ValueError(), LookupError))
print(catch(SystemExit(0), Exception))
print(catch(KeyboardInterrupt(), Exception))
try:
    {}['missing']
except LookupError as e:
    print('LookupError caught', type(e).__name__, e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print('tuple caught', type(e).__name__)
try:
    1 / 0
except Exception as e:
    print(isinstance(e, ArithmeticError), isinstance(e, ZeroDivisionError), isinstance(e, ValueError))
print(ValueError.__name__, issubclass(ValueError, Exception), issubclass(bool, Exception))
