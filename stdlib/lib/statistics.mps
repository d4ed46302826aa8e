# statistics — averages, spread and the normal distribution (written in mps).
#
# CPython computes means and variances of ints and floats exactly with
# fractions.Fraction and rounds once at the end.  mps has no fractions
# module, so the exact sums here are kept as (numerator, denominator) int
# pairs (always reduced, denominator > 0); the results round the same way
# and print the same as CPython's.  Decimal and Fraction data are not
# supported (neither module exists).
from math import sqrt, exp, log, erf, fabs, fsum, hypot, gcd, isqrt, tau, ldexp

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------- exact sums

def _ratio(x):
    # x as an exact (numerator, denominator); a non-finite float comes back
    # as (x, None) and poisons the sum, as in CPython
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


def _coerce(T, S):
    # the result type of mixing T and S (int with float gives float, a
    # subclass wins over its base)
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _reduce(n, d):
    g = gcd(n, d)
    if g != 1:
        n //= g
        d //= g
    return (n, d)


def _combine(partials):
    # sum of n/d over the {d: n} map, exactly
    tn, td = 0, 1
    for d, n in partials.items():
        if d == td:
            tn += n
        else:
            g = gcd(td, d)
            tn = tn * (d // g) + n * (td // g)
            td = td // g * d
    return _reduce(tn, td)


def _qadd(a, b):
    return _reduce(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _qsub(a, b):
    return _reduce(a[0] * b[1] - b[0] * a[1], a[1] * b[1])


def _qmul(a, b):
    return _reduce(a[0] * b[0], a[1] * b[1])


def _qdiv(a, b):
    n, d = a[0] * b[1], a[1] * b[0]
    if d < 0:
        n, d = -n, -d
    return _reduce(n, d)


_TINY = 2.2250738585072014e-308     # smallest normal float


def _q2f(n, d):
    # n/d correctly rounded.  int / int is, except that mps rounds twice
    # when the result is subnormal; redo that range by hand.
    x = n / d
    if n and -_TINY < x < _TINY:
        q, r = divmod(abs(n) << 1074, d)
        r2 = r * 2
        if r2 > d or (r2 == d and q & 1):
            q += 1
        x = ldexp(float(q), -1074)
        if n < 0:
            x = -x
    return x


def _sum(data):
    # (result type, exact total, count); the total is an (n, d) pair, or
    # a float when a NaN or infinity took part
    count = 0
    types = set()
    last = None
    partials = {}
    for x in data:
        t = type(x)
        if t is not last:
            types.add(t)
            last = t
        n, d = _ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    T = _result_type(types)
    if None in partials:
        return (T, partials[None], count)
    return (T, _combine(partials), count)


def _to_type(q, T):
    # the exact value q as type T (an int result only when it is whole)
    if type(q) is float:
        if type(q) is T:
            return q
        return T(q)
    n, d = q
    if issubclass(T, int):
        if d == 1:
            return n if T is int else T(n)
        T = float
    x = _q2f(n, d)
    return x if T is float else T(x)


def _ss(data, c=None):
    # (result type, sum of squared deviations, mean, count), exactly;
    # with c given the deviations are taken from c instead of the mean
    if c is not None:
        def squares():
            for x in data:
                dev = x - c
                yield dev * dev
        T, ssd, count = _sum(squares())
        return (T, ssd, c, count)
    count = 0
    types = set()
    last = None
    sx = {}
    sxx = {}
    for x in data:
        t = type(x)
        if t is not last:
            types.add(t)
            last = t
        n, d = _ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    T = _result_type(types)
    if not count:
        return (T, (0, 1), (0, 1), 0)
    if None in sx:
        v = sx[None]
        return (T, v, v, count)
    total = _combine(sx)
    squares = _combine({d * d: n for d, n in sxx.items()})
    k = (count, 1)
    ssd = _qdiv(_qsub(_qmul(k, squares), _qmul(total, total)), k)
    return (T, ssd, _qdiv(total, k), count)


def _qscale(q, k):
    # q / k for an exact q or a non-finite float q
    if type(q) is float:
        return q / k
    return _reduce(q[0], q[1] * k)


def _sqrt_q(q):
    # square root of n/d, correctly rounded: take the integer square root
    # with a couple of spare bits, make it odd when inexact so the final
    # conversion cannot be fooled by a tie, then round once
    if type(q) is float:
        q.numerator     # AttributeError, as CPython's stdev of a NaN/inf
    n, d = q
    if not n:
        return 0.0
    k = (112 - (n.bit_length() - d.bit_length())) // 2
    if k >= 0:
        num, den = n << (2 * k), d
    else:
        num, den = n, d << (-2 * k)
    a = isqrt(num // den)
    if a * a * den != num:
        a |= 1
    if k >= 0:
        return _q2f(a, 1 << k)
    return _q2f(a << -k, 1)


# ---------------------------------------------------------------- averages

def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(_qscale(total, n), T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        n = 0
        def counted(it):
            nonlocal n
            for n, x in enumerate(it, 1):
                yield x
        data = counted(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        nw = len(weights)
    except TypeError:
        weights = list(weights)
        nw = len(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n != nw:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def _log(x):
    # CPython takes the log of an int that fits a float as log(float(x));
    # mps's math.log of a big int can differ in the last bit
    if type(x) is int:
        try:
            x = float(x)
        except OverflowError:
            pass
    return log(x)


def geometric_mean(data):
    try:
        return exp(fmean(map(_log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _no_negatives(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _sum(_no_negatives(weights, errmsg))[1]
    try:
        T, total, count = _sum(w / x if w else 0 for w, x
                               in zip(weights, _no_negatives(data, errmsg)))
    except ZeroDivisionError:
        return 0
    if type(total) is float:
        if total <= 0:
            raise StatisticsError('Weighted sum must be positive')
        if type(sum_weights) is float:
            return _to_type(sum_weights / total, T)
        return _to_type(_q2f(*sum_weights) / total, T)
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if type(sum_weights) is float:
        return _to_type(sum_weights / _q2f(*total), T)
    return _to_type(_qdiv(sum_weights, total), T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    from bisect import bisect_left, bisect_right
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    # interpolate within the bin [x - interval/2, x + interval/2)
    low = x - interval / 2.0
    return low + interval * (n / 2 - i) / (j - i)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    top = max(counts.values())
    for x, c in counts.items():
        if c == top:
            return x        # the first one seen wins a tie


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [x for x, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n       # exact: no float rounding of i*m/n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


# ---------------------------------------------------------------- spread

def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(_qscale(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(_qscale(ss, n), T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_q(_qscale(ss, n - 1))


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_q(_qscale(ss, n))


# ---------------------------------------------------------------- two inputs

def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def _sq_dev(values, centre):
    for v in values:
        dev = v - centre
        yield dev * dev


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum(_sq_dev(x, xbar))
    syy = fsum(_sq_dev(y, ybar))
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


_LinearRegression = None


def _lr_type():
    # the namedtuple is made on first use: collections is not needed to
    # import statistics
    global _LinearRegression
    if _LinearRegression is None:
        from collections import namedtuple
        _LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))
        _LinearRegression.__module__ = __name__
    return _LinearRegression


def __getattr__(name):
    if name == 'LinearRegression':
        return _lr_type()
    raise AttributeError("module 'statistics' has no attribute %r" % (name,))


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum(_sq_dev(x, xbar))
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return _lr_type()(slope=slope, intercept=intercept)


# ---------------------------------------------------------------- NormalDist

# Wichura's algorithm AS 241 (PPND16), Applied Statistics 37 (1988):
# rational approximations of the normal quantile in three ranges, good to
# about 1e-16.  Coefficients from the highest power down (Horner order, so
# the rounding is the same as CPython's).
_AS241_CENTRAL_NUM = (
    2.5090809287301226727e+3, 3.3430575583588128105e+4,
    6.7265770927008700853e+4, 4.5921953931549871457e+4,
    1.3731693765509461125e+4, 1.9715909503065514427e+3,
    1.3314166789178437745e+2, 3.3871328727963666080e+0)
_AS241_CENTRAL_DEN = (
    5.2264952788528545610e+3, 2.8729085735721942674e+4,
    3.9307895800092710610e+4, 2.1213794301586595867e+4,
    5.3941960214247511077e+3, 6.8718700749205790830e+2,
    4.2313330701600911252e+1, 1.0)
_AS241_NEAR_NUM = (
    7.74545014278341407640e-4, 2.27238449892691845833e-2,
    2.41780725177450611770e-1, 1.27045825245236838258e+0,
    3.64784832476320460504e+0, 5.76949722146069140550e+0,
    4.63033784615654529590e+0, 1.42343711074968357734e+0)
_AS241_NEAR_DEN = (
    1.05075007164441684324e-9, 5.47593808499534494600e-4,
    1.51986665636164571966e-2, 1.48103976427480074590e-1,
    6.89767334985100004550e-1, 1.67638483018380384940e+0,
    2.05319162663775882187e+0, 1.0)
_AS241_TAIL_NUM = (
    2.01033439929228813265e-7, 2.71155556874348757815e-5,
    1.24266094738807843860e-3, 2.65321895265761230930e-2,
    2.96560571828504891230e-1, 1.78482653991729133580e+0,
    5.46378491116411436990e+0, 6.65790464350110377720e+0)
_AS241_TAIL_DEN = (
    2.04426310338993978564e-15, 1.42151175831644588870e-7,
    1.84631831751005468180e-5, 7.86869131145613259100e-4,
    1.48753612908506148525e-2, 1.36929880922735805310e-1,
    5.99832206555887937690e-1, 1.0)


def _horner(coeffs, r):
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * r + c
    return acc


def _inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = (_horner(_AS241_CENTRAL_NUM, r) * q) / _horner(_AS241_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_AS241_NEAR_NUM, r) / _horner(_AS241_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_AS241_TAIL_NUM, r) / _horner(_AS241_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = sqrt(2.0)


class NormalDist:
    # a normal distribution N(mu, sigma), with the arithmetic of random
    # variables: shifting and scaling by numbers, adding two independent ones
    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        T, ss, xbar, n = _ss(data)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        if type(ss) is float:
            # a NaN or infinity in the data
            return cls(float(xbar), float(xbar) / ss)
        return cls(_q2f(*xbar), _sqrt_q(_qscale(ss, n - 1)))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        # area shared by the two density curves (Inman and Bradley, 1989)
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X         # same answer whichever way round
        xv, yv = X.variance, Y.variance
        if not xv or not yv:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = yv - xv
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * yv - Y._mu * xv
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(yv / xv))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
