def t(spec):
    try:
        try:
            raise TypeError('x')
        except spec:
            print('caught')
    except TypeError as e:
        print('TypeError:', e)
t((ValueError, (TypeError,)))
t(5)
t((ValueError, 5))
t(object)
t((TypeError, 5))
t(())
t((ValueError, TypeError))
