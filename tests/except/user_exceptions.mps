# user-defined exception classes: subclassing, custom __init__ / __str__, attributes, hierarchy
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason='missing'):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f'config key {self.key!r}: {self.reason}'
class NetError(AppError):
    code = 500
try:
    raise ConfigError('port')
except AppError as e:
    print(type(e).__name__, '|', e, '|', e.args, '|', e.key)
try:
    raise ConfigError('host', 'invalid')
except ConfigError as e:
    print(str(e), repr(e.reason))
try:
    raise NetError('timeout')
except AppError as e:
    print(repr(e), e.code, isinstance(e, NetError), isinstance(e, ConfigError))
print(issubclass(ConfigError, AppError), issubclass(AppError, Exception), issubclass(NetError, ConfigError))
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr('a')), str(WithRepr('a')))
def risky(n):
    if n == 0:
        raise AppError('zero')
    if n < 0:
        raise ConfigError('n', 'negative')
    return n
for n in [1, 0, -1]:
    try:
        print('ok', risky(n))
    except ConfigError as e:
        print('config:', e)
    except AppError as e:
        print('app:', e)
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()) == '', Empty().args)
