# raise ... from ..., implicit __context__, re-raise with bare raise, __cause__ / __suppress_context__
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('conversion failed') from e
try:
    convert('x')
except RuntimeError as e:
    print(repr(e), '| cause:', repr(e.__cause__), '| context is cause:', e.__context__ is e.__cause__)
try:
    try:
        {}['k']
    except KeyError:
        raise ValueError('while handling')
except ValueError as e:
    print(repr(e), '| context:', repr(e.__context__), '| cause:', e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('no context') from None
except TypeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
def reraise():
    try:
        [][0]
    except IndexError:
        print('logging and re-raising')
        raise
try:
    reraise()
except IndexError as e:
    print('re-raised:', e)
def reraise_named():
    try:
        raise KeyError('a')
    except KeyError as e:
        raise e
try:
    reraise_named()
except KeyError as e:
    print('named re-raise:', repr(e))
try:
    raise ValueError('outer') from KeyError('inner')
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
e = ValueError('plain')
print(e.__cause__, e.__context__)
