# json.dumps / json.loads round trips, formatting options, errors
import json
data = {'name': 'mps', 'version': [1, 2], 'ok': True, 'none': None, 'pi': 3.5, 'nested': {'a': []}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data, type(json.loads(s)).__name__)
print(json.dumps([1, 'two', None, False, 2.5]), json.dumps('quote"and\\slash\n'), json.dumps('é'))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps([1, 2], separators=(',', ':')))
print(json.dumps({'k': [1, {'x': 2}]}, indent=2))
print(json.loads('[1, 2.5, "s", true, false, null, {"k": "v"}]'))
print(json.loads('"\\u00e9\\n"'), json.loads('  42 '), json.loads('-1.5e2'))
print(json.dumps((1, 2)), json.dumps({1: 'int key'}), json.dumps(10 ** 20))
try:
    json.loads('{bad json}')
except ValueError as e:
    print('ValueError raised')
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
