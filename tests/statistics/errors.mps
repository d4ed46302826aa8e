# statistics: StatisticsError messages for empty / short data, TypeErrors, bad arguments
import statistics
from statistics import StatisticsError

print(issubclass(StatisticsError, ValueError), StatisticsError.__name__)


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


S = statistics
attempt('mean []', S.mean, [])
attempt('mean iter []', S.mean, iter([]))
attempt('fmean []', S.fmean, [])
attempt('fmean gen []', S.fmean, (x for x in []))
attempt('fmean weights len', S.fmean, [1, 2], [1])
attempt('fmean weights zero', S.fmean, [1, 2], [0, 0])
attempt('geometric_mean []', S.geometric_mean, [])
attempt('geometric_mean 0', S.geometric_mean, [1, 0, 2])
attempt('geometric_mean neg', S.geometric_mean, [1, -2.5])
attempt('harmonic_mean []', S.harmonic_mean, [])
attempt('harmonic_mean neg', S.harmonic_mean, [1, -2])
attempt('harmonic_mean neg one', S.harmonic_mean, [-2])
attempt('harmonic_mean str', S.harmonic_mean, ['a'])
attempt('harmonic_mean weights len', S.harmonic_mean, [1, 2], [1])
attempt('harmonic_mean neg weight', S.harmonic_mean, [1, 2], [1, -1])
attempt('harmonic_mean weights zero', S.harmonic_mean, [1, 2], [0, 0])
attempt('median []', S.median, [])
attempt('median_low []', S.median_low, [])
attempt('median_high []', S.median_high, [])
attempt('median_grouped []', S.median_grouped, [])
attempt('median_grouped str', S.median_grouped, ['a', 'b'])
attempt('mode []', S.mode, [])
attempt('mode unhashable', S.mode, [[1], [1]])
attempt('quantiles n=0', S.quantiles, [1, 2, 3], n=0)
attempt('quantiles one', S.quantiles, [1])
attempt('quantiles method', S.quantiles, [1, 2, 3], method='middle')
attempt('variance one', S.variance, [1])
attempt('variance []', S.variance, [])
attempt('stdev one', S.stdev, [2.5])
attempt('pvariance []', S.pvariance, [])
attempt('pstdev []', S.pstdev, iter([]))
attempt('stdev nan', S.stdev, [1, float('nan')])
attempt('mean str', S.mean, ['a', 'b'])
attempt('mean None', S.mean, [1, None])
attempt('variance str', S.variance, [1, 'x', 3])
attempt('covariance len', S.covariance, [1, 2, 3], [1, 2])
attempt('covariance one', S.covariance, [1], [1])
attempt('correlation len', S.correlation, [1, 2], [1, 2, 3])
attempt('correlation one', S.correlation, [1], [2])
attempt('correlation const', S.correlation, [1, 2, 3], [5, 5, 5])
attempt('linear_regression len', S.linear_regression, [1, 2], [1])
attempt('linear_regression one', S.linear_regression, [1], [1])
attempt('linear_regression const', S.linear_regression, [2, 2, 2], [1, 2, 3])
attempt('linear_regression kw', S.linear_regression, [1, 2], y=[3, 4])
attempt('normaldist sigma', S.NormalDist, 0, -1)
attempt('from_samples one', S.NormalDist.from_samples, [3.0])
try:
    S.mean([])
except ValueError as e:
    print('caught as ValueError:', repr(e))
