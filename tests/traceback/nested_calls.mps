# traceback through three nested function calls, innermost frame last
def innermost(items, i):
    print('innermost called with', i)
    return items[i]

def middle(items):
    total = 0
    for i in range(4):
        total += innermost(items, i)
    return total

def outer():
    data = [1, 2, 3]
    return middle(data)

print('start')
outer()
