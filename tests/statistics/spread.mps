# statistics: variance, stdev, pvariance, pstdev (exact), covariance, correlation, linear_regression
import statistics
from statistics import (variance, stdev, pvariance, pstdev, covariance,
                        correlation, linear_regression)


def show(label, value):
    print(label, repr(value), type(value).__name__)


data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
show('variance', variance(data))
show('pvariance', pvariance(data))
show('stdev', stdev(data))
show('pstdev', pstdev(data))
show('variance ints', variance([1, 2, 3, 4, 5]))
show('variance ints whole', variance([1, 3, 5, 7]))
show('variance bools', variance([True, False, True, True]))
show('pvariance ints', pvariance([0, 0, 1, 1, 2, 2]))
show('pvariance doc', pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
show('stdev ints', stdev([1, 2, 3, 4, 5]))
show('stdev doc', stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
show('pstdev doc', pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
show('pstdev exact', pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
show('pstdev single', pstdev([2.0]))
show('pvariance single', pvariance([3]))
show('variance const', variance([3.5, 3.5, 3.5]))
show('stdev const', stdev([7, 7]))
show('variance iter', variance(iter([1, 2, 4])))
show('variance gen', variance(x / 4 for x in range(9)))
show('variance big', variance([10**30, 10**30 + 1, 10**30 + 2]))
show('stdev big', stdev([10**30, 10**30 + 1, 10**30 + 5]))
show('variance cancel', variance([1e16 + 1, 1e16 + 3, 1e16 + 5]))
show('stdev tiny', stdev([1e-300, 2e-300, 4e-300]))
show('stdev huge', stdev([1e300, -1e300]))
show('variance inf', variance([1, float('inf')]))
show('variance mixed', variance([1, 2.5, 4]))

m = statistics.mean(data)
show('variance xbar', variance(data, m))
show('variance xbar int', variance([1, 2, 3, 4], 2))
show('variance xbar float', variance([1, 2, 3, 4], 2.5))
show('pvariance mu', pvariance([1, 2, 3, 4], 2))
show('pvariance mu float', pvariance(data, 1.5))
show('stdev xbar', stdev([1, 2, 3], 2))
show('pstdev mu', pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875))

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
show('covariance xy', covariance(x, y))
show('covariance xz', covariance(x, z))
show('covariance zy', covariance(z, y))
show('covariance floats', covariance([1.5, 2.5, 3.75], [0.5, -1.0, 2.25]))
show('correlation xx', correlation(x, x))
show('correlation xz', correlation(x, z))
show('correlation xy', correlation(x, y))
show('correlation floats', correlation([1.5, 2.5, 3.75, 0.25], [0.5, -1.0, 2.25, 0.0]))

year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
lr = linear_regression(year, films_total)
print(lr)
print(lr.slope, lr.intercept, type(lr).__name__, lr._fields)
print(round(lr.slope * 2019 + lr.intercept))
slope, intercept = linear_regression([1, 2, 3], [2, 4, 6])
print(slope, intercept)
print(linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(linear_regression([1.5, 2, 3.25, 4], [0.5, 1, 1.5, 4.25]))
print(linear_regression(x, y, proportional=True).slope)
