/*
 * format.c — format(v, spec) with the format-spec mini-language, printf-
 * style `str % args`, and str.format().
 */
#include "objimpl.h"
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <math.h>

typedef struct {
    uint32_t fill;          /* code point */
    char align;             /* 0, '<', '>', '^', '=' */
    char sign;              /* 0, '+', '-', ' ' */
    bool alt, zero, nonegzero;
    bool zero_align;        /* align '=' came from the '0' flag (numbers only) */
    int64_t width;          /* -1: none */
    char grouping;          /* 0, ',', '_' */
    int64_t prec;           /* -1: none */
    char type;              /* 0: none */
} FmtSpec;

static int parse_spec(MpsThread *t, const char *s, size_t n, FmtSpec *f)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->width = f->prec = -1;
    /* [[fill]align] */
    bool explicit_fill = false;
    if (p < e) {
        const unsigned char *q = p;
        uint32_t c = mps_utf8_decode(&q);
        if (q < e && strchr("<>=^", *q) && *q) { f->fill = c; f->align = (char)*q; p = q + 1; explicit_fill = true; }
        else if (strchr("<>=^", *p) && *p) { f->align = (char)*p++; }
    }
    if (p < e && (*p == '+' || *p == '-' || *p == ' ')) f->sign = (char)*p++;
    if (p < e && *p == 'z') { f->nonegzero = true; p++; }
    if (p < e && *p == '#') { f->alt = true; p++; }
    if (p < e && *p == '0') {
        /* '0': zero fill unless a fill was given; sign-aware ('=') for
         * numbers unless an alignment was given */
        f->zero = true;
        if (!explicit_fill) f->fill = '0';
        if (!f->align) { f->align = '='; f->zero_align = true; }
        p++;
    }
    if (p < e && isdigit(*p)) {
        f->width = 0;
        while (p < e && isdigit(*p)) {
            if (f->width > (INT64_MAX - 9) / 10) {
                MPS_RAISE(t, ValueError, "Too many decimal digits in format string");
                return -1;
            }
            f->width = f->width * 10 + (*p++ - '0');
        }
    }
    if (p < e && (*p == ',' || *p == '_')) f->grouping = (char)*p++;
    if (p < e && (*p == ',' || *p == '_')) { MPS_RAISE(t, ValueError, "Cannot specify both ',' and '_'."); return -1; }
    if (p < e && *p == '.') {
        p++;
        if (p >= e || !isdigit(*p)) { MPS_RAISE(t, ValueError, "Format specifier missing precision"); return -1; }
        f->prec = 0;
        while (p < e && isdigit(*p)) {
            if (f->prec > (INT64_MAX - 9) / 10) {
                MPS_RAISE(t, ValueError, "Too many decimal digits in format string");
                return -1;
            }
            f->prec = f->prec * 10 + (*p++ - '0');
        }
    }
    if (p < e) f->type = (char)*p++;
    if (p < e) { MPS_RAISE(t, ValueError, "Invalid format specifier"); return -1; }
    /* ',' goes with decimal types only, '_' also with b/o/x; 'n' with neither */
    if (f->grouping && f->type &&
        !strchr(f->grouping == ',' ? "deEfFgG%" : "dxXobeEfFgG%", f->type)) {
        MPS_RAISE(t, ValueError, "Cannot specify '%c' with '%c'.", f->grouping, f->type);
        return -1;
    }
    return 0;
}

static size_t utf8_len(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) if (((unsigned char)s[i] & 0xC0) != 0x80) k++;
    return k;
}

static void add_fill(MpsBuf *b, uint32_t fill, int64_t n)
{
    for (int64_t i = 0; i < n; i++) mps_buf_add_utf8(b, fill);
}

/* pad body (with optional sign/prefix part for '=') to width */
static void emit(MpsBuf *b, const FmtSpec *f, char dflt_align, const char *pre, size_t npre,
                 const char *body, size_t nbody)
{
    int64_t len = (int64_t)(utf8_len(pre, npre) + utf8_len(body, nbody));
    int64_t pad = f->width > len ? f->width - len : 0;
    char align = f->align ? f->align : dflt_align;
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    int64_t right = align == '<' ? pad : align == '^' ? pad - pad / 2 : 0;
    if (align == '=') {
        mps_buf_add(b, pre, npre);
        add_fill(b, f->fill, pad);
        mps_buf_add(b, body, nbody);
        return;
    }
    add_fill(b, f->fill, left);
    mps_buf_add(b, pre, npre);
    mps_buf_add(b, body, nbody);
    add_fill(b, f->fill, right);
}

/* insert sep every `every` digits of digits[0..n) (right to left) */
static void group_digits(MpsBuf *out, const char *d, size_t n, char sep, int every)
{
    for (size_t i = 0; i < n; i++) {
        mps_buf_addc(out, d[i]);
        size_t rest = n - i - 1;
        if (sep && rest && rest % (size_t)every == 0) mps_buf_addc(out, sep);
    }
}

/* digits with grouping; with '0'-fill '=' alignment the zeros are grouped too */
static void number_body(MpsBuf *body, const FmtSpec *f, const char *digits, size_t nd,
                        const char *tail, size_t ntail, size_t nprefix, int every)
{
    if (f->grouping && f->fill == '0' && f->align == '=' && f->width > 0) {
        char *z = malloc((size_t)f->width + nd + 2);
        size_t k = nd;
        memcpy(z, digits, nd);
        for (;;) {
            size_t glen = k + (k - 1) / (size_t)every;
            if ((int64_t)(glen + ntail + nprefix) >= f->width) break;
            memmove(z + 1, z, k);
            z[0] = '0';
            k++;
        }
        group_digits(body, z, k, f->grouping, every);
        free(z);
    } else group_digits(body, digits, nd, f->grouping, every);
    mps_buf_add(body, tail, ntail);
}

static const char *sign_str(const FmtSpec *f, bool neg)
{
    if (neg) return "-";
    return f->sign == '+' ? "+" : f->sign == ' ' ? " " : "";
}

static int fmt_float(MpsThread *t, MpsBuf *b, const FmtSpec *f, double d);

static int fmt_int(MpsThread *t, MpsBuf *b, const FmtSpec *f, MpsValue v)
{
    char type = f->type ? f->type : 'd';
    if (strchr("eEfFgG%", type)) {
        double d;
        if (mps_int_to_double(t, v, &d) < 0) return -1;
        return fmt_float(t, b, f, d);
    }
    if (!strchr("dbcoxXn", type)) {
        MPS_RAISE(t, ValueError, "Unknown format code '%c' for object of type '%s'", type, mps_type_name(t, v));
        return -1;
    }
    if (f->prec >= 0) { MPS_RAISE(t, ValueError, "Precision not allowed in integer format specifier"); return -1; }
    if (type == 'c') {
        if (f->sign) { MPS_RAISE(t, ValueError, "Sign not allowed with integer format specifier 'c'"); return -1; }
        if (f->alt) { MPS_RAISE(t, ValueError, "Alternate form (#) not allowed with integer format specifier 'c'"); return -1; }
        int64_t c;
        if (mps_int_to_i64(t, v, &c) < 0) return -1;
        if (c < 0 || c > 0x10FFFF) { MPS_RAISE(t, OverflowError, "%%c arg not in range(0x110000)"); return -1; }
        MpsBuf body;
        mps_buf_init(&body);
        mps_buf_add_utf8(&body, (uint32_t)c);
        emit(b, f, '>', "", 0, body.data, body.len);
        mps_buf_free(&body);
        return 0;
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    MpsValue s = mps_int_to_str(t, v, base);
    if (!s) return -1;
    const char *digits = mps_str_data(s);
    bool neg = digits[0] == '-';
    if (neg) digits++;
    size_t nd = strlen(digits);
    char *up = NULL;
    if (type == 'X') {
        up = strdup(digits);
        for (char *q = up; *q; q++) *q = (char)toupper((unsigned char)*q);
        digits = up;
    }
    char pre[8];
    snprintf(pre, sizeof pre, "%s%s", sign_str(f, neg),
             !f->alt ? "" : base == 2 ? "0b" : base == 8 ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "");
    MpsBuf body;
    mps_buf_init(&body);
    number_body(&body, f, digits, nd, "", 0, strlen(pre), base == 10 ? 3 : 4);
    emit(b, f, '>', pre, strlen(pre), body.data, body.len);
    mps_buf_free(&body);
    free(up);
    return 0;
}

static int fmt_float(MpsThread *t, MpsBuf *b, const FmtSpec *f, double d)
{
    char type = f->type;
    if (type && !strchr("eEfFgG%n", type)) {
        MPS_RAISE(t, ValueError, "Unknown format code '%c' for object of type 'float'", type);
        return -1;
    }
    bool neg = signbit(d) && !isnan(d);     /* Python shows no sign on nan */
    double a = fabs(d);
    char tmp[512];
    char *s = tmp;
    int64_t prec = f->prec;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool percent = type == '%';
    if (isinf(a) || isnan(a)) {
        strcpy(tmp, isinf(a) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan"));
        if (percent) strcat(tmp, "%");
    } else {
        if (prec > 400) prec = 400;
        char alt = f->alt ? '#' : 0;
        char fmt[16];
        switch (type) {
        case 'e': case 'E': case 'f': case 'F': case '%':
            snprintf(fmt, sizeof fmt, "%%%s.*%c", alt ? "#" : "", type == '%' ? 'f' : type);
            if (percent) a *= 100;
            if (snprintf(tmp, sizeof tmp, fmt, (int)(prec < 0 ? 6 : prec), a) >= (int)sizeof tmp - 2) {
                int n = snprintf(NULL, 0, fmt, (int)(prec < 0 ? 6 : prec), a);
                s = malloc((size_t)n + 4);
                snprintf(s, (size_t)n + 1, fmt, (int)(prec < 0 ? 6 : prec), a);
            }
            if (percent) strcat(s, "%");
            break;
        case 'g': case 'G': case 'n':
            snprintf(fmt, sizeof fmt, "%%%s.*%c", alt ? "#" : "", type == 'G' ? 'G' : 'g');
            snprintf(tmp, sizeof tmp, fmt, (int)(prec < 0 ? 6 : prec == 0 ? 1 : prec), a);
            break;
        default:            /* no type: repr, or %g with at least one decimal */
            if (prec < 0) {
                MpsBuf r;
                mps_buf_init(&r);
                mps_float_repr_buf(a, &r);
                snprintf(tmp, sizeof tmp, "%s", r.data);
                mps_buf_free(&r);
            } else {
                /* CPython: 'g', but exponent notation from `precision`
                 * integer digits on (not precision + 1), and fixed
                 * notation keeps one digit after the point */
                int p = (int)(prec == 0 ? 1 : prec);
                snprintf(tmp, sizeof tmp, "%.*e", p - 1, a);
                int decpt = atoi(strchr(tmp, 'e') + 1) + 1;
                if (decpt <= -4 || decpt > p - 1) {
                    char *ep = strchr(tmp, 'e'), *m = ep;
                    if (!alt && strchr(tmp, '.')) {      /* strip trailing zeros as 'g' */
                        while (m[-1] == '0') m--;
                        if (m[-1] == '.') m--;
                        memmove(m, ep, strlen(ep) + 1);
                    } else if (alt && !strchr(tmp, '.')) {
                        memmove(ep + 1, ep, strlen(ep) + 1);
                        *ep = '.';
                    }
                } else {
                    snprintf(fmt, sizeof fmt, "%%%s.*g", alt ? "#" : "");
                    snprintf(tmp, sizeof tmp, fmt, p, a);
                    if (!strpbrk(tmp, ".e")) strcat(tmp, ".0");
                }
            }
            if (prec < 0 && alt && !strchr(tmp, '.')) {    /* repr with '#': a point */
                char *ep = strchr(tmp, 'e');
                if (ep) { memmove(ep + 1, ep, strlen(ep) + 1); *ep = '.'; }
                else strcat(tmp, ".");
            }
        }
    }
    /* 'z': a negative number that rounds to zero shows no sign */
    if (neg && f->nonegzero && !isinf(a)) {
        bool nonzero = false;
        for (const char *q = s; *q && *q != 'e' && *q != 'E'; q++) if (*q >= '1' && *q <= '9') nonzero = true;
        if (!nonzero) neg = false;
    }
    /* split integer digits from the rest for grouping */
    size_t nd = 0;
    while (isdigit((unsigned char)s[nd])) nd++;
    const char *sg = sign_str(f, neg);
    MpsBuf body;
    mps_buf_init(&body);
    if (nd == 0) mps_buf_adds(&body, s);     /* inf / nan */
    else number_body(&body, f, s, nd, s + nd, strlen(s + nd), strlen(sg), 3);
    emit(b, f, '>', sg, strlen(sg), body.data, body.len);
    mps_buf_free(&body);
    if (s != tmp) free(s);
    return 0;
}

/* CPython's complex format: each part as a float, the imaginary one with
 * a sign, "(re+imj)" without a type (or "imj" for a +0 real part), then
 * padded as a whole */
static int fmt_complex(MpsThread *t, MpsBuf *b, const FmtSpec *f, double re, double im)
{
    if (f->zero && f->fill == '0') {
        MPS_RAISE(t, ValueError, "Zero padding is not allowed in complex format specifier");
        return -1;
    }
    if (f->align == '=') {
        MPS_RAISE(t, ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return -1;
    }
    if (f->type && !strchr("eEfFgGn", f->type)) {
        MPS_RAISE(t, ValueError, "Unknown format code '%c' for object of type 'complex'", f->type);
        return -1;
    }
    FmtSpec p = *f;
    p.width = -1;
    p.align = 0;
    p.fill = ' ';
    p.zero = false;
    bool repr = !f->type && f->prec < 0, skip_re = false, parens = false;
    if (!f->type) {
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else parens = true;
        if (!repr) p.type = 'g';
    }
    if (p.type == 'n') p.type = 'g';
    MpsBuf body;
    mps_buf_init(&body);
    if (parens) mps_buf_addc(&body, '(');
    for (int k = skip_re ? 1 : 0; k < 2; k++) {
        double d = k ? im : re;
        if (k && !skip_re) p.sign = '+';
        if (repr) {
            bool neg = signbit(d) && !isnan(d);
            mps_buf_adds(&body, sign_str(&p, neg));
            size_t at = body.len;
            mps_float_repr_short(fabs(d), &body);
            if (p.alt && isfinite(d) && !memchr(body.data + at, '.', body.len - at)) {
                char *ep = memchr(body.data + at, 'e', body.len - at);
                size_t pos = ep ? (size_t)(ep - body.data) : body.len;
                mps_buf_addc(&body, '.');
                memmove(body.data + pos + 1, body.data + pos, body.len - pos - 1);
                body.data[pos] = '.';
            }
        } else if (fmt_float(t, &body, &p, d) < 0) { mps_buf_free(&body); return -1; }
    }
    mps_buf_addc(&body, 'j');
    if (parens) mps_buf_addc(&body, ')');
    emit(b, f, '>', "", 0, body.data, body.len);
    mps_buf_free(&body);
    return 0;
}

static int fmt_str(MpsThread *t, MpsBuf *b, const FmtSpec *f, MpsValue s)
{
    if (f->type && f->type != 's') {
        MPS_RAISE(t, ValueError, "Unknown format code '%c' for object of type 'str'", f->type);
        return -1;
    }
    if (f->sign) { MPS_RAISE(t, ValueError, "Sign not allowed in string format specifier"); return -1; }
    if (f->alt) { MPS_RAISE(t, ValueError, "Alternate form (#) not allowed in string format specifier"); return -1; }
    FmtSpec g = *f;
    if (g.zero_align) { g.align = 0; g.zero_align = false; }     /* '{:010}'.format('abc') */
    f = &g;
    if (f->align == '=') { MPS_RAISE(t, ValueError, "'=' alignment not allowed in string format specifier"); return -1; }
    if (f->grouping) { MPS_RAISE(t, ValueError, "Cannot specify '%c' with 's'.", f->grouping); return -1; }
    size_t n = mps_str_size(s);
    if (f->prec >= 0 && (size_t)f->prec < mps_str_len(s)) n = mps_str_offset(s, (size_t)f->prec);
    emit(b, f, '<', "", 0, mps_str_data(s), n);
    return 0;
}

/* format v by spec into b */
static int format_to(MpsThread *t, MpsBuf *b, MpsValue v, const char *spec, size_t nspec)
{
    if (mps_is_obj(v) && (!mps_obj(v)->cls->is_builtin || mps_kind(v) == MPS_K_NATIVE)) {
        MpsValue m = mps_lookup_special(t, v, "__format__");
        if (m) {
            MpsValue sp = mps_str_new(t, spec, nspec);
            if (!sp) return -1;
            MPS_ROOT(t, sp);
            MpsValue args[2] = { v, sp };
            MpsValue r = mps_call(t, m, 2, args, MPS_NULL);
            MPS_UNROOT(t, 1);
            if (!r) return -1;
            if (!mps_is_str(r)) {
                MPS_RAISE(t, TypeError, "__format__ must return a str, not %T", r);
                return -1;
            }
            mps_buf_add(b, mps_str_data(r), mps_str_size(r));
            return 0;
        }
        if (t->exc) return -1;
    }
    if (nspec == 0) return mps_str_buf(t, v, b);
    FmtSpec f;
    if (parse_spec(t, spec, nspec, &f) < 0) return -1;
    /* the padding is the program's request: too much is a MemoryError */
    if (f.width > 0 && mps_buf_reserve(t, b, (uint64_t)f.width * 4) < 0) return -1;
    if (mps_is_int(v)) return fmt_int(t, b, &f, v);    /* bool too: format(False, '>5') is '    0' */
    if (mps_is_float(v)) return fmt_float(t, b, &f, mps_float_val(v));
    if (mps_is_complex(v)) return fmt_complex(t, b, &f, MPS_COMPLEX(v)->re, MPS_COMPLEX(v)->im);
    if (mps_is_str(v)) return fmt_str(t, b, &f, v);
    MPS_RAISE(t, TypeError, "unsupported format string passed to %s.__format__", mps_type_name(t, v));
    return -1;
}

MpsValue mps_format(MpsThread *t, MpsValue v, MpsValue spec)
{
    const char *s = spec && mps_is_str(spec) ? mps_str_data(spec) : "";
    size_t n = spec && mps_is_str(spec) ? mps_str_size(spec) : 0;
    if (n == 0 && mps_is_str(v) && mps_obj(v)->cls->is_builtin) return v;
    MpsBuf b;
    mps_buf_init(&b);
    if (format_to(t, &b, v, s, n) < 0) { mps_buf_free(&b); return MPS_NULL; }
    return mps_buf_to_str(t, &b);
}

/* ---------------------------------------------------------------- ascii() */

static int ascii_to(MpsThread *t, MpsBuf *b, MpsValue v)
{
    MpsValue r = mps_ascii(t, v);
    if (!r) return -1;
    mps_buf_add(b, mps_str_data(r), mps_str_size(r));
    return 0;
}

/* ---------------------------------------------------------------- str % args */

MpsValue mps_str_mod(MpsThread *t, MpsValue fmt, MpsValue args)
{
    const char *s = mps_str_data(fmt), *e = s + mps_str_size(fmt);
    MpsValue *items;
    int64_t nargs;
    bool tuple = mps_is_tuple(args);
    if (tuple) nargs = mps_seq_items(args, &items);
    else { items = &args; nargs = 1; }
    /* a mapping argument (for %(name)s): as CPython, anything subscriptable
     * but a tuple or a str (so 'abc' % [] is 'abc') */
    bool mapping = !tuple && !mps_is_str(args) && mps_is_obj(args) &&
                   (mps_is_dict(args) || mps_is_list(args) || mps_is_kind(args, MPS_K_BYTES) ||
                    mps_is_kind(args, MPS_K_BYTEARRAY) || mps_lookup_special(t, args, "__getitem__"));
    int64_t ai = 0;
    bool used_map = false;
    MpsBuf b;
    mps_buf_init(&b);
    for (const char *p = s; p < e; p++) {
        if (*p != '%') {
            const char *q = p;
            while (q < e && *q != '%') q++;
            mps_buf_add(&b, p, (size_t)(q - p));
            p = q - 1;
            continue;
        }
        p++;
        if (p >= e) { MPS_RAISE(t, ValueError, "incomplete format"); goto fail; }
        if (*p == '%') { mps_buf_addc(&b, '%'); continue; }   /* '%%'; '%5%' is an error */
        MpsValue arg = MPS_NULL;
        if (*p == '(') {
            if (!mapping) {
                MPS_RAISE(t, TypeError, "format requires a mapping");
                goto fail;
            }
            const char *k = ++p;
            int depth = 1;
            while (p < e && depth) { if (*p == '(') depth++; else if (*p == ')') depth--; if (depth) p++; }
            if (p >= e) { MPS_RAISE(t, ValueError, "incomplete format key"); goto fail; }
            MpsValue key = mps_str_new(t, k, (size_t)(p - k));
            if (!key) goto fail;
            arg = mps_getitem(t, args, key);
            if (!arg) goto fail;
            used_map = true;
            p++;
        }
        FmtSpec f;
        memset(&f, 0, sizeof f);
        f.fill = ' ';
        f.width = f.prec = -1;
        bool left = false, zero = false;
        for (; p < e && strchr("-+ #0", *p); p++) {
            switch (*p) {
            case '-': left = true; break;
            case '+': f.sign = '+'; break;
            case ' ': if (f.sign != '+') f.sign = ' '; break;
            case '#': f.alt = true; break;
            case '0': zero = true; break;
            }
        }
        if (p < e && *p == '*') {
            if (ai >= nargs) { MPS_RAISE(t, TypeError, "not enough arguments for format string"); goto fail; }
            if (!mps_is_int(items[ai])) { MPS_RAISE(t, TypeError, "* wants int"); goto fail; }
            if (mps_int_to_i64(t, items[ai++], &f.width) < 0) goto fail;
            if (f.width < 0) { left = true; f.width = -f.width; }
            p++;
        } else if (p < e && isdigit((unsigned char)*p)) {
            f.width = 0;
            while (p < e && isdigit((unsigned char)*p)) {
                if (f.width > (INT32_MAX - 9) / 10) { MPS_RAISE(t, ValueError, "width too big"); goto fail; }
                f.width = f.width * 10 + (*p++ - '0');
            }
        }
        if (p < e && *p == '.') {
            p++;
            f.prec = 0;
            if (p < e && *p == '*') {
                if (ai >= nargs) { MPS_RAISE(t, TypeError, "not enough arguments for format string"); goto fail; }
                if (!mps_is_int(items[ai])) { MPS_RAISE(t, TypeError, "* wants int"); goto fail; }
                if (mps_int_to_i64(t, items[ai++], &f.prec) < 0) goto fail;
                if (f.prec < 0) f.prec = 0;
                p++;
            } else
                while (p < e && isdigit((unsigned char)*p)) {
                    if (f.prec > (INT32_MAX - 9) / 10) { MPS_RAISE(t, ValueError, "precision too big"); goto fail; }
                    f.prec = f.prec * 10 + (*p++ - '0');
                }
        }
        while (p < e && strchr("hlL", *p)) p++;
        if (p >= e) { MPS_RAISE(t, ValueError, "incomplete format"); goto fail; }
        char c = *p;
        if (!arg) {
            /* a single (non-tuple) argument serves one unkeyed spec, and
             * none once a keyed one took from it */
            if (ai >= nargs || used_map) { MPS_RAISE(t, TypeError, "not enough arguments for format string"); goto fail; }
            arg = items[ai++];
        }
        if (left) f.align = '<';
        else if (zero && strchr("diouxXeEfFgG", c)) { f.fill = '0'; f.align = '='; }
        else f.align = '>';
        switch (c) {
        case 's': case 'r': case 'a': {
            MpsBuf tmp;
            mps_buf_init(&tmp);
            int rc = c == 's' ? mps_str_buf(t, arg, &tmp) : c == 'r' ? mps_repr_buf(t, arg, &tmp) : ascii_to(t, &tmp, arg);
            if (rc < 0) { mps_buf_free(&tmp); goto fail; }
            size_t n = tmp.len;
            if (f.prec >= 0 && (size_t)f.prec < utf8_len(tmp.data, tmp.len)) {
                size_t k = 0, cp = 0;
                while (k < tmp.len && cp < (size_t)f.prec) { k++; while (k < tmp.len && ((unsigned char)tmp.data[k] & 0xC0) == 0x80) k++; cp++; }
                n = k;
            }
            emit(&b, &f, '>', "", 0, tmp.data ? tmp.data : "", n);
            mps_buf_free(&tmp);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            MpsValue iv = arg;
            if (mps_is_float(arg) && (c == 'd' || c == 'i' || c == 'u')) {
                iv = mps_int_from_double(t, mps_float_val(arg));
                if (!iv) goto fail;
            } else if (!mps_is_int(arg)) {
                int64_t dummy;
                MpsValue m = mps_is_obj(arg) ? mps_lookup_special(t, arg, "__index__") : MPS_NULL;
                if (!m) {
                    if (c == 'd' || c == 'i' || c == 'u')
                        MPS_RAISE(t, TypeError, "%%%c format: a real number is required, not %T", c, arg);
                    else
                        MPS_RAISE(t, TypeError, "%%%c format: an integer is required, not %T", c, arg);
                    goto fail;
                }
                if (mps_index(t, arg, &dummy) < 0) goto fail;
                iv = mps_int_from_i64(t, dummy);
            }
            FmtSpec g = f;
            g.type = c == 'i' || c == 'u' ? 'd' : c;
            int64_t prec = g.prec;
            g.prec = -1;
            if (prec > 0) {   /* %.Nd: at least N digits */
                MpsValue ds = mps_int_to_str(t, iv, c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10);
                if (!ds) goto fail;
                const char *dd = mps_str_data(ds);
                bool neg = *dd == '-';
                if (neg) dd++;
                MpsBuf body;
                mps_buf_init(&body);
                for (int64_t k = (int64_t)strlen(dd); k < prec; k++) mps_buf_addc(&body, '0');
                for (const char *q = dd; *q; q++) mps_buf_addc(&body, c == 'X' ? (char)toupper((unsigned char)*q) : *q);
                char pre[8];
                snprintf(pre, sizeof pre, "%s%s", sign_str(&g, neg),
                         !g.alt ? "" : c == 'o' ? "0o" : c == 'x' ? "0x" : c == 'X' ? "0X" : "");
                emit(&b, &g, '>', pre, strlen(pre), body.data, body.len);
                mps_buf_free(&body);
            } else if (fmt_int(t, &b, &g, iv) < 0) goto fail;
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double d;
            if (!mps_is_float(arg) && !mps_is_int(arg)) {
                MPS_RAISE(t, TypeError, "must be real number, not %T", arg);
                goto fail;
            }
            if (mps_to_double(t, arg, &d) < 0) goto fail;
            FmtSpec g = f;
            g.type = c;
            if (fmt_float(t, &b, &g, d) < 0) goto fail;
            break;
        }
        case 'c': {
            MpsBuf body;
            mps_buf_init(&body);
            if (mps_is_int(arg)) {
                int64_t cp;
                if (mps_int_to_i64(t, arg, &cp) < 0) goto fail;
                if (cp < 0 || cp > 0x10FFFF) { MPS_RAISE(t, OverflowError, "%%c arg not in range(0x110000)"); goto fail; }
                mps_buf_add_utf8(&body, (uint32_t)cp);
            } else if (mps_is_str(arg) && mps_str_len(arg) == 1) {
                mps_buf_add(&body, mps_str_data(arg), mps_str_size(arg));
            } else {
                MPS_RAISE(t, TypeError, "%%c requires int or char");
                goto fail;
            }
            emit(&b, &f, '>', "", 0, body.data, body.len);
            mps_buf_free(&body);
            break;
        }
        default:
            MPS_RAISE(t, ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                      c, (unsigned)(unsigned char)c, (long long)(p - s));
            goto fail;
        }
    }
    if (!used_map && !mapping && ai < nargs) {
        MPS_RAISE(t, TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    return mps_buf_to_str(t, &b);
fail:
    mps_buf_free(&b);
    return MPS_NULL;
}

/* ---------------------------------------------------------------- str.format */

typedef struct {
    MpsThread *t;
    int argc;
    const MpsValue *argv;
    MpsValue kwnames;
    int auto_idx;          /* -1: manual numbering used */
    bool manual;
    MpsValue mapping;      /* format_map: names are looked up with mapping[name] */
} FmtArgs;

static MpsValue kwarg(FmtArgs *a, const char *name, size_t n)
{
    if (!a->kwnames) return MPS_NULL;
    MpsTuple *kw = MPS_TUPLE(a->kwnames);
    for (size_t i = 0; i < kw->len; i++)
        if (mps_str_size(kw->items[i]) == n && memcmp(mps_str_data(kw->items[i]), name, n) == 0)
            return a->argv[a->argc + (int)i];
    return MPS_NULL;
}

/* resolve "name.attr[key]..." to a value */
static MpsValue field_value(FmtArgs *a, const char *p, const char *e)
{
    MpsThread *t = a->t;
    const char *q = p;
    while (q < e && *q != '.' && *q != '[') q++;
    MpsValue v;
    if (a->mapping) {      /* format_map: every field must be a name */
        bool digits = true;
        for (const char *r = p; r < q; r++) if (!isdigit((unsigned char)*r)) digits = false;
        if (digits) return MPS_RAISE(t, ValueError, "Format string contains positional fields");
    }
    if (q == p) {
        if (a->manual) return MPS_RAISE(t, ValueError, "cannot switch from manual field specification to automatic field numbering");
        int i = a->auto_idx++;
        if (i >= a->argc) return MPS_RAISE(t, IndexError, "Replacement index %d out of range for positional args tuple", i);
        v = a->argv[i];
    } else {
        bool digits = true;
        for (const char *r = p; r < q; r++) if (!isdigit((unsigned char)*r)) digits = false;
        if (digits) {
            if (a->auto_idx > 0) return MPS_RAISE(t, ValueError, "cannot switch from automatic field numbering to manual field specification");
            a->manual = true;
            long i = strtol(p, NULL, 10);
            if (i >= a->argc) return MPS_RAISE(t, IndexError, "Replacement index %ld out of range for positional args tuple", i);
            v = a->argv[i];
        } else if (a->mapping) {
            MpsValue key = mps_str_new(t, p, (size_t)(q - p));
            if (!key) return MPS_NULL;
            v = mps_getitem(t, a->mapping, key);
            if (!v) return MPS_NULL;
        } else {
            v = kwarg(a, p, (size_t)(q - p));
            if (!v) {
                MpsValue key = mps_str_new(t, p, (size_t)(q - p));
                MpsValue args = key ? mps_tuple_pack(t, 1, key) : MPS_NULL;
                MpsValue exc = args ? mps_exc_new(t, MPS_EXCCLS(t, KeyError), args) : MPS_NULL;
                return exc ? mps_raise_value(t, exc) : MPS_NULL;
            }
        }
    }
    while (q < e) {
        MPS_ROOT(t, v);
        if (*q == '.') {
            const char *n = ++q;
            while (q < e && *q != '.' && *q != '[') q++;
            if (q == n) { MPS_UNROOT(t, 1); return MPS_RAISE(t, ValueError, "Empty attribute in format string"); }
            MpsValue name = mps_str_new(t, n, (size_t)(q - n));
            name = name ? mps_intern(t, name) : name;
            v = name ? mps_getattr(t, v, name) : MPS_NULL;
        } else {
            const char *n = ++q;
            while (q < e && *q != ']') q++;
            if (q >= e) { MPS_UNROOT(t, 1); return MPS_RAISE(t, ValueError, "Missing ']' in format string"); }
            bool digits = q > n;
            for (const char *r = n; r < q; r++) if (!isdigit((unsigned char)*r)) digits = false;
            MpsValue key = digits ? mps_int_parse(t, n, (size_t)(q - n), 10) : mps_str_new(t, n, (size_t)(q - n));
            v = key ? mps_getitem(t, v, key) : MPS_NULL;
            q++;
            if (q < e && *q != '.' && *q != '[') {
                MPS_UNROOT(t, 1);
                return MPS_RAISE(t, ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        MPS_UNROOT(t, 1);
        if (!v) return v;
    }
    return v;
}

static int format_string(FmtArgs *a, const char *s, const char *e, MpsBuf *b, int depth);

static int replacement(FmtArgs *a, const char *p, const char *e, MpsBuf *b, int depth)
{
    MpsThread *t = a->t;
    /* split field[!conv][:spec] — brackets may contain ':' or '!' */
    const char *q = p;
    while (q < e && *q != '!' && *q != ':') {
        if (*q == '[') { while (q < e && *q != ']') q++; }
        if (q < e) q++;
    }
    const char *fe = q;
    char conv = 0;
    if (q < e && *q == '!') {
        if (q + 1 >= e) { MPS_RAISE(t, ValueError, "end of string while looking for conversion specifier"); return -1; }
        conv = q[1];
        q += 2;
        if (q < e && *q != ':') { MPS_RAISE(t, ValueError, "expected ':' after conversion specifier"); return -1; }
    }
    const char *spec = q < e ? q + 1 : e;
    MpsValue v = field_value(a, p, fe);
    if (!v) return -1;
    MPS_ROOT(t, v);
    int rc = -1;
    if (conv) {
        MpsBuf cb;
        mps_buf_init(&cb);
        int r;
        switch (conv) {
        case 'r': r = mps_repr_buf(t, v, &cb); break;
        case 's': r = mps_str_buf(t, v, &cb); break;
        case 'a': r = ascii_to(t, &cb, v); break;
        default:
            mps_buf_free(&cb);
            MPS_RAISE(t, ValueError, "Unknown conversion specifier %c", conv);
            goto out;
        }
        if (r < 0) { mps_buf_free(&cb); goto out; }
        v = mps_buf_to_str(t, &cb);
        if (!v) goto out;
        MPS_UNROOT(t, 1);
        MPS_ROOT(t, v);
    }
    /* nested fields in the spec */
    MpsBuf sb;
    mps_buf_init(&sb);
    if (memchr(spec, '{', (size_t)(e - spec))) {
        if (depth >= 2) { MPS_RAISE(t, ValueError, "Max string recursion exceeded"); goto out; }
        if (format_string(a, spec, e, &sb, depth + 1) < 0) { mps_buf_free(&sb); goto out; }
    } else mps_buf_add(&sb, spec, (size_t)(e - spec));
    rc = format_to(t, b, v, sb.data ? sb.data : "", sb.len);
    mps_buf_free(&sb);
out:
    MPS_UNROOT(t, 1);
    return rc;
}

static int format_string(FmtArgs *a, const char *s, const char *e, MpsBuf *b, int depth)
{
    MpsThread *t = a->t;
    for (const char *p = s; p < e; p++) {
        char c = *p;
        if (c == '}') {
            if (p + 1 < e && p[1] == '}') { mps_buf_addc(b, '}'); p++; continue; }
            MPS_RAISE(t, ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (c != '{') { mps_buf_addc(b, c); continue; }
        if (p + 1 < e && p[1] == '{') { mps_buf_addc(b, '{'); p++; continue; }
        /* find the matching '}' */
        const char *q = p + 1;
        int level = 1;
        while (q < e) {
            if (*q == '[') { while (q < e && *q != ']') q++; if (q >= e) break; }
            else if (*q == '{') level++;
            else if (*q == '}' && --level == 0) break;
            q++;
        }
        if (q >= e) {
            MPS_RAISE(t, ValueError, p + 1 < e ? "expected '}' before end of string" : "Single '{' encountered in format string");
            return -1;
        }
        if (replacement(a, p + 1, q, b, depth) < 0) return -1;
        p = q;
    }
    return 0;
}

MpsValue mps_str_format_map(MpsThread *t, MpsValue fmt, MpsValue mapping)
{
    FmtArgs a = { t, 0, NULL, MPS_NULL, 0, false, mapping };
    MpsBuf b;
    mps_buf_init(&b);
    const char *s = mps_str_data(fmt);
    if (format_string(&a, s, s + mps_str_size(fmt), &b, 0) < 0) { mps_buf_free(&b); return MPS_NULL; }
    return mps_buf_to_str(t, &b);
}

MpsValue mps_str_format(MpsThread *t, MpsValue fmt, int argc, const MpsValue *argv, MpsValue kwnames)
{
    FmtArgs a = { t, argc, argv, kwnames, 0, false, MPS_NULL };
    MpsBuf b;
    mps_buf_init(&b);
    const char *s = mps_str_data(fmt);
    if (format_string(&a, s, s + mps_str_size(fmt), &b, 0) < 0) { mps_buf_free(&b); return MPS_NULL; }
    return mps_buf_to_str(t, &b);
}
