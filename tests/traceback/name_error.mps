# uncaught NameError inside a function
def compute():
    a = 1
    return a + qqq_undefined_zz

print('computing')
compute()
