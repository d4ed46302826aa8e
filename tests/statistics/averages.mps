# statistics: mean, fmean, geometric/harmonic mean, medians, mode, multimode, quantiles
import statistics
from statistics import (mean, fmean, geometric_mean, harmonic_mean, median,
                        median_low, median_high, median_grouped, mode,
                        multimode, quantiles)


def show(label, value):
    print(label, repr(value), type(value).__name__)


# mean is exact: ints stay int when the mean is whole
show('mean ints', mean([1, 2, 3, 4]))
show('mean whole', mean([1, 2, 3]))
show('mean big', mean([10**20, 10**20 + 2]))
show('mean neg', mean([-1, -2, -4]))
show('mean floats', mean([0.1, 0.2, 0.3]))
show('mean mixed', mean([1, 2.5, 3]))
show('mean bools', mean([True, False, True]))
show('mean bools whole', mean([True, True]))
show('mean iter', mean(iter([1.5, 2.5, 3.5])))
show('mean range', mean(range(1, 101)))
show('mean gen', mean(x * x for x in range(7)))
show('mean tiny', mean([1e-310, 3e-310]))
show('mean huge', mean([1e308, 1e308]))
show('mean exact', mean([1e16, 1.0, -1e16]))
show('mean inf', mean([1, float('inf')]))
show('mean nan', mean([float('inf'), float('-inf')]))
show('mean single', mean([7]))
show('mean doc', mean([-1.0, 2.5, 3.25, 5.75]))

show('fmean', fmean([3.5, 4.0, 5.25]))
show('fmean ints', fmean([1, 2, 3]))
show('fmean iter', fmean(iter([1, 2, 3, 4])))
show('fmean weights', fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
show('fmean gen weights', fmean((x for x in [1, 2, 3]), weights=iter([3, 2, 1])))
show('fmean tenths', fmean([0.1] * 10))

show('geometric_mean', geometric_mean([54, 24, 36]))
show('geometric_mean floats', geometric_mean([1.5, 2.25, 8.0]))
show('geometric_mean big', geometric_mean([395747256029923269545326, 3]))
show('harmonic_mean', harmonic_mean([40, 60]))
show('harmonic_mean3', harmonic_mean([2.5, 3, 10]))
show('harmonic_mean w', harmonic_mean([40, 60], weights=[5, 30]))
show('harmonic_mean one', harmonic_mean([5]))
show('harmonic_mean one float', harmonic_mean([2.5]))
show('harmonic_mean zero', harmonic_mean([2, 0, 3]))
show('harmonic_mean iter', harmonic_mean(iter([1, 2, 4])))
show('harmonic_mean zero weight', harmonic_mean([1, 0, 3], weights=[1, 0, 1]))

show('median odd', median([1, 3, 5]))
show('median even', median([1, 3, 5, 7]))
show('median even ints', median([1, 3, 5, 9]))
show('median floats', median([2.5, 1.5, 4.0, 3.0]))
show('median unsorted', median([9, 1, 7, 3, 5]))
show('median_low', median_low([1, 3, 5, 7]))
show('median_low odd', median_low([1, 3, 5]))
show('median_high', median_high([1, 3, 5, 7]))
show('median_high odd', median_high([1, 3, 5]))
show('median strings', median_low(['b', 'a', 'd', 'c']))
show('median_grouped', median_grouped([52, 52, 53, 54]))
show('median_grouped 2', median_grouped([1, 3, 3, 5, 7]))
show('median_grouped iv', median_grouped([1, 3, 3, 5, 7], interval=2))
show('median_grouped one', median_grouped([4]))
show('median_grouped ages',
     round(median_grouped([25] * 172 + [35] * 484 + [45] * 387 + [55] * 22 + [65] * 6,
                          interval=10), 1))

show('mode', mode([1, 1, 2, 3, 3, 3, 3, 4]))
show('mode str', mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']))
show('mode tie first', mode([2, 2, 1, 1]))
show('mode letters', mode('aabbbbccddddeeffffgg'))
show('multimode', multimode('aabbbbccddddeeffffgg'))
show('multimode empty', multimode(''))
show('multimode all', multimode([3, 1, 2]))

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103,
        109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103,
        103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103,
        107, 101, 81, 109, 104]
show('deciles', [round(q, 1) for q in quantiles(data, n=10)])
show('quartiles', quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
show('quartiles incl', quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method='inclusive'))
show('quartiles floats', quantiles([1.5, 2.5, 3.5, 4.5], n=4))
show('q two', quantiles([1, 2]))
show('q n=1', quantiles([1, 2, 3], n=1))
show('q n=2', quantiles([4, 1, 3, 2], n=2))
show('q many', quantiles([10, 20, 30], n=8))
show('q many incl', quantiles([10, 20, 30], n=8, method='inclusive'))
show('q ints whole', quantiles(range(0, 101, 10), n=5, method='inclusive'))
print(sorted(statistics.__all__))
