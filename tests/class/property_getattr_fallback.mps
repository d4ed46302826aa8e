# An AttributeError raised by a property getter falls back to __getattr__.
class A:
    @property
    def p(self):
        raise AttributeError('p')
    @property
    def q(self):
        return self.missing
    def __getattr__(self, name):
        return 'getattr:' + name
a = A()
print(a.p, a.q, a.other)
class B:
    @property
    def p(self):
        raise AttributeError('no fallback here')
try:
    B().p
except AttributeError as e:
    print('AttributeError', e)
class C:
    @property
    def p(self):
        raise KeyError('k')
    def __getattr__(self, name):
        return 'never'
try:
    C().p
except KeyError as e:
    print('KeyError', e)
for i in range(3):
    print(a.p, a.q)
