/*
 * complex.c — complex numbers as a pair of doubles: creation, CPython's
 * repr, complex('..') parsing, arithmetic with CPython's algorithms and
 * errors, hash (so that hash(1+0j) == hash(1)).
 */
#include "objimpl.h"
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <math.h>
#include <errno.h>

MpsValue mps_complex_new_cls(MpsThread *t, MpsClass *cls, double re, double im)
{
    MpsComplex *c = mps_gc_alloc(t, sizeof(MpsComplex), MPS_K_COMPLEX, cls);
    if (!c) return mps_raise_nomem(t);
    c->re = re;
    c->im = im;
    return mps_from_obj(c);
}

MpsValue mps_complex_new(MpsThread *t, double re, double im)
{
    return mps_complex_new_cls(t, MPS_TYPE(t, COMPLEX), re, im);
}

int mps_as_complex(MpsThread *t, MpsValue v, double *re, double *im)
{
    if (mps_is_complex(v)) { *re = MPS_COMPLEX(v)->re; *im = MPS_COMPLEX(v)->im; return 1; }
    if (mps_is_float(v)) { *re = mps_float_val(v); *im = 0.0; return 1; }
    if (mps_is_int(v)) {
        *im = 0.0;
        return mps_int_to_double(t, v, re) < 0 ? -1 : 1;
    }
    return 0;
}

/* ---------------------------------------------------------------- repr */

void mps_float_repr_short(double d, MpsBuf *b)
{
    if (isnan(d)) { mps_buf_adds(b, "nan"); return; }     /* no sign, as CPython */
    size_t start = b->len;
    mps_float_repr_buf(d, b);
    size_t n = b->len - start;
    if (n >= 2 && b->data[b->len - 2] == '.' && b->data[b->len - 1] == '0') {
        b->len -= 2;
        b->data[b->len] = 0;
    }
}

void mps_complex_repr_buf(double re, double im, MpsBuf *b)
{
    bool skip_re = re == 0.0 && !signbit(re);
    if (!skip_re) {
        mps_buf_addc(b, '(');
        mps_float_repr_short(re, b);
        if (isnan(im) || !signbit(im)) mps_buf_addc(b, '+');
    }
    mps_float_repr_short(im, b);
    mps_buf_addc(b, 'j');
    if (!skip_re) mps_buf_addc(b, ')');
}

/* ---------------------------------------------------------------- parse */

/* the end of a float at p (sign, digits with single underscores between
 * them, point, exponent, or inf/infinity/nan), NULL when there is none;
 * the value into *out */
static const char *parse_real(const char *p, const char *e, double *out)
{
    const char *s = p;
    bool neg = false;
    if (p < e && (*p == '+' || *p == '-')) neg = *p++ == '-';
    static const char *const words[] = { "infinity", "inf", "nan" };
    for (int i = 0; i < 3; i++) {
        size_t n = strlen(words[i]);
        if ((size_t)(e - p) >= n && !strncasecmp(p, words[i], n)) {
            *out = i < 2 ? (neg ? -INFINITY : INFINITY) : (neg ? -NAN : NAN);
            return p + n;
        }
    }
    char buf[512];
    size_t k = 0;
    if (neg) buf[k++] = '-';
    int digits = 0;
    bool prev_digit = false;
    const char *q = p;
#define TAKE_DIGITS()                                                           \
    for (; q < e; q++) {                                                        \
        if (isdigit((unsigned char)*q)) { if (k < sizeof buf - 8) buf[k++] = *q; digits++; prev_digit = true; } \
        else if (*q == '_' && prev_digit && q + 1 < e && isdigit((unsigned char)q[1])) prev_digit = false; \
        else break;                                                             \
    }
    TAKE_DIGITS();
    if (q < e && *q == '.') {
        buf[k++] = '.';
        q++;
        prev_digit = false;
        TAKE_DIGITS();
    }
    if (!digits) return NULL;
    if (q < e && (*q == 'e' || *q == 'E')) {
        const char *r = q + 1;
        size_t k0 = k;
        buf[k++] = 'e';
        if (r < e && (*r == '+' || *r == '-')) buf[k++] = *r++;
        if (r < e && isdigit((unsigned char)*r)) {
            q = r;
            digits = 0;
            prev_digit = false;
            TAKE_DIGITS();
        } else k = k0;
    }
#undef TAKE_DIGITS
    buf[k] = 0;
    *out = strtod(buf, NULL);
    (void)s;
    return q;
}

static MpsValue complex_parse_ascii(MpsThread *t, const char *s, size_t n)
{
    const char *p = s, *e = s + n;
    double re = 0.0, im = 0.0, x;
    while (p < e && isspace((unsigned char)*p)) p++;
    while (e > p && isspace((unsigned char)e[-1])) e--;
    if (p < e && *p == '(') {
        if (e[-1] != ')') goto bad;
        p++; e--;
        while (p < e && isspace((unsigned char)*p)) p++;
        while (e > p && isspace((unsigned char)e[-1])) e--;
    }
    const char *q = parse_real(p, e, &x);
    if (q) {
        if (q < e && (*q == 'j' || *q == 'J')) { im = x; q++; }
        else if (q < e && (*q == '+' || *q == '-')) {
            re = x;
            double y;
            const char *r = parse_real(q, e, &y);
            if (r) {
                if (r < e && (*r == 'j' || *r == 'J')) { im = y; q = r + 1; }
                else goto bad;
            } else if (q + 1 < e && (q[1] == 'j' || q[1] == 'J')) {
                im = *q == '-' ? -1.0 : 1.0;
                q += 2;
            } else goto bad;
        } else re = x;
    } else {
        q = p;
        double sg = 1.0;
        if (q < e && (*q == '+' || *q == '-')) sg = *q++ == '-' ? -1.0 : 1.0;
        if (q < e && (*q == 'j' || *q == 'J')) { im = sg; q++; }
        else goto bad;
    }
    if (q != e) goto bad;
    return mps_complex_new(t, re, im);
bad:
    return MPS_RAISE(t, ValueError, "complex() arg is a malformed string");
}

MpsValue mps_complex_parse(MpsThread *t, const char *s, size_t n)
{
    if (memchr(s, 0, n)) return MPS_RAISE(t, ValueError, "complex() arg is a malformed string");
    if (memchr(s, '_', n)) {        /* underscores only between digits */
        for (size_t i = 0; i < n; i++)
            if (s[i] == '_' && (i == 0 || i + 1 == n || !isdigit((unsigned char)s[i - 1]) || !isdigit((unsigned char)s[i + 1]))) {
                MpsValue str = mps_str_new(t, s, n);
                if (!str) return str;
                return MPS_RAISE(t, ValueError, "could not convert string to complex: %R", str);
            }
    }
    size_t an;
    char *a = mps_number_ascii(s, n, &an);
    if (!a) return complex_parse_ascii(t, s, n);
    MpsValue v = complex_parse_ascii(t, a, an);
    free(a);
    return v;
}

/* ---------------------------------------------------------------- arithmetic */

typedef struct { double re, im; } Cx;

static Cx cx_mul(Cx a, Cx b)
{
    return (Cx){ a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re };
}

/* a / b by Smith's method: scale by the larger part of b; *zero when b == 0 */
static Cx cx_div(Cx a, Cx b, bool *zero)
{
    double ar = fabs(b.re), ai = fabs(b.im);
    *zero = false;
    if (ar >= ai) {
        if (ar == 0.0) { *zero = true; return (Cx){ 0, 0 }; }
        double ratio = b.im / b.re, den = b.re + b.im * ratio;
        return (Cx){ (a.re + a.im * ratio) / den, (a.im - a.re * ratio) / den };
    }
    if (ai >= ar) {
        double ratio = b.re / b.im, den = b.re * ratio + b.im;
        return (Cx){ (a.re * ratio + a.im) / den, (a.im * ratio - a.re) / den };
    }
    return (Cx){ NAN, NAN };        /* a nan in b */
}

static Cx cx_pow_general(Cx a, Cx b, bool *zero)
{
    *zero = false;
    if (b.re == 0.0 && b.im == 0.0) return (Cx){ 1.0, 0.0 };
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) *zero = true;
        return (Cx){ 0.0, 0.0 };
    }
    double mag = hypot(a.re, a.im), len = pow(mag, b.re);
    double arg = atan2(a.im, a.re), phase = arg * b.re;
    if (b.im != 0.0) {
        len /= exp(arg * b.im);
        phase += b.im * log(mag);
    }
    return (Cx){ len * cos(phase), len * sin(phase) };
}

static Cx cx_pow_uint(Cx x, long n)
{
    Cx r = { 1.0, 0.0 }, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = cx_mul(r, p);
        p = cx_mul(p, p);
    }
    return r;
}

MpsValue mps_complex_pow(MpsThread *t, double ar, double ai, double br, double bi)
{
    Cx a = { ar, ai }, r;
    bool zero = false;
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br;
        if (n >= 0) r = cx_pow_uint(a, n);
        else r = cx_div((Cx){ 1.0, 0.0 }, cx_pow_uint(a, -n), &zero);
    } else r = cx_pow_general(a, (Cx){ br, bi }, &zero);
    if (zero) return MPS_RAISE(t, ZeroDivisionError, "0.0 to a negative or complex power");
    if (isinf(r.re) || isinf(r.im)) return MPS_RAISE(t, OverflowError, "complex exponentiation");
    return mps_complex_new(t, r.re, r.im);
}

MpsValue mps_complex_binop(MpsThread *t, MpsBinOp op, double ar, double ai, double br, double bi)
{
    switch (op) {
    case MPS_BIN_ADD: return mps_complex_new(t, ar + br, ai + bi);
    case MPS_BIN_SUB: return mps_complex_new(t, ar - br, ai - bi);
    case MPS_BIN_MUL: {
        Cx r = cx_mul((Cx){ ar, ai }, (Cx){ br, bi });
        return mps_complex_new(t, r.re, r.im);
    }
    case MPS_BIN_TRUEDIV: {
        bool zero;
        Cx r = cx_div((Cx){ ar, ai }, (Cx){ br, bi }, &zero);
        if (zero) return MPS_RAISE(t, ZeroDivisionError, "complex division by zero");
        return mps_complex_new(t, r.re, r.im);
    }
    case MPS_BIN_POW: return mps_complex_pow(t, ar, ai, br, bi);
    default: return MPS_NOTIMPLEMENTED;
    }
}

uint64_t mps_complex_hash(double re, double im)
{
    uint64_t h = mps_float_hash(re) + 1000003ULL * mps_float_hash(im);
    if ((int64_t)h == -1) h = (uint64_t)-2;
    return h;
}
