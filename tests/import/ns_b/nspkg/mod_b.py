v = 'portion b'
