/*
 * buf.c — MpsBuf, a growable malloc'd byte buffer for building text, and
 * UTF-8 helpers.
 */
#include "interp.h"
#include <stdlib.h>
#include <string.h>

void mps_buf_init(MpsBuf *b) { b->data = NULL; b->len = b->cap = 0; }

void mps_buf_free(MpsBuf *b) { free(b->data); mps_buf_init(b); }

static void buf_grow(MpsBuf *b, size_t need)
{
    if (b->len + need + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < b->len + need + 1) cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) abort();                 /* text buffers: out of memory is fatal */
    b->data = p;
    b->cap = cap;
}

/* room for n more bytes, or MemoryError (for sizes a program asks for:
 * 'a'.ljust(2**40) is an error, not an abort) */
int mps_buf_reserve(MpsThread *t, MpsBuf *b, uint64_t n)
{
    if (n > MPS_MAX_ALLOC || b->len + n + 1 <= b->cap) {
        if (n <= MPS_MAX_ALLOC) return 0;
        mps_raise_nomem(t);
        return -1;
    }
    char *p = realloc(b->data, b->len + (size_t)n + 1);
    if (!p) { mps_raise_nomem(t); return -1; }
    b->data = p;
    b->cap = b->len + (size_t)n + 1;
    return 0;
}

void mps_buf_add(MpsBuf *b, const char *s, size_t n)
{
    buf_grow(b, n);
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void mps_buf_adds(MpsBuf *b, const char *s) { mps_buf_add(b, s, strlen(s)); }

void mps_buf_addc(MpsBuf *b, char c)
{
    buf_grow(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}

void mps_buf_printf(MpsBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) { mps_buf_add(b, tmp, (size_t)n); return; }
    buf_grow(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void mps_buf_add_utf8(MpsBuf *b, uint32_t cp)
{
    char s[4];
    size_t n;
    if (cp < 0x80) { s[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { s[0] = (char)(0xC0 | (cp >> 6)); s[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | (cp >> 12)); s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        s[0] = (char)(0xF0 | (cp >> 18)); s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); s[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    mps_buf_add(b, s, n);
}

MpsValue mps_buf_to_str(MpsThread *t, MpsBuf *b)
{
    MpsValue s = mps_str_new(t, b->data ? b->data : "", b->len);
    mps_buf_free(b);
    return s;
}

/* Accepts what Python's str can hold except lone surrogates (which
 * strict UTF-8 forbids). */
bool mps_utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e) {
        unsigned c = *p;
        if (c < 0x80) { p++; continue; }
        size_t k;
        uint32_t cp;
        if ((c & 0xE0) == 0xC0) { k = 1; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { k = 2; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { k = 3; cp = c & 0x07; }
        else return false;
        if ((size_t)(e - p) <= k) return false;
        for (size_t i = 1; i <= k; i++) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((k == 1 && cp < 0x80) || (k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000)
            || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += k + 1;
    }
    return true;
}
