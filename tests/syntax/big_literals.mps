# Source with huge literals on one line compiles in linear time (constants
# are deduplicated through a hash index, columns counted incrementally).
src = ('x = [' + ', '.join(repr(i * 0.5) for i in range(200000)) + ']\n' +
       'y = {' + ', '.join('%r: %d' % ('k%d' % i, i) for i in range(50000)) + '}\n' +
       'z = [' + ', '.join(str(i % 1000) for i in range(100000)) + ']\n')
ns = {}
exec(src, ns)
print(len(ns['x']), ns['x'][-1], len(ns['y']), ns['y']['k49999'], sum(ns['z']))
