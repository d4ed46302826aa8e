# partition, rpartition, str multiplication, concatenation, iteration, comparisons
print('key=value=x'.partition('='), 'novalue'.partition('='), '=x'.partition('='))
print('key=value=x'.rpartition('='), 'novalue'.rpartition('='))
k, sep, v = 'a: b'.partition(': ')
print(k, sep, v)
print('ab' * 3, 3 * 'ab', 'x' * 0, 'x' * -1, '' * 5)
print('abc' + 'def', 'a' + 'b' + 'c')
print([c for c in 'hey'], list('hey'), tuple('ab'), set('aa'))
print('apple' < 'banana', 'apple' < 'Apple', 'a' * 3 == 'aaa', 'abc' != 'abd')
print(max('hello'), min('hello'), sorted('hello'), ''.join(sorted('hello', reverse=True)))
print(len(''), len('abc'), len('a\nb'), str(123) + 'x', repr('x') + str(1.5))
print('%s' % 'x', str(None), str([1, 'a']), str(('a',)))
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    'x'.partition('')
except ValueError as e:
    print('ValueError:', e)
s = 'abc'
t = s
s += 'd'
print(s, t)
print(str(), str(''), str('x'), str(b'ab'), str(3.0))
