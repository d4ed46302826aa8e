/*
 * int.c — Python ints: 63-bit tagged small ints with overflow-checked fast
 * paths, GMP big ints (MpsBigInt) beyond, always normalised back to small.
 */
#include "objimpl.h"
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <math.h>
#include <float.h>

/* ---------------------------------------------------------------- creation */

static MpsValue big_new(MpsThread *t, const mpz_t z)
{
    MpsBigInt *o = mps_gc_alloc(t, sizeof(MpsBigInt), MPS_K_BIGINT, MPS_TTYPE(t, INT));
    if (!o) return mps_raise_nomem(t);
    mpz_init_set(o->z, z);
    return mps_from_obj(o);
}

MpsValue mps_int_from_i64(MpsThread *t, int64_t i)
{
    if (mps_fits_small(i)) return mps_from_small(i);
    mpz_t z;
    mpz_init_set_si(z, (long)i);
    MpsValue v = big_new(t, z);
    mpz_clear(z);
    return v;
}

MpsValue mps_int_from_u64(MpsThread *t, uint64_t i)
{
    if (i <= (uint64_t)MPS_SMALL_MAX) return mps_from_small((int64_t)i);
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)i);
    MpsValue v = big_new(t, z);
    mpz_clear(z);
    return v;
}

MpsValue mps_int_from_mpz(MpsThread *t, const mpz_t z)
{
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (mps_fits_small(l)) return mps_from_small(l);
    }
    return big_new(t, z);
}

MpsValue mps_int_norm(MpsValue v)
{
    if (v == MPS_TRUE) return mps_from_small(1);
    if (v == MPS_FALSE) return mps_from_small(0);
    /* an instance of a user subclass of int is boxed whatever its value */
    if (mps_is_bigint(v) && !mps_obj(v)->cls->is_builtin && mpz_fits_slong_p(MPS_BIG(v)->z)) {
        long l = mpz_get_si(MPS_BIG(v)->z);
        if (mps_fits_small(l)) return mps_from_small(l);
    }
    return v;
}

void mps_int_to_mpz(MpsValue v, mpz_t out)
{
    v = mps_int_norm(v);
    if (mps_is_small(v)) mpz_set_si(out, (long)mps_small(v));
    else mpz_set(out, MPS_BIG(v)->z);
}

int mps_int_sign(MpsValue v)
{
    v = mps_int_norm(v);
    if (mps_is_small(v)) return (mps_small(v) > 0) - (mps_small(v) < 0);
    return mpz_sgn(MPS_BIG(v)->z);
}

MpsValue mps_int_from_double(MpsThread *t, double d)
{
    if (isnan(d)) return MPS_RAISE(t, ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return MPS_RAISE(t, OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (d >= -9.2e18 && d <= 9.2e18) return mps_int_from_i64(t, (int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    MpsValue v = mps_int_from_mpz(t, z);
    mpz_clear(z);
    return v;
}

int mps_int_to_i64(MpsThread *t, MpsValue v, int64_t *out)
{
    v = mps_int_norm(v);
    if (mps_is_small(v)) { *out = mps_small(v); return 0; }
    if (mps_is_bigint(v) && mpz_fits_slong_p(MPS_BIG(v)->z)) { *out = mpz_get_si(MPS_BIG(v)->z); return 0; }
    if (!mps_is_bigint(v)) {
        MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    MPS_RAISE(t, OverflowError, "Python int too large to convert to C int64_t");
    return -1;
}

int mps_index(MpsThread *t, MpsValue v, int64_t *out)
{
    if (mps_is_int(v)) {
        if (mps_is_bigint(v) && !mpz_fits_slong_p(MPS_BIG(v)->z)) {
            MPS_RAISE(t, IndexError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        return mps_int_to_i64(t, v, out);
    }
    MpsValue m = mps_is_obj(v) && !mps_class_of(t, v)->is_builtin ? mps_lookup_special(t, v, "__index__") : MPS_NULL;
    if (m) {
        MpsValue r = mps_call1(t, m, v);
        if (!r) return -1;
        if (!mps_is_int(r)) {
            MPS_RAISE(t, TypeError, "__index__ returned non-int (type %T)", r);
            return -1;
        }
        return mps_int_to_i64(t, r, out);
    }
    MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", v);
    return -1;
}

/* correctly rounded (half-even) conversion of |z| < 2^1024 */
int mps_int_to_double(MpsThread *t, MpsValue v, double *out)
{
    v = mps_int_norm(v);
    if (mps_is_small(v)) { *out = (double)mps_small(v); return 0; }
    const mpz_ptr z = MPS_BIG(v)->z;
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 63) { *out = (double)mpz_get_si(z); return 0; }
    if (bits > 1024) goto overflow;
    {
        mpz_t q;
        mpz_init(q);
        mpz_abs(q, z);
        size_t shift = bits - 60;
        bool sticky = mpz_scan1(q, 0) < shift;
        mpz_tdiv_q_2exp(q, q, shift);
        uint64_t m = mpz_get_ui(q) | (sticky ? 1 : 0);
        mpz_clear(q);
        double d = ldexp((double)m, (int)shift);
        if (isinf(d)) goto overflow;
        *out = mpz_sgn(z) < 0 ? -d : d;
        return 0;
    }
overflow:
    MPS_RAISE(t, OverflowError, "int too large to convert to float");
    return -1;
}

/* ---------------------------------------------------------------- parse / print */

static MpsValue int_parse_ascii(MpsThread *t, const char *s, size_t n, int base,
                                const char *orig, size_t norig);

MpsValue mps_int_parse(MpsThread *t, const char *s, size_t n, int base)
{
    size_t an;
    char *a = mps_number_ascii(s, n, &an);
    if (!a) return int_parse_ascii(t, s, n, base, s, n);
    MpsValue v = int_parse_ascii(t, a, an, base, s, n);
    free(a);
    return v;
}

/* s: ASCII text; orig: what the program gave, for the error message */
static MpsValue int_parse_ascii(MpsThread *t, const char *s, size_t n, int base,
                                const char *orig, size_t norig)
{
    const char *p = s, *e = s + n;
    if (base != 0 && (base < 2 || base > 36))
        return MPS_RAISE(t, ValueError, "int() base must be >= 2 and <= 36, or 0");
    while (p < e && isspace((unsigned char)*p)) p++;
    while (e > p && isspace((unsigned char)e[-1])) e--;
    bool neg = false;
    if (p < e && (*p == '+' || *p == '-')) neg = *p++ == '-';
    int b = base;
    bool prefixed = false;
    if (e - p >= 2 && p[0] == '0') {
        char c = (char)tolower((unsigned char)p[1]);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) { b = pb; p += 2; prefixed = true; }
    }
    if (b == 0) b = 10;
    char stackbuf[64];
    char *buf = (size_t)(e - p) < sizeof stackbuf ? stackbuf : malloc((size_t)(e - p) + 1);
    if (!buf) return mps_raise_nomem(t);
    size_t k = 0;
    bool ok = p < e, prev_us = !prefixed;   /* '_' may follow a prefix, not lead */
    bool allzero = true;
    for (const char *q = p; q < e && ok; q++) {
        char c = *q;
        if (c == '_') { if (prev_us) ok = false; prev_us = true; continue; }
        int d = isdigit((unsigned char)c) ? c - '0' : isalpha((unsigned char)c) ? tolower((unsigned char)c) - 'a' + 10 : 99;
        if (d >= b) { ok = false; break; }
        if (d) allzero = false;
        buf[k++] = c;
        prev_us = false;
    }
    if (prev_us && k) ok = false;           /* trailing underscore */
    if (k == 0) ok = false;
    /* base 0: no leading zeros on a non-zero decimal ("010") */
    if (ok && base == 0 && !prefixed && buf[0] == '0' && !allzero) ok = false;
    if (!ok) {
        if (buf != stackbuf) free(buf);
        MpsValue str = mps_str_new(t, orig, norig);
        if (!str) return str;
        return MPS_RAISE(t, ValueError, "invalid literal for int() with base %d: %R", base, str);
    }
    buf[k] = 0;
    MpsValue v;
    if (k <= 15 && b <= 16) {
        int64_t x = strtoll(buf, NULL, b);
        v = mps_int_from_i64(t, neg ? -x : x);
    } else {
        mpz_t z;
        mpz_init_set_str(z, buf, b);
        if (neg) mpz_neg(z, z);
        v = mps_int_from_mpz(t, z);
        mpz_clear(z);
    }
    if (buf != stackbuf) free(buf);
    return v;
}

MpsValue mps_int_to_str(MpsThread *t, MpsValue v, int base)
{
    v = mps_int_norm(v);
    if (mps_is_small(v) && base == 10) return mps_str_from_small(t, mps_small(v));
    if (mps_is_small(v)) {
        char tmp[80];
        int64_t x = mps_small(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char *p = tmp + sizeof tmp;
        do { unsigned d = (unsigned)(u % (unsigned)base); *--p = (char)(d < 10 ? '0' + d : 'a' + d - 10); u /= (unsigned)base; } while (u);
        if (x < 0) *--p = '-';
        return mps_str_new(t, p, (size_t)(tmp + sizeof tmp - p));
    }
    char *s = mpz_get_str(NULL, base, MPS_BIG(v)->z);
    MpsValue r = mps_str_cstr_new(t, s);
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    freefn(s, strlen(s) + 1);
    return r;
}

/* ---------------------------------------------------------------- compare, hash */

int mps_int_cmp(MpsValue a, MpsValue b)
{
    a = mps_int_norm(a); b = mps_int_norm(b);
    if (mps_is_small(a) && mps_is_small(b)) {
        intptr_t x = mps_small(a), y = mps_small(b);
        return (x > y) - (x < y);
    }
    int c;
    if (mps_is_small(a)) c = -mpz_cmp_si(MPS_BIG(b)->z, (long)mps_small(a));
    else if (mps_is_small(b)) c = mpz_cmp_si(MPS_BIG(a)->z, (long)mps_small(b));
    else c = mpz_cmp(MPS_BIG(a)->z, MPS_BIG(b)->z);
    return (c > 0) - (c < 0);
}

int mps_int_cmp_double(MpsValue a, double d)
{
    if (isnan(d)) return 2;
    a = mps_int_norm(a);
    if (mps_is_small(a)) {
        intptr_t x = mps_small(a);
        if (x > -(1LL << 53) && x < (1LL << 53)) { double y = (double)x; return (y > d) - (y < d); }
        if (isinf(d)) return d > 0 ? -1 : 1;
        mpz_t z;
        mpz_init_set_si(z, (long)x);
        int c = mpz_cmp_d(z, d);
        mpz_clear(z);
        return (c > 0) - (c < 0);
    }
    if (isinf(d)) return d > 0 ? -1 : 1;
    int c = mpz_cmp_d(MPS_BIG(a)->z, d);    /* exact */
    return (c > 0) - (c < 0);
}

#define HASH_P ((1ULL << 61) - 1)

uint64_t mps_int_hash(MpsValue a)
{
    a = mps_int_norm(a);
    int64_t h;
    if (mps_is_small(a)) {
        int64_t x = mps_small(a);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        h = (int64_t)(u % HASH_P);
        if (x < 0) h = -h;
    } else {
        h = (int64_t)mpz_tdiv_ui(MPS_BIG(a)->z, HASH_P);   /* |z| mod P */
        if (mpz_sgn(MPS_BIG(a)->z) < 0) h = -h;
    }
    if (h == -1) h = -2;
    return (uint64_t)h;
}

/* ---------------------------------------------------------------- arithmetic */

MpsValue mps_int_neg(MpsThread *t, MpsValue a)
{
    a = mps_int_norm(a);
    if (mps_is_small(a)) return mps_int_from_i64(t, -(int64_t)mps_small(a));
    mpz_t z;
    mpz_init(z);
    mpz_neg(z, MPS_BIG(a)->z);
    MpsValue v = mps_int_from_mpz(t, z);
    mpz_clear(z);
    return v;
}

MpsValue mps_int_invert(MpsThread *t, MpsValue a)
{
    a = mps_int_norm(a);
    if (mps_is_small(a)) return mps_from_small(~mps_small(a));
    mpz_t z;
    mpz_init(z);
    mpz_com(z, MPS_BIG(a)->z);
    MpsValue v = mps_int_from_mpz(t, z);
    mpz_clear(z);
    return v;
}

/* a / b correctly rounded (half-even), b != 0, as CPython's long_true_divide:
 * an integer quotient carrying 2 or more bits beyond the result's precision
 * (53 bits, fewer when the result is subnormal) plus a sticky bit, rounded
 * once, so that subnormal results are not rounded twice */
static MpsValue int_truediv(MpsThread *t, MpsValue a, MpsValue b)
{
    if (mps_is_small(a) && mps_is_small(b)) {
        int64_t x = mps_small(a), y = mps_small(b);
        if (x > -(1LL << 53) && x < (1LL << 53) && y > -(1LL << 53) && y < (1LL << 53))
            return mps_float_new(t, (double)x / (double)y);   /* both exact: one rounding */
    }
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, NULL);
    mps_int_to_mpz(a, n);
    mps_int_to_mpz(b, d);
    bool neg = (mpz_sgn(n) < 0) != (mpz_sgn(d) < 0);
    mpz_abs(n, n);
    mpz_abs(d, d);
    MpsValue res;
    double x = 0.0;
    if (mpz_sgn(n) == 0) goto done;
    /* n/d lies in [2^(e-1), 2^(e+1)) */
    long e = (long)mpz_sizeinbase(n, 2) - (long)mpz_sizeinbase(d, 2);
    if (e > DBL_MAX_EXP) goto overflow;
    if (e < DBL_MIN_EXP - DBL_MANT_DIG - 1) goto done;   /* below half the least subnormal */
    /* q = floor(n / (d * 2^s)) has DBL_MANT_DIG + 2 or 3 bits (fewer, but at
     * least 2 beyond the subnormal precision, when the result is tiny) */
    long s = (e > DBL_MIN_EXP ? e : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    if (s > 0) {
        inexact = mpz_scan1(n, 0) < (mp_bitcnt_t)s;
        mpz_tdiv_q_2exp(n, n, (mp_bitcnt_t)s);
    } else if (s < 0) {
        mpz_mul_2exp(n, n, (mp_bitcnt_t)-s);
    }
    mpz_tdiv_qr(q, r, n, d);
    if (mpz_sgn(r)) inexact = true;
    uint64_t m = mpz_get_ui(q);     /* < 2^57 */
    long qbits = (long)mpz_sizeinbase(q, 2);
    long extra = (qbits > DBL_MIN_EXP - s ? qbits : DBL_MIN_EXP - s) - DBL_MANT_DIG;   /* >= 2 */
    uint64_t half = 1ULL << (extra - 1), low = m & ((half << 1) - 1);
    m -= low;
    /* round half to even: up when above half, or exactly half and odd */
    if (low > half || (low == half && (inexact || (m & (half << 1)))))
        m += half << 1;
    x = ldexp((double)m, (int)s);   /* exact unless it overflows */
    if (isinf(x)) goto overflow;
done:
    res = mps_float_new(t, neg ? -x : x);
    goto out;
overflow:
    res = MPS_RAISE(t, OverflowError, "integer division result too large for a float");
out:
    mpz_clears(n, d, q, r, NULL);
    return res;
}

static MpsValue int_pow_float(MpsThread *t, MpsValue a, MpsValue b)
{
    double x, y;
    if (mps_int_to_double(t, a, &x) < 0 || mps_int_to_double(t, b, &y) < 0) return MPS_NULL;
    return mps_float_binop(t, MPS_BIN_POW, x, y);
}

MpsValue mps_int_binop(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b)
{
    a = mps_int_norm(a);
    b = mps_int_norm(b);
    if (mps_is_small(a) && mps_is_small(b)) {
        int64_t x = mps_small(a), y = mps_small(b), r;
        switch (op) {
        case MPS_BIN_ADD: return mps_int_from_i64(t, x + y);   /* 63-bit inputs: no overflow */
        case MPS_BIN_SUB: return mps_int_from_i64(t, x - y);
        case MPS_BIN_MUL:
            if (!__builtin_mul_overflow(x, y, &r)) return mps_int_from_i64(t, r);
            break;
        case MPS_BIN_FLOORDIV:
            if (y == 0) return MPS_RAISE(t, ZeroDivisionError, "integer division or modulo by zero");
            r = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
            return mps_int_from_i64(t, r);
        case MPS_BIN_MOD:
            if (y == 0) return MPS_RAISE(t, ZeroDivisionError, "integer modulo by zero");
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) r += y;
            return mps_from_small(r);
        case MPS_BIN_TRUEDIV:
            if (y == 0) return MPS_RAISE(t, ZeroDivisionError, "division by zero");
            return int_truediv(t, a, b);
        case MPS_BIN_POW: {
            if (y < 0) return int_pow_float(t, a, b);
            int64_t base = x, acc = 1;
            uint64_t e = (uint64_t)y;
            bool ovf = false;
            while (e) {
                if (e & 1) ovf |= __builtin_mul_overflow(acc, base, &acc);
                e >>= 1;
                if (e) ovf |= __builtin_mul_overflow(base, base, &base);
                if (ovf) break;
            }
            if (!ovf) return mps_int_from_i64(t, acc);
            break;
        }
        case MPS_BIN_LSHIFT:
            if (y < 0) return MPS_RAISE(t, ValueError, "negative shift count");
            if (x == 0) return a;
            if (y < 62) {
                int64_t s = (int64_t)((uint64_t)x << y);
                if ((s >> y) == x && mps_fits_small(s)) return mps_from_small(s);
            }
            break;
        case MPS_BIN_RSHIFT:
            if (y < 0) return MPS_RAISE(t, ValueError, "negative shift count");
            return mps_from_small(x >> (y > 63 ? 63 : y));
        case MPS_BIN_AND: return mps_from_small(x & y);
        case MPS_BIN_OR: return mps_from_small(x | y);
        case MPS_BIN_XOR: return mps_from_small(x ^ y);
        default: return MPS_NOTIMPLEMENTED;
        }
    }
    if (op == MPS_BIN_MATMUL) return MPS_NOTIMPLEMENTED;
    if (op == MPS_BIN_TRUEDIV) {
        if (mps_int_sign(b) == 0) return MPS_RAISE(t, ZeroDivisionError, "division by zero");
        return int_truediv(t, a, b);
    }
    mpz_t x, y, r;
    mpz_inits(x, y, r, NULL);
    mps_int_to_mpz(a, x);
    mps_int_to_mpz(b, y);
    MpsValue res = MPS_NULL;
    switch (op) {
    case MPS_BIN_ADD: mpz_add(r, x, y); break;
    case MPS_BIN_SUB: mpz_sub(r, x, y); break;
    case MPS_BIN_MUL: mpz_mul(r, x, y); break;
    case MPS_BIN_FLOORDIV:
        if (!mpz_sgn(y)) { MPS_RAISE(t, ZeroDivisionError, "integer division or modulo by zero"); goto out; }
        mpz_fdiv_q(r, x, y);
        break;
    case MPS_BIN_MOD:
        if (!mpz_sgn(y)) { MPS_RAISE(t, ZeroDivisionError, "integer modulo by zero"); goto out; }
        mpz_fdiv_r(r, x, y);
        break;
    case MPS_BIN_POW:
        if (mpz_sgn(y) < 0) { res = int_pow_float(t, a, b); goto out; }
        if (!mpz_fits_ulong_p(y)) {
            if (mpz_cmpabs_ui(x, 1) <= 0) {      /* 0, 1, -1 to a huge power */
                if (mpz_sgn(x) < 0 && mpz_odd_p(y)) mpz_set_si(r, -1);
                else mpz_set_ui(r, mpz_sgn(x) ? 1 : 0);
                break;
            }
            res = mps_raise_nomem(t);
            goto out;
        }
        if (mpz_sizeinbase(x, 2) * (double)mpz_get_ui(y) > 8e9) { res = mps_raise_nomem(t); goto out; }
        mpz_pow_ui(r, x, mpz_get_ui(y));
        break;
    case MPS_BIN_LSHIFT:
        if (mpz_sgn(y) < 0) { MPS_RAISE(t, ValueError, "negative shift count"); goto out; }
        if (!mpz_sgn(x)) break;
        if (!mpz_fits_ulong_p(y) || mpz_get_ui(y) > 8000000000UL) { res = mps_raise_nomem(t); goto out; }
        mpz_mul_2exp(r, x, mpz_get_ui(y));
        break;
    case MPS_BIN_RSHIFT:
        if (mpz_sgn(y) < 0) { MPS_RAISE(t, ValueError, "negative shift count"); goto out; }
        if (!mpz_fits_ulong_p(y)) mpz_set_si(r, mpz_sgn(x) < 0 ? -1 : 0);
        else mpz_fdiv_q_2exp(r, x, mpz_get_ui(y));
        break;
    case MPS_BIN_AND: mpz_and(r, x, y); break;
    case MPS_BIN_OR: mpz_ior(r, x, y); break;
    case MPS_BIN_XOR: mpz_xor(r, x, y); break;
    default: res = MPS_NOTIMPLEMENTED; goto out;
    }
    res = mps_int_from_mpz(t, r);
out:
    mpz_clears(x, y, r, NULL);
    return res;
}

MpsValue mps_int_powmod(MpsThread *t, MpsValue a, MpsValue b, MpsValue m)
{
    if (mps_int_sign(m) == 0) return MPS_RAISE(t, ValueError, "pow() 3rd argument cannot be 0");
    mpz_t x, y, z, r;
    mpz_inits(x, y, z, r, NULL);
    mps_int_to_mpz(a, x);
    mps_int_to_mpz(b, y);
    mps_int_to_mpz(m, z);
    MpsValue res;
    mpz_t am;
    mpz_init(am);
    mpz_abs(am, z);
    if (mpz_sgn(y) < 0) {
        if (!mpz_invert(x, x, am)) {
            res = MPS_RAISE(t, ValueError, "base is not invertible for the given modulus");
            goto out;
        }
        mpz_neg(y, y);
    }
    mpz_powm(r, x, y, am);           /* in [0, |m|) */
    if (mpz_sgn(z) < 0 && mpz_sgn(r)) mpz_add(r, r, z);
    res = mps_int_from_mpz(t, r);
out:
    mpz_clears(x, y, z, r, am, NULL);
    return res;
}
