/* mod_json.c — the json module: dumps/dump and loads/load with CPython's
 * output format (separators, indent, sort_keys, ensure_ascii, default).
 * Prefix js_. */
#include "lib.h"
#include <math.h>

/* ---------------------------------------------------------------- encoding */

typedef struct JsEnc {
    MpsBuf b;
    const char *item_sep, *key_sep, *indent;   /* indent NULL: one line */
    bool sort_keys, ensure_ascii, allow_nan;
    MpsValue dflt;
    int depth;                 /* indentation level */
    MpsValue *open;            /* containers being encoded (circular check) */
    int nopen, capopen;
} JsEnc;

static void js_str(JsEnc *e, const char *p, size_t n)
{
    const char *end = p + n;
    mps_buf_addc(&e->b, '"');
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            p++;
            switch (c) {
            case '"': mps_buf_adds(&e->b, "\\\""); break;
            case '\\': mps_buf_adds(&e->b, "\\\\"); break;
            case '\n': mps_buf_adds(&e->b, "\\n"); break;
            case '\r': mps_buf_adds(&e->b, "\\r"); break;
            case '\t': mps_buf_adds(&e->b, "\\t"); break;
            case '\b': mps_buf_adds(&e->b, "\\b"); break;
            case '\f': mps_buf_adds(&e->b, "\\f"); break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    if (c == 0x7F && !e->ensure_ascii) mps_buf_addc(&e->b, (char)c);
                    else mps_buf_printf(&e->b, "\\u%04x", c);
                } else mps_buf_addc(&e->b, (char)c);
            }
            continue;
        }
        const char *q = p;
        uint32_t cp = mpsl_utf8_next(&q);
        if (!e->ensure_ascii) mps_buf_add(&e->b, p, (size_t)(q - p));
        else if (cp < 0x10000) mps_buf_printf(&e->b, "\\u%04x", cp);
        else {
            cp -= 0x10000;
            mps_buf_printf(&e->b, "\\u%04x\\u%04x", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
        }
        p = q;
    }
    mps_buf_addc(&e->b, '"');
}

static void js_newline(JsEnc *e)
{
    mps_buf_addc(&e->b, '\n');
    for (int i = 0; i < e->depth; i++) mps_buf_adds(&e->b, e->indent);
}

static int js_float(MpsThread *t, JsEnc *e, double d)
{
    if (isfinite(d)) { mps_float_repr_buf(d, &e->b); return 0; }
    if (!e->allow_nan) {
        MpsValue f = mps_float_new(t, d);
        MPS_RAISE(t, ValueError, "Out of range float values are not JSON compliant: %R", f);
        return -1;
    }
    mps_buf_adds(&e->b, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    return 0;
}

static int js_enc(MpsThread *t, JsEnc *e, MpsValue v);

static int js_key(MpsThread *t, JsEnc *e, MpsValue k)
{
    if (mps_is_str(k)) { js_str(e, mps_str_data(k), mps_str_size(k)); return 0; }
    MpsBuf tmp;
    mps_buf_init(&tmp);
    if (k == MPS_TRUE) mps_buf_adds(&tmp, "true");
    else if (k == MPS_FALSE) mps_buf_adds(&tmp, "false");
    else if (k == MPS_NONE) mps_buf_adds(&tmp, "null");
    else if (mps_is_float(k)) {
        double d = mps_float_val(k);
        if (isfinite(d)) mps_float_repr_buf(d, &tmp);
        else mps_buf_adds(&tmp, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    } else if (mps_is_int(k)) {
        if (mps_str_buf(t, k, &tmp) < 0) { mps_buf_free(&tmp); return -1; }
    } else {
        mps_buf_free(&tmp);
        MPS_RAISE(t, TypeError, "keys must be str, int, float, bool or None, not %T", k);
        return -1;
    }
    js_str(e, tmp.data, tmp.len);
    mps_buf_free(&tmp);
    return 0;
}

static int js_seq(MpsThread *t, JsEnc *e, MpsValue v)
{
    MpsValue *items;
    int64_t n = mps_seq_items(v, &items);
    if (n == 0) { mps_buf_adds(&e->b, "[]"); return 0; }
    mps_buf_addc(&e->b, '[');
    e->depth++;
    for (int64_t i = 0; i < mps_seq_items(v, &items); i++) {
        if (i) mps_buf_adds(&e->b, e->item_sep);
        if (e->indent) js_newline(e);
        if (js_enc(t, e, items[i]) < 0) return -1;
    }
    e->depth--;
    if (e->indent) js_newline(e);
    mps_buf_addc(&e->b, ']');
    return 0;
}

static int js_dict(MpsThread *t, JsEnc *e, MpsValue v)
{
    MpsDict *d = MPS_DICT(v);
    if (d->len == 0) { mps_buf_adds(&e->b, "{}"); return 0; }
    MpsValue pairs = mps_list_new(t, 0);   /* (key, value) in output order */
    if (!pairs) return -1;
    MPS_ROOT(t, pairs);
    int rc = -1;
    MpsValue k, x;
    for (size_t i = 0; mps_dict_next(d, &i, &k, &x); ) {
        MpsValue p = mps_tuple_pack(t, 2, k, x);
        if (!p || mps_list_append(t, pairs, p) < 0) goto out;
    }
    if (e->sort_keys && mps_list_sort(t, pairs, MPS_NONE, false) < 0) goto out;
    mps_buf_addc(&e->b, '{');
    e->depth++;
    for (size_t i = 0; i < MPS_LIST(pairs)->len; i++) {
        MpsTuple *p = MPS_TUPLE(MPS_LIST(pairs)->items[i]);
        if (i) mps_buf_adds(&e->b, e->item_sep);
        if (e->indent) js_newline(e);
        if (js_key(t, e, p->items[0]) < 0) goto out;
        mps_buf_adds(&e->b, e->key_sep);
        if (js_enc(t, e, p->items[1]) < 0) goto out;
    }
    e->depth--;
    if (e->indent) js_newline(e);
    mps_buf_addc(&e->b, '}');
    rc = 0;
out:
    MPS_UNROOT(t, 1);
    return rc;
}

/* encode container v with fn, refusing a cycle (CPython's markers) and a
 * nesting deeper than the recursion limit */
static int js_nested(MpsThread *t, JsEnc *e, MpsValue v, int (*fn)(MpsThread *, JsEnc *, MpsValue))
{
    for (int i = 0; i < e->nopen; i++)
        if (e->open[i] == v) {
            MPS_RAISE(t, ValueError, "Circular reference detected");
            return -1;
        }
    if (e->nopen == e->capopen) {
        int cap = e->capopen ? e->capopen * 2 : 16;
        MpsValue *p = realloc(e->open, (size_t)cap * sizeof *p);
        if (!p) { mps_raise_nomem(t); return -1; }
        e->open = p;
        e->capopen = cap;
    }
    if (mps_recursion_enter(t, " while encoding a JSON object") < 0) return -1;
    e->open[e->nopen++] = v;
    int rc = fn(t, e, v);
    e->nopen--;
    mps_recursion_leave(t);
    return rc;
}

static int js_enc(MpsThread *t, JsEnc *e, MpsValue v)
{
    if (v == MPS_NONE) { mps_buf_adds(&e->b, "null"); return 0; }
    if (v == MPS_TRUE) { mps_buf_adds(&e->b, "true"); return 0; }
    if (v == MPS_FALSE) { mps_buf_adds(&e->b, "false"); return 0; }
    if (mps_is_str(v)) { js_str(e, mps_str_data(v), mps_str_size(v)); return 0; }
    if (mps_is_int(v)) {
        MpsValue s = mps_int_to_str(t, v, 10);
        if (!s) return -1;
        mps_buf_add(&e->b, mps_str_data(s), mps_str_size(s));
        return 0;
    }
    if (mps_is_float(v)) return js_float(t, e, mps_float_val(v));
    if (mps_is_list(v) || mps_is_tuple(v)) return js_nested(t, e, v, js_seq);
    if (mps_is_dict(v)) return js_nested(t, e, v, js_dict);
    if (e->dflt && e->dflt != MPS_NONE) {
        MpsValue r = mps_call1(t, e->dflt, v);
        if (!r) return -1;
        MPS_ROOT(t, r);
        int rc = mps_recursion_enter(t, " while encoding a JSON object");
        if (rc == 0) {
            rc = js_enc(t, e, r);
            mps_recursion_leave(t);
        }
        MPS_UNROOT(t, 1);
        return rc;
    }
    MPS_RAISE(t, TypeError, "Object of type %T is not JSON serializable", v);
    return -1;
}

static MpsValue js_dumps_impl(MpsThread *t, MpsValue obj, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan",
                                        "cls", "indent", "separators", "default", "sort_keys"};
    MpsValue a[9];
    if (argc > 0) return MPS_RAISE(t, TypeError, "dumps() takes 1 positional argument but %d were given", argc + 1);
    if (mps_args(t, "dumps", 0, argv, kw, names, 0, 9, a) < 0) return MPS_NULL;
    JsEnc e;
    memset(&e, 0, sizeof e);
    e.ensure_ascii = !a[1] || mps_truthy(t, a[1]) == 1;
    e.allow_nan = !a[3] || mps_truthy(t, a[3]) == 1;
    e.sort_keys = a[8] && mps_truthy(t, a[8]) == 1;
    e.dflt = a[7];
    char ind[64];
    MpsValue indent = a[5];
    if (indent && indent != MPS_NONE) {
        if (mps_is_str(indent)) e.indent = mps_str_data(indent);
        else {
            int64_t n;
            if (mps_index(t, indent, &n) < 0) return MPS_NULL;
            if (n < 0) n = 0;
            if (n > 63) n = 63;
            memset(ind, ' ', (size_t)n);
            ind[n] = 0;
            e.indent = ind;
        }
    }
    e.item_sep = e.indent ? "," : ", ";
    e.key_sep = ": ";
    MpsValue seps = a[6];
    if (seps && seps != MPS_NONE) {
        if (!mps_is_tuple(seps) && !mps_is_list(seps)) return MPS_RAISE(t, TypeError, "separators must be a pair of str");
        MpsValue *it;
        if (mps_seq_items(seps, &it) != 2 || !mps_is_str(it[0]) || !mps_is_str(it[1]))
            return MPS_RAISE(t, ValueError, "separators must be a pair of str");
        e.item_sep = mps_str_data(it[0]);
        e.key_sep = mps_str_data(it[1]);
    }
    mps_buf_init(&e.b);
    MPS_ROOT(t, seps ? seps : MPS_NONE);
    int rc = js_enc(t, &e, obj);
    free(e.open);
    MPS_UNROOT(t, 1);
    if (rc < 0) { mps_buf_free(&e.b); return MPS_NULL; }
    if (!e.b.data) return mps_str_new(t, "", 0);
    return mps_buf_to_str(t, &e.b);
}

static MpsValue js_dumps(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (argc < 1) return MPS_RAISE(t, TypeError, "dumps() missing 1 required positional argument: 'obj'");
    return js_dumps_impl(t, argv[0], argc - 1, argv + 1, kw);
}

static MpsValue js_dump(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (argc < 2) return MPS_RAISE(t, TypeError, "dump() missing required positional arguments: 'obj' and 'fp'");
    MpsValue s = js_dumps_impl(t, argv[0], argc - 2, argv + 2, kw);
    if (!s) return MPS_NULL;
    MPS_ROOT(t, s);
    MpsValue r = mps_call_method(t, argv[1], "write", 1, &s);
    MPS_UNROOT(t, 1);
    return r ? MPS_NONE : MPS_NULL;
}

/* ---------------------------------------------------------------- decoding */

typedef struct JsDec { const char *s, *p, *end; MpsValue err_cls, object_hook; } JsDec;

static MpsValue js_fail(MpsThread *t, JsDec *d, const char *msg, const char *at)
{
    size_t pos = 0, line = 1, col = 1;
    for (const char *q = d->s; q < at; q++) {
        if (((unsigned char)*q & 0xC0) != 0x80) pos++;
        if (*q == '\n') { line++; col = 1; }
        else if (((unsigned char)*q & 0xC0) != 0x80) col++;
    }
    MpsValue m = mps_str_printf(t, "%s: line %zu column %zu (char %zu)", msg, line, col, pos);
    if (!m) return MPS_NULL;
    MpsValue args = mps_tuple_pack(t, 1, m);
    MpsValue e = args ? mps_exc_new(t, MPS_CLASS(d->err_cls), args) : MPS_NULL;
    if (!e) return MPS_NULL;
    MPS_ROOT(t, e);
    mps_setattr(t, e, mps_intern_cstr(t, "msg"), mps_str_cstr_new(t, msg));
    mps_setattr(t, e, mps_intern_cstr(t, "pos"), mps_from_small((int64_t)pos));
    mps_setattr(t, e, mps_intern_cstr(t, "lineno"), mps_from_small((int64_t)line));
    mps_setattr(t, e, mps_intern_cstr(t, "colno"), mps_from_small((int64_t)col));
    MPS_UNROOT(t, 1);
    mps_exc_clear(t);
    return mps_raise_value(t, e);
}

static void js_ws(JsDec *d)
{
    while (d->p < d->end && (*d->p == ' ' || *d->p == '\t' || *d->p == '\n' || *d->p == '\r')) d->p++;
}

static int js_hex4(const char *p, const char *end, uint32_t *out)
{
    if (end - p < 4) return -1;
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int x = c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
        if (x < 0) return -1;
        v = v * 16 + (uint32_t)x;
    }
    *out = v;
    return 0;
}

static MpsValue js_parse_str(MpsThread *t, JsDec *d)
{
    const char *start = d->p++;
    MpsBuf b;
    mps_buf_init(&b);
    for (;;) {
        if (d->p >= d->end) { mps_buf_free(&b); return js_fail(t, d, "Unterminated string starting at", start); }
        char c = *d->p;
        if (c == '"') { d->p++; break; }
        if ((unsigned char)c < 0x20) { mps_buf_free(&b); return js_fail(t, d, "Invalid control character at", d->p); }
        if (c != '\\') { mps_buf_addc(&b, c); d->p++; continue; }
        const char *esc = d->p++;
        if (d->p >= d->end) { mps_buf_free(&b); return js_fail(t, d, "Unterminated string starting at", start); }
        c = *d->p++;
        switch (c) {
        case '"': mps_buf_addc(&b, '"'); break;
        case '\\': mps_buf_addc(&b, '\\'); break;
        case '/': mps_buf_addc(&b, '/'); break;
        case 'b': mps_buf_addc(&b, '\b'); break;
        case 'f': mps_buf_addc(&b, '\f'); break;
        case 'n': mps_buf_addc(&b, '\n'); break;
        case 'r': mps_buf_addc(&b, '\r'); break;
        case 't': mps_buf_addc(&b, '\t'); break;
        case 'u': {
            uint32_t cp, lo;
            if (js_hex4(d->p, d->end, &cp) < 0) { mps_buf_free(&b); return js_fail(t, d, "Invalid \\uXXXX escape", esc); }
            d->p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && d->end - d->p >= 6 && d->p[0] == '\\' && d->p[1] == 'u' &&
                js_hex4(d->p + 2, d->end, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                d->p += 6;
            }
            if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;   /* lone surrogate: not representable in UTF-8 */
            mps_buf_add_utf8(&b, cp);
            break;
        }
        default:
            mps_buf_free(&b);
            return js_fail(t, d, "Invalid \\escape", esc);
        }
    }
    if (!b.data) return mps_str_new(t, "", 0);
    return mps_buf_to_str(t, &b);
}

static MpsValue js_parse(MpsThread *t, JsDec *d, int depth);

static MpsValue js_parse_num(MpsThread *t, JsDec *d)
{
    const char *st = d->p;
    bool isf = false;
    if (d->p < d->end && *d->p == '-') d->p++;
    if (d->p >= d->end || !(*d->p >= '0' && *d->p <= '9')) return js_fail(t, d, "Expecting value", st);
    if (*d->p == '0') d->p++;
    else while (d->p < d->end && *d->p >= '0' && *d->p <= '9') d->p++;
    if (d->p + 1 < d->end && *d->p == '.' && d->p[1] >= '0' && d->p[1] <= '9') {
        isf = true;
        d->p++;
        while (d->p < d->end && *d->p >= '0' && *d->p <= '9') d->p++;
    }
    if (d->p < d->end && (*d->p == 'e' || *d->p == 'E')) {
        const char *q = d->p + 1;
        if (q < d->end && (*q == '+' || *q == '-')) q++;
        if (q < d->end && *q >= '0' && *q <= '9') {
            isf = true;
            while (q < d->end && *q >= '0' && *q <= '9') q++;
            d->p = q;
        }
    }
    if (isf) return mps_float_parse(t, st, (size_t)(d->p - st));
    return mps_int_parse(t, st, (size_t)(d->p - st), 10);
}

static bool js_lit(JsDec *d, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(d->end - d->p) < n || memcmp(d->p, w, n)) return false;
    d->p += n;
    return true;
}

static MpsValue js_parse(MpsThread *t, JsDec *d, int depth)
{
    js_ws(d);
    if (depth > 900) return MPS_RAISE(t, RecursionError, "maximum recursion depth exceeded while decoding a JSON document");
    if (d->p >= d->end) return js_fail(t, d, "Expecting value", d->p);
    char c = *d->p;
    if (c == '"') return js_parse_str(t, d);
    if (c == '{') {
        d->p++;
        MpsDict *dict = mps_dict_new(t);
        if (!dict) return MPS_NULL;
        MpsValue res = mps_from_obj(dict);
        MPS_ROOT(t, res);
        js_ws(d);
        if (d->p < d->end && *d->p == '}') {
            d->p++;
            if (d->object_hook) res = mps_call1(t, d->object_hook, res);
            MPS_UNROOT(t, 1);
            return res;
        }
        for (;;) {
            js_ws(d);
            if (d->p >= d->end || *d->p != '"') {
                res = js_fail(t, d, "Expecting property name enclosed in double quotes", d->p);
                break;
            }
            MpsValue k = js_parse_str(t, d);
            if (!k) { res = MPS_NULL; break; }
            MPS_ROOT(t, k);
            js_ws(d);
            if (d->p >= d->end || *d->p != ':') {
                MPS_UNROOT(t, 1);
                res = js_fail(t, d, "Expecting ':' delimiter", d->p);
                break;
            }
            d->p++;
            MpsValue v = js_parse(t, d, depth + 1);
            int rc = v ? mps_dict_set(t, dict, k, v) : -1;
            MPS_UNROOT(t, 1);
            if (rc < 0) { res = MPS_NULL; break; }
            js_ws(d);
            if (d->p < d->end && *d->p == ',') { d->p++; continue; }
            if (d->p < d->end && *d->p == '}') { d->p++; break; }
            res = js_fail(t, d, "Expecting ',' delimiter", d->p);
            break;
        }
        if (res && d->object_hook) res = mps_call1(t, d->object_hook, res);
        MPS_UNROOT(t, 1);
        return res;
    }
    if (c == '[') {
        d->p++;
        MpsValue list = mps_list_new(t, 0);
        if (!list) return MPS_NULL;
        MpsValue res = list;
        MPS_ROOT(t, list);
        js_ws(d);
        if (d->p < d->end && *d->p == ']') { d->p++; MPS_UNROOT(t, 1); return list; }
        for (;;) {
            MpsValue v = js_parse(t, d, depth + 1);
            if (!v || mps_list_append(t, list, v) < 0) { res = MPS_NULL; break; }
            js_ws(d);
            if (d->p < d->end && *d->p == ',') { d->p++; continue; }
            if (d->p < d->end && *d->p == ']') { d->p++; break; }
            res = js_fail(t, d, "Expecting ',' delimiter", d->p);
            break;
        }
        MPS_UNROOT(t, 1);
        return res;
    }
    if (js_lit(d, "null")) return MPS_NONE;
    if (js_lit(d, "true")) return MPS_TRUE;
    if (js_lit(d, "false")) return MPS_FALSE;
    if (js_lit(d, "NaN")) return mps_float_new(t, NAN);
    if (js_lit(d, "Infinity")) return mps_float_new(t, INFINITY);
    if (js_lit(d, "-Infinity")) return mps_float_new(t, -INFINITY);
    return js_parse_num(t, d);
}

static MpsValue js_loads(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"s", "cls", "object_hook"};
    MpsValue a[3] = {0};
    if (mps_args(t, "loads", argc, argv, kw, names, 1, 3, a) < 0) return MPS_NULL;
    MpsValue s = a[0];
    MpsValue hook = a[2] && a[2] != MPS_NONE ? a[2] : MPS_NULL;
    const char *p;
    size_t n;
    if (mps_is_str(s)) { p = mps_str_data(s); n = mps_str_size(s); }
    else if (mps_is_kind(s, MPS_K_BYTES) || mps_is_kind(s, MPS_K_BYTEARRAY)) {
        s = mpsl_decode(t, MPS_BYTES(s)->data, MPS_BYTES(s)->size, "utf-8", "strict");
        if (!s) return MPS_NULL;
        p = mps_str_data(s);
        n = mps_str_size(s);
    } else
        return MPS_RAISE(t, TypeError, "the JSON object must be str, bytes or bytearray, not %T", s);
    MPS_ROOT(t, s);
    MpsValue m = mps_dict_get_cstr(t, t->interp->modules, "json");
    MpsValue cls = m && mps_is_kind(m, MPS_K_MODULE) ? mps_dict_get_cstr(t, MPS_MODULE(m)->dict, "JSONDecodeError") : MPS_NULL;
    JsDec d = {p, p, p + n, cls && mps_is_class(cls) ? cls : mps_from_obj(MPS_EXCCLS(t, ValueError)), hook};
    MpsValue r = js_parse(t, &d, 0);
    if (r) {
        js_ws(&d);
        if (d.p < d.end) r = js_fail(t, &d, "Extra data", d.p);
    }
    MPS_UNROOT(t, 1);
    return r;
}

static MpsValue js_load(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (argc < 1) return MPS_RAISE(t, TypeError, "load() missing 1 required positional argument: 'fp'");
    MpsValue s = mps_call_method(t, argv[0], "read", 0, NULL);
    if (!s) return MPS_NULL;
    MPS_ROOT(t, s);
    size_t nkw = kw && mps_is_tuple(kw) ? MPS_TUPLE(kw)->len : 0;
    MpsValue args[8] = {s};
    if (nkw > 7) { MPS_UNROOT(t, 1); return MPS_RAISE(t, TypeError, "load() got too many keyword arguments"); }
    for (size_t i = 0; i < nkw; i++) args[1 + i] = argv[argc + (int)i];
    MpsValue r = js_loads(t, 1, args, nkw ? kw : MPS_NULL);
    MPS_UNROOT(t, 1);
    return r;
}

static const MpsMethodDef js_functions[] = {
    {"dumps", js_dumps}, {"dump", js_dump}, {"loads", js_loads}, {"load", js_load},
    {NULL, NULL}
};

MpsValue mpsl_mod_json(MpsThread *t)
{
    MpsValue m = mpsl_module(t, "json", js_functions);
    if (!m) return MPS_NULL;
    MPS_ROOT(t, m);
    MpsValue name = mps_intern_cstr(t, "JSONDecodeError");
    MpsValue bases = mps_tuple_pack(t, 1, mps_from_obj(MPS_EXCCLS(t, ValueError)));
    MpsDict *d = mps_dict_new(t);
    if (d) mps_dict_set(t, d, t->interp->s_module, mps_str_cstr_new(t, "json"));
    MpsClass *c = bases && d ? mps_class_new(t, name, bases, d) : NULL;
    if (c) mpsl_set(t, m, "JSONDecodeError", mps_from_obj(c));
    MPS_UNROOT(t, 1);
    return t->exc ? MPS_NULL : m;
}
