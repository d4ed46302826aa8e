# exception objects: args, str(), repr(), raising classes vs instances, multiple args
for e in [ValueError(), ValueError('msg'), ValueError('a', 2), KeyError('key'), KeyError(), IndexError(3),
          Exception('x', ['y']), RuntimeError(''), OSError('disk'), TypeError(None)]:
    print(repr(e), '|', str(e), '|', e.args)
try:
    raise ValueError
except ValueError as e:
    print('class raised:', repr(e), e.args)
try:
    raise TypeError('bad type', 42)
except TypeError as e:
    print(e.args[1], str(e))
try:
    int('q')
except ValueError as e:
    print(e.args)
try:
    {}['k']
except KeyError as e:
    print(e.args, str(e), repr(e))
e = ValueError('stored')
print(type(e).__name__, isinstance(e, Exception), e.args[0])
try:
    raise e
except ValueError as caught:
    print(caught is e)
try:
    raise 42
except TypeError as err:
    print('TypeError:', err)
try:
    raise
except RuntimeError as err:
    print('RuntimeError:', err)
def f():
    try:
        raise KeyError('inner')
    except KeyError as exc:
        pass
    return 'exc' in dir()
print(f())
try:
    raise ValueError('x')
except ValueError as ex:
    pass
try:
    ex
except NameError as err:
    print('NameError:', err)
