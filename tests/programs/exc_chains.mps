# exception chains: raise from, implicit context, suppression, finally ordering, custom hierarchy, re-raise
class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

class ConfigError(AppError):
    pass

def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}", code=2) from e
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port

for t in ["8080", "http", "99999"]:
    try:
        print("port", parse_port(t))
    except AppError as e:
        cause = e.__cause__
        print(type(e).__name__, e, e.code, "| cause:", type(cause).__name__ if cause else None, cause,
              "| suppress:", e.__suppress_context__)

def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")

try:
    implicit()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replaced") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

order = []
def steps(fail):
    try:
        order.append("try")
        if fail:
            raise IndexError("boom")
        return "returned"
    except IndexError:
        order.append("except")
        return "handled"
    else:
        order.append("else")
    finally:
        order.append("finally")
print(steps(False), steps(True), order)

def finally_wins():
    try:
        return 1
    finally:
        return 2
print(finally_wins())

def reraise():
    try:
        [].pop()
    except IndexError as e:
        e.args = e.args + ("extra",)
        raise
try:
    reraise()
except IndexError as e:
    print("reraised:", e.args)

errors = []
for exc in [KeyError("k"), IndexError(3), ZeroDivisionError("z"), FileNotFoundError(2, "nope"), StopIteration(5)]:
    try:
        raise exc
    except LookupError as e:
        errors.append(("lookup", type(e).__name__, str(e)))
    except ArithmeticError as e:
        errors.append(("arith", repr(e)))
    except OSError as e:
        errors.append(("os", e.errno, e.strerror))
    except Exception as e:
        errors.append(("other", type(e).__name__, e.value if isinstance(e, StopIteration) else None))
for e in errors:
    print(e)
print(issubclass(ConfigError, Exception), ConfigError.__mro__[1:3], isinstance(ConfigError("x"), AppError))
e = AppError("a", code=7)
print(e.args, str(e), repr(e), e.code)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise ExceptionGroup if False else TypeError("plain")
except TypeError as e:
    print(e.with_traceback(None) is e, e.__traceback__ is not None)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen()
print(next(g))
g.close()
print("closed")
