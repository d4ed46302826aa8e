/* bytes_methods.c — text codecs and the methods of bytes and bytearray.
 * Prefix bm_. */
#include "lib.h"

#define SELF argv[0]
#define BD(v) (MPS_BYTES(v)->data)
#define BN(v) (MPS_BYTES(v)->size)

/* ---------------------------------------------------------------- codecs */

/* 0 utf-8, 1 ascii, 2 latin-1, -1 unknown */
static int bm_codec(const char *enc)
{
    char n[32];
    size_t i = 0;
    for (; enc[i] && i < sizeof n - 1; i++) {
        char c = enc[i];
        n[i] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    n[i] = 0;
    if (!strcmp(n, "utf-8") || !strcmp(n, "utf8") || !strcmp(n, "u8")) return 0;
    if (!strcmp(n, "ascii") || !strcmp(n, "us-ascii")) return 1;
    if (!strcmp(n, "latin-1") || !strcmp(n, "latin1") || !strcmp(n, "iso-8859-1") || !strcmp(n, "l1")) return 2;
    return -1;
}

static const char *bm_codec_name(int c) { return c == 0 ? "utf-8" : c == 1 ? "ascii" : "latin-1"; }

/* length of a valid UTF-8 sequence at p (max n bytes), 0 if invalid */
static size_t bm_utf8_seq(const uint8_t *p, size_t n)
{
    uint8_t c = p[0];
    if (c < 0x80) return 1;
    size_t k;
    uint32_t min, cp;
    if (c >= 0xC2 && c <= 0xDF) { k = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { k = 3; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { k = 4; cp = c & 0x07; min = 0x10000; }
    else return 0;
    if (k > n) return 0;
    for (size_t i = 1; i < k; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return k;
}

/* the error handlers of encode() and decode(), as CPython names them */
enum { EH_STRICT, EH_IGNORE, EH_REPLACE, EH_BACKSLASH, EH_XMLREF, EH_SURR_ESCAPE, EH_SURR_PASS };

static int bm_errors(const char *errors)
{
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "surrogateescape", "surrogatepass"};
    for (int i = 0; i < (int)(sizeof names / sizeof *names); i++)
        if (!strcmp(errors, names[i])) return i;
    return EH_STRICT;
}

static void bm_escape(MpsBuf *b, uint32_t cp)
{
    if (cp <= 0xFF) mps_buf_printf(b, "\\x%02x", cp);
    else if (cp <= 0xFFFF) mps_buf_printf(b, "\\u%04x", cp);
    else mps_buf_printf(b, "\\U%08x", cp);
}

MpsValue mpsl_decode(MpsThread *t, const uint8_t *p, size_t n, const char *enc, const char *errors)
{
    int c = bm_codec(enc);
    if (c < 0) return MPS_RAISE(t, LookupError, "unknown encoding: %s", enc);
    int mode = bm_errors(errors);
    if (c == 0 && mps_utf8_valid((const char *)p, n)) return mps_str_new(t, (const char *)p, n);
    MpsBuf b;
    mps_buf_init(&b);
    for (size_t i = 0; i < n; ) {
        size_t k = 1;
        if (c == 2) { mps_buf_add_utf8(&b, p[i]); i++; continue; }
        if (c == 0) k = bm_utf8_seq(p + i, n - i);
        else k = p[i] < 0x80;
        if (k) { mps_buf_add(&b, (const char *)p + i, k); i += k; continue; }
        if (c == 0 && mode == EH_SURR_PASS && n - i >= 3 && p[i] == 0xED && (p[i + 1] & 0xE0) == 0xA0 &&
            (p[i + 2] & 0xC0) == 0x80) {
            mps_buf_add(&b, (const char *)p + i, 3);
            i += 3;
            continue;
        }
        if (mode == EH_SURR_ESCAPE && p[i] >= 0x80) { mps_buf_add_utf8(&b, 0xDC00u + p[i]); i++; continue; }
        if (mode == EH_BACKSLASH) { mps_buf_printf(&b, "\\x%02x", p[i]); i++; continue; }
        if (mode == EH_STRICT || mode == EH_XMLREF || mode == EH_SURR_ESCAPE || mode == EH_SURR_PASS) {
            mps_buf_free(&b);
            return MPS_RAISE(t, UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                             bm_codec_name(c), p[i], i, c == 1 ? "ordinal not in range(128)" :
                             ((p[i] & 0xC0) == 0x80 || p[i] >= 0xF5 || p[i] == 0xC0 || p[i] == 0xC1)
                                 ? "invalid start byte" : (i + 1 >= n ? "unexpected end of data" : "invalid continuation byte"));
        }
        if (mode == EH_REPLACE) mps_buf_add_utf8(&b, 0xFFFD);
        i++;
    }
    if (!b.data) return mps_str_new(t, "", 0);
    return mps_buf_to_str(t, &b);
}

/* A str holds any code point, lone surrogates too (as 3-byte sequences
 * ED A0..BF xx, which is what a UTF-8 encoder must refuse). */
int mpsl_encode(MpsThread *t, MpsValue s, const char *enc, const char *errors, MpsBuf *out)
{
    int c = bm_codec(enc);
    if (c < 0) { MPS_RAISE(t, LookupError, "unknown encoding: %s", enc); return -1; }
    const char *p = mps_str_data(s), *e = p + mps_str_size(s);
    if (c == 0 && !memchr(p, 0xED, mps_str_size(s))) { mps_buf_add(out, p, mps_str_size(s)); return 0; }
    int mode = bm_errors(errors);
    uint32_t lim = c == 0 ? 0x110000 : c == 1 ? 0x80 : 0x100;
    size_t pos = 0;
    while (p < e) {
        const char *q = p;
        uint32_t cp = mpsl_utf8_next(&p);
        bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (cp < lim && !surrogate) {
            if (c == 0) mps_buf_add(out, q, (size_t)(p - q));
            else mps_buf_addc(out, (char)cp);
        } else if (mode == EH_IGNORE) {
        } else if (mode == EH_REPLACE) mps_buf_addc(out, '?');
        else if (mode == EH_BACKSLASH) bm_escape(out, cp);
        else if (mode == EH_XMLREF) mps_buf_printf(out, "&#%u;", cp);
        else if (mode == EH_SURR_ESCAPE && cp >= 0xDC80 && cp <= 0xDCFF) mps_buf_addc(out, (char)(cp - 0xDC00));
        else if (mode == EH_SURR_PASS && c == 0 && surrogate) mps_buf_add(out, q, (size_t)(p - q));
        else {
            MpsBuf r;
            mps_buf_init(&r);
            bm_escape(&r, cp);
            if (cp < lim)
                MPS_RAISE(t, UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %zu: surrogates not allowed",
                          bm_codec_name(c), r.data, pos);
            else
                MPS_RAISE(t, UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %zu: ordinal not in range(%u)",
                          bm_codec_name(c), r.data, pos, lim);
            mps_buf_free(&r);
            return -1;
        }
        pos++;
    }
    return 0;
}

/* ---------------------------------------------------------------- helpers */

static MpsValue bm_like(MpsThread *t, MpsValue self, const void *d, size_t n)
{
    return mps_is_kind(self, MPS_K_BYTEARRAY) ? mps_bytearray_new(t, d, n) : mps_bytes_new(t, d, n);
}

static bool bm_is_bytes(MpsValue v) { return mps_is_kind(v, MPS_K_BYTES) || mps_is_kind(v, MPS_K_BYTEARRAY); }

static int bm_arg(MpsThread *t, MpsValue v, const uint8_t **d, size_t *n, uint8_t *one)
{
    if (bm_is_bytes(v)) { *d = BD(v); *n = BN(v); return 0; }
    if (one && mps_is_int(v)) {
        int64_t i;
        if (mps_index(t, v, &i) < 0) return -1;
        if (i < 0 || i > 255) { MPS_RAISE(t, ValueError, "byte must be in range(0, 256)"); return -1; }
        *one = (uint8_t)i; *d = one; *n = 1;
        return 0;
    }
    MPS_RAISE(t, TypeError, "a bytes-like object is required, not '%T'", v);
    return -1;
}

static int64_t bm_find(const uint8_t *h, size_t hn, const uint8_t *n, size_t nn, bool rev)
{
    if (nn > hn) return -1;
    if (!rev) {
        if (nn == 0) return 0;
        const void *p = memmem(h, hn, n, nn);
        return p ? (const uint8_t *)p - h : -1;
    }
    for (size_t i = hn - nn + 1; i-- > 0; )
        if (memcmp(h + i, n, nn) == 0) return (int64_t)i;
    return -1;
}

static void bm_clamp(int64_t len, int64_t *st, int64_t *en)
{
    if (*en > len) *en = len;
    else if (*en < 0) { *en += len; if (*en < 0) *en = 0; }
    if (*st < 0) { *st += len; if (*st < 0) *st = 0; }
}

/* ---------------------------------------------------------------- methods */

static MpsValue bm_decode(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"encoding", "errors"};
    MpsValue a[2];
    if (mps_args(t, "decode", argc - 1, argv + 1, kw, names, 0, 2, a) < 0) return MPS_NULL;
    return mpsl_decode(t, BD(SELF), BN(SELF), a[0] && mps_is_str(a[0]) ? mps_str_data(a[0]) : "utf-8",
                       a[1] && mps_is_str(a[1]) ? mps_str_data(a[1]) : "strict");
}

static MpsValue bm_hex(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "hex", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    MpsBuf b;
    mps_buf_init(&b);
    for (size_t i = 0; i < BN(SELF); i++) mps_buf_printf(&b, "%02x", BD(SELF)[i]);
    if (!b.data) return mps_str_new(t, "", 0);
    return mps_buf_to_str(t, &b);
}

static MpsValue bm_fromhex(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)kw;
    MpsValue s = argv[argc - 1];
    bool array = argc > 1 && mps_is_class(argv[0]) && MPS_CLASS(argv[0]) == MPS_TYPE(t, BYTEARRAY);
    if (argc < 1 || !mps_is_str(s)) return MPS_RAISE(t, TypeError, "fromhex() argument must be str");
    const char *p = mps_str_data(s);
    size_t n = mps_str_size(s);
    MpsBuf b;
    mps_buf_init(&b);
    for (size_t i = 0; i < n; ) {
        if (p[i] == ' ') { i++; continue; }
        int v[2];
        for (int k = 0; k < 2; k++) {
            char c = i + (size_t)k < n ? p[i + (size_t)k] : 0;
            v[k] = c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
            if (v[k] < 0) {
                mps_buf_free(&b);
                return MPS_RAISE(t, ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", i + (size_t)k);
            }
        }
        mps_buf_addc(&b, (char)(v[0] * 16 + v[1]));
        i += 2;
    }
    MpsValue r = array ? mps_bytearray_new(t, b.data ? b.data : "", b.len) : mps_bytes_new(t, b.data ? b.data : "", b.len);
    mps_buf_free(&b);
    return r;
}

/* 0 find 1 rfind 2 index 3 rindex 4 count */
static MpsValue bm_search(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int kind)
{
    static const char *const fn[] = {"find", "rfind", "index", "rindex", "count"};
    if (mps_args_count(t, fn[kind], argc - 1, kw, 1, 3) < 0) return MPS_NULL;
    const uint8_t *n;
    size_t nn;
    uint8_t one;
    if (bm_arg(t, argv[1], &n, &nn, &one) < 0) return MPS_NULL;
    int64_t len = (int64_t)BN(SELF), st = 0, en = len;
    if (argc > 2 && argv[2] != MPS_NONE && mps_index(t, argv[2], &st) < 0) return MPS_NULL;
    if (argc > 3 && argv[3] != MPS_NONE && mps_index(t, argv[3], &en) < 0) return MPS_NULL;
    bm_clamp(len, &st, &en);
    const uint8_t *h = BD(SELF);
    if (kind == 4) {
        if (st > len || en < st) return mps_from_small(0);
        if (nn == 0) return mps_from_small(en - st + 1);
        int64_t c = 0;
        for (int64_t i = st; i + (int64_t)nn <= en; ) {
            int64_t f = bm_find(h + i, (size_t)(en - i), n, nn, false);
            if (f < 0) break;
            c++;
            i += f + (int64_t)nn;
        }
        return mps_from_small(c);
    }
    int64_t r = -1;
    if (st <= len && en >= st) {
        int64_t f = bm_find(h + st, (size_t)(en - st), n, nn, kind & 1);
        if (f >= 0) r = st + f;
    }
    if (r < 0 && kind >= 2) return MPS_RAISE(t, ValueError, "subsection not found");
    return mps_from_small(r);
}

static MpsValue bm_find_m(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_search(t, argc, argv, kw, 0); }
static MpsValue bm_rfind_m(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_search(t, argc, argv, kw, 1); }
static MpsValue bm_index_m(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_search(t, argc, argv, kw, 2); }
static MpsValue bm_rindex_m(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_search(t, argc, argv, kw, 3); }
static MpsValue bm_count_m(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_search(t, argc, argv, kw, 4); }

static MpsValue bm_affix(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool end)
{
    if (mps_args_count(t, end ? "endswith" : "startswith", argc - 1, kw, 1, 3) < 0) return MPS_NULL;
    MpsValue p = argv[1];
    int64_t len = (int64_t)BN(SELF), st = 0, en = len;
    if (argc > 2 && argv[2] != MPS_NONE && mps_index(t, argv[2], &st) < 0) return MPS_NULL;
    if (argc > 3 && argv[3] != MPS_NONE && mps_index(t, argv[3], &en) < 0) return MPS_NULL;
    bm_clamp(len, &st, &en);
    size_t np = mps_is_tuple(p) ? MPS_TUPLE(p)->len : 1;
    for (size_t i = 0; i < np; i++) {
        MpsValue x = mps_is_tuple(p) ? MPS_TUPLE(p)->items[i] : p;
        const uint8_t *d;
        size_t n;
        if (bm_arg(t, x, &d, &n, NULL) < 0) return MPS_NULL;
        if (st > len || en - st < (int64_t)n) continue;
        if (memcmp(BD(SELF) + (end ? en - (int64_t)n : st), d, n) == 0) return MPS_TRUE;
    }
    return MPS_FALSE;
}

static MpsValue bm_startswith(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_affix(t, argc, argv, kw, false); }
static MpsValue bm_endswith(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_affix(t, argc, argv, kw, true); }

static bool bm_space(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }

static MpsValue bm_split(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"sep", "maxsplit"};
    MpsValue a[2];
    if (mps_args(t, "split", argc - 1, argv + 1, kw, names, 0, 2, a) < 0) return MPS_NULL;
    int64_t max = -1;
    if (a[1] && mps_index(t, a[1], &max) < 0) return MPS_NULL;
    if (max < 0) max = INT64_MAX;
    const uint8_t *d = BD(SELF);
    size_t n = BN(SELF), i = 0;
    MpsValue list = mps_list_new(t, 0);
    if (!list) return MPS_NULL;
    if (!a[0] || a[0] == MPS_NONE) {
        while (i < n) {
            while (i < n && bm_space(d[i])) i++;
            if (i >= n) break;
            size_t st = i;
            if (max-- == 0) {
                size_t e = n;
                while (e > i && bm_space(d[e - 1])) e--;
                i = e;
            } else
                while (i < n && !bm_space(d[i])) i++;
            if (mps_list_append(t, list, bm_like(t, SELF, d + st, i - st)) < 0) return MPS_NULL;
        }
        return list;
    }
    const uint8_t *s;
    size_t sn;
    if (bm_arg(t, a[0], &s, &sn, NULL) < 0) return MPS_NULL;
    if (sn == 0) return MPS_RAISE(t, ValueError, "empty separator");
    for (;;) {
        int64_t f = max-- == 0 ? -1 : bm_find(d + i, n - i, s, sn, false);
        if (f < 0) { if (mps_list_append(t, list, bm_like(t, SELF, d + i, n - i)) < 0) return MPS_NULL; break; }
        if (mps_list_append(t, list, bm_like(t, SELF, d + i, (size_t)f)) < 0) return MPS_NULL;
        i += (size_t)f + sn;
    }
    return list;
}

static MpsValue bm_join(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "join", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue list = mps_sequence_to_list(t, argv[1]);
    if (!list) return MPS_NULL;
    MpsBuf b;
    mps_buf_init(&b);
    MpsList *l = MPS_LIST(list);
    for (size_t i = 0; i < l->len; i++) {
        if (!bm_is_bytes(l->items[i])) {
            mps_buf_free(&b);
            return MPS_RAISE(t, TypeError, "sequence item %zu: expected a bytes-like object, %T found", i, l->items[i]);
        }
        if (i) mps_buf_add(&b, (const char *)BD(SELF), BN(SELF));
        mps_buf_add(&b, (const char *)BD(l->items[i]), BN(l->items[i]));
    }
    MpsValue r = bm_like(t, SELF, b.data ? b.data : "", b.len);
    mps_buf_free(&b);
    return r;
}

static MpsValue bm_strip_impl(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int how)
{
    if (mps_args_count(t, "strip", argc - 1, kw, 0, 1) < 0) return MPS_NULL;
    const uint8_t *cs = NULL;
    size_t cn = 0;
    if (argc > 1 && argv[1] != MPS_NONE && bm_arg(t, argv[1], &cs, &cn, NULL) < 0) return MPS_NULL;
    const uint8_t *d = BD(SELF);
    size_t b = 0, e = BN(SELF);
#define BM_IN(c) (cs ? memchr(cs, (c), cn) != NULL : bm_space(c))
    if (how & 1) while (b < e && BM_IN(d[b])) b++;
    if (how & 2) while (e > b && BM_IN(d[e - 1])) e--;
#undef BM_IN
    return bm_like(t, SELF, d + b, e - b);
}

static MpsValue bm_strip(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_strip_impl(t, argc, argv, kw, 3); }
static MpsValue bm_lstrip(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_strip_impl(t, argc, argv, kw, 1); }
static MpsValue bm_rstrip(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_strip_impl(t, argc, argv, kw, 2); }

static MpsValue bm_replace(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "replace", argc - 1, kw, 2, 3) < 0) return MPS_NULL;
    const uint8_t *o, *nw;
    size_t on, nn;
    if (bm_arg(t, argv[1], &o, &on, NULL) < 0 || bm_arg(t, argv[2], &nw, &nn, NULL) < 0) return MPS_NULL;
    int64_t count = -1;
    if (argc > 3 && mps_index(t, argv[3], &count) < 0) return MPS_NULL;
    if (count < 0) count = INT64_MAX;
    const uint8_t *d = BD(SELF);
    size_t n = BN(SELF), i = 0;
    MpsBuf b;
    mps_buf_init(&b);
    if (on == 0) {
        while (count-- > 0) {
            mps_buf_add(&b, (const char *)nw, nn);
            if (i >= n) break;
            mps_buf_addc(&b, (char)d[i++]);
        }
    } else
        while (count-- > 0) {
            int64_t f = bm_find(d + i, n - i, o, on, false);
            if (f < 0) break;
            mps_buf_add(&b, (const char *)d + i, (size_t)f);
            mps_buf_add(&b, (const char *)nw, nn);
            i += (size_t)f + on;
        }
    if (i < n) mps_buf_add(&b, (const char *)d + i, n - i);
    MpsValue r = bm_like(t, SELF, b.data ? b.data : "", b.len);
    mps_buf_free(&b);
    return r;
}

/* 0 upper 1 lower */
static MpsValue bm_case(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int mode)
{
    if (mps_args_count(t, mode ? "lower" : "upper", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    MpsValue r = bm_like(t, SELF, BD(SELF), BN(SELF));
    if (!r) return MPS_NULL;
    uint8_t *d = BD(r);
    for (size_t i = 0; i < BN(r); i++) {
        if (mode == 0 && d[i] >= 'a' && d[i] <= 'z') d[i] -= 32;
        if (mode == 1 && d[i] >= 'A' && d[i] <= 'Z') d[i] += 32;
    }
    return r;
}

static MpsValue bm_upper(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_case(t, argc, argv, kw, 0); }
static MpsValue bm_lower(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_case(t, argc, argv, kw, 1); }

/* 0 digit 1 alpha 2 alnum 3 space 4 upper 5 lower */
static MpsValue bm_is(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int kind)
{
    if (mps_args_count(t, "is", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    const uint8_t *d = BD(SELF);
    size_t n = BN(SELF);
    if (n == 0) return MPS_FALSE;
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        bool dg = c >= '0' && c <= '9', up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        switch (kind) {
        case 0: if (!dg) return MPS_FALSE; break;
        case 1: if (!up && !lo) return MPS_FALSE; break;
        case 2: if (!up && !lo && !dg) return MPS_FALSE; break;
        case 3: if (!bm_space(c)) return MPS_FALSE; break;
        case 4: if (lo) return MPS_FALSE; cased |= up; break;
        case 5: if (up) return MPS_FALSE; cased |= lo; break;
        }
    }
    return kind >= 4 ? mps_bool(cased) : MPS_TRUE;
}

#define BM_IS(name, k) \
    static MpsValue bm_##name(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_is(t, argc, argv, kw, k); }
BM_IS(isdigit, 0) BM_IS(isalpha, 1) BM_IS(isalnum, 2) BM_IS(isspace, 3) BM_IS(isupper, 4) BM_IS(islower, 5)

static MpsValue bm_splitlines(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"keepends"};
    MpsValue a[1];
    if (mps_args(t, "splitlines", argc - 1, argv + 1, kw, names, 0, 1, a) < 0) return MPS_NULL;
    int keep = a[0] ? mps_truthy(t, a[0]) : 0;
    const uint8_t *d = BD(SELF);
    size_t n = BN(SELF), st = 0, i = 0;
    MpsValue list = mps_list_new(t, 0);
    if (!list) return MPS_NULL;
    while (i < n) {
        if (d[i] == '\n' || d[i] == '\r') {
            size_t e = i + 1;
            if (d[i] == '\r' && e < n && d[e] == '\n') e++;
            if (mps_list_append(t, list, bm_like(t, SELF, d + st, (keep ? e : i) - st)) < 0) return MPS_NULL;
            st = i = e;
        } else i++;
    }
    if (st < n && mps_list_append(t, list, bm_like(t, SELF, d + st, n - st)) < 0) return MPS_NULL;
    return list;
}

static MpsValue bm_partition_impl(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool right)
{
    if (mps_args_count(t, right ? "rpartition" : "partition", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    const uint8_t *s;
    size_t sn;
    if (bm_arg(t, argv[1], &s, &sn, NULL) < 0) return MPS_NULL;
    if (sn == 0) return MPS_RAISE(t, ValueError, "empty separator");
    const uint8_t *d = BD(SELF);
    size_t n = BN(SELF);
    int64_t f = bm_find(d, n, s, sn, right);
    MpsValue r = mps_tuple_new(t, 3);
    if (!r) return MPS_NULL;
    MpsValue *it = MPS_TUPLE(r)->items;
    if (f < 0) {
        it[right ? 2 : 0] = bm_like(t, SELF, d, n);
        it[1] = bm_like(t, SELF, "", 0);
        it[right ? 0 : 2] = bm_like(t, SELF, "", 0);
    } else {
        it[0] = bm_like(t, SELF, d, (size_t)f);
        it[1] = bm_like(t, SELF, s, sn);
        it[2] = bm_like(t, SELF, d + f + sn, n - (size_t)f - sn);
    }
    if (!it[0] || !it[1] || !it[2]) return MPS_NULL;
    return r;
}

static MpsValue bm_partition(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_partition_impl(t, argc, argv, kw, false); }
static MpsValue bm_rpartition(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return bm_partition_impl(t, argc, argv, kw, true); }

/* ---------------------------------------------------------------- bytearray mutation */

/* a byte value argument: an int in range(0, 256). 0 ok, -1 raised */
static int bm_byte_arg(MpsThread *t, MpsValue v, int64_t *out)
{
    if (mps_index(t, v, out) < 0) return -1;
    if (*out < 0 || *out > 255) { MPS_RAISE(t, ValueError, "byte must be in range(0, 256)"); return -1; }
    return 0;
}

static MpsValue bm_append(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "append", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    int64_t i;
    if (bm_byte_arg(t, argv[1], &i) < 0) return MPS_NULL;
    MpsBytes *b = MPS_BYTES(SELF);
    if (mps_bytearray_reserve(t, SELF, b->size + 1) < 0) return MPS_NULL;
    b->data[b->size++] = (uint8_t)i;
    return MPS_NONE;
}

static MpsValue bm_extend(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "extend", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue src = argv[1];
    if (!bm_is_bytes(src)) {
        MpsValue bc = mps_from_obj(MPS_TYPE(t, BYTES));
        src = mps_call1(t, bc, src);
        if (!src) return MPS_NULL;
    }
    MpsBytes *b = MPS_BYTES(SELF);
    size_t n = BN(src);
    if (mps_bytearray_reserve(t, SELF, b->size + n) < 0) return MPS_NULL;
    memmove(b->data + b->size, BD(src), n);
    b->size += n;
    return MPS_NONE;
}

static MpsValue bm_pop(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "pop", argc - 1, kw, 0, 1) < 0) return MPS_NULL;
    MpsBytes *b = MPS_BYTES(SELF);
    int64_t i = -1;
    if (argc > 1 && mps_index(t, argv[1], &i) < 0) return MPS_NULL;
    if (b->size == 0) return MPS_RAISE(t, IndexError, "pop from empty bytearray");
    if (i < 0) i += (int64_t)b->size;
    if (i < 0 || i >= (int64_t)b->size) return MPS_RAISE(t, IndexError, "pop index out of range");
    uint8_t v = b->data[i];
    memmove(b->data + i, b->data + i + 1, b->size - (size_t)i - 1);
    b->size--;
    return mps_from_small(v);
}

static MpsValue bm_insert(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "insert", argc - 1, kw, 2, 2) < 0) return MPS_NULL;
    int64_t i, x;
    if (mps_index(t, argv[1], &i) < 0 || bm_byte_arg(t, argv[2], &x) < 0) return MPS_NULL;
    MpsBytes *b = MPS_BYTES(SELF);
    int64_t n = (int64_t)b->size;
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    if (mps_bytearray_reserve(t, SELF, b->size + 1) < 0) return MPS_NULL;
    memmove(b->data + i + 1, b->data + i, (size_t)(n - i));
    b->data[i] = (uint8_t)x;
    b->size++;
    return MPS_NONE;
}

static MpsValue bm_remove(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "remove", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    int64_t x;
    if (bm_byte_arg(t, argv[1], &x) < 0) return MPS_NULL;
    MpsBytes *b = MPS_BYTES(SELF);
    uint8_t *p = memchr(b->data, (int)x, b->size);
    if (!p) return MPS_RAISE(t, ValueError, "value not found in bytearray");
    memmove(p, p + 1, b->size - (size_t)(p - b->data) - 1);
    b->size--;
    return MPS_NONE;
}

static MpsValue bm_reverse(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "reverse", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    MpsBytes *b = MPS_BYTES(SELF);
    for (size_t i = 0, j = b->size; i + 1 < j; i++, j--) {
        uint8_t c = b->data[i]; b->data[i] = b->data[j - 1]; b->data[j - 1] = c;
    }
    return MPS_NONE;
}

static MpsValue bm_clear(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "clear", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    MPS_BYTES(SELF)->size = 0;
    return MPS_NONE;
}

static MpsValue bm_copy(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "copy", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    return mps_bytearray_new(t, BD(SELF), BN(SELF));
}

static const MpsMethodDef bm_methods[] = {
    {"decode", bm_decode}, {"hex", bm_hex}, {"find", bm_find_m}, {"rfind", bm_rfind_m},
    {"index", bm_index_m}, {"rindex", bm_rindex_m}, {"count", bm_count_m},
    {"startswith", bm_startswith}, {"endswith", bm_endswith}, {"split", bm_split},
    {"join", bm_join}, {"strip", bm_strip}, {"lstrip", bm_lstrip}, {"rstrip", bm_rstrip},
    {"replace", bm_replace}, {"upper", bm_upper}, {"lower", bm_lower},
    {"isdigit", bm_isdigit}, {"isalpha", bm_isalpha}, {"isalnum", bm_isalnum},
    {"isspace", bm_isspace}, {"isupper", bm_isupper}, {"islower", bm_islower},
    {"splitlines", bm_splitlines}, {"partition", bm_partition}, {"rpartition", bm_rpartition},
    {NULL, NULL}
};

static const MpsMethodDef bm_array_methods[] = {
    {"append", bm_append}, {"extend", bm_extend}, {"pop", bm_pop}, {"clear", bm_clear},
    {"copy", bm_copy}, {"insert", bm_insert}, {"remove", bm_remove}, {"reverse", bm_reverse},
    {NULL, NULL}
};

void mpsl_bytes_init(MpsThread *t)
{
    MpsClass *b = MPS_TYPE(t, BYTES), *ba = MPS_TYPE(t, BYTEARRAY);
    mps_class_add_methods(t, b, bm_methods);
    if (ba) {
        mps_class_add_methods(t, ba, bm_methods);
        mps_class_add_methods(t, ba, bm_array_methods);
    }
    /* fromhex is a classmethod: receives the class first */
    mpsl_class_wrapped(t, b, "fromhex", bm_fromhex, MPS_K_CLASSMETHOD);
    if (ba) mpsl_class_wrapped(t, ba, "fromhex", bm_fromhex, MPS_K_CLASSMETHOD);
}
