v = 'portion a'
