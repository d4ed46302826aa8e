/*
 * float.c — boxed C doubles: creation, CPython's shortest round-trip repr,
 * parsing, arithmetic with Python's floor/modulo rules, hash.
 */
#include "objimpl.h"
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <math.h>
#include <errno.h>

MpsValue mps_float_new(MpsThread *t, double d)
{
    MpsFloat *f = mps_gc_alloc(t, sizeof(MpsFloat), MPS_K_FLOAT, MPS_TYPE(t, FLOAT));
    if (!f) return mps_raise_nomem(t);
    f->v = d;
    return mps_from_obj(f);
}

int mps_to_double(MpsThread *t, MpsValue v, double *out)
{
    if (mps_is_float(v)) { *out = mps_float_val(v); return 0; }
    if (mps_is_int(v)) return mps_int_to_double(t, v, out);
    MPS_RAISE(t, TypeError, "must be real number, not %T", v);
    return -1;
}

/* ---------------------------------------------------------------- repr */

/* the p-digit string one unit in the last place above tmp ("D.DDDe+XX")
 * into out; tmp has no sign */
static void float_next_up(const char *tmp, char *out, size_t size)
{
    char digits[24];
    int nd = 0;
    const char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (isdigit((unsigned char)*p)) digits[nd++] = *p;
    int e = atoi(p + 1), i = nd - 1;
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i < 0) { digits[0] = '1'; e++; }
    else digits[i]++;
    snprintf(out, size, "%c.%.*se%d", digits[0], nd - 1, digits + 1, e);
}

void mps_float_repr_buf(double d, MpsBuf *b)
{
    if (isnan(d)) { mps_buf_adds(b, "nan"); return; }
    if (isinf(d)) { mps_buf_adds(b, d < 0 ? "-inf" : "inf"); return; }
    /* the fewest digits that read back as d, the nearest such: the correctly
     * rounded p digits, or, below a power of two (where the gap to the next
     * smaller double is half the gap above), the p digits one unit above */
    char tmp[40], up[40];
    double a = fabs(d);
    for (int p = 0; p <= 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p, a);
        double r = strtod(tmp, NULL);
        if (r == a) break;
        if (r < a) {
            float_next_up(tmp, up, sizeof up);
            if (strtod(up, NULL) == a) { memcpy(tmp, up, sizeof tmp); break; }
        }
    }
    if (signbit(d)) mps_buf_addc(b, '-');
    /* tmp is D[.DDD]e[+-]XX: take digits and exponent apart */
    char digits[24];
    int nd = 0;
    const char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (isdigit((unsigned char)*p)) digits[nd++] = *p;
    int e = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    if (e >= -5 + 1 && e < 16) {
        if (e >= 0) {
            for (int i = 0; i <= e; i++) mps_buf_addc(b, i < nd ? digits[i] : '0');
            mps_buf_addc(b, '.');
            if (nd > e + 1) mps_buf_add(b, digits + e + 1, (size_t)(nd - e - 1));
            else mps_buf_addc(b, '0');
        } else {
            mps_buf_adds(b, "0.");
            for (int i = 0; i < -e - 1; i++) mps_buf_addc(b, '0');
            mps_buf_add(b, digits, (size_t)nd);
        }
    } else {
        mps_buf_addc(b, digits[0]);
        if (nd > 1) { mps_buf_addc(b, '.'); mps_buf_add(b, digits + 1, (size_t)(nd - 1)); }
        mps_buf_printf(b, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
}

/* ---------------------------------------------------------------- parse */

static MpsValue float_parse_ascii(MpsThread *t, const char *s, size_t n, const char *orig, size_t norig);

MpsValue mps_float_parse(MpsThread *t, const char *s, size_t n)
{
    size_t an;
    char *a = mps_number_ascii(s, n, &an);
    if (!a) return float_parse_ascii(t, s, n, s, n);
    MpsValue v = float_parse_ascii(t, a, an, s, n);
    free(a);
    return v;
}

static MpsValue float_parse_ascii(MpsThread *t, const char *s, size_t n, const char *orig, size_t norig)
{
    const char *p = s, *e = s + n;
    while (p < e && isspace((unsigned char)*p)) p++;
    while (e > p && isspace((unsigned char)e[-1])) e--;
    char stackbuf[64];
    size_t len = (size_t)(e - p);
    char *buf = len < sizeof stackbuf ? stackbuf : malloc(len + 1);
    if (!buf) return mps_raise_nomem(t);
    size_t k = 0;
    bool ok = len > 0;
    /* underscores only between digits */
    for (size_t i = 0; i < len && ok; i++) {
        char c = p[i];
        if (c == '_') {
            if (i == 0 || i + 1 == len || !isdigit((unsigned char)p[i - 1]) || !isdigit((unsigned char)p[i + 1]))
                ok = false;
            continue;
        }
        if (c == 'x' || c == 'X' || c == 'p' || c == 'P') ok = false;   /* no C hex floats */
        buf[k++] = c;
    }
    buf[k] = 0;
    double d = 0;
    if (ok) {
        const char *q = buf;
        bool neg = false;
        if (*q == '+' || *q == '-') neg = *q++ == '-';
        if (!strcasecmp(q, "inf") || !strcasecmp(q, "infinity")) d = neg ? -INFINITY : INFINITY;
        else if (!strcasecmp(q, "nan")) d = neg ? -NAN : NAN;
        else if (!isdigit((unsigned char)*q) && *q != '.') ok = false;
        else {
            char *end;
            d = strtod(buf, &end);
            if (*end) ok = false;
        }
    }
    if (buf != stackbuf) free(buf);
    if (!ok) {
        MpsValue str = mps_str_new(t, orig, norig);
        if (!str) return str;
        return MPS_RAISE(t, ValueError, "could not convert string to float: %R", str);
    }
    return mps_float_new(t, d);
}

/* ---------------------------------------------------------------- arithmetic */

static MpsValue range_error(MpsThread *t)
{
    MpsValue msg = mps_str_cstr_new(t, "Numerical result out of range");
    if (!msg) return msg;
    MpsValue args = mps_tuple_pack(t, 2, mps_from_small(34), msg);
    if (!args) return args;
    MpsValue exc = mps_exc_new(t, MPS_EXCCLS(t, OverflowError), args);
    if (!exc) return exc;
    return mps_raise_value(t, exc);
}

static MpsValue float_pow(MpsThread *t, double a, double b)
{
    if (b == 0) return mps_float_new(t, 1.0);
    if (isnan(a)) return mps_float_new(t, a == 1.0 ? 1.0 : a);
    if (isnan(b)) return mps_float_new(t, a == 1.0 ? 1.0 : b);
    if (a == 0 && b < 0 && !isinf(b))
        return MPS_RAISE(t, ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (a < 0 && !isinf(a) && !isinf(b) && b != floor(b))
        return mps_complex_pow(t, a, 0.0, b, 0.0);             /* (-8) ** (1/3) is complex */
    errno = 0;
    double r = pow(a, b);
    if (isinf(r) && !isinf(a) && !isinf(b)) return range_error(t);
    return mps_float_new(t, r);
}

MpsValue mps_float_binop(MpsThread *t, MpsBinOp op, double a, double b)
{
    switch (op) {
    case MPS_BIN_ADD: return mps_float_new(t, a + b);
    case MPS_BIN_SUB: return mps_float_new(t, a - b);
    case MPS_BIN_MUL: return mps_float_new(t, a * b);
    case MPS_BIN_TRUEDIV:
        if (b == 0) return MPS_RAISE(t, ZeroDivisionError, "float division by zero");
        return mps_float_new(t, a / b);
    case MPS_BIN_FLOORDIV: case MPS_BIN_MOD: {
        if (b == 0)
            return op == MPS_BIN_MOD ? MPS_RAISE(t, ZeroDivisionError, "float modulo")
                                     : MPS_RAISE(t, ZeroDivisionError, "float floor division by zero");
        double mod = fmod(a, b);
        double div = (a - mod) / b;
        if (mod) {
            if ((b < 0) != (mod < 0)) { mod += b; div -= 1.0; }
        } else mod = copysign(0.0, b);
        if (op == MPS_BIN_MOD) return mps_float_new(t, mod);
        double fd;
        if (div) {
            fd = floor(div);
            if (div - fd > 0.5) fd += 1.0;
        } else fd = copysign(0.0, a / b);
        return mps_float_new(t, fd);
    }
    case MPS_BIN_POW: return float_pow(t, a, b);
    default: return MPS_NOTIMPLEMENTED;
    }
}

/* CPython's _Py_HashDouble, so that hash(1.0) == hash(1) */
uint64_t mps_float_hash(double v)
{
    const uint64_t P = (1ULL << 61) - 1;
    if (isinf(v)) return v > 0 ? 314159 : (uint64_t)-314159;
    if (isnan(v)) return 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & P) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= P) x -= P;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & P) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    if (h == -1) h = -2;
    return (uint64_t)h;
}
