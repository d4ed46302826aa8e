# statistics.NormalDist: pdf, cdf, inv_cdf, quantiles, overlap, zscore, samples(seed), arithmetic, repr, errors
import random
from statistics import NormalDist, StatisticsError

N = NormalDist(2.5, 1.25)
print(N, N.mean, N.median, N.mode, N.stdev, N.variance)
print(NormalDist())
print(NormalDist(3, 2), NormalDist(mu=1, sigma=0))
for x in [-1.0, 0.0, 1.0, 2.5, 3.75, 10.0]:
    print(x, N.pdf(x), N.cdf(x), N.zscore(x))
Z = NormalDist()
for p in [1e-300, 1e-20, 1e-10, 0.0001, 0.01, 0.025, 0.05, 0.1, 0.25, 0.3,
          0.5, 0.6, 0.75, 0.9, 0.925, 0.975, 0.99, 0.9999, 1 - 1e-12]:
    print(p, Z.inv_cdf(p), N.inv_cdf(p))
print(Z.quantiles())
print(N.quantiles(n=10))
print(Z.quantiles(n=3))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)))
print(NormalDist(0, 1).overlap(NormalDist(1, 1)))
print(NormalDist(5, 1).overlap(NormalDist(5, 1)))

# arithmetic with numbers and with other NormalDists
print(N + 1, 1 + N, N - 1, 10 - N, N * 2, 3 * N, N / 4, N * -2, -N, +N)
print(N + NormalDist(1, 2), N - NormalDist(1, 2))
temperature_february = NormalDist(5, 2.5)
print(temperature_february * (9 / 5) + 32)
print(N == NormalDist(2.5, 1.25), N == NormalDist(2.5, 1.0), N == 2.5, N != 'x')
print(hash(N) == hash(NormalDist(2.5, 1.25)))
print(len({N, NormalDist(2.5, 1.25), NormalDist(0, 1)}))

# from_samples and seeded samples
nd = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(nd, nd.mean, nd.stdev)
print(NormalDist.from_samples(iter([1, 2, 3, 4])))
print(NormalDist.from_samples((x for x in [1.0, 1.0])))
s = NormalDist(10, 3).samples(5, seed=42)
print(s)
print(s == NormalDist(10, 3).samples(5, seed=42))
random.seed(8)
a = NormalDist(0, 1).samples(3)
random.seed(8)
print(a == NormalDist(0, 1).samples(3), len(a))
print(NormalDist(1, 2).samples(0, seed=1))


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


D = NormalDist(1, 0)
attempt('pdf sigma 0', D.pdf, 1)
attempt('cdf sigma 0', D.cdf, 1)
attempt('zscore sigma 0', D.zscore, 1)
attempt('inv_cdf sigma 0', D.inv_cdf, 0.5)
attempt('inv_cdf 0', Z.inv_cdf, 0.0)
attempt('inv_cdf 1', Z.inv_cdf, 1.0)
attempt('inv_cdf 1.5', Z.inv_cdf, 1.5)
attempt('overlap sigma 0', Z.overlap, D)
attempt('overlap type', Z.overlap, 1)
attempt('negative sigma', NormalDist, 0, -0.5)
attempt('str mu', NormalDist, 'x')
print(isinstance(D, NormalDist), D.variance)
