/* mod_struct.c — `_struct`, the C half of struct (stdlib/lib/struct.mps):
 * packing values into bytes and back by a format string. A format is
 * parsed on each call (formats are short); struct.mps keeps the Struct
 * class, iter_unpack and argument handling. Errors are struct.error,
 * which struct.mps defines and hands over with _init(). The messages
 * follow CPython 3.11's _struct module on a 64-bit little-endian machine,
 * including where its native and standard tables differ. Prefix st_. */
#include "lib.h"
#include <string.h>
#include <math.h>
#include <float.h>
#include <ctype.h>

/* byte order / size mode of a format */
enum { ST_NATIVE, ST_LITTLE, ST_BIG };

/* one parsed code: char, repeat count, offset in the packed data */
typedef struct StCode { char c; int64_t num; size_t off; size_t size; } StCode;

typedef struct StFmt {
    int mode;
    size_t size;        /* total bytes */
    size_t nitems;      /* values packed / unpacked */
    size_t ncodes;
    StCode *codes;
} StFmt;

static MpsValue st_error_cls(MpsThread *t)
{
    return mps_dict_get_cstr(t, MPS_MODULE(MPSL(t)->keep)->dict, "struct.error");
}

/* raise struct.error(msg) */
static MpsValue st_err(MpsThread *t, const char *fmt, ...)
{
    MpsValue cls = st_error_cls(t);
    char buf[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (!cls || !mps_is_class(cls)) return MPS_RAISE(t, ValueError, "%s", buf);
    return mps_raise(t, MPS_CLASS(cls), "%s", buf);
}

/* size and alignment of a code; 0 size: not a format char */
static size_t st_native_size(char c)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd': return 8;
    }
    return 0;
}

static size_t st_std_size(char c)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    }
    return 0;
}

/* the text of a format argument (str or bytes) */
static int st_fmt_text(MpsThread *t, MpsValue f, const char **p, size_t *n)
{
    if (mps_is_str(f)) { *p = mps_str_data(f); *n = strlen(*p); return 0; }
    if (mps_is_kind(f, MPS_K_BYTES)) { *p = (const char *)MPS_BYTES(f)->data; *n = MPS_BYTES(f)->size; return 0; }
    MPS_RAISE(t, TypeError, "Struct() argument 1 must be a str or bytes object, not %T", f);
    return -1;
}

static void st_fmt_free(StFmt *f) { free(f->codes); f->codes = NULL; }

#define ST_MAX ((int64_t)0x7fffffffffffffffLL)

static int st_parse(MpsThread *t, MpsValue fv, StFmt *f)
{
    const char *s;
    size_t n;
    memset(f, 0, sizeof *f);
    if (st_fmt_text(t, fv, &s, &n) < 0) return -1;
    if (memchr(s, 0, n)) { MPS_RAISE(t, ValueError, "embedded null character"); return -1; }
    const char *end = s + n;
    f->mode = ST_NATIVE;
    if (s < end) {
        switch (*s) {
        case '@': s++; break;
        case '=': case '<': f->mode = ST_LITTLE; s++; break;
        case '>': case '!': f->mode = ST_BIG; s++; break;
        }
    }
    f->codes = malloc(sizeof(StCode) * (n + 1));
    if (!f->codes) { mps_raise_nomem(t); return -1; }
    int64_t size = 0;
    while (s < end) {
        char c = *s++;
        if (isspace((unsigned char)c)) continue;
        int64_t num = 1;
        if (c >= '0' && c <= '9') {
            num = c - '0';
            while (s < end && *s >= '0' && *s <= '9') {
                if (num >= ST_MAX / 10) { st_err(t, "total struct size too long"); goto fail; }
                num = num * 10 + (*s++ - '0');
            }
            if (s >= end) { st_err(t, "repeat count given without format specifier"); goto fail; }
            c = *s++;
        }
        size_t isz = f->mode == ST_NATIVE ? st_native_size(c) : st_std_size(c);
        if (!isz) { st_err(t, "bad char in struct format"); goto fail; }
        if (f->mode == ST_NATIVE && isz > 1 && c != 's' && c != 'p')
            size = (size + (int64_t)isz - 1) / (int64_t)isz * (int64_t)isz;
        if (num > (ST_MAX - size) / (int64_t)isz) { st_err(t, "total struct size too long"); goto fail; }
        StCode *k = &f->codes[f->ncodes++];
        k->c = c;
        k->num = num;
        k->off = (size_t)size;
        k->size = isz;
        size += num * (int64_t)isz;
        if (c == 's' || c == 'p') f->nitems++;
        else if (c != 'x') f->nitems += (size_t)num;
    }
    f->size = (size_t)size;
    return 0;
fail:
    st_fmt_free(f);
    return -1;
}

/* ---------------------------------------------------------------- packing */

/* an integer argument: int, bool or __index__; kind 0: fits int64 (*s),
 * 1: fits uint64 only (*u), 2: beyond 64 bits (*neg says its sign) */
static int st_int(MpsThread *t, MpsValue v, int64_t *s, uint64_t *u, bool *neg)
{
    if (!mps_is_int(v)) {
        MpsValue m = mps_is_obj(v) && !mps_class_of(t, v)->is_builtin ? mps_lookup_special(t, v, "__index__") : MPS_NULL;
        if (!m) { st_err(t, "required argument is not an integer"); return -1; }
        MPS_ROOT(t, m);
        v = mps_call1(t, m, v);
        MPS_UNROOT(t, 1);
        if (!v) return -1;
        if (!mps_is_int(v)) { MPS_RAISE(t, TypeError, "__index__ returned non-int (type %T)", v); return -1; }
    }
    if (mps_is_bool(v)) v = mps_from_small(v == MPS_TRUE);
    if (mps_is_small(v)) { *s = mps_small(v); *neg = *s < 0; return 0; }
    mpz_srcptr z = MPS_BIG(v)->z;
    *neg = mpz_sgn(z) < 0;
    if (mpz_fits_slong_p(z)) { *s = mpz_get_si(z); return 0; }
    if (!*neg && mpz_sizeinbase(z, 2) <= 64) {
        mpz_t r;
        mpz_init(r);
        mpz_fdiv_r_2exp(r, z, 32);
        uint64_t lo = mpz_get_ui(r);
        mpz_fdiv_q_2exp(r, z, 32);
        *u = (mpz_get_ui(r) << 32) | lo;
        mpz_clear(r);
        return 1;
    }
    return 2;
}

/* a float argument: float, int, __float__ or __index__ */
static int st_float(MpsThread *t, MpsValue v, double *d)
{
    if (mps_is_float(v)) { *d = mps_float_val(v); return 0; }
    if (mps_is_int(v)) {
        if (mps_to_double(t, v, d) < 0) { mps_exc_clear(t); st_err(t, "required argument is not a float"); return -1; }
        return 0;
    }
    MpsValue m = mps_is_obj(v) && !mps_class_of(t, v)->is_builtin ? mps_lookup_special(t, v, "__float__") : MPS_NULL;
    if (!m && mps_is_obj(v) && !mps_class_of(t, v)->is_builtin) m = mps_lookup_special(t, v, "__index__");
    if (!m) { st_err(t, "required argument is not a float"); return -1; }
    MPS_ROOT(t, m);
    MpsValue r = mps_call1(t, m, v);
    MPS_UNROOT(t, 1);
    if (!r) return -1;
    if (mps_is_float(r)) { *d = mps_float_val(r); return 0; }
    if (mps_is_int(r)) return mps_to_double(t, r, d);
    MPS_RAISE(t, TypeError, "__float__ returned non-float (type %T)", r);
    return -1;
}

static void st_put(uint8_t *p, uint64_t x, size_t n, bool big)
{
    for (size_t i = 0; i < n; i++) {
        size_t k = big ? n - 1 - i : i;
        p[k] = (uint8_t)(x >> (8 * i));
    }
}

static uint64_t st_get(const uint8_t *p, size_t n, bool big)
{
    uint64_t x = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = big ? n - 1 - i : i;
        x |= (uint64_t)p[k] << (8 * i);
    }
    return x;
}

/* IEEE binary16 from a double, rounding half to even; -1 on overflow */
static int st_half_bits(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) { *out = sign | 0x7e00; return 0; }
    x = fabs(x);
    if (isinf(x)) { *out = sign | 0x7c00; return 0; }
    if (x == 0) { *out = sign; return 0; }
    int e;
    double m = frexp(x, &e);            /* x = m * 2^e, 0.5 <= m < 1 */
    /* normal: value = 1.f * 2^(e-1), biased exponent e-1+15 */
    int be = e - 1 + 15;
    double scaled;
    uint32_t bits;
    if (be <= 0) {
        /* subnormal: units of 2^-24 */
        scaled = ldexp(x, 24);
        double r = nearbyint(scaled);   /* round half even (default mode) */
        bits = (uint32_t)r;             /* may reach 0x400: smallest normal */
    } else {
        scaled = ldexp(m, 11);          /* 1024 <= scaled < 2048 */
        double r = nearbyint(scaled);
        uint32_t mant = (uint32_t)r;
        if (mant == 2048) { mant = 1024; be++; }
        if (be >= 31) return -1;
        bits = ((uint32_t)be << 10) | (mant - 1024);
    }
    *out = sign | (uint16_t)bits;
    return 0;
}

static double st_half_value(uint16_t h)
{
    int sign = h >> 15, e = (h >> 10) & 0x1f, f = h & 0x3ff;
    double v;
    if (e == 0) v = ldexp(f, -24);
    else if (e == 31) v = f ? NAN : INFINITY;
    else v = ldexp(f + 1024, e - 25);
    return sign ? -v : v;
}

/* range error messages of an integer code, as CPython's tables give them */
static MpsValue st_range_err(MpsThread *t, int mode, char c)
{
    if (c == 'b') return st_err(t, "byte format requires -128 <= number <= 127");
    if (c == 'B') return st_err(t, "ubyte format requires 0 <= number <= 255");
    if (mode != ST_BIG && c == 'h') return st_err(t, "short format requires -32768 <= number <= 32767");
    if (mode != ST_BIG && c == 'H') return st_err(t, "ushort format requires 0 <= number <= 65535");
    size_t n = mode == ST_NATIVE ? st_native_size(c) : st_std_size(c);
    if (c == 'h' || c == 'i' || c == 'l')
        return st_err(t, "'%c' format requires %lld <= number <= %lld", c,
                      -(1LL << (8 * n - 1)), (1LL << (8 * n - 1)) - 1);
    return st_err(t, "'%c' format requires 0 <= number <= %llu", c, (1ULL << (8 * n)) - 1);
}

static int st_pack_int(MpsThread *t, int mode, char c, size_t n, MpsValue v, uint8_t *p)
{
    int64_t s = 0;
    uint64_t u = 0;
    bool neg;
    int k = st_int(t, v, &s, &u, &neg);
    if (k < 0) return -1;
    bool big = mode == ST_BIG;
    bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N';
    /* native-like conversions: the native table, and the little-endian
     * one where CPython reuses native entries (same size) */
    bool native_conv = mode == ST_NATIVE || (mode == ST_LITTLE && n == st_native_size(c));
    if (c == 'P') {
        if (k == 2) { st_err(t, "int too large to convert"); return -1; }
        st_put(p, k == 1 ? u : (uint64_t)s, 8, false);
        return 0;
    }
    if (n == 8) {
        if (is_unsigned) {
            if (k == 2 || (k == 0 && s < 0)) {
                st_err(t, native_conv ? "argument out of range" : "int too large to convert");
                return -1;
            }
            st_put(p, k == 1 ? u : (uint64_t)s, 8, big);
        } else {
            if (k != 0) { st_err(t, native_conv ? "argument out of range" : "int too large to convert"); return -1; }
            st_put(p, (uint64_t)s, 8, big);
        }
        return 0;
    }
    /* 1, 2, 4 bytes: the value must first fit a C long (unsigned long for
     * the unsigned codes of the standard tables and 'I') */
    bool via_ulong = is_unsigned && c != 'B' && !(native_conv && c == 'H');
    if (via_ulong) {
        if (k == 2 || (k == 0 && s < 0)) { st_err(t, "argument out of range"); return -1; }
        if (k == 1 || (uint64_t)s > (1ULL << (8 * n)) - 1) { st_range_err(t, mode, c); return -1; }
    } else {
        if (k != 0) { st_err(t, "argument out of range"); return -1; }
        int64_t lo, hi;
        if (is_unsigned) { lo = 0; hi = (int64_t)((1ULL << (8 * n)) - 1); }
        else { lo = -(1LL << (8 * n - 1)); hi = (1LL << (8 * n - 1)) - 1; }
        if (s < lo || s > hi) { st_range_err(t, mode, c); return -1; }
    }
    st_put(p, (uint64_t)s, n, big);
    return 0;
}

static int st_pack_one(MpsThread *t, int mode, const StCode *k, MpsValue v, uint8_t *p)
{
    bool big = mode == ST_BIG;
    switch (k->c) {
    case 'c':
        if (!mps_is_kind(v, MPS_K_BYTES) && !mps_is_kind(v, MPS_K_BYTEARRAY)) goto badchar;
        if (MPS_BYTES(v)->size != 1) goto badchar;
        *p = MPS_BYTES(v)->data[0];
        return 0;
    badchar:
        st_err(t, "char format requires a bytes object of length 1");
        return -1;
    case '?': {
        int b = mps_truthy(t, v);
        if (b < 0) return -1;
        *p = (uint8_t)b;
        return 0;
    }
    case 'e': case 'f': case 'd': {
        double d;
        if (st_float(t, v, &d) < 0) return -1;
        if (k->c == 'd') {
            uint64_t bits;
            memcpy(&bits, &d, 8);
            st_put(p, bits, 8, big);
        } else if (k->c == 'f') {
            float f = (float)d;
            if (mode != ST_NATIVE && isinf(f) && !isinf(d)) {
                if (mps_is_int(v)) st_err(t, "int too large to convert");
                else MPS_RAISE(t, OverflowError, "float too large to pack with f format");
                return -1;
            }
            uint32_t bits;
            memcpy(&bits, &f, 4);
            st_put(p, bits, 4, big);
        } else {
            uint16_t h;
            if (st_half_bits(d, &h) < 0) {
                if (mps_is_int(v)) st_err(t, "int too large to convert");
                else MPS_RAISE(t, OverflowError, "float too large to pack with e format");
                return -1;
            }
            st_put(p, h, 2, big);
        }
        return 0;
    }
    default:
        return st_pack_int(t, mode, k->c, k->size, v, p);
    }
}

/* pack args[0..n) by f into out (f->size bytes, zeroed) */
static int st_pack_into_buf(MpsThread *t, const StFmt *f, const MpsValue *args, uint8_t *out)
{
    size_t ai = 0;
    for (size_t i = 0; i < f->ncodes; i++) {
        const StCode *k = &f->codes[i];
        uint8_t *p = out + k->off;
        if (k->c == 'x') continue;
        if (k->c == 's' || k->c == 'p') {
            MpsValue v = args[ai++];
            if (!mps_is_kind(v, MPS_K_BYTES) && !mps_is_kind(v, MPS_K_BYTEARRAY)) {
                st_err(t, "argument for '%c' must be a bytes object", k->c);
                return -1;
            }
            size_t n = MPS_BYTES(v)->size, cap = (size_t)k->num;
            if (k->c == 's') {
                memcpy(p, MPS_BYTES(v)->data, n < cap ? n : cap);
            } else if (cap > 0) {
                if (n > cap - 1) n = cap - 1;
                memcpy(p + 1, MPS_BYTES(v)->data, n);
                p[0] = (uint8_t)(n > 255 ? 255 : n);
            }
            continue;
        }
        for (int64_t j = 0; j < k->num; j++)
            if (st_pack_one(t, ((StFmt *)f)->mode, k, args[ai++], p + j * k->size) < 0) return -1;
    }
    return 0;
}

static int st_args_tuple(MpsThread *t, MpsValue tup, const char *fn, const StFmt *f)
{
    if (!mps_is_tuple(tup)) { MPS_RAISE(t, TypeError, "%s: arguments must be a tuple", fn); return -1; }
    if (MPS_TUPLE(tup)->len != f->nitems) {
        st_err(t, "%s expected %zu items for packing (got %zu)", fn, f->nitems, MPS_TUPLE(tup)->len);
        return -1;
    }
    return 0;
}

/* pack(fmt, args) -> bytes */
static MpsValue st_pack(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "pack", argc, kw, 2, 2) < 0) return MPS_NULL;
    StFmt f;
    if (st_parse(t, argv[0], &f) < 0) return MPS_NULL;
    MpsValue r = MPS_NULL;
    uint8_t *buf = NULL;
    if (st_args_tuple(t, argv[1], "pack", &f) < 0) goto done;
    buf = calloc(1, f.size ? f.size : 1);
    if (!buf) { mps_raise_nomem(t); goto done; }
    if (st_pack_into_buf(t, &f, MPS_TUPLE(argv[1])->items, buf) < 0) goto done;
    r = mps_bytes_new(t, buf, f.size);
done:
    free(buf);
    st_fmt_free(&f);
    return r;
}

/* pack_into(fmt, buffer, offset, args) */
static MpsValue st_pack_into(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "pack_into", argc, kw, 4, 4) < 0) return MPS_NULL;
    StFmt f;
    if (st_parse(t, argv[0], &f) < 0) return MPS_NULL;
    MpsValue r = MPS_NULL, b = argv[1];
    uint8_t *buf = NULL;
    int64_t off;
    if (st_args_tuple(t, argv[3], "pack_into", &f) < 0) goto done;
    if (!mps_is_kind(b, MPS_K_BYTEARRAY)) {
        if (mps_is_kind(b, MPS_K_BYTES)) MPS_RAISE(t, TypeError, "argument must be read-write bytes-like object, not %T", b);
        else MPS_RAISE(t, TypeError, "argument must be read-write bytes-like object, not %T", b);
        goto done;
    }
    if (mps_index(t, argv[2], &off) < 0) goto done;
    int64_t len = (int64_t)MPS_BYTES(b)->size, size = (int64_t)f.size;
    if (off < 0) {
        if (off + size > 0) { st_err(t, "no space to pack %lld bytes at offset %lld", (long long)size, (long long)off); goto done; }
        if (off + len < 0) { st_err(t, "offset %lld out of range for %lld-byte buffer", (long long)off, (long long)len); goto done; }
        off += len;
    }
    if (len - off < size) {
        st_err(t, "pack_into requires a buffer of at least %llu bytes for packing %lld bytes at offset %lld (actual buffer size is %lld)",
               (unsigned long long)(size + off), (long long)size, (long long)off, (long long)len);
        goto done;
    }
    buf = calloc(1, f.size ? f.size : 1);
    if (!buf) { mps_raise_nomem(t); goto done; }
    if (st_pack_into_buf(t, &f, MPS_TUPLE(argv[3])->items, buf) < 0) goto done;
    /* the bytearray may have been resized by an __index__: check again */
    if ((int64_t)MPS_BYTES(b)->size - off < size) { st_err(t, "buffer changed size while packing"); goto done; }
    memcpy(MPS_BYTES(b)->data + off, buf, f.size);
    r = MPS_NONE;
done:
    free(buf);
    st_fmt_free(&f);
    return r;
}

/* ---------------------------------------------------------------- unpacking */

static MpsValue st_unpack_one(MpsThread *t, int mode, char c, size_t n, const uint8_t *p)
{
    bool big = mode == ST_BIG;
    switch (c) {
    case 'c': return mps_bytes_new(t, p, 1);
    case '?': return *p ? MPS_TRUE : MPS_FALSE;
    case 'e': return mps_float_new(t, st_half_value((uint16_t)st_get(p, 2, big)));
    case 'f': {
        uint32_t bits = (uint32_t)st_get(p, 4, big);
        float f;
        memcpy(&f, &bits, 4);
        return mps_float_new(t, f);
    }
    case 'd': {
        uint64_t bits = st_get(p, 8, big);
        double d;
        memcpy(&d, &bits, 8);
        return mps_float_new(t, d);
    }
    case 'B': case 'H': case 'I': case 'L': case 'Q': case 'N': case 'P':
        return mps_int_from_u64(t, st_get(p, n, big));
    default: {
        uint64_t u = st_get(p, n, big);
        if (n < 8 && (u >> (8 * n - 1)) & 1) u |= ~0ULL << (8 * n);   /* sign-extend */
        return mps_int_from_i64(t, (int64_t)u);
    }
    }
}

static MpsValue st_unpack_buf(MpsThread *t, const StFmt *f, const uint8_t *data)
{
    MpsValue tup = mps_tuple_new(t, f->nitems);
    if (!tup) return MPS_NULL;
    MPS_ROOT(t, tup);
    size_t ai = 0;
    for (size_t i = 0; i < f->ncodes; i++) {
        const StCode *k = &f->codes[i];
        const uint8_t *p = data + k->off;
        MpsValue v;
        if (k->c == 'x') continue;
        if (k->c == 's') {
            v = mps_bytes_new(t, p, (size_t)k->num);
            if (!v) goto fail;
            MPS_TUPLE(tup)->items[ai++] = v;
            continue;
        }
        if (k->c == 'p') {
            size_t n = k->num > 0 ? p[0] : 0;
            if (k->num > 0 && n >= (size_t)k->num) n = (size_t)k->num - 1;
            v = mps_bytes_new(t, k->num > 0 ? p + 1 : p, n);
            if (!v) goto fail;
            MPS_TUPLE(tup)->items[ai++] = v;
            continue;
        }
        for (int64_t j = 0; j < k->num; j++) {
            v = st_unpack_one(t, f->mode, k->c, k->size, p + j * k->size);
            if (!v) goto fail;
            MPS_TUPLE(tup)->items[ai++] = v;
        }
    }
    MPS_UNROOT(t, 1);
    return tup;
fail:
    MPS_UNROOT(t, 1);
    return MPS_NULL;
}

static int st_buffer(MpsThread *t, MpsValue b, const uint8_t **p, size_t *n)
{
    if (mps_is_kind(b, MPS_K_BYTES) || mps_is_kind(b, MPS_K_BYTEARRAY)) {
        *p = MPS_BYTES(b)->data;
        *n = MPS_BYTES(b)->size;
        return 0;
    }
    MPS_RAISE(t, TypeError, "a bytes-like object is required, not '%T'", b);
    return -1;
}

/* unpack(fmt, buffer) -> tuple; the buffer must be exactly the size */
static MpsValue st_unpack(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "unpack", argc, kw, 2, 2) < 0) return MPS_NULL;
    StFmt f;
    if (st_parse(t, argv[0], &f) < 0) return MPS_NULL;
    const uint8_t *p;
    size_t n;
    MpsValue r = MPS_NULL;
    if (st_buffer(t, argv[1], &p, &n) < 0) goto done;
    if (n != f.size) { st_err(t, "unpack requires a buffer of %zu bytes", f.size); goto done; }
    r = st_unpack_buf(t, &f, p);
done:
    st_fmt_free(&f);
    return r;
}

/* unpack_from(fmt, buffer, offset) -> tuple */
static MpsValue st_unpack_from(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "unpack_from", argc, kw, 3, 3) < 0) return MPS_NULL;
    StFmt f;
    if (st_parse(t, argv[0], &f) < 0) return MPS_NULL;
    const uint8_t *p;
    size_t n;
    int64_t off;
    MpsValue r = MPS_NULL;
    if (st_buffer(t, argv[1], &p, &n) < 0) goto done;
    if (mps_index(t, argv[2], &off) < 0) goto done;
    int64_t len = (int64_t)n, size = (int64_t)f.size;
    if (off < 0) {
        if (off + size > 0) { st_err(t, "not enough data to unpack %lld bytes at offset %lld", (long long)size, (long long)off); goto done; }
        if (off + len < 0) { st_err(t, "offset %lld out of range for %lld-byte buffer", (long long)off, (long long)len); goto done; }
        off += len;
    }
    if (len - off < size) {
        st_err(t, "unpack_from requires a buffer of at least %llu bytes for unpacking %lld bytes at offset %lld (actual buffer size is %lld)",
               (unsigned long long)(size + off), (long long)size, (long long)off, (long long)len);
        goto done;
    }
    r = st_unpack_buf(t, &f, p + off);
done:
    st_fmt_free(&f);
    return r;
}

/* calcsize(fmt) -> int */
static MpsValue st_calcsize(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "calcsize", argc, kw, 1, 1) < 0) return MPS_NULL;
    StFmt f;
    if (st_parse(t, argv[0], &f) < 0) return MPS_NULL;
    size_t n = f.size;
    st_fmt_free(&f);
    return mps_int_from_u64(t, n);
}

/* _init(error_class): struct.mps hands over struct.error */
static MpsValue st_init(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_init", argc, kw, 1, 1) < 0) return MPS_NULL;
    if (!mps_is_class(argv[0])) return MPS_RAISE(t, TypeError, "_init() needs a class");
    mpsl_keep(t, "struct.error", argv[0]);
    return t->exc ? MPS_NULL : MPS_NONE;
}

static const MpsMethodDef st_functions[] = {
    { "pack", st_pack },
    { "pack_into", st_pack_into },
    { "unpack", st_unpack },
    { "unpack_from", st_unpack_from },
    { "calcsize", st_calcsize },
    { "_init", st_init },
    { NULL, NULL }
};

MpsValue mps_struct_module_new(MpsThread *t)
{
    return mpsl_module(t, "_struct", st_functions);
}
