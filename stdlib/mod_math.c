/* mod_math.c — the math module (C doubles; GMP for the integer
 * functions). Prefix ma_. */
#include "lib.h"
#include <math.h>
#include <float.h>

static MpsValue ma_domain(MpsThread *t) { return MPS_RAISE(t, ValueError, "math domain error"); }
static MpsValue ma_range(MpsThread *t) { return MPS_RAISE(t, OverflowError, "math range error"); }

static int ma_num(MpsThread *t, MpsValue v, double *out)
{
    if (mps_is_float(v)) { *out = mps_float_val(v); return 0; }
    if (mps_is_int(v)) return mps_to_double(t, v, out);
    MpsValue f = mps_lookup_special(t, v, "__float__");
    if (f) {
        MpsValue r = mps_call1(t, f, v);
        if (!r) return -1;
        if (mps_is_float(r)) { *out = mps_float_val(r); return 0; }
    }
    MPS_RAISE(t, TypeError, "must be real number, not %T", v);
    return -1;
}

/* one-argument functions: overflow says whether an infinite result from a
 * finite argument is an OverflowError (else ValueError) */
typedef struct { const char *name; double (*f)(double); bool overflow; } MaFunc1;
static const MaFunc1 ma_funcs1[] = {
    {"math.sqrt", sqrt, false}, {"math.exp", exp, true}, {"math.exp2", exp2, true}, {"math.expm1", expm1, true},
    {"math.sin", sin, false}, {"math.cos", cos, false}, {"math.tan", tan, false}, {"math.asin", asin, false},
    {"math.acos", acos, false}, {"math.atan", atan, false}, {"math.sinh", sinh, true}, {"math.cosh", cosh, true},
    {"math.tanh", tanh, false}, {"math.asinh", asinh, false}, {"math.acosh", acosh, false}, {"math.atanh", atanh, false},
    {"math.fabs", fabs, false}, {"math.erf", erf, false}, {"math.erfc", erfc, false}, {"math.gamma", tgamma, true},
    {"math.lgamma", lgamma, true}, {"math.cbrt", cbrt, false},
};

static MpsValue ma_apply1(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int idx)
{
    const MaFunc1 *fn = &ma_funcs1[idx];
    if (mps_args_count(t, fn->name, argc, kw, 1, 1) < 0) return MPS_NULL;
    double x, r;
    if (ma_num(t, argv[0], &x) < 0) return MPS_NULL;
    if ((idx == 19 || idx == 20) && x <= 0 && x == floor(x)) return ma_domain(t);   /* gamma poles */
    r = fn->f(x);
    if (isnan(r) && !isnan(x)) return ma_domain(t);
    if (isinf(r) && isfinite(x)) return fn->overflow ? ma_range(t) : ma_domain(t);
    return mps_float_new(t, r);
}

#define MA_F1(i, n) \
    static MpsValue ma_##n(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return ma_apply1(t, argc, argv, kw, i); }
MA_F1(0, sqrt) MA_F1(1, exp) MA_F1(2, exp2) MA_F1(3, expm1) MA_F1(4, sin) MA_F1(5, cos) MA_F1(6, tan)
MA_F1(7, asin) MA_F1(8, acos) MA_F1(9, atan) MA_F1(10, sinh) MA_F1(11, cosh) MA_F1(12, tanh)
MA_F1(13, asinh) MA_F1(14, acosh) MA_F1(15, atanh) MA_F1(16, fabs) MA_F1(17, erf) MA_F1(18, erfc)
MA_F1(19, gamma) MA_F1(20, lgamma) MA_F1(21, cbrt)

/* z > 0 as m * 2^e, m in [0.5, 1) correctly rounded (half-even); z is
 * clobbered */
static double ma_mpz_frexp(mpz_t z, long *e)
{
    long bits = (long)mpz_sizeinbase(z, 2), shift = bits > 64 ? bits - 64 : 0;
    /* the top 64 bits, with a sticky low bit for those below: the conversion
     * to double then rounds once, correctly */
    bool sticky = shift > 0 && mpz_scan1(z, 0) < (mp_bitcnt_t)shift;
    mpz_tdiv_q_2exp(z, z, (mp_bitcnt_t)shift);
    uint64_t top = mpz_get_ui(z) | (sticky ? 1 : 0);
    int e2;
    double m = frexp((double)top, &e2);
    *e = e2 + shift;
    return m;
}

/* log, log2 or log10 (which 0, 1, 2) of an int or float, as CPython's
 * loghelper: an int is converted to the nearest double when it fits, only
 * an int beyond the double range is taken as m * 2^e */
static int ma_loghelper(MpsThread *t, MpsValue v, int which, double *out)
{
    static double (*const fn[])(double) = {log, log2, log10};
    double x;
    if (mps_is_int(v)) {
        mpz_t z;
        mpz_init(z);
        mps_int_to_mpz(v, z);
        int sign = mpz_sgn(z);
        long e = 0;
        double m = sign > 0 ? ma_mpz_frexp(z, &e) : 0;
        mpz_clear(z);
        if (sign <= 0) { ma_domain(t); return -1; }
        *out = e <= DBL_MAX_EXP ? fn[which](ldexp(m, (int)e)) : fn[which](m) + fn[which](2.0) * (double)e;
        return 0;
    }
    if (ma_num(t, v, &x) < 0) return -1;
    if (isnan(x)) { *out = x; return 0; }
    if (x <= 0) { ma_domain(t); return -1; }
    *out = fn[which](x);
    return 0;
}

static MpsValue ma_log(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "log", kw) < 0) return MPS_NULL;
    if (argc < 1 || argc > 2) return MPS_RAISE(t, TypeError, "math.log requires 1 to 2 arguments");
    double a, b;
    if (ma_loghelper(t, argv[0], 0, &a) < 0) return MPS_NULL;
    if (argc == 2) {
        if (ma_loghelper(t, argv[1], 0, &b) < 0) return MPS_NULL;
        if (b == 0) return MPS_RAISE(t, ZeroDivisionError, "float division by zero");
        a /= b;
    }
    return mps_float_new(t, a);
}

static MpsValue ma_log2(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    double a;
    if (mps_args_count(t, "math.log2", argc, kw, 1, 1) < 0 || ma_loghelper(t, argv[0], 1, &a) < 0) return MPS_NULL;
    return mps_float_new(t, a);
}

static MpsValue ma_log10(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    double a;
    if (mps_args_count(t, "math.log10", argc, kw, 1, 1) < 0 || ma_loghelper(t, argv[0], 2, &a) < 0) return MPS_NULL;
    return mps_float_new(t, a);
}

static MpsValue ma_log1p(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "math.log1p", argc, kw, 1, 1) < 0) return MPS_NULL;
    double x;
    if (ma_num(t, argv[0], &x) < 0) return MPS_NULL;
    if (x <= -1) return ma_domain(t);
    return mps_float_new(t, log1p(x));
}

/* floor / ceil / trunc as CPython: a user class's __floor__ / __ceil__ /
 * __trunc__; else an int as a plain int, else of the float value (trunc
 * takes no other numbers: it has no float fallback) */
static MpsValue ma_round_to_int(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int how)
{
    static const char *const fn[] = {"math.floor", "math.ceil", "math.trunc"};
    static const char *const dn[] = {"__floor__", "__ceil__", "__trunc__"};
    if (mps_args_count(t, fn[how], argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue v = argv[0];
    double x;
    MpsValue f = mps_lookup_special(t, v, dn[how]);    /* a user class's, not int's or float's */
    if (f) return mps_call1(t, f, v);
    if (t->exc) return MPS_NULL;
    if (mps_is_int(v)) {        /* a plain int, also for bool and subclasses */
        mpz_t z;
        mpz_init(z);
        mps_int_to_mpz(v, z);
        MpsValue r = mps_int_from_mpz(t, z);
        mpz_clear(z);
        return r;
    }
    if (how == 2 && !mps_is_float(v)) return MPS_RAISE(t, TypeError, "type %T doesn't define __trunc__ method", v);
    if (ma_num(t, v, &x) < 0) return MPS_NULL;
    return mps_int_from_double(t, how == 0 ? floor(x) : how == 1 ? ceil(x) : trunc(x));
}

static MpsValue ma_floor(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return ma_round_to_int(t, argc, argv, kw, 0); }
static MpsValue ma_ceil(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return ma_round_to_int(t, argc, argv, kw, 1); }
static MpsValue ma_trunc(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return ma_round_to_int(t, argc, argv, kw, 2); }

static MpsValue ma_pow(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "pow", argc, kw, 2, 2) < 0) return MPS_NULL;
    double x, y;
    if (ma_num(t, argv[0], &x) < 0 || ma_num(t, argv[1], &y) < 0) return MPS_NULL;
    if (x == 0 && y < 0) return ma_domain(t);
    if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y)) return ma_domain(t);
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return ma_range(t);
    return mps_float_new(t, r);
}

static MpsValue ma_2(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, const char *name, double *x, double *y)
{
    if (mps_args_count(t, name, argc, kw, 2, 2) < 0) return MPS_NULL;
    if (ma_num(t, argv[0], x) < 0 || ma_num(t, argv[1], y) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue ma_atan2(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    double x, y;
    if (!ma_2(t, argc, argv, kw, "atan2", &x, &y)) return MPS_NULL;
    return mps_float_new(t, atan2(x, y));
}

static MpsValue ma_copysign(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    double x, y;
    if (!ma_2(t, argc, argv, kw, "copysign", &x, &y)) return MPS_NULL;
    return mps_float_new(t, copysign(x, y));
}

static MpsValue ma_fmod(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    double x, y;
    if (!ma_2(t, argc, argv, kw, "fmod", &x, &y)) return MPS_NULL;
    if (y == 0 || isinf(x)) { if (!isnan(x) && !isnan(y)) return ma_domain(t); }
    return mps_float_new(t, fmod(x, y));
}

static MpsValue ma_remainder(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    double x, y;
    if (!ma_2(t, argc, argv, kw, "remainder", &x, &y)) return MPS_NULL;
    if ((y == 0 || isinf(x)) && !isnan(x) && !isnan(y)) return ma_domain(t);
    return mps_float_new(t, remainder(x, y));
}

static MpsValue ma_hypot(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "hypot", kw) < 0) return MPS_NULL;
    double acc = 0, x;
    for (int i = 0; i < argc; i++) {
        if (ma_num(t, argv[i], &x) < 0) return MPS_NULL;
        acc = i == 0 ? fabs(x) : hypot(acc, x);
    }
    return mps_float_new(t, acc);
}

static MpsValue ma_dist(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "dist", argc, kw, 2, 2) < 0) return MPS_NULL;
    MpsValue *p, *q;
    int64_t n = mps_seq_items(argv[0], &p), m = mps_seq_items(argv[1], &q);
    if (n < 0 || m < 0) return MPS_RAISE(t, TypeError, "dist() arguments must be sequences");
    if (n != m) return MPS_RAISE(t, ValueError, "both points must have the same number of dimensions");
    double acc = 0;
    for (int64_t i = 0; i < n; i++) {
        double a, b;
        if (ma_num(t, p[i], &a) < 0 || ma_num(t, q[i], &b) < 0) return MPS_NULL;
        acc = i == 0 ? fabs(a - b) : hypot(acc, a - b);
    }
    return mps_float_new(t, acc);
}

static MpsValue ma_ldexp(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "ldexp", argc, kw, 2, 2) < 0) return MPS_NULL;
    double x;
    int64_t e;
    if (ma_num(t, argv[0], &x) < 0) return MPS_NULL;
    if (!mps_is_int(argv[1])) return MPS_RAISE(t, TypeError, "Expected an int as second argument to ldexp.");
    if (mps_int_to_i64(t, argv[1], &e) < 0) { mps_exc_clear(t); e = mps_is_bigint(argv[1]) && mpz_sgn(MPS_BIG(argv[1])->z) < 0 ? INT32_MIN : INT32_MAX; }
    if (e > INT32_MAX) e = INT32_MAX;
    if (e < INT32_MIN) e = INT32_MIN;
    double r = ldexp(x, (int)e);
    if (isinf(r) && isfinite(x)) return ma_range(t);
    return mps_float_new(t, r);
}

static MpsValue ma_frexp(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "math.frexp", argc, kw, 1, 1) < 0) return MPS_NULL;
    double x;
    int e = 0;
    if (ma_num(t, argv[0], &x) < 0) return MPS_NULL;
    double m = isfinite(x) ? frexp(x, &e) : x;
    MpsValue f = mps_float_new(t, m);
    return f ? mps_tuple_pack(t, 2, f, mps_from_small(e)) : MPS_NULL;
}

static MpsValue ma_modf(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "math.modf", argc, kw, 1, 1) < 0) return MPS_NULL;
    double x, ip;
    if (ma_num(t, argv[0], &x) < 0) return MPS_NULL;
    double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x)) ip = x;
    MpsValue a = mps_float_new(t, fp), b = mps_float_new(t, ip);
    return a && b ? mps_tuple_pack(t, 2, a, b) : MPS_NULL;
}

static MpsValue ma_degrees(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "math.degrees", argc, kw, 1, 1) < 0) return MPS_NULL;
    double x;
    if (ma_num(t, argv[0], &x) < 0) return MPS_NULL;
    return mps_float_new(t, x * (180.0 / M_PI));
}

static MpsValue ma_radians(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "math.radians", argc, kw, 1, 1) < 0) return MPS_NULL;
    double x;
    if (ma_num(t, argv[0], &x) < 0) return MPS_NULL;
    return mps_float_new(t, x * (M_PI / 180.0));
}

static MpsValue ma_nextafter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    double x, y;
    if (!ma_2(t, argc, argv, kw, "nextafter", &x, &y)) return MPS_NULL;
    return mps_float_new(t, nextafter(x, y));
}

/* the gap from |x| to the next larger double; for the largest finite
 * double, to the next smaller one */
static MpsValue ma_ulp(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "math.ulp", argc, kw, 1, 1) < 0) return MPS_NULL;
    double x;
    if (ma_num(t, argv[0], &x) < 0) return MPS_NULL;
    x = fabs(x);
    if (!isfinite(x)) return mps_float_new(t, x);
    double up = nextafter(x, INFINITY);
    return mps_float_new(t, isinf(up) ? x - nextafter(x, 0.0) : up - x);
}

/* 0 isfinite 1 isinf 2 isnan */
static MpsValue ma_test(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int what)
{
    static const char *const fn[] = {"math.isfinite", "math.isinf", "math.isnan"};
    if (mps_args_count(t, fn[what], argc, kw, 1, 1) < 0) return MPS_NULL;
    double x;
    if (mps_is_int(argv[0])) return mps_bool(what == 0);
    if (ma_num(t, argv[0], &x) < 0) return MPS_NULL;
    return mps_bool(what == 0 ? isfinite(x) : what == 1 ? isinf(x) : isnan(x));
}

static MpsValue ma_isfinite(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return ma_test(t, argc, argv, kw, 0); }
static MpsValue ma_isinf(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return ma_test(t, argc, argv, kw, 1); }
static MpsValue ma_isnan(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return ma_test(t, argc, argv, kw, 2); }

static MpsValue ma_isclose(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    MpsValue a[4];
    if (argc > 2)   /* rel_tol and abs_tol are keyword-only */
        return MPS_RAISE(t, TypeError, "isclose() takes exactly 2 positional arguments (%d given)", argc);
    if (mps_args(t, "isclose", argc, argv, kw, names, 2, 4, a) < 0) return MPS_NULL;
    double x, y, rt = 1e-9, at = 0;
    if (ma_num(t, a[0], &x) < 0 || ma_num(t, a[1], &y) < 0) return MPS_NULL;
    if (a[2] && ma_num(t, a[2], &rt) < 0) return MPS_NULL;
    if (a[3] && ma_num(t, a[3], &at) < 0) return MPS_NULL;
    if (rt < 0 || at < 0) return MPS_RAISE(t, ValueError, "tolerances must be non-negative");
    if (x == y) return MPS_TRUE;
    if (isinf(x) || isinf(y)) return MPS_FALSE;
    double d = fabs(y - x);
    return mps_bool(d <= fabs(rt * y) || d <= fabs(rt * x) || d <= at);
}

/* ---------------------------------------------------------------- integer functions */

static int ma_int(MpsThread *t, MpsValue v, const char *fn, mpz_t out)
{
    if (!mps_is_int(v)) {
        MpsValue f = mps_lookup_special(t, v, "__index__");
        if (!f) {
            if (mps_is_float(v)) MPS_RAISE(t, TypeError, "%s", fn);
            else MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", v);
            return -1;
        }
        v = mps_call1(t, f, v);
        if (!v) return -1;
    }
    if (mps_is_bool(v)) v = mps_from_small(v == MPS_TRUE);
    mps_int_to_mpz(v, out);
    return 0;
}

static MpsValue ma_factorial(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "math.factorial", argc, kw, 1, 1) < 0) return MPS_NULL;
    mpz_t z;
    mpz_init(z);
    MpsValue r = MPS_NULL;
    if (ma_int(t, argv[0], "'float' object cannot be interpreted as an integer", z) == 0) {
        if (mpz_sgn(z) < 0) MPS_RAISE(t, ValueError, "factorial() not defined for negative values");
        else if (!mpz_fits_ulong_p(z)) MPS_RAISE(t, OverflowError, "factorial() argument should not exceed %ld", (long)LONG_MAX);
        else { mpz_fac_ui(z, mpz_get_ui(z)); r = mps_int_from_mpz(t, z); }
    }
    mpz_clear(z);
    return r;
}

static MpsValue ma_isqrt(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "math.isqrt", argc, kw, 1, 1) < 0) return MPS_NULL;
    mpz_t z;
    mpz_init(z);
    MpsValue r = MPS_NULL;
    if (ma_int(t, argv[0], "'float' object cannot be interpreted as an integer", z) == 0) {
        if (mpz_sgn(z) < 0) MPS_RAISE(t, ValueError, "isqrt() argument must be nonnegative");
        else { mpz_sqrt(z, z); r = mps_int_from_mpz(t, z); }
    }
    mpz_clear(z);
    return r;
}

static MpsValue ma_gcdlcm(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool lcm)
{
    if (mpsl_no_kw(t, lcm ? "lcm" : "gcd", kw) < 0) return MPS_NULL;
    mpz_t acc, z;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(z);
    MpsValue r = MPS_NULL;
    for (int i = 0; i < argc; i++) {
        if (ma_int(t, argv[i], "'float' object cannot be interpreted as an integer", z) < 0) goto out;
        if (lcm) mpz_lcm(acc, acc, z);
        else mpz_gcd(acc, acc, z);
    }
    r = mps_int_from_mpz(t, acc);
out:
    mpz_clears(acc, z, NULL);
    return r;
}

static MpsValue ma_gcd(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return ma_gcdlcm(t, argc, argv, kw, false); }
static MpsValue ma_lcm(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return ma_gcdlcm(t, argc, argv, kw, true); }

static MpsValue ma_combperm(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool perm)
{
    const char *fn = perm ? "perm" : "comb";
    if (mps_args_count(t, fn, argc, kw, perm ? 1 : 2, 2) < 0) return MPS_NULL;
    mpz_t n, k;
    mpz_inits(n, k, NULL);
    MpsValue r = MPS_NULL;
    const char *fe = "'float' object cannot be interpreted as an integer";
    if (ma_int(t, argv[0], fe, n) < 0) goto out;
    if (argc < 2 || argv[1] == MPS_NONE) mpz_set(k, n);
    else if (ma_int(t, argv[1], fe, k) < 0) goto out;
    if (mpz_sgn(n) < 0) { MPS_RAISE(t, ValueError, "n must be a non-negative integer"); goto out; }
    if (mpz_sgn(k) < 0) { MPS_RAISE(t, ValueError, "k must be a non-negative integer"); goto out; }
    if (mpz_cmp(k, n) > 0) { r = mps_from_small(0); goto out; }
    if (!mpz_fits_ulong_p(k)) { MPS_RAISE(t, OverflowError, "k must not exceed %ld", (long)LONG_MAX); goto out; }
    unsigned long kk = mpz_get_ui(k);
    if (!perm) mpz_bin_ui(n, n, kk);
    else {
        mpz_t acc;
        mpz_init_set_ui(acc, 1);
        for (unsigned long i = 0; i < kk; i++) { mpz_mul(acc, acc, n); mpz_sub_ui(n, n, 1); }
        mpz_set(n, acc);
        mpz_clear(acc);
    }
    r = mps_int_from_mpz(t, n);
out:
    mpz_clears(n, k, NULL);
    return r;
}

static MpsValue ma_comb(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return ma_combperm(t, argc, argv, kw, false); }
static MpsValue ma_perm(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return ma_combperm(t, argc, argv, kw, true); }

static MpsValue ma_prod(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"iterable", "start"};
    MpsValue a[2];
    if (argc > 2) return MPS_RAISE(t, TypeError, "prod() takes at most 2 arguments (%d given)", argc);
    if (argc != 1)   /* start is keyword-only */
        return MPS_RAISE(t, TypeError, "prod() takes exactly 1 positional argument (%d given)", argc);
    if (mps_args(t, "prod", argc, argv, kw, names, 1, 2, a) < 0) return MPS_NULL;
    MpsValue hold = mpsl_hold(t, 2);
    if (!hold) return MPS_NULL;
    MpsValue acc = a[1] ? a[1] : mps_from_small(1);
    MpsValue it = mps_iter(t, a[0]);
    MPSL_SLOT(hold, 1) = acc;
    if (!it) acc = MPS_NULL;
    else {
        MPSL_SLOT(hold, 0) = it;
        for (;;) {
            MpsValue v = mps_next(t, it);
            if (!v) { if (t->exc) acc = MPS_NULL; break; }
            acc = mps_binop(t, MPS_BIN_MUL, acc, v);
            if (!acc) break;
            MPSL_SLOT(hold, 1) = acc;
        }
    }
    MPS_UNROOT(t, 1);
    return acc;
}

/* fsum: Shewchuk's exact partials, as CPython's math_fsum. An inf or nan
 * summand goes through the partials too, then is set aside and the
 * partials restart: only an overflow of finite summands is an error */
static MpsValue ma_fsum(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "math.fsum", argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue it = mps_iter(t, argv[0]);
    if (!it) return MPS_NULL;
    MPS_ROOT(t, it);
    size_t n = 0, cap = 32;
    double *p = malloc(cap * sizeof(double));
    double special = 0, inf_sum = 0;
    bool has_special = false;
    MpsValue res = MPS_NULL;
    if (!p) { mps_raise_nomem(t); goto out; }
    for (;;) {
        MpsValue v = mps_next(t, it);
        if (!v) { if (t->exc) goto out; break; }
        double x, x0;
        if (ma_num(t, v, &x) < 0) goto out;
        x0 = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) { double tmp = x; x = y; y = tmp; }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x == 0.0) continue;
        if (!isfinite(x)) {
            if (isfinite(x0)) { MPS_RAISE(t, OverflowError, "intermediate overflow in fsum"); goto out; }
            if (isinf(x0)) inf_sum += x0;
            special += x0;
            has_special = true;
            n = 0;
            continue;
        }
        if (n >= cap) {
            double *np = realloc(p, 2 * cap * sizeof(double));
            if (!np) { mps_raise_nomem(t); goto out; }
            p = np;
            cap *= 2;
        }
        p[n++] = x;
    }
    if (has_special) {
        if (isnan(inf_sum)) { MPS_RAISE(t, ValueError, "-inf + inf in fsum"); goto out; }
        res = mps_float_new(t, special);
        goto out;
    }
    double hi = 0.0, lo = 0.0;
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    res = mps_float_new(t, hi);
out:
    free(p);
    MPS_UNROOT(t, 1);
    return res;
}

static const MpsMethodDef ma_functions[] = {
    {"sqrt", ma_sqrt}, {"exp", ma_exp}, {"exp2", ma_exp2}, {"expm1", ma_expm1}, {"sin", ma_sin},
    {"cos", ma_cos}, {"tan", ma_tan}, {"asin", ma_asin}, {"acos", ma_acos}, {"atan", ma_atan},
    {"sinh", ma_sinh}, {"cosh", ma_cosh}, {"tanh", ma_tanh}, {"asinh", ma_asinh},
    {"acosh", ma_acosh}, {"atanh", ma_atanh}, {"fabs", ma_fabs}, {"erf", ma_erf},
    {"erfc", ma_erfc}, {"gamma", ma_gamma}, {"lgamma", ma_lgamma}, {"cbrt", ma_cbrt},
    {"log", ma_log}, {"log2", ma_log2}, {"log10", ma_log10}, {"log1p", ma_log1p},
    {"floor", ma_floor}, {"ceil", ma_ceil}, {"trunc", ma_trunc}, {"pow", ma_pow},
    {"atan2", ma_atan2}, {"copysign", ma_copysign}, {"fmod", ma_fmod}, {"remainder", ma_remainder},
    {"hypot", ma_hypot}, {"dist", ma_dist}, {"ldexp", ma_ldexp}, {"frexp", ma_frexp},
    {"modf", ma_modf}, {"nextafter", ma_nextafter}, {"ulp", ma_ulp}, {"degrees", ma_degrees}, {"radians", ma_radians},
    {"isfinite", ma_isfinite}, {"isinf", ma_isinf}, {"isnan", ma_isnan}, {"isclose", ma_isclose},
    {"factorial", ma_factorial}, {"isqrt", ma_isqrt}, {"gcd", ma_gcd}, {"lcm", ma_lcm},
    {"comb", ma_comb}, {"perm", ma_perm}, {"prod", ma_prod}, {"fsum", ma_fsum},
    {NULL, NULL}
};

MpsValue mpsl_mod_math(MpsThread *t)
{
    MpsValue m = mpsl_module(t, "math", ma_functions);
    if (!m) return MPS_NULL;
    mpsl_set(t, m, "pi", mps_float_new(t, M_PI));
    mpsl_set(t, m, "e", mps_float_new(t, M_E));
    mpsl_set(t, m, "tau", mps_float_new(t, 2 * M_PI));
    mpsl_set(t, m, "inf", mps_float_new(t, INFINITY));
    mpsl_set(t, m, "nan", mps_float_new(t, NAN));
    return t->exc ? MPS_NULL : m;
}
