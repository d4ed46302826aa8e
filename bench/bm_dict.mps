# dict: 200k string keys inserted into a dict, then every key looked up
# 40 times, plus membership tests of keys that are absent.


def main():
    n = 200000
    keys = []
    for i in range(n):
        keys.append('key' + str(i))
    d = {}
    for i in range(n):
        d[keys[i]] = i
    total = 0
    for r in range(40):
        for k in keys:
            total += d[k]
    missing = 0
    for i in range(n):
        if ('nokey' + str(i)) not in d:
            missing += 1
    print('dict %d %d %d' % (len(d), total, missing))


main()
