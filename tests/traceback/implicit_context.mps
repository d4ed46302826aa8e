# uncaught exception raised while handling another: "During handling of the above exception"
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        return d['default'] * 2

table = {'a': 1}
print(lookup({'a': 1, 'default': 5}, 'zz'))
print(lookup(table, 'zz'))
