/* str_methods.c — methods of str. Strings are UTF-8 with a code-point
 * length; searching works on bytes (UTF-8 is self-synchronising) and
 * converts offsets to code-point indices at the edges. Prefix sm_. */
#include "lib.h"
#include <wctype.h>

#define SELF argv[0]

/* ---------------------------------------------------------------- helpers */

static size_t sm_cp_count(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static MpsValue sm_new(MpsThread *t, const char *s, size_t n) { return mps_str_new(t, s, n); }

static bool sm_space(uint32_t c) { return mps_unicode_space(c); }

static bool sm_linebreak(uint32_t c)
{
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D ||
           c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
}

static uint32_t sm_upper(MpsThread *t, uint32_t c)
{
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return MPSL(t)->ctype ? (uint32_t)towupper_l((wint_t)c, MPSL(t)->ctype) : c;
}

static uint32_t sm_lower(MpsThread *t, uint32_t c)
{
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return MPSL(t)->ctype ? (uint32_t)towlower_l((wint_t)c, MPSL(t)->ctype) : c;
}

/* cased letters by the locale's classes (so 'ß', which has no one-letter
 * upper case, is lower case), by the case mappings without a locale */
static bool sm_isupper(MpsThread *t, uint32_t c)
{
    if (c >= 0x80 && MPSL(t)->ctype) return iswupper_l((wint_t)c, MPSL(t)->ctype);
    return sm_lower(t, c) != c;
}
static bool sm_islower(MpsThread *t, uint32_t c)
{
    if (c >= 0x80 && MPSL(t)->ctype) return iswlower_l((wint_t)c, MPSL(t)->ctype);
    return sm_upper(t, c) != c;
}
static bool sm_isalpha(MpsThread *t, uint32_t c)
{
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
    return MPSL(t)->ctype && iswalpha_l((wint_t)c, MPSL(t)->ctype);
}
/* decimal digits (Unicode Nd): ASCII and the common blocks */
static bool sm_isdecimal(uint32_t c) { return mps_unicode_decimal(c) >= 0; }

/* digits: decimal ones and superscripts, subscripts, circled digits */
static bool sm_isdigit(uint32_t c)
{
    if (sm_isdecimal(c)) return true;
    return c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ||
           (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468) || (c >= 0x2474 && c <= 0x247C) ||
           (c >= 0x2488 && c <= 0x2490) || c == 0x24EA || (c >= 0x24F5 && c <= 0x24FD) || c == 0x24FF ||
           (c >= 0x2776 && c <= 0x277E) || (c >= 0x2780 && c <= 0x2788) || (c >= 0x278A && c <= 0x2792);
}

/* numeric: digits, vulgar fractions, Roman numerals, CJK and other numerals */
static bool sm_isnumeric(uint32_t c)
{
    if (sm_isdigit(c)) return true;
    if ((c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x2182) || (c >= 0x2185 && c <= 0x2189) ||
        (c >= 0x2469 && c <= 0x2473) || (c >= 0x247D && c <= 0x2487) || (c >= 0x2491 && c <= 0x249B) ||
        (c >= 0x24EB && c <= 0x24F4) || c == 0x24FE || c == 0x277F || c == 0x2789 || c == 0x2793 ||
        (c >= 0x3021 && c <= 0x3029) || c == 0x3007 || (c >= 0x3038 && c <= 0x303A))
        return true;
    /* the CJK numerals 一二三四五六七八九十百千万億 and 〇 */
    static const uint32_t cjk[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
                                   0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x5104, 0x96F6};
    for (size_t i = 0; i < sizeof cjk / sizeof cjk[0]; i++) if (c == cjk[i]) return true;
    return false;
}

/* CPython's start/end clamping for find & co; returns byte offsets */
static int sm_range(MpsThread *t, MpsValue s, MpsValue a, MpsValue b, size_t *bs, size_t *be,
                    int64_t *cs, int64_t *ce)
{
    int64_t len = (int64_t)mps_str_len(s), st = 0, en = len;
    if (a && a != MPS_NONE && mps_index(t, a, &st) < 0) return -1;
    if (b && b != MPS_NONE && mps_index(t, b, &en) < 0) return -1;
    if (en > len) en = len;
    else if (en < 0) { en += len; if (en < 0) en = 0; }
    if (st < 0) { st += len; if (st < 0) st = 0; }
    *cs = st;
    *ce = en;
    if (st > len) { *bs = *be = mps_str_size(s); return 0; }
    *bs = mps_str_offset(s, (size_t)st);
    *be = en < st ? *bs : mps_str_offset(s, (size_t)en);
    return 0;
}

static int64_t sm_find_bytes(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn == 0) return 0;
    if (nn > hn) return -1;
    const char *p = memmem(h, hn, n, nn);
    return p ? p - h : -1;
}

static int64_t sm_rfind_bytes(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn > hn) return -1;
    for (size_t i = hn - nn + 1; i-- > 0; )
        if (memcmp(h + i, n, nn) == 0) return (int64_t)i;
    return -1;
}

/* ---------------------------------------------------------------- find family */

/* kind: 0 find, 1 rfind, 2 index, 3 rindex, 4 count */
static MpsValue sm_search(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int kind)
{
    static const char *const fn[] = {"find", "rfind", "index", "rindex", "count"};
    if (mps_args_count(t, fn[kind], argc - 1, kw, 1, 3) < 0) return MPS_NULL;
    MpsValue s = SELF, sub = argv[1];
    if (!mps_is_str(sub))
        return MPS_RAISE(t, TypeError, "must be str, not %T", sub);
    size_t bs, be;
    int64_t cs, ce;
    if (sm_range(t, s, argc > 2 ? argv[2] : MPS_NULL, argc > 3 ? argv[3] : MPS_NULL, &bs, &be, &cs, &ce) < 0)
        return MPS_NULL;
    const char *d = mps_str_data(s), *n = mps_str_data(sub);
    size_t nn = mps_str_size(sub);
    if (kind == 4) {
        if (cs > (int64_t)mps_str_len(s)) return mps_from_small(0);
        if (nn == 0) return mps_from_small(ce >= cs ? ce - cs + 1 : 0);
        int64_t c = 0;
        size_t i = bs;
        while (i + nn <= be) {
            int64_t f = sm_find_bytes(d + i, be - i, n, nn);
            if (f < 0) break;
            c++;
            i += (size_t)f + nn;
        }
        return mps_from_small(c);
    }
    int64_t r = -1;
    if (cs <= (int64_t)mps_str_len(s) && !(ce < cs)) {
        int64_t f = (kind & 1) ? sm_rfind_bytes(d + bs, be - bs, n, nn) : sm_find_bytes(d + bs, be - bs, n, nn);
        if (f >= 0) r = (int64_t)sm_cp_count(d, bs + (size_t)f);
    }
    if (r < 0 && kind >= 2) return MPS_RAISE(t, ValueError, "substring not found");
    return mps_from_small(r);
}

static MpsValue sm_find(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_search(t, argc, argv, kw, 0); }
static MpsValue sm_rfind(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_search(t, argc, argv, kw, 1); }
static MpsValue sm_index(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_search(t, argc, argv, kw, 2); }
static MpsValue sm_rindex(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_search(t, argc, argv, kw, 3); }
static MpsValue sm_count(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_search(t, argc, argv, kw, 4); }

static MpsValue sm_affix(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool end)
{
    const char *fn = end ? "endswith" : "startswith";
    if (mps_args_count(t, fn, argc - 1, kw, 1, 3) < 0) return MPS_NULL;
    MpsValue s = SELF, p = argv[1];
    size_t bs, be;
    int64_t cs, ce;
    if (sm_range(t, s, argc > 2 ? argv[2] : MPS_NULL, argc > 3 ? argv[3] : MPS_NULL, &bs, &be, &cs, &ce) < 0)
        return MPS_NULL;
    size_t np = mps_is_tuple(p) ? MPS_TUPLE(p)->len : 1;
    for (size_t i = 0; i < np; i++) {
        MpsValue x = mps_is_tuple(p) ? MPS_TUPLE(p)->items[i] : p;
        if (!mps_is_str(x)) {
            if (mps_is_tuple(p))
                return MPS_RAISE(t, TypeError, "tuple for %s must only contain str, not %T", fn, x);
            return MPS_RAISE(t, TypeError, "%s first arg must be str or a tuple of str, not %T", fn, x);
        }
        if (cs > (int64_t)mps_str_len(s) || ce < cs) continue;
        size_t n = mps_str_size(x);
        if (n > be - bs) continue;
        const char *d = mps_str_data(s) + (end ? be - n : bs);
        if (memcmp(d, mps_str_data(x), n) == 0) return MPS_TRUE;
    }
    return MPS_FALSE;
}

static MpsValue sm_startswith(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_affix(t, argc, argv, kw, false); }
static MpsValue sm_endswith(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_affix(t, argc, argv, kw, true); }

/* ---------------------------------------------------------------- split / join */

static MpsValue sm_split_impl(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool right)
{
    static const char *const names[] = {"sep", "maxsplit"};
    MpsValue a[2];
    if (mps_args(t, right ? "rsplit" : "split", argc - 1, argv + 1, kw, names, 0, 2, a) < 0) return MPS_NULL;
    int64_t max = -1;
    if (a[1] && mps_index(t, a[1], &max) < 0) return MPS_NULL;
    if (max < 0) max = INT64_MAX;
    MpsValue s = SELF;
    const char *d = mps_str_data(s);
    size_t n = mps_str_size(s);
    MpsValue list = mps_list_new(t, 0);
    if (!list) return MPS_NULL;
    if (!a[0] || a[0] == MPS_NONE) {
        /* whitespace runs; leading/trailing ignored */
        if (!right) {
            size_t i = 0;
            while (i < n) {
                const char *p = d + i;
                while (i < n) { p = d + i; const char *q = p; if (!sm_space(mpsl_utf8_next(&q))) break; i = (size_t)(q - d); }
                if (i >= n) break;
                if (max-- == 0) {   /* the rest, as it is */
                    if (mps_list_append(t, list, sm_new(t, d + i, n - i)) < 0) return MPS_NULL;
                    break;
                }
                size_t st = i;
                while (i < n) { const char *q = d + i; if (sm_space(mpsl_utf8_next(&q))) break; i = (size_t)(q - d); }
                if (mps_list_append(t, list, sm_new(t, d + st, i - st)) < 0) return MPS_NULL;
            }
        } else {
            size_t e = n;
            while (e > 0) {
                /* skip trailing space */
                while (e > 0) { size_t k = e - 1; while (k > 0 && ((unsigned char)d[k] & 0xC0) == 0x80) k--;
                    const char *q = d + k; if (!sm_space(mpsl_utf8_next(&q))) break; e = k; }
                if (e == 0) break;
                if (max-- == 0) {   /* the rest, as it is */
                    if (mps_list_append(t, list, sm_new(t, d, e)) < 0) return MPS_NULL;
                    break;
                }
                size_t b = e;
                while (b > 0) { size_t k = b - 1; while (k > 0 && ((unsigned char)d[k] & 0xC0) == 0x80) k--;
                    const char *q = d + k; if (sm_space(mpsl_utf8_next(&q))) break; b = k; }
                if (mps_list_append(t, list, sm_new(t, d + b, e - b)) < 0) return MPS_NULL;
                e = b;
            }
            MpsList *l = MPS_LIST(list);
            for (size_t i = 0; i < l->len / 2; i++) {
                MpsValue x = l->items[i]; l->items[i] = l->items[l->len - 1 - i]; l->items[l->len - 1 - i] = x;
            }
        }
        return list;
    }
    if (!mps_is_str(a[0])) return MPS_RAISE(t, TypeError, "must be str or None, not %T", a[0]);
    const char *sep = mps_str_data(a[0]);
    size_t sn = mps_str_size(a[0]);
    if (sn == 0) return MPS_RAISE(t, ValueError, "empty separator");
    if (!right) {
        size_t i = 0;
        for (;;) {
            int64_t f = max-- == 0 ? -1 : sm_find_bytes(d + i, n - i, sep, sn);
            if (f < 0) { if (mps_list_append(t, list, sm_new(t, d + i, n - i)) < 0) return MPS_NULL; break; }
            if (mps_list_append(t, list, sm_new(t, d + i, (size_t)f)) < 0) return MPS_NULL;
            i += (size_t)f + sn;
        }
    } else {
        size_t e = n;
        for (;;) {
            int64_t f = max-- == 0 ? -1 : sm_rfind_bytes(d, e, sep, sn);
            if (f < 0) { if (mps_list_append(t, list, sm_new(t, d, e)) < 0) return MPS_NULL; break; }
            if (mps_list_append(t, list, sm_new(t, d + f + sn, e - (size_t)f - sn)) < 0) return MPS_NULL;
            e = (size_t)f;
        }
        MpsList *l = MPS_LIST(list);
        for (size_t i = 0; i < l->len / 2; i++) {
            MpsValue x = l->items[i]; l->items[i] = l->items[l->len - 1 - i]; l->items[l->len - 1 - i] = x;
        }
    }
    return list;
}

static MpsValue sm_split(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_split_impl(t, argc, argv, kw, false); }
static MpsValue sm_rsplit(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_split_impl(t, argc, argv, kw, true); }

MpsValue mps_str_alloc(MpsThread *t, size_t size, size_t len, bool ascii);   /* vm/str.c */

static MpsValue sm_join(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "join", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue seq = argv[1];
    MpsValue *items;
    int64_t n = mps_seq_items(seq, &items);
    MpsValue tmp = MPS_NULL;
    if (n < 0) {
        /* a TypeError from iter() gets CPython's wording; errors while
         * iterating pass through */
        MpsValue it = mps_iter(t, seq);
        if (!it) {
            if (mps_exc_matches(t, MPS_EXCCLS(t, TypeError))) {
                mps_exc_clear(t);
                MPS_RAISE(t, TypeError, "can only join an iterable");
            }
            return MPS_NULL;
        }
        MPS_ROOT(t, it);
        tmp = mps_sequence_to_list(t, it);
        MPS_UNROOT(t, 1);
        if (!tmp) return MPS_NULL;
        n = mps_seq_items(tmp, &items);
    }
    /* one pass for the exact size, length and ASCII-ness, then one
     * allocation: no growing buffer, no second scan for code points */
    size_t size = n > 1 ? (size_t)(n - 1) * mps_str_size(SELF) : 0;
    size_t len = n > 1 ? (size_t)(n - 1) * mps_str_len(SELF) : 0;
    unsigned ascii = n > 1 ? MPS_STR(SELF)->hdr.flags : MPS_STR_ASCII;
    for (int64_t i = 0; i < n; i++) {
        if (!mps_is_str(items[i]))
            return MPS_RAISE(t, TypeError, "sequence item %lld: expected str instance, %T found", (long long)i, items[i]);
        size += mps_str_size(items[i]);
        len += mps_str_len(items[i]);
        ascii &= MPS_STR(items[i])->hdr.flags;
    }
    (void)tmp;
    if (n == 1 && mps_obj(items[0])->cls == MPS_TYPE(t, STR)) return items[0];
    if (size == 0) return sm_new(t, "", 0);
    MpsValue r = mps_str_alloc(t, size, len, (ascii & MPS_STR_ASCII) != 0);
    if (!r) return r;
    char *d = mps_str_data(r);
    const char *sep = mps_str_data(SELF);
    size_t sepn = mps_str_size(SELF);
    for (int64_t i = 0; i < n; i++) {
        if (i && sepn) { memcpy(d, sep, sepn); d += sepn; }
        memcpy(d, mps_str_data(items[i]), mps_str_size(items[i]));
        d += mps_str_size(items[i]);
    }
    return r;
}

static MpsValue sm_splitlines(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"keepends"};
    MpsValue a[1];
    if (mps_args(t, "splitlines", argc - 1, argv + 1, kw, names, 0, 1, a) < 0) return MPS_NULL;
    int keep = a[0] ? mps_truthy(t, a[0]) : 0;
    if (keep < 0) return MPS_NULL;
    const char *d = mps_str_data(SELF), *p = d, *end = d + mps_str_size(SELF);
    MpsValue list = mps_list_new(t, 0);
    if (!list) return MPS_NULL;
    const char *st = d;
    while (p < end) {
        const char *q = p;
        uint32_t c = mpsl_utf8_next(&q);
        if (sm_linebreak(c)) {
            const char *e = q;
            if (c == '\r' && e < end && *e == '\n') e++;
            if (mps_list_append(t, list, sm_new(t, st, (size_t)((keep ? e : p) - st))) < 0) return MPS_NULL;
            st = p = e;
        } else p = q;
    }
    if (st < end && mps_list_append(t, list, sm_new(t, st, (size_t)(end - st))) < 0) return MPS_NULL;
    return list;
}

static MpsValue sm_partition_impl(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool right)
{
    if (mps_args_count(t, right ? "rpartition" : "partition", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue sep = argv[1];
    if (!mps_is_str(sep)) return MPS_RAISE(t, TypeError, "must be str, not %T", sep);
    if (mps_str_size(sep) == 0) return MPS_RAISE(t, ValueError, "empty separator");
    const char *d = mps_str_data(SELF);
    size_t n = mps_str_size(SELF), sn = mps_str_size(sep);
    int64_t f = right ? sm_rfind_bytes(d, n, mps_str_data(sep), sn) : sm_find_bytes(d, n, mps_str_data(sep), sn);
    MpsValue e = sm_new(t, "", 0);
    if (!e) return MPS_NULL;
    if (f < 0) return right ? mps_tuple_pack(t, 3, e, e, SELF) : mps_tuple_pack(t, 3, SELF, e, e);
    MpsValue r = mps_tuple_new(t, 3);
    if (!r) return MPS_NULL;
    MPS_TUPLE(r)->items[0] = sm_new(t, d, (size_t)f);
    MPS_TUPLE(r)->items[1] = sep;
    MPS_TUPLE(r)->items[2] = sm_new(t, d + f + sn, n - (size_t)f - sn);
    if (!MPS_TUPLE(r)->items[0] || !MPS_TUPLE(r)->items[2]) return MPS_NULL;
    return r;
}

static MpsValue sm_partition(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_partition_impl(t, argc, argv, kw, false); }
static MpsValue sm_rpartition(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_partition_impl(t, argc, argv, kw, true); }

/* ---------------------------------------------------------------- strip / replace */

static bool sm_in_chars(MpsValue chars, uint32_t c)
{
    if (!chars) return sm_space(c);
    const char *p = mps_str_data(chars), *e = p + mps_str_size(chars);
    while (p < e) if (mpsl_utf8_next(&p) == c) return true;
    return false;
}

/* how: 1 left, 2 right, 3 both */
static MpsValue sm_strip_impl(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int how)
{
    static const char *const fn[] = {"", "lstrip", "rstrip", "strip"};
    if (mps_args_count(t, fn[how], argc - 1, kw, 0, 1) < 0) return MPS_NULL;
    MpsValue chars = argc > 1 && argv[1] != MPS_NONE ? argv[1] : MPS_NULL;
    if (chars && !mps_is_str(chars))
        return MPS_RAISE(t, TypeError, "%s arg must be None or str", fn[how]);
    const char *d = mps_str_data(SELF);
    size_t b = 0, e = mps_str_size(SELF);
    if (how & 1)
        while (b < e) { const char *q = d + b; if (!sm_in_chars(chars, mpsl_utf8_next(&q))) break; b = (size_t)(q - d); }
    if (how & 2)
        while (e > b) {
            size_t k = e - 1;
            while (k > b && ((unsigned char)d[k] & 0xC0) == 0x80) k--;
            const char *q = d + k;
            if (!sm_in_chars(chars, mpsl_utf8_next(&q))) break;
            e = k;
        }
    if (b == 0 && e == mps_str_size(SELF)) return SELF;
    return sm_new(t, d + b, e - b);
}

static MpsValue sm_strip(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_strip_impl(t, argc, argv, kw, 3); }
static MpsValue sm_lstrip(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_strip_impl(t, argc, argv, kw, 1); }
static MpsValue sm_rstrip(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_strip_impl(t, argc, argv, kw, 2); }

static MpsValue sm_replace(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"old", "new", "count"};
    MpsValue a[3];
    if (mps_args(t, "replace", argc - 1, argv + 1, kw, names, 2, 3, a) < 0) return MPS_NULL;
    if (!mps_is_str(a[0])) return MPS_RAISE(t, TypeError, "replace() argument 1 must be str, not %T", a[0]);
    if (!mps_is_str(a[1])) return MPS_RAISE(t, TypeError, "replace() argument 2 must be str, not %T", a[1]);
    int64_t count = -1;
    if (a[2] && mps_index(t, a[2], &count) < 0) return MPS_NULL;
    if (count < 0) count = INT64_MAX;
    const char *d = mps_str_data(SELF), *o = mps_str_data(a[0]), *nw = mps_str_data(a[1]);
    size_t n = mps_str_size(SELF), on = mps_str_size(a[0]), nn = mps_str_size(a[1]);
    MpsBuf b;
    mps_buf_init(&b);
    size_t i = 0;
    if (on == 0) {
        /* insert between code points */
        while (count-- > 0) {
            mps_buf_add(&b, nw, nn);
            if (i >= n) break;
            const char *q = d + i;
            mpsl_utf8_next(&q);
            mps_buf_add(&b, d + i, (size_t)(q - d) - i);
            i = (size_t)(q - d);
        }
        mps_buf_add(&b, d + i, n - i);
        return mps_buf_to_str(t, &b);
    }
    while (count > 0) {
        int64_t f = sm_find_bytes(d + i, n - i, o, on);
        if (f < 0) break;
        mps_buf_add(&b, d + i, (size_t)f);
        mps_buf_add(&b, nw, nn);
        i += (size_t)f + on;
        count--;
    }
    if (i == 0) { mps_buf_free(&b); return SELF; }
    mps_buf_add(&b, d + i, n - i);
    return mps_buf_to_str(t, &b);
}

static MpsValue sm_removeaffix(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool suffix)
{
    if (mps_args_count(t, suffix ? "removesuffix" : "removeprefix", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue a = argv[1];
    if (!mps_is_str(a)) return MPS_RAISE(t, TypeError, "must be str, not %T", a);
    size_t n = mps_str_size(SELF), an = mps_str_size(a);
    const char *d = mps_str_data(SELF);
    if (an == 0 || an > n) return SELF;
    if (suffix) return memcmp(d + n - an, mps_str_data(a), an) ? SELF : sm_new(t, d, n - an);
    return memcmp(d, mps_str_data(a), an) ? SELF : sm_new(t, d + an, n - an);
}

static MpsValue sm_removeprefix(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_removeaffix(t, argc, argv, kw, false); }
static MpsValue sm_removesuffix(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_removeaffix(t, argc, argv, kw, true); }

/* ---------------------------------------------------------------- case */

/* Unicode's unconditional special casings (SpecialCasing.txt) that map one
 * character to several, for the characters a program meets: NULL = the
 * one-to-one mapping applies */
typedef struct { uint32_t c; const char *lower, *title, *upper, *fold; } SpecialCase;
static const SpecialCase sm_special[] = {
    {0x00DF, NULL, "Ss", "SS", "ss"},                   /* ß */
    {0x0130, "i\xcc\x87", NULL, NULL, "i\xcc\x87"},     /* İ */
    {0x0149, NULL, "\xca\xbcN", "\xca\xbcN", "\xca\xbcn"},  /* ŉ */
    {0x1E9E, NULL, NULL, NULL, "ss"},                   /* ẞ */
    {0xFB00, NULL, "Ff", "FF", "ff"}, {0xFB01, NULL, "Fi", "FI", "fi"},
    {0xFB02, NULL, "Fl", "FL", "fl"}, {0xFB03, NULL, "Ffi", "FFI", "ffi"},
    {0xFB04, NULL, "Ffl", "FFL", "ffl"}, {0xFB05, NULL, "St", "ST", "st"},
    {0xFB06, NULL, "St", "ST", "st"},
};

static const char *sm_special_case(uint32_t c, int how)   /* how: 0 upper 1 lower 2 title 3 fold */
{
    if (c < 0xDF) return NULL;
    for (size_t i = 0; i < sizeof sm_special / sizeof *sm_special; i++)
        if (sm_special[i].c == c)
            return how == 0 ? sm_special[i].upper : how == 1 ? sm_special[i].lower :
                   how == 2 ? sm_special[i].title : sm_special[i].fold;
    return NULL;
}

/* Σ lowers to final ς after a letter when no letter follows (Unicode's
 * Final_Sigma, with letters standing for "cased") */
static uint32_t sm_lower_sigma(MpsThread *t, uint32_t prev, const char *next, const char *e)
{
    if (!prev || !sm_isalpha(t, prev)) return 0x03C3;
    if (next < e && sm_isalpha(t, mpsl_utf8_next(&next))) return 0x03C3;
    return 0x03C2;
}

/* title case: the one-letter forms of the digraphs DŽ, LJ, NJ, DZ (ǅ ǈ ǋ ǲ)
 * differ from their upper case */
static uint32_t sm_titlecase(MpsThread *t, uint32_t c)
{
    if (c >= 0x01C4 && c <= 0x01CC) return 0x01C5 + (c - 0x01C4) / 3 * 3;
    if (c >= 0x01F1 && c <= 0x01F3) return 0x01F2;
    return sm_upper(t, c);
}

static bool sm_is_titlecase_digraph(uint32_t c)
{
    return c == 0x01C5 || c == 0x01C8 || c == 0x01CB || c == 0x01F2;
}

/* mode: 0 upper, 1 lower, 2 swapcase, 3 title, 4 capitalize, 5 casefold */
static MpsValue sm_case(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int mode)
{
    static const char *const fn[] = {"upper", "lower", "swapcase", "title", "capitalize", "casefold"};
    if (mps_args_count(t, fn[mode], argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    const char *p = mps_str_data(SELF), *e = p + mps_str_size(SELF);
    if (MPS_STR(SELF)->hdr.flags & MPS_STR_ASCII) {
        /* ASCII: one byte to one byte, no special casing */
        size_t n = (size_t)(e - p);
        MpsValue v = mps_str_alloc(t, n, n, true);
        if (!v) return MPS_NULL;
        char *q = MPS_STR(v)->data;
        bool prev = false;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)p[i];
            bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            bool to_up = mode == 0 || (mode == 2 && low) || ((mode == 3 || mode == 4) && !prev);
            if (mode == 4) prev = true;
            else if (mode == 3) prev = up || low;
            q[i] = (char)(to_up ? (low ? c - 32 : c) : (up ? c + 32 : c));
        }
        return v;
    }
    MpsBuf b;
    mps_buf_init(&b);
    bool prev_cased = false, first = true;
    uint32_t prevc = 0;
    while (p < e) {
        uint32_t c = mpsl_utf8_next(&p), r = c;
        int how = 1;                    /* the special casing that applies: 0 upper 1 lower 2 title 3 fold */
#define LO (c == 0x03A3 ? sm_lower_sigma(t, prevc, p, e) : sm_lower(t, c))
        switch (mode) {
        case 0: how = 0; r = sm_upper(t, c); break;
        case 1: how = 1; r = LO; break;
        case 2:
            how = sm_isupper(t, c) ? 1 : 0;
            r = sm_is_titlecase_digraph(c) ? c : how ? LO : sm_upper(t, c);
            break;
        case 3:
            how = prev_cased ? 1 : 2;
            r = prev_cased ? LO : sm_titlecase(t, c);
            prev_cased = sm_isupper(t, c) || sm_islower(t, c) || (sm_isalpha(t, c) && c >= 0x80);
            break;
        case 4: how = first ? 2 : 1; r = first ? sm_titlecase(t, c) : LO; break;
        case 5: how = 3; r = c == 0x03C2 ? 0x03C3 : sm_lower(t, c); break;
        }
#undef LO
        first = false;
        prevc = c;
        const char *sp = sm_special_case(c, how);
        if (sp) mps_buf_adds(&b, sp);
        else mps_buf_add_utf8(&b, r);
    }
    if (!b.data) return sm_new(t, "", 0);
    return mps_buf_to_str(t, &b);
}

static MpsValue sm_upper_m(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_case(t, argc, argv, kw, 0); }
static MpsValue sm_lower_m(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_case(t, argc, argv, kw, 1); }
static MpsValue sm_swapcase(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_case(t, argc, argv, kw, 2); }
static MpsValue sm_title(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_case(t, argc, argv, kw, 3); }
static MpsValue sm_capitalize(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_case(t, argc, argv, kw, 4); }

/* ---------------------------------------------------------------- predicates */

/* kind: 0 digit, 1 alpha, 2 alnum, 3 space, 4 upper, 5 lower, 6 decimal/numeric,
 * 7 identifier, 8 ascii, 9 printable, 10 title */
static MpsValue sm_is(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int kind)
{
    if (mps_args_count(t, "is", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    const char *p = mps_str_data(SELF), *e = p + mps_str_size(SELF);
    if (kind == 8) {
        for (; p < e; p++) if ((unsigned char)*p >= 0x80) return MPS_FALSE;
        return MPS_TRUE;
    }
    if (p == e) return mps_bool(kind == 9);
    bool cased = false, prev_cased = false, first = true;
    while (p < e) {
        uint32_t c = mpsl_utf8_next(&p);
        switch (kind) {
        case 0: if (!sm_isdigit(c)) return MPS_FALSE; break;
        case 6: if (!sm_isdecimal(c)) return MPS_FALSE; break;
        case 11: if (!sm_isnumeric(c)) return MPS_FALSE; break;
        case 1: if (!sm_isalpha(t, c)) return MPS_FALSE; break;
        case 2: if (!sm_isalpha(t, c) && !sm_isnumeric(c)) return MPS_FALSE; break;
        case 3: if (!sm_space(c)) return MPS_FALSE; break;
        case 4: if (sm_islower(t, c)) return MPS_FALSE; if (sm_isupper(t, c)) cased = true; break;
        case 5: if (sm_isupper(t, c)) return MPS_FALSE; if (sm_islower(t, c)) cased = true; break;
        case 7:
            if (!(c == '_' || sm_isalpha(t, c) || (!first && sm_isdigit(c)))) return MPS_FALSE;
            break;
        case 9:
            if (!mps_unicode_printable(c)) return MPS_FALSE;
            break;
        case 10:
            if (sm_isupper(t, c)) { if (prev_cased) return MPS_FALSE; prev_cased = cased = true; }
            else if (sm_islower(t, c)) { if (!prev_cased) return MPS_FALSE; prev_cased = cased = true; }
            else prev_cased = false;
            break;
        }
        first = false;
    }
    if (kind == 4 || kind == 5 || kind == 10) return mps_bool(cased);
    return MPS_TRUE;
}

#define SM_IS(name, k) \
    static MpsValue sm_m_##name(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_is(t, argc, argv, kw, k); }
SM_IS(isdigit, 0) SM_IS(isalpha, 1) SM_IS(isalnum, 2) SM_IS(isspace_m, 3) SM_IS(isupper_m, 4)
SM_IS(islower_m, 5) SM_IS(isdecimal, 6) SM_IS(isnumeric, 11) SM_IS(isidentifier, 7) SM_IS(isascii, 8)
SM_IS(isprintable, 9) SM_IS(istitle, 10)

/* ---------------------------------------------------------------- padding */

static int sm_fill_arg(MpsThread *t, MpsValue v, const char *fn, const char **fc, size_t *fn_size)
{
    if (!v) { *fc = " "; *fn_size = 1; return 0; }
    if (!mps_is_str(v) || mps_str_len(v) != 1) {
        if (mps_is_str(v))
            MPS_RAISE(t, TypeError, "The fill character must be exactly one character long");
        else
            MPS_RAISE(t, TypeError, "%s() argument 2 must be str, not %T", fn, v);
        return -1;
    }
    *fc = mps_str_data(v);
    *fn_size = mps_str_size(v);
    return 0;
}

/* where: 0 ljust, 1 rjust, 2 center */
static MpsValue sm_pad(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int where)
{
    static const char *const fn[] = {"ljust", "rjust", "center"};
    if (mps_args_count(t, fn[where], argc - 1, kw, 1, 2) < 0) return MPS_NULL;
    int64_t w;
    if (mps_index(t, argv[1], &w) < 0) return MPS_NULL;
    const char *fc;
    size_t fcn;
    if (sm_fill_arg(t, argc > 2 ? argv[2] : MPS_NULL, fn[where], &fc, &fcn) < 0) return MPS_NULL;
    int64_t len = (int64_t)mps_str_len(SELF);
    if (w <= len) return SELF;
    int64_t pad = w - len, left;
    if (where == 0) left = 0;
    else if (where == 1) left = pad;
    else left = pad / 2 + (pad & w & 1);
    MpsBuf b;
    mps_buf_init(&b);
    if (mps_buf_reserve(t, &b, (uint64_t)pad * fcn + mps_str_size(SELF)) < 0) return MPS_NULL;
    for (int64_t i = 0; i < left; i++) mps_buf_add(&b, fc, fcn);
    mps_buf_add(&b, mps_str_data(SELF), mps_str_size(SELF));
    for (int64_t i = 0; i < pad - left; i++) mps_buf_add(&b, fc, fcn);
    return mps_buf_to_str(t, &b);
}

static MpsValue sm_ljust(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_pad(t, argc, argv, kw, 0); }
static MpsValue sm_rjust(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_pad(t, argc, argv, kw, 1); }
static MpsValue sm_center(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_pad(t, argc, argv, kw, 2); }

static MpsValue sm_zfill(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "zfill", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    int64_t w;
    if (mps_index(t, argv[1], &w) < 0) return MPS_NULL;
    int64_t len = (int64_t)mps_str_len(SELF);
    if (w <= len) return SELF;
    const char *d = mps_str_data(SELF);
    size_t n = mps_str_size(SELF);
    MpsBuf b;
    mps_buf_init(&b);
    if (mps_buf_reserve(t, &b, (uint64_t)(w - len) + n) < 0) return MPS_NULL;
    size_t i = 0;
    if (n && (d[0] == '+' || d[0] == '-')) { mps_buf_addc(&b, d[0]); i = 1; }
    for (int64_t k = 0; k < w - len; k++) mps_buf_addc(&b, '0');
    mps_buf_add(&b, d + i, n - i);
    return mps_buf_to_str(t, &b);
}

static MpsValue sm_expandtabs(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"tabsize"};
    MpsValue a[1];
    if (mps_args(t, "expandtabs", argc - 1, argv + 1, kw, names, 0, 1, a) < 0) return MPS_NULL;
    int64_t ts = 8;
    if (a[0] && mps_index(t, a[0], &ts) < 0) return MPS_NULL;
    const char *p = mps_str_data(SELF), *e = p + mps_str_size(SELF);
    MpsBuf b;
    mps_buf_init(&b);
    int64_t col = 0;
    while (p < e) {
        const char *q = p;
        uint32_t c = mpsl_utf8_next(&q);
        if (c == '\t') {
            if (ts > 0) { int64_t k = ts - col % ts; col += k; while (k--) mps_buf_addc(&b, ' '); }
        } else {
            mps_buf_add(&b, p, (size_t)(q - p));
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        p = q;
    }
    if (!b.data) return sm_new(t, "", 0);
    return mps_buf_to_str(t, &b);
}

/* ---------------------------------------------------------------- format / encode */

static MpsValue sm_format(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return mps_str_format(t, SELF, argc - 1, argv + 1, kw);
}

static MpsValue sm_format_map(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "format_map", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    return mps_str_format_map(t, SELF, argv[1]);
}

static MpsValue sm_encode(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"encoding", "errors"};
    MpsValue a[2];
    if (mps_args(t, "encode", argc - 1, argv + 1, kw, names, 0, 2, a) < 0) return MPS_NULL;
    if (a[0] && !mps_is_str(a[0])) return MPS_RAISE(t, TypeError, "encode() argument 'encoding' must be str, not %T", a[0]);
    MpsBuf b;
    mps_buf_init(&b);
    if (mpsl_encode(t, SELF, a[0] ? mps_str_data(a[0]) : "utf-8",
                    a[1] && mps_is_str(a[1]) ? mps_str_data(a[1]) : "strict", &b) < 0) {
        mps_buf_free(&b);
        return MPS_NULL;
    }
    MpsValue r = mps_bytes_new(t, b.data ? b.data : "", b.len);
    mps_buf_free(&b);
    return r;
}

static MpsValue sm_casefold(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return sm_case(t, argc, argv, kw, 5); }

/* str.maketrans(x[, y[, z]]) — a static method in CPython; here called on
 * the class it receives the first argument as self */
static MpsValue sm_translate(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "translate", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue table = argv[1];
    const char *p = mps_str_data(SELF), *e = p + mps_str_size(SELF);
    MpsBuf b;
    mps_buf_init(&b);
    while (p < e) {
        const char *q = p;
        uint32_t c = mpsl_utf8_next(&q);
        MpsValue r = mps_getitem(t, table, mps_from_small(c));
        if (!r) {
            if (!mps_exc_matches(t, MPS_EXCCLS(t, LookupError))) { mps_buf_free(&b); return MPS_NULL; }
            mps_exc_clear(t);
            mps_buf_add(&b, p, (size_t)(q - p));
        } else if (r == MPS_NONE) {
        } else if (mps_is_str(r)) {
            mps_buf_add(&b, mps_str_data(r), mps_str_size(r));
        } else if (mps_is_small(r)) {
            mps_buf_add_utf8(&b, (uint32_t)mps_small(r));
        } else {
            mps_buf_free(&b);
            return MPS_RAISE(t, TypeError, "character mapping must return integer, None or str");
        }
        p = q;
    }
    if (!b.data) return sm_new(t, "", 0);
    return mps_buf_to_str(t, &b);
}

static MpsValue sm_maketrans(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)kw;
    /* called as str.maketrans(...) the args arrive without a receiver */
    int i0 = (argc >= 1 && mps_is_class(argv[0])) ? 1 : 0;
    int n = argc - i0;
    const MpsValue *a = argv + i0;
    MpsDict *d = mps_dict_new(t);
    if (!d) return MPS_NULL;
    MPS_ROOT(t, mps_from_obj(d));
    MpsValue res = mps_from_obj(d);
    if (n == 1) {
        if (!mps_is_dict(a[0])) { res = MPS_RAISE(t, TypeError, "if you give only one argument to maketrans it must be a dict"); goto out; }
        MpsValue k, v;
        for (size_t i = 0; mps_dict_next(MPS_DICT(a[0]), &i, &k, &v); ) {
            if (mps_is_str(k)) {
                if (mps_str_len(k) != 1) {
                    res = MPS_RAISE(t, ValueError, "string keys in translate table must be of length 1");
                    goto out;
                }
                const char *p = mps_str_data(k);
                k = mps_from_small(mpsl_utf8_next(&p));
            } else if (!mps_is_int(k)) {
                res = MPS_RAISE(t, TypeError, "keys in translate table must be strings or integers");
                goto out;
            }
            if (mps_dict_set(t, d, k, v) < 0) { res = MPS_NULL; goto out; }
        }
    } else if (n == 2 || n == 3) {
        if (!mps_is_str(a[0]) || !mps_is_str(a[1]) || mps_str_len(a[0]) != mps_str_len(a[1])) {
            res = MPS_RAISE(t, ValueError, "the first two maketrans arguments must have equal length");
            goto out;
        }
        const char *p = mps_str_data(a[0]), *q = mps_str_data(a[1]), *e = p + mps_str_size(a[0]);
        while (p < e) {
            uint32_t x = mpsl_utf8_next(&p), y = mpsl_utf8_next(&q);
            if (mps_dict_set(t, d, mps_from_small(x), mps_from_small(y)) < 0) { res = MPS_NULL; goto out; }
        }
        if (n == 3 && mps_is_str(a[2])) {
            p = mps_str_data(a[2]);
            e = p + mps_str_size(a[2]);
            while (p < e)
                if (mps_dict_set(t, d, mps_from_small(mpsl_utf8_next(&p)), MPS_NONE) < 0) { res = MPS_NULL; goto out; }
        }
    } else res = MPS_RAISE(t, TypeError, "maketrans() takes 1 to 3 arguments");
out:
    MPS_UNROOT(t, 1);
    return res;
}

static const MpsMethodDef sm_methods[] = {
    {"find", sm_find}, {"rfind", sm_rfind}, {"index", sm_index}, {"rindex", sm_rindex},
    {"count", sm_count}, {"startswith", sm_startswith}, {"endswith", sm_endswith},
    {"split", sm_split}, {"rsplit", sm_rsplit}, {"join", sm_join}, {"splitlines", sm_splitlines},
    {"partition", sm_partition}, {"rpartition", sm_rpartition},
    {"strip", sm_strip}, {"lstrip", sm_lstrip}, {"rstrip", sm_rstrip},
    {"replace", sm_replace}, {"removeprefix", sm_removeprefix}, {"removesuffix", sm_removesuffix},
    {"upper", sm_upper_m}, {"lower", sm_lower_m}, {"swapcase", sm_swapcase}, {"title", sm_title},
    {"capitalize", sm_capitalize}, {"casefold", sm_casefold},
    {"isdigit", sm_m_isdigit}, {"isalpha", sm_m_isalpha}, {"isalnum", sm_m_isalnum},
    {"isspace", sm_m_isspace_m}, {"isupper", sm_m_isupper_m}, {"islower", sm_m_islower_m},
    {"isdecimal", sm_m_isdecimal}, {"isnumeric", sm_m_isnumeric}, {"isidentifier", sm_m_isidentifier},
    {"isascii", sm_m_isascii}, {"isprintable", sm_m_isprintable}, {"istitle", sm_m_istitle},
    {"ljust", sm_ljust}, {"rjust", sm_rjust}, {"center", sm_center}, {"zfill", sm_zfill},
    {"expandtabs", sm_expandtabs}, {"format", sm_format}, {"format_map", sm_format_map},
    {"encode", sm_encode}, {"translate", sm_translate},
    {NULL, NULL}
};

void mpsl_str_init(MpsThread *t)
{
    MPSL(t)->ctype = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    MpsClass *c = MPS_TYPE(t, STR);
    mps_class_add_methods(t, c, sm_methods);
    /* maketrans is static: store a plain builtin, not a method */
    mpsl_class_wrapped(t, c, "maketrans", sm_maketrans, MPS_K_STATICMETHOD);
}
