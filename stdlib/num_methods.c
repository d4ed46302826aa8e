/* num_methods.c — methods of int and float. Prefix nm_. */
#include "lib.h"
#include <math.h>
#include <ctype.h>
#include <errno.h>
#include <strings.h>

#define SELF argv[0]

static MpsValue nm_int_norm(MpsValue v)
{
    return mps_is_bool(v) ? mps_from_small(v == MPS_TRUE) : v;
}

static MpsValue nm_bit_length(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "bit_length", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    MpsValue v = nm_int_norm(SELF);
    if (mps_is_small(v)) {
        int64_t i = mps_small(v);
        uint64_t u = i < 0 ? (uint64_t)-i : (uint64_t)i;
        int n = 0;
        while (u) { n++; u >>= 1; }
        return mps_from_small(n);
    }
    return mps_int_from_u64(t, mpz_sizeinbase(MPS_BIG(v)->z, 2));
}

static MpsValue nm_bit_count(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "bit_count", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    mpz_t z;
    mpz_init(z);
    mps_int_to_mpz(nm_int_norm(SELF), z);
    mpz_abs(z, z);
    MpsValue r = mps_int_from_u64(t, mpz_popcount(z));
    mpz_clear(z);
    return r;
}

static MpsValue nm_self(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)t; (void)argc; (void)kw;
    return nm_int_norm(SELF);
}

static MpsValue nm_zero(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)t; (void)argc; (void)kw;
    return mps_is_float(SELF) ? mps_float_new(t, 0.0) : mps_from_small(0);
}

static MpsValue nm_one(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)t; (void)argc; (void)kw; (void)argv;
    return mps_from_small(1);
}

static MpsValue nm_to_bytes(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    MpsValue a[3];
    if (mps_args(t, "to_bytes", argc - 1, argv + 1, kw, names, 0, 3, a) < 0) return MPS_NULL;
    int64_t len = 1;
    if (a[0] && mps_index(t, a[0], &len) < 0) return MPS_NULL;
    if (len < 0) return MPS_RAISE(t, ValueError, "length argument must be non-negative");
    bool little = a[1] && mps_is_str(a[1]) && !strcmp(mps_str_data(a[1]), "little");
    if (a[1] && (!mps_is_str(a[1]) || (!little && strcmp(mps_str_data(a[1]), "big"))))
        return MPS_RAISE(t, ValueError, "byteorder must be either 'little' or 'big'");
    bool sgn = a[2] && mps_truthy(t, a[2]) == 1;
    mpz_t z, m;
    mpz_inits(z, m, NULL);
    mps_int_to_mpz(nm_int_norm(SELF), z);
    MpsValue r = MPS_NULL;
    if (mpz_sgn(z) < 0 && !sgn) {
        MPS_RAISE(t, OverflowError, "can't convert negative int to unsigned");
        goto out;
    }
    /* range check by bit count (no 2^(8len) is built: len may be huge):
     * unsigned fits 8len bits, signed 8len-1, or is exactly -2^(8len-1) */
    if ((uint64_t)len > (UINT64_MAX >> 4)) { mps_raise_nomem(t); goto out; }
    size_t bits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    uint64_t room = (uint64_t)len * 8 - (sgn && len > 0 ? 1 : 0);
    bool fits = bits <= room;
    if (!fits && mpz_sgn(z) < 0 && bits == room + 1 && mpz_scan1(z, 0) == room)
        fits = true;    /* -2^(8len-1) */
    if (len == 0)       /* CPython lets -1 through as b'' when signed */
        fits = mpz_sgn(z) == 0 || (sgn && mpz_cmp_si(z, -1) == 0);
    if (!fits) {
        MPS_RAISE(t, OverflowError, "int too big to convert");
        goto out;
    }
    uint8_t *buf = calloc(1, (size_t)len + 1);
    if (!buf) { mps_raise_nomem(t); goto out; }
    size_t cnt = 0;
    bool neg = mpz_sgn(z) < 0;
    if (neg) {          /* two's complement: ~(|z| - 1) over len bytes */
        mpz_neg(z, z);
        mpz_sub_ui(z, z, 1);
    }
    mpz_export(buf, &cnt, -1, 1, 0, 0, z);   /* little-endian bytes */
    if (neg)
        for (int64_t i = 0; i < len; i++) buf[i] = (uint8_t)~buf[i];
    if (!little)
        for (int64_t i = 0; i < len / 2; i++) { uint8_t x = buf[i]; buf[i] = buf[len - 1 - i]; buf[len - 1 - i] = x; }
    r = mps_bytes_new(t, buf, (size_t)len);
    free(buf);
out:
    mpz_clears(z, m, NULL);
    return r;
}

/* classmethod int.from_bytes(bytes, byteorder='big', *, signed=False) */
static MpsValue nm_from_bytes(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    MpsValue a[3];
    if (mps_args(t, "from_bytes", argc - 1, argv + 1, kw, names, 1, 3, a) < 0) return MPS_NULL;
    MpsValue b = a[0];
    if (!mps_is_kind(b, MPS_K_BYTES) && !mps_is_kind(b, MPS_K_BYTEARRAY)) {
        b = mps_call1(t, mps_from_obj(MPS_TYPE(t, BYTES)), b);
        if (!b) return MPS_NULL;
    }
    bool little = a[1] && mps_is_str(a[1]) && !strcmp(mps_str_data(a[1]), "little");
    bool sgn = a[2] && mps_truthy(t, a[2]) == 1;
    size_t n = MPS_BYTES(b)->size;
    mpz_t z;
    mpz_init(z);
    if (n) mpz_import(z, n, little ? -1 : 1, 1, 0, 0, MPS_BYTES(b)->data);
    if (sgn && n) {
        uint8_t top = MPS_BYTES(b)->data[little ? n - 1 : 0];
        if (top & 0x80) {
            mpz_t m;
            mpz_init_set_ui(m, 1);
            mpz_mul_2exp(m, m, 8 * n);
            mpz_sub(z, z, m);
            mpz_clear(m);
        }
    }
    MpsValue r = mps_int_from_mpz(t, z);
    mpz_clear(z);
    return r;
}

static MpsValue nm_is_integer(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "is_integer", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    double d = mps_float_val(SELF);
    return mps_bool(isfinite(d) && floor(d) == d);
}

static MpsValue nm_float_hex(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "hex", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    double d = mps_float_val(SELF);
    if (isnan(d)) return mpsl_cstr(t, "nan");
    if (isinf(d)) return mpsl_cstr(t, d > 0 ? "inf" : "-inf");
    if (d == 0) return mpsl_cstr(t, signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(d), &e);   /* m in [0.5, 1) */
    m *= 2; e--;
    MpsBuf b;
    mps_buf_init(&b);
    if (e < -1022) {                 /* subnormal: 0x0.<digits>p-1022, as CPython */
        m = ldexp(fabs(d), 1022);
        e = -1022;
        mps_buf_printf(&b, "%s0x0.", d < 0 ? "-" : "");
    } else {
        mps_buf_printf(&b, "%s0x1.", d < 0 ? "-" : "");
        m -= 1;
    }
    char digs[14];
    for (int i = 0; i < 13; i++) {
        m *= 16;
        int dg = (int)m;
        m -= dg;
        digs[i] = "0123456789abcdef"[dg];
    }
    mps_buf_add(&b, digs, 13);
    mps_buf_printf(&b, "p%+d", e);
    return mps_buf_to_str(t, &b);
}

/* float.fromhex(s): [sign] [0x] hex digits [. hex digits] [p exponent], or inf/nan */
static MpsValue nm_float_fromhex(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "fromhex", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    if (!mps_is_str(argv[1])) return MPS_RAISE(t, TypeError, "must be str, not %T", argv[1]);
    const char *s = mps_str_data(argv[1]), *e = s + mps_str_size(argv[1]);
    while (s < e && isspace((unsigned char)*s)) s++;
    while (e > s && isspace((unsigned char)e[-1])) e--;
    char buf[512];
    size_t n = (size_t)(e - s), k = 0;
    if (n + 3 > sizeof buf) return MPS_RAISE(t, ValueError, "invalid hexadecimal floating-point string");
    const char *p = s;
    if (p < e && (*p == '+' || *p == '-')) buf[k++] = *p++;
    bool special = (e - p == 3 || e - p == 8) && (strncasecmp(p, "inf", 3) == 0 || strncasecmp(p, "nan", 3) == 0);
    bool ok = special ? (e - p == 3 || strncasecmp(p, "infinity", 8) == 0) : e > p;
    if (!special) {
        /* strtod reads hex only after 0x, and is laxer than CPython: check the shape */
        if (e - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
        buf[k++] = '0'; buf[k++] = 'x';
        const char *q = p;
        size_t digits = 0;
        while (q < e && isxdigit((unsigned char)*q)) { q++; digits++; }
        if (q < e && *q == '.') { q++; while (q < e && isxdigit((unsigned char)*q)) { q++; digits++; } }
        if (q < e && (*q == 'p' || *q == 'P')) {
            q++;
            if (q < e && (*q == '+' || *q == '-')) q++;
            if (q >= e || !isdigit((unsigned char)*q)) ok = false;
            while (q < e && isdigit((unsigned char)*q)) q++;
        }
        if (q != e || digits == 0) ok = false;
    }
    if (!ok) return MPS_RAISE(t, ValueError, "invalid hexadecimal floating-point string");
    memcpy(buf + k, p, (size_t)(e - p));
    buf[k + (size_t)(e - p)] = 0;
    errno = 0;
    double d = strtod(buf, NULL);
    if (errno == ERANGE && isinf(d))
        return MPS_RAISE(t, OverflowError, "hexadecimal value too large to represent as a float");
    MpsValue r = mps_float_new(t, d);
    if (r && argv[0] != mps_from_obj(MPS_TYPE(t, FLOAT))) r = mps_call1(t, argv[0], r);
    return r;
}

static MpsValue nm_as_integer_ratio(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "as_integer_ratio", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    if (!mps_is_float(SELF)) return mps_tuple_pack(t, 2, nm_int_norm(SELF), mps_from_small(1));
    double d = mps_float_val(SELF);
    if (isinf(d)) return MPS_RAISE(t, OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return MPS_RAISE(t, ValueError, "cannot convert NaN to integer ratio");
    mpq_t q;
    mpq_init(q);
    mpq_set_d(q, d);
    MpsValue n = mps_int_from_mpz(t, mpq_numref(q));
    MpsValue r = MPS_NULL;
    if (n) {
        MPS_ROOT(t, n);
        MpsValue dd = mps_int_from_mpz(t, mpq_denref(q));
        if (dd) r = mps_tuple_pack(t, 2, n, dd);
        MPS_UNROOT(t, 1);
    }
    mpq_clear(q);
    return r;
}

static MpsValue nm_float_conj(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)t; (void)argc; (void)kw;
    return SELF;
}

/* ---------------------------------------------------------------- rounding */

/* v as a plain int (not bool, not an instance of a subclass of int) */
static MpsValue nm_plain_int(MpsThread *t, MpsValue v)
{
    if (mps_is_bool(v)) return mps_from_small(v == MPS_TRUE);
    if (mps_is_small(v) || mps_obj(v)->cls == MPS_TTYPE(t, INT)) return v;
    return mps_int_from_mpz(t, MPS_BIG(v)->z);
}

/* ndigits as a C integer; out-of-range ints clamp (*huge set), as CPython's
 * PyNumber_AsSsize_t(x, NULL) for float.__round__ */
static int nm_ndigits(MpsThread *t, MpsValue v, int64_t *out, bool *huge)
{
    *huge = false;
    if (mps_is_bigint(v) && !mpz_fits_slong_p(MPS_BIG(v)->z)) {
        *huge = true;
        *out = mpz_sgn(MPS_BIG(v)->z) < 0 ? INT64_MIN : INT64_MAX;
        return 0;
    }
    return mps_index(t, v, out);
}

/* a double rounded to nd decimal digits exactly (half to even), as
 * CPython's correctly rounded double_round */
static MpsValue nm_round_double(MpsThread *t, double x, int64_t nd)
{
    if (!isfinite(x) || x == 0.0 || nd > 323) return mps_float_new(t, x);
    if (nd < -308) return mps_float_new(t, 0.0 * x);
    mpq_t q;
    mpz_t z, p, r;
    mpq_init(q);
    mpz_inits(z, p, r, NULL);
    mpq_set_d(q, x);
    mpz_ui_pow_ui(p, 10, (unsigned long)(nd < 0 ? -nd : nd));
    /* y = x * 10^nd as num/den */
    mpz_t num, den;
    mpz_init_set(num, mpq_numref(q));
    mpz_init_set(den, mpq_denref(q));
    if (nd >= 0) mpz_mul(num, num, p);
    else mpz_mul(den, den, p);
    /* half-even division num/den */
    mpz_fdiv_qr(z, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(z))) mpz_add_ui(z, z, 1);
    /* back: z * 10^-nd, correctly rounded through decimal text */
    char *ds = mpz_get_str(NULL, 10, z);
    MpsBuf b;
    mps_buf_init(&b);
    mps_buf_printf(&b, "%se%lld", ds, (long long)-nd);
    double y = strtod(b.data, NULL);
    mps_buf_free(&b);
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    freefn(ds, strlen(ds) + 1);
    mpq_clear(q);
    mpz_clears(z, p, r, num, den, NULL);
    if (y == 0.0) y = copysign(0.0, x);
    if (isinf(y)) return MPS_RAISE(t, OverflowError, "rounded value too large to represent");
    return mps_float_new(t, y);
}

/* an int rounded to nd < 0 decimal digits, half to even */
static MpsValue nm_round_int(MpsThread *t, MpsValue x, int64_t nd)
{
    mpz_t z, p, q, r;
    mpz_inits(z, p, q, r, NULL);
    mps_int_to_mpz(x, z);
    /* |x| < 10**-nd / 2 rounds to 0: say so without computing a power of
     * ten that may not fit in memory (CPython tries, and takes forever) */
    if (nd < -(int64_t)mpz_sizeinbase(z, 10) - 1) {
        mpz_clears(z, p, q, r, NULL);
        return mps_from_small(0);
    }
    mpz_ui_pow_ui(p, 10, (unsigned long)-nd);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    MpsValue res = mps_int_from_mpz(t, q);
    mpz_clears(z, p, q, r, NULL);
    return res;
}

/* round(x[, nd]) of an int or float x (nd MPS_NULL when absent): what
 * int.__round__ and float.__round__ do */
MpsValue mpsl_num_round(MpsThread *t, MpsValue x, MpsValue nd)
{
    int64_t n = 0;
    bool huge;
    if (mps_is_float(x)) {
        double d = mps_float_val(x);
        if (!nd || nd == MPS_NONE) {
            if (isnan(d)) return MPS_RAISE(t, ValueError, "cannot convert float NaN to integer");
            if (isinf(d)) return MPS_RAISE(t, OverflowError, "cannot convert float infinity to integer");
            return mps_int_from_double(t, nearbyint(d));   /* default mode: half to even */
        }
        if (nm_ndigits(t, nd, &n, &huge) < 0) return MPS_NULL;
        return nm_round_double(t, d, n);
    }
    if (!nd) return nm_plain_int(t, x);
    if (nm_ndigits(t, nd, &n, &huge) < 0) return MPS_NULL;
    if (n >= 0) return nm_plain_int(t, x);
    return nm_round_int(t, x, huge ? INT64_MIN : n);
}

static MpsValue nm_round(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, mps_is_float(SELF) ? "float.__round__" : "int.__round__", kw) < 0 ||
        mps_args_count(t, "__round__", argc - 1, kw, 0, 1) < 0)
        return MPS_NULL;
    return mpsl_num_round(t, SELF, argc > 1 ? argv[1] : MPS_NULL);
}

/* __floor__ __ceil__ __trunc__ (how 0 1 2) of an int or float */
static MpsValue nm_to_int(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int how)
{
    static const char *const names[2][3] = {
        {"int.__floor__", "int.__ceil__", "int.__trunc__"},
        {"float.__floor__", "float.__ceil__", "float.__trunc__"}};
    bool fl = mps_is_float(SELF);
    if (mps_args_count(t, names[fl][how], argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    if (!fl) return nm_plain_int(t, SELF);
    double d = mps_float_val(SELF);
    return mps_int_from_double(t, how == 0 ? floor(d) : how == 1 ? ceil(d) : trunc(d));
}

static MpsValue nm_floor(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return nm_to_int(t, argc, argv, kw, 0); }
static MpsValue nm_ceil(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return nm_to_int(t, argc, argv, kw, 1); }
static MpsValue nm_trunc(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return nm_to_int(t, argc, argv, kw, 2); }

static const MpsMethodDef nm_int_methods[] = {
    {"bit_length", nm_bit_length}, {"bit_count", nm_bit_count}, {"conjugate", nm_self},
    {"to_bytes", nm_to_bytes}, {"as_integer_ratio", nm_as_integer_ratio}, {"__round__", nm_round},
    {"__floor__", nm_floor}, {"__ceil__", nm_ceil}, {"__trunc__", nm_trunc}, {NULL, NULL}
};

static const MpsMethodDef nm_float_methods[] = {
    {"is_integer", nm_is_integer}, {"hex", nm_float_hex}, {"as_integer_ratio", nm_as_integer_ratio},
    {"conjugate", nm_float_conj}, {"__round__", nm_round}, {"__floor__", nm_floor},
    {"__ceil__", nm_ceil}, {"__trunc__", nm_trunc}, {NULL, NULL}
};

static MpsValue nm_cx_real(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    return mps_float_new(t, MPS_COMPLEX(SELF)->re);
}

static MpsValue nm_cx_imag(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    return mps_float_new(t, MPS_COMPLEX(SELF)->im);
}

static MpsValue nm_cx_conj(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "conjugate", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    return mps_complex_new(t, MPS_COMPLEX(SELF)->re, -MPS_COMPLEX(SELF)->im);
}

static MpsValue nm_cx_complex(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__complex__", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    if (mps_obj(SELF)->cls == MPS_TYPE(t, COMPLEX)) return SELF;
    return mps_complex_new(t, MPS_COMPLEX(SELF)->re, MPS_COMPLEX(SELF)->im);
}

static MpsValue nm_cx_abs(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__abs__", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    double re = MPS_COMPLEX(SELF)->re, im = MPS_COMPLEX(SELF)->im, r = hypot(re, im);
    if (isinf(r) && isfinite(re) && isfinite(im))
        return MPS_RAISE(t, OverflowError, "absolute value too large");
    return mps_float_new(t, r);
}

static MpsValue nm_cx_getnewargs(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__getnewargs__", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    MpsValue re = mps_float_new(t, MPS_COMPLEX(SELF)->re);
    if (!re) return re;
    MPS_ROOT(t, re);
    MpsValue im = mps_float_new(t, MPS_COMPLEX(SELF)->im);
    MpsValue r = im ? mps_tuple_pack(t, 2, re, im) : MPS_NULL;
    MPS_UNROOT(t, 1);
    return r;
}

static const MpsMethodDef nm_complex_methods[] = {
    {"conjugate", nm_cx_conj}, {"__complex__", nm_cx_complex}, {"__abs__", nm_cx_abs},
    {"__getnewargs__", nm_cx_getnewargs}, {NULL, NULL}
};

void mpsl_num_init(MpsThread *t)
{
    MpsClass *cc = MPS_TYPE(t, COMPLEX);
    mps_class_add_methods(t, cc, nm_complex_methods);
    mpsl_class_set(t, cc, "real", mpsl_property(t, "real", nm_cx_real));
    mpsl_class_set(t, cc, "imag", mpsl_property(t, "imag", nm_cx_imag));
    MpsClass *ic = MPS_TTYPE(t, INT), *fc = MPS_TYPE(t, FLOAT);
    mps_class_add_methods(t, ic, nm_int_methods);
    mps_class_add_methods(t, fc, nm_float_methods);
    mpsl_class_set(t, ic, "real", mpsl_property(t, "real", nm_self));
    mpsl_class_set(t, ic, "imag", mpsl_property(t, "imag", nm_zero));
    mpsl_class_set(t, ic, "numerator", mpsl_property(t, "numerator", nm_self));
    mpsl_class_set(t, ic, "denominator", mpsl_property(t, "denominator", nm_one));
    mpsl_class_set(t, fc, "real", mpsl_property(t, "real", nm_float_conj));
    mpsl_class_set(t, fc, "imag", mpsl_property(t, "imag", nm_zero));
    mpsl_class_wrapped(t, ic, "from_bytes", nm_from_bytes, MPS_K_CLASSMETHOD);
    mpsl_class_wrapped(t, fc, "fromhex", nm_float_fromhex, MPS_K_CLASSMETHOD);
}
