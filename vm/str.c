/*
 * str.c — str (UTF-8, length in code points, ASCII fast path) and the core
 * of bytes/bytearray. Methods (split, join…) live in stdlib/.
 */
#include "objimpl.h"
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- utf-8 */

uint32_t mps_utf8_decode(const unsigned char **pp)
{
    const unsigned char *p = *pp;
    uint32_t c = *p;
    if (c < 0x80) { *pp = p + 1; return c; }
    if ((c & 0xE0) == 0xC0) { *pp = p + 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
    if ((c & 0xF0) == 0xE0) {
        *pp = p + 3;
        return ((c & 0x0F) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3F);
    }
    *pp = p + 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3F);
}

/* ---------------------------------------------------------------- creation */

MpsValue mps_str_alloc(MpsThread *t, size_t size, size_t len, bool ascii)
{
    MpsStr *s = mps_gc_alloc(t, sizeof(MpsStr) + size + 1, MPS_K_STR, MPS_TYPE(t, STR));
    if (!s) return mps_raise_nomem(t);
    s->size = size;
    s->len = len;
    s->data[size] = 0;
    if (ascii) s->hdr.flags |= MPS_STR_ASCII;
    return mps_from_obj(s);
}

/* ---------------------------------------------------------------- cached small strs */

/* Shared immutable strs held in MpsInterp (GC roots, see mark_roots in
 * vm/gc.c), created on first use: nothing mutates a str once built, so
 * sharing them is safe, as CPython shares its 1-character strings. Only
 * return them where the result is never retagged to a str subclass
 * (mps_str_new stays a fresh object for that reason). */
MpsValue mps_str_ascii_char(MpsThread *t, unsigned c)
{
    MpsValue *slot = &t->interp->str_char[c & 127];
    if (!*slot) {
        MpsValue r = mps_str_alloc(t, 1, 1, true);
        if (!r) return r;
        MPS_STR(r)->data[0] = (char)(c & 127);
        *slot = r;
    }
    return *slot;
}

MpsValue mps_str_empty(MpsThread *t)
{
    MpsValue *slot = &t->interp->str_empty;
    if (!*slot) {
        MpsValue r = mps_str_alloc(t, 0, 0, true);
        if (!r) return r;
        *slot = r;
    }
    return *slot;
}

MpsValue mps_str_from_small(MpsThread *t, intptr_t x)
{
    if ((uintptr_t)x < 10) return mps_str_ascii_char(t, (unsigned)('0' + x));
    MpsValue *slot = (uintptr_t)x < 256 ? &t->interp->str_int[x] : NULL;
    if (slot && *slot) return *slot;
    char buf[24], *p = buf + sizeof buf;
    uintptr_t u = x < 0 ? (uintptr_t)0 - (uintptr_t)x : (uintptr_t)x;
    do { *--p = (char)('0' + u % 10); u /= 10; } while (u);
    if (x < 0) *--p = '-';
    size_t n = (size_t)(buf + sizeof buf - p);
    MpsValue r = mps_str_alloc(t, n, n, true);
    if (!r) return r;
    memcpy(MPS_STR(r)->data, p, n);
    if (slot) *slot = r;
    return r;
}

MpsValue mps_str_new(MpsThread *t, const char *utf8, size_t size)
{
    /* always a fresh object: some callers retag it (str subclasses) */
    size_t len = 0;
    bool ascii = true;
    for (size_t i = 0; i < size; i++) {
        unsigned char c = (unsigned char)utf8[i];
        if (c >= 0x80) ascii = false;
        if ((c & 0xC0) != 0x80) len++;
    }
    MpsValue v = mps_str_alloc(t, size, len, ascii);
    if (v && size) memcpy(MPS_STR(v)->data, utf8, size);
    return v;
}

MpsValue mps_str_cstr_new(MpsThread *t, const char *s) { return mps_str_new(t, s, strlen(s)); }

/* printf with the directives of mps_raise: %R repr, %S str, %T type name.
 * When a repr/str raises: with `placeholder`, write "<T object at 0x…>"
 * and go on (error messages must not lose the error being raised),
 * else return -1 with the exception set. */
int mps_buf_vformat(MpsThread *t, MpsBuf *bp, const char *fmt, va_list ap, bool placeholder)
{
#define b (*bp)
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%') q++;
            mps_buf_add(&b, p, (size_t)(q - p));
            p = q - 1;
            continue;
        }
        /* collect flags, width, precision, length modifier */
        char spec[32];
        size_t n = 0;
        spec[n++] = '%';
        p++;
        while (*p && strchr("-+ #0123456789.", *p) && n < 20) spec[n++] = *p++;
        int lmod = 0;               /* 1 l, 2 ll, 3 z */
        if (*p == 'l') { p++; lmod = 1; if (*p == 'l') { p++; lmod = 2; } }
        else if (*p == 'z') { p++; lmod = 3; }
        char c = *p;
        if (!c) break;
        switch (c) {
        case '%': mps_buf_addc(&b, '%'); break;
        case 'R': case 'S': {
            MpsValue v = va_arg(ap, MpsValue);
            size_t mark = b.len;
            if ((c == 'R' ? mps_repr_buf(t, v, &b) : mps_str_buf(t, v, &b)) < 0) {
                if (!placeholder) return -1;
                mps_exc_clear(t);
                b.len = mark;
                if (b.data) b.data[mark] = 0;
                mps_buf_printf(&b, "<%s object at %p>", mps_type_name(t, v), (void *)v);
            }
            break;
        }
        case 'T': mps_buf_adds(&b, mps_type_name(t, va_arg(ap, MpsValue))); break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            spec[n++] = 's'; spec[n] = 0;
            mps_buf_printf(&b, spec, s ? s : "(null)");
            break;
        }
        case 'c': spec[n++] = 'c'; spec[n] = 0; mps_buf_printf(&b, spec, va_arg(ap, int)); break;
        case 'p': mps_buf_printf(&b, "%p", va_arg(ap, void *)); break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            if (lmod == 1) spec[n++] = 'l';
            else if (lmod == 2) { spec[n++] = 'l'; spec[n++] = 'l'; }
            else if (lmod == 3) spec[n++] = 'z';
            spec[n++] = c; spec[n] = 0;
            if (lmod == 1) mps_buf_printf(&b, spec, va_arg(ap, long));
            else if (lmod == 2) mps_buf_printf(&b, spec, va_arg(ap, long long));
            else if (lmod == 3) mps_buf_printf(&b, spec, va_arg(ap, size_t));
            else mps_buf_printf(&b, spec, va_arg(ap, int));
            break;
        case 'f': case 'g': case 'e':
            spec[n++] = c; spec[n] = 0;
            mps_buf_printf(&b, spec, va_arg(ap, double));
            break;
        default: mps_buf_addc(&b, '%'); mps_buf_addc(&b, c); break;
        }
    }
    return 0;
#undef b
}

MpsValue mps_str_vprintf(MpsThread *t, const char *fmt, va_list ap)
{
    MpsBuf b;
    mps_buf_init(&b);
    if (mps_buf_vformat(t, &b, fmt, ap, false) < 0) {
        mps_buf_free(&b);
        return MPS_NULL;
    }
    return mps_buf_to_str(t, &b);
}

MpsValue mps_str_printf(MpsThread *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    MpsValue v = mps_str_vprintf(t, fmt, ap);
    va_end(ap);
    return v;
}

MpsValue mps_str_concat(MpsThread *t, MpsValue a, MpsValue b)
{
    MpsStr *x = MPS_STR(a), *y = MPS_STR(b);
    if (y->size == 0) return a;
    if (x->size == 0) return b;
    MpsValue v = mps_str_alloc(t, x->size + y->size, x->len + y->len,
                               (x->hdr.flags & y->hdr.flags & MPS_STR_ASCII) != 0);
    if (!v) return v;
    memcpy(MPS_STR(v)->data, x->data, x->size);
    memcpy(MPS_STR(v)->data + x->size, y->data, y->size);
    return v;
}

/* a + b for `a += b` into a local (vm.c, INPLACE_OP). unique: only that
 * local references a, so a may grow in place within its block. *own is
 * set when the result is a itself grown in place or a fresh str: one the
 * local may hold tagged as unique. A fresh result of a unique a gets
 * room to grow (1.5x), so a loop of += copies O(n) bytes in all, not
 * O(n^2); a str that is appended to only once gets no slack. */
MpsValue mps_str_append(MpsThread *t, MpsValue a, MpsValue b, bool unique, bool *own)
{
    MpsStr *x = MPS_STR(a), *y = MPS_STR(b);
    *own = false;
    if (y->size == 0) { *own = unique; return a; }
    if (x->size == 0) return b;
    size_t size = x->size + y->size, len = x->len + y->len;
    if (size > MPS_MAX_ALLOC) return mps_raise_nomem(t);
    bool ascii = (x->hdr.flags & y->hdr.flags & MPS_STR_ASCII) != 0;
    if (unique && mps_gc_usable_size(&x->hdr) >= sizeof(MpsStr) + size + 1) {
        memcpy(x->data + x->size, y->data, y->size);
        x->data[size] = 0;
        x->size = size;
        x->len = len;
        x->hash = 0;
        if (!ascii) x->hdr.flags &= (uint8_t)~MPS_STR_ASCII;
        *own = true;
        return a;
    }
    size_t room = unique ? size + size / 2 : size;
    MpsValue v = mps_str_alloc(t, room, len, ascii);
    if (!v) return v;
    MpsStr *r = MPS_STR(v);
    memcpy(r->data, x->data, x->size);
    memcpy(r->data + x->size, y->data, y->size);
    r->data[size] = 0;
    r->size = size;
    *own = true;
    return v;
}

MpsValue mps_str_repeat(MpsThread *t, MpsValue s, int64_t n)
{
    MpsStr *x = MPS_STR(s);
    if (n <= 0 || x->size == 0) return mps_str_new(t, "", 0);
    if (n == 1) return s;
    if ((uint64_t)n > MPS_MAX_ALLOC / x->size) return mps_raise_nomem(t);
    MpsValue v = mps_str_alloc(t, x->size * (size_t)n, x->len * (size_t)n,
                               (x->hdr.flags & MPS_STR_ASCII) != 0);
    if (!v) return v;
    char *d = MPS_STR(v)->data;
    for (int64_t i = 0; i < n; i++, d += x->size) memcpy(d, x->data, x->size);
    return v;
}

/* ---------------------------------------------------------------- interning */

MpsValue mps_intern(MpsThread *t, MpsValue s)
{
    if (MPS_STR(s)->hdr.flags & MPS_STR_INTERNED) return s;
    MpsDict *tab = t->interp->interned;
    MpsValue got;
    if (mps_dict_lookup(t, tab, s, &got) > 0) return got;
    /* the canonical copy is an exact str, never an instance of a subclass */
    if (MPS_STR(s)->hdr.cls != MPS_TYPE(t, STR) && !(s = mps_str_new(t, mps_str_data(s), mps_str_size(s))))
        return MPS_NULL;
    if (mps_dict_set(t, tab, s, s) < 0) return MPS_NULL;
    MPS_STR(s)->hdr.flags |= MPS_STR_INTERNED;
    return s;
}

MpsValue mps_intern_cstr(MpsThread *t, const char *cs)
{
    MpsValue s = mps_str_cstr_new(t, cs);
    return s ? mps_intern(t, s) : s;
}

/* ---------------------------------------------------------------- hash, compare */

uint64_t mps_hash_bytes(const void *data, size_t n)
{
    /* 8 bytes at a time, multiply-rotate, murmur3 finaliser: fast and
     * deterministic across runs and processes */
    const unsigned char *p = data;
    uint64_t h = 0x6a09e667f3bcc908ull ^ (n * 0x9E3779B97F4A7C15ull);
    while (n >= 8) {
        uint64_t k;
        memcpy(&k, p, 8);
        k *= 0x87c37b91114253d5ull;
        k = (k << 31) | (k >> 33);
        h ^= k * 0x4cf5ad432745937full;
        h = ((h << 27) | (h >> 37)) * 5 + 0x52dce729;
        p += 8;
        n -= 8;
    }
    uint64_t k = 0;
    for (size_t i = 0; i < n; i++) k |= (uint64_t)p[i] << (8 * i);
    h ^= k * 0x87c37b91114253d5ull;
    h ^= h >> 33; h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    /* keep within the positive int64 range so hash() prints like CPython's
     * (a non-negative-or-negative 64-bit int); never 0 (= not computed), never -1 */
    h &= 0x7fffffffffffffffull;
    return h ? h : 1;
}

uint64_t mps_str_hash(MpsValue v)
{
    MpsStr *s = MPS_STR(v);
    if (!s->hash) s->hash = mps_hash_bytes(s->data, s->size);
    return s->hash;
}

bool mps_str_eq(MpsValue a, MpsValue b)
{
    if (a == b) return true;
    MpsStr *x = MPS_STR(a), *y = MPS_STR(b);
    if (x->size != y->size) return false;
    if (x->hash && y->hash && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, x->size) == 0;
}

/* UTF-8 byte order is code point order */
int mps_str_cmp(MpsValue a, MpsValue b)
{
    MpsStr *x = MPS_STR(a), *y = MPS_STR(b);
    size_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, n);
    if (c) return c < 0 ? -1 : 1;
    return x->size < y->size ? -1 : x->size > y->size;
}

/* ---------------------------------------------------------------- indexing */

size_t mps_str_offset(MpsValue v, size_t cp)
{
    MpsStr *s = MPS_STR(v);
    if (s->hdr.flags & MPS_STR_ASCII) return cp < s->size ? cp : s->size;
    if (cp >= s->len) return s->size;
    const unsigned char *p = (const unsigned char *)s->data;
    /* walk from the nearest known point: the start, the end, or the offset
     * this thread looked up last in the same string */
    size_t at = 0, off = 0;
    MpsThread *t = mps_tls_thread;
    bool memo = t && t->sofs_str == v;
    if (memo && t->sofs_cp <= cp) { at = t->sofs_cp; off = t->sofs_off; }
    if (memo && t->sofs_cp > cp && t->sofs_cp - cp < cp) { at = t->sofs_cp; off = t->sofs_off; }
    if (s->len - cp < (cp > at ? cp - at : at - cp)) { at = s->len; off = s->size; }
    while (at < cp) {
        off++;
        while ((p[off] & 0xC0) == 0x80) off++;
        at++;
    }
    while (at > cp) {
        off--;
        while ((p[off] & 0xC0) == 0x80) off--;
        at--;
    }
    if (t) { t->sofs_str = v; t->sofs_cp = cp; t->sofs_off = off; }
    return off;
}

MpsValue mps_str_index(MpsThread *t, MpsValue v, int64_t i)
{
    MpsStr *s = MPS_STR(v);
    if (s->hdr.flags & MPS_STR_ASCII) return mps_str_ascii_char(t, (unsigned char)s->data[i]);
    size_t off = mps_str_offset(v, (size_t)i), end = off + 1;
    while (end < s->size && (s->data[end] & 0xC0) == 0x80) end++;
    return mps_str_new(t, s->data + off, end - off);
}

MpsValue mps_str_slice(MpsThread *t, MpsValue v, int64_t start, int64_t stop, int64_t step)
{
    MpsStr *s = MPS_STR(v);
    if (step == 1) {
        if (stop <= start) return mps_str_empty(t);
        if (start == 0 && (size_t)stop >= s->len && s->hdr.cls == MPS_TYPE(t, STR)) return v;
        if (stop - start == 1 && (s->hdr.flags & MPS_STR_ASCII))
            return mps_str_ascii_char(t, (unsigned char)s->data[start]);
        size_t a = mps_str_offset(v, (size_t)start), b = mps_str_offset(v, (size_t)stop);
        MpsValue r = mps_str_alloc(t, b - a, (size_t)(stop - start), (s->hdr.flags & MPS_STR_ASCII) != 0);
        if (r) memcpy(MPS_STR(r)->data, s->data + a, b - a);
        return r;
    }
    int64_t n = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                         : (start > stop ? (start - stop - step - 1) / -step : 0);
    if (s->hdr.flags & MPS_STR_ASCII) {
        MpsValue r = mps_str_alloc(t, (size_t)n, (size_t)n, true);
        if (!r) return r;
        for (int64_t k = 0, i = start; k < n; k++, i += step) MPS_STR(r)->data[k] = s->data[i];
        return r;
    }
    /* decode to code point offsets once */
    size_t *offs = malloc((s->len + 1) * sizeof *offs);
    if (!offs) return mps_raise_nomem(t);
    size_t k = 0;
    for (size_t o = 0; o < s->size; o++)
        if ((s->data[o] & 0xC0) != 0x80) offs[k++] = o;
    offs[k] = s->size;
    MpsBuf b;
    mps_buf_init(&b);
    for (int64_t j = 0, i = start; j < n; j++, i += step)
        mps_buf_add(&b, s->data + offs[i], offs[i + 1] - offs[i]);
    free(offs);
    return mps_buf_to_str(t, &b);
}

int64_t mps_str_find_bytes(const char *h, size_t hn, const char *n, size_t nn, size_t from)
{
    if (from > hn || nn > hn - from) return -1;
    if (nn == 0) return (int64_t)from;
    const char *p = memmem(h + from, hn - from, n, nn);
    return p ? p - h : -1;
}

static MpsValue str_iter_next(MpsThread *t, MpsIter *it)
{
    MpsStr *s = MPS_STR(it->a);
    size_t off = (size_t)it->i;
    if (off >= s->size) return MPS_NULL;
    size_t end = off + 1;
    while (end < s->size && (s->data[end] & 0xC0) == 0x80) end++;
    it->i = (int64_t)end;
    return mps_str_new(t, s->data + off, end - off);
}

MpsValue mps_str_iter(MpsThread *t, MpsValue s)
{
    return mps_iter_new(t, str_iter_next, s, MPS_NONE, MPS_NONE);
}

/* ---------------------------------------------------------------- repr */

bool mps_unicode_printable(uint32_t c)
{
    if (c < 0x20 || c == 0x7f) return false;
    if (c >= 0x80 && c <= 0xa0) return false;
    if (c == 0xad || c == 0x2028 || c == 0x2029 || (c >= 0xd800 && c <= 0xdfff)) return false;
    if (c >= 0x200b && c <= 0x200f) return false;
    if (c == 0xfeff || (c >= 0xe000 && c <= 0xf8ff)) return false;
    /* other separators (Zs, as U+3000) and format characters (Cf) */
    if (c > 0x7f && mps_unicode_space(c)) return false;
    if ((c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206f) || c == 0x61c || c == 0x180e ||
        (c >= 0xfff9 && c <= 0xfffb) || (c >= 0xf0000))     /* ... and the private-use planes */
        return false;
    return true;
}

/* CPython's quote choice: single quotes unless the text has ' and no " */
void mps_str_repr_to(MpsBuf *b, MpsValue v)
{
    MpsStr *s = MPS_STR(v);
    bool sq = memchr(s->data, '\'', s->size) != NULL;
    bool dq = memchr(s->data, '"', s->size) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    mps_buf_addc(b, q);
    const unsigned char *p = (const unsigned char *)s->data, *e = p + s->size;
    while (p < e) {
        const unsigned char *start = p;
        uint32_t c = mps_utf8_decode(&p);
        if (c == (uint32_t)q || c == '\\') { mps_buf_addc(b, '\\'); mps_buf_addc(b, (char)c); }
        else if (c == '\n') mps_buf_adds(b, "\\n");
        else if (c == '\t') mps_buf_adds(b, "\\t");
        else if (c == '\r') mps_buf_adds(b, "\\r");
        else if (!mps_unicode_printable(c)) {
            if (c < 0x100) mps_buf_printf(b, "\\x%02x", c);
            else if (c < 0x10000) mps_buf_printf(b, "\\u%04x", c);
            else mps_buf_printf(b, "\\U%08x", c);
        } else mps_buf_add(b, (const char *)start, (size_t)(p - start));
    }
    mps_buf_addc(b, q);
}

/* ---------------------------------------------------------------- bytes */

MpsValue mps_bytes_new(MpsThread *t, const void *data, size_t size)
{
    MpsBytes *o = mps_gc_alloc(t, sizeof(MpsBytes) + size + 1, MPS_K_BYTES, MPS_TYPE(t, BYTES));
    if (!o) return mps_raise_nomem(t);
    o->data = (uint8_t *)(o + 1);
    o->size = o->cap = size;
    if (size) memcpy(o->data, data, size);
    o->data[size] = 0;
    return mps_from_obj(o);
}

/* room for n bytes in a bytearray's buffer */
int mps_bytearray_reserve(MpsThread *t, MpsValue ba, size_t n)
{
    MpsBytes *b = MPS_BYTES(ba);
    if (n <= b->cap) return 0;
    if (n > MPS_MAX_ALLOC) { mps_raise_nomem(t); return -1; }
    size_t cap = b->cap ? b->cap : 16;
    while (cap < n) cap *= 2;
    uint8_t *p = realloc(b->data, cap);
    if (!p) { mps_raise_nomem(t); return -1; }
    b->data = p;
    b->cap = cap;
    return 0;
}

/* ba[slice] = v, or del ba[slice] (v == MPS_NULL): done on a list of the
 * byte values, so that extended slices follow the list rules exactly */
int mps_bytearray_splice(MpsThread *t, MpsValue ba, MpsValue slice, MpsValue v)
{
    MpsBytes *b = MPS_BYTES(ba);
    MpsValue lst = mps_list_new(t, b->size);
    if (!lst) return -1;
    for (size_t i = 0; i < b->size; i++) MPS_LIST(lst)->items[i] = mps_from_small(b->data[i]);
    MPS_ROOT(t, lst);
    int rc;
    if (!v) {
        rc = mps_list_del_slice(t, lst, slice);
    } else {
        MpsValue src;
        if (mps_is_kind(v, MPS_K_BYTES) || mps_is_kind(v, MPS_K_BYTEARRAY)) {
            MpsBytes *x = MPS_BYTES(v);
            src = mps_list_new(t, x->size);
            if (src) for (size_t i = 0; i < x->size; i++) MPS_LIST(src)->items[i] = mps_from_small(x->data[i]);
        } else if (mps_is_int(v) || mps_is_str(v)) {
            src = MPS_RAISE(t, TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else {
            src = mps_sequence_to_list(t, v);
            for (size_t i = 0; src && i < MPS_LIST(src)->len; i++) {
                MpsValue x = MPS_LIST(src)->items[i];
                int64_t k;
                if (!mps_is_int(x)) src = MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", x);
                else if (mps_int_to_i64(t, x, &k) < 0) src = MPS_NULL;
                else if (k < 0 || k > 255) src = MPS_RAISE(t, ValueError, "byte must be in range(0, 256)");
            }
        }
        rc = src ? mps_list_set_slice(t, lst, slice, src) : -1;
        if (rc < 0 && mps_exc_matches(t, MPS_EXCCLS(t, ValueError))) {
            /* the list's words, with CPython's "bytes" for a bytearray */
            int64_t start, stop, step, n = mps_slice_indices(t, slice, (int64_t)b->size, &start, &stop, &step);
            if (n >= 0 && step != 1) {
                mps_exc_clear(t);
                MPS_RAISE(t, ValueError, "attempt to assign bytes of size %lld to extended slice of size %lld",
                          (long long)MPS_LIST(src)->len, (long long)n);
            }
        }
    }
    if (rc == 0 && mps_bytearray_reserve(t, ba, MPS_LIST(lst)->len + 1) < 0) rc = -1;
    if (rc == 0) {
        size_t n = MPS_LIST(lst)->len;
        for (size_t i = 0; i < n; i++) b->data[i] = (uint8_t)mps_small(MPS_LIST(lst)->items[i]);
        b->data[n] = 0;
        b->size = n;
        b->hash = 0;
    }
    MPS_UNROOT(t, 1);
    return rc;
}

MpsValue mps_bytearray_new(MpsThread *t, const void *data, size_t size)
{
    uint8_t *d = malloc(size + 1);
    if (!d) return mps_raise_nomem(t);
    MpsBytes *o = mps_gc_alloc(t, sizeof(MpsBytes), MPS_K_BYTEARRAY, MPS_TYPE(t, BYTEARRAY));
    if (!o) { free(d); return mps_raise_nomem(t); }
    if (size) memcpy(d, data, size);
    d[size] = 0;
    mps_gc_note_extra(t, size + 1);
    o->data = d;
    o->size = size;
    o->cap = size + 1;
    return mps_from_obj(o);
}

static MpsValue bytes_like_new(MpsThread *t, MpsValue proto, const void *d, size_t n)
{
    return mps_is_kind(proto, MPS_K_BYTEARRAY) ? mps_bytearray_new(t, d, n) : mps_bytes_new(t, d, n);
}

MpsValue mps_bytes_concat(MpsThread *t, MpsValue a, MpsValue b)
{
    MpsBytes *x = MPS_BYTES(a), *y = MPS_BYTES(b);
    MpsValue r;
    /* build via a temporary buffer: simplest for both kinds */
    uint8_t *tmp = malloc(x->size + y->size + 1);
    if (!tmp) return mps_raise_nomem(t);
    memcpy(tmp, x->data, x->size);
    memcpy(tmp + x->size, y->data, y->size);
    r = bytes_like_new(t, a, tmp, x->size + y->size);
    free(tmp);
    return r;
}

MpsValue mps_bytes_repeat(MpsThread *t, MpsValue a, int64_t n)
{
    MpsBytes *x = MPS_BYTES(a);
    if (n < 0) n = 0;
    if (x->size && (uint64_t)n > MPS_MAX_ALLOC / x->size) return mps_raise_nomem(t);
    size_t total = x->size * (size_t)n;
    uint8_t *tmp = malloc(total + 1);
    if (!tmp) return mps_raise_nomem(t);
    for (int64_t i = 0; i < n; i++) memcpy(tmp + (size_t)i * x->size, x->data, x->size);
    MpsValue r = bytes_like_new(t, a, tmp, total);
    free(tmp);
    return r;
}

int mps_bytes_cmp(MpsValue a, MpsValue b)
{
    MpsBytes *x = MPS_BYTES(a), *y = MPS_BYTES(b);
    size_t n = x->size < y->size ? x->size : y->size;
    int c = n ? memcmp(x->data, y->data, n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return x->size < y->size ? -1 : x->size > y->size;
}

uint64_t mps_bytes_hash(MpsValue v)
{
    MpsBytes *b = MPS_BYTES(v);
    if (!b->hash) b->hash = mps_hash_bytes(b->data, b->size);
    return b->hash;
}

void mps_bytes_repr_to(MpsBuf *b, MpsValue v)
{
    MpsBytes *s = MPS_BYTES(v);
    bool ba = mps_is_kind(v, MPS_K_BYTEARRAY);
    bool sq = s->size && memchr(s->data, '\'', s->size) != NULL;
    bool dq = s->size && memchr(s->data, '"', s->size) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    if (ba) mps_buf_adds(b, "bytearray(");
    mps_buf_addc(b, 'b');
    mps_buf_addc(b, q);
    for (size_t i = 0; i < s->size; i++) {
        unsigned c = s->data[i];
        if (c == (unsigned)q || c == '\\') { mps_buf_addc(b, '\\'); mps_buf_addc(b, (char)c); }
        else if (c == '\n') mps_buf_adds(b, "\\n");
        else if (c == '\t') mps_buf_adds(b, "\\t");
        else if (c == '\r') mps_buf_adds(b, "\\r");
        else if (c < 0x20 || c >= 0x7f) mps_buf_printf(b, "\\x%02x", c);
        else mps_buf_addc(b, (char)c);
    }
    mps_buf_addc(b, q);
    if (ba) mps_buf_addc(b, ')');
}

static MpsValue bytes_iter_next(MpsThread *t, MpsIter *it)
{
    (void)t;
    MpsBytes *s = MPS_BYTES(it->a);
    if ((size_t)it->i >= s->size) return MPS_NULL;
    return mps_from_small(s->data[it->i++]);
}

MpsValue mps_bytes_iter(MpsThread *t, MpsValue s)
{
    return mps_iter_new(t, bytes_iter_next, s, MPS_NONE, MPS_NONE);
}

/* ---------------------------------------------------------------- numbers in Unicode text */

int mps_unicode_decimal(uint32_t c)
{
    if (c < 0x80) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    /* the common decimal blocks: Arabic-Indic, Devanagari … Thai, Lao, Tibetan, fullwidth */
    static const uint32_t zeros[] = {0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66,
                                     0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0xF20, 0xFF10};
    for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++)
        if (c >= zeros[i] && c <= zeros[i] + 9) return (int)(c - zeros[i]);
    return -1;
}

bool mps_unicode_space(uint32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0x85 ||
           c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* int() and float() accept Unicode digits and white space: the ASCII text
 * they stand for (malloc'd, NUL-terminated), any other non-ASCII character
 * as \x01 so that the parse fails; NULL when s is pure ASCII already */
char *mps_number_ascii(const char *s, size_t n, size_t *outn)
{
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80) i++;
    if (i == n) return NULL;
    char *out = malloc(n + 1);
    if (!out) return NULL;
    size_t k = 0;
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e) {
        if (*p < 0x80) { out[k++] = (char)*p++; continue; }
        uint32_t c = mps_utf8_decode(&p);
        int d = mps_unicode_decimal(c);
        out[k++] = d >= 0 ? (char)('0' + d) : mps_unicode_space(c) ? ' ' : '\x01';
    }
    out[k] = 0;
    *outn = k;
    return out;
}
