# closures as counters: nonlocal, independent instances, shared state between closures
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return 'insufficient'
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(10)
print(dep(5), wd(3), wd(100), get())
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = make_acc()
add('a'); add('b')
print(items)
def gen_ids(prefix):
    n = 0
    def nxt():
        nonlocal n
        n += 1
        return f'{prefix}-{n}'
    return nxt
a = gen_ids('a')
b = gen_ids('b')
print(a(), a(), b(), a())
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_sq(n):
    print('computing', n)
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq(5), sorted(slow_sq.cache))
