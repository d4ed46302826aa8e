/*
 * traceback.c — printing exceptions exactly as CPython 3.10 does (without
 * the 3.11 ^^^ markers): cause/context chains, "Traceback (most recent
 * call last):", one "File …, line …, in …" entry per frame with the
 * stripped source line, runs of the same line collapsed into "[Previous
 * line repeated N more times]", and the "Type: message" line. Syntax
 * errors print their file/line, the source text and a caret.
 *
 * MpsException.traceback is a chain of traceback objects, outermost
 * first (the VM puts a new one in front while unwinding outwards); they
 * and the frame snapshots they hold are tuples underneath (code.h).
 * Source lines are read from the file named by the code object, once per
 * file per print.
 */
#include "code.h"
#include <string.h>
#include <stdlib.h>

typedef struct SrcFile { const char *name; char *text; size_t len; } SrcFile;
typedef struct SrcCache { SrcFile f[8]; int n; } SrcCache;

static SrcFile *src_load(SrcCache *c, const char *name) {
    for (int i = 0; i < c->n; i++) if (strcmp(c->f[i].name, name) == 0) return &c->f[i];
    if (name[0] == '<') return NULL;
    if (c->n == 8) return NULL;
    FILE *fp = fopen(name, "rb");
    SrcFile *s = &c->f[c->n++];
    s->name = name; s->text = NULL; s->len = 0;
    if (!fp) return s;
    MpsBuf b;
    mps_buf_init(&b);
    char tmp[4096];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, fp)) > 0) mps_buf_add(&b, tmp, n);
    fclose(fp);
    s->text = b.data ? b.data : NULL;
    s->len = b.len;
    if (!s->text) mps_buf_free(&b);
    return s;
}

static void src_free(SrcCache *c) {
    for (int i = 0; i < c->n; i++) free(c->f[i].text);
}

/* the line `line` (1-based), stripped of surrounding whitespace */
static bool src_line(SrcFile *s, int line, const char **out, size_t *outlen) {
    if (!s || !s->text || line < 1) return false;
    const char *p = s->text, *end = s->text + s->len;
    for (int i = 1; i < line; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return false;
        p = nl + 1;
    }
    const char *q = memchr(p, '\n', (size_t)(end - p));
    if (!q) q = end;
    while (p < q && (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\r')) p++;
    while (q > p && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\r' || q[-1] == '\f')) q--;
    *out = p;
    *outlen = (size_t)(q - p);
    return true;
}

static void print_entry(MpsBuf *out, SrcCache *cache, MpsCode *co, int line) {
    const char *fname = mps_is_str(co->filename) ? mps_str_data(co->filename) : "?";
    mps_buf_printf(out, "  File \"%s\", line %d, in %s\n", fname, line, mps_is_str(co->name) ? mps_str_data(co->name) : "?");
    const char *s;
    size_t n;
    if (src_line(src_load(cache, fname), line, &s, &n) && n > 0) {
        mps_buf_adds(out, "    ");
        mps_buf_add(out, s, n);
        mps_buf_addc(out, '\n');
    }
}

/* ---------------------------------------------------------------- frames */

bool mps_is_frame_obj(MpsThread *t, MpsValue v) {
    return mps_is_obj(v) && mps_obj(v)->cls == t->interp->types[MPS_T_FRAME] && MPS_TUPLE(v)->len == MPS_FR__N;
}

bool mps_is_traceback_obj(MpsThread *t, MpsValue v) {
    return mps_is_obj(v) && mps_obj(v)->cls == t->interp->types[MPS_T_TRACEBACK] && MPS_TUPLE(v)->len == MPS_TB__N;
}

/* the instruction index f is at: the one that called out or raised */
static uint32_t frame_index(MpsFrame *f) {
    uint32_t i = (uint32_t)(f->ip - f->code->code);
    return i ? i - 1 : 0;
}

static MpsValue frame_snapshot(MpsThread *t, MpsFrame *f, uint32_t i, bool with_locals) {
    MpsValue loc = MPS_NONE;
    if (with_locals && !(loc = mps_vm_frame_locals(t, f))) return MPS_NULL;
    MPS_ROOT(t, loc);
    MpsValue r = mps_tuple_new(t, MPS_FR__N);
    MPS_UNROOT(t, 1);
    if (!r) return MPS_NULL;
    MpsValue *it = MPS_TUPLE(r)->items;
    it[MPS_FR_CODE] = mps_from_obj(f->code);
    it[MPS_FR_LINENO] = mps_from_small(mps_code_line(f->code, i));
    it[MPS_FR_GLOBALS] = f->globals ? mps_from_obj(f->globals) : MPS_NONE;
    it[MPS_FR_LOCALS] = loc;
    it[MPS_FR_BUILTINS] = f->builtins ? mps_from_obj(f->builtins) : MPS_NONE;
    it[MPS_FR_LASTI] = mps_from_small((intptr_t)i * 2);
    mps_obj(r)->cls = t->interp->types[MPS_T_FRAME];
    return r;
}

void mps_traceback_add(MpsThread *t, MpsFrame *f, uint32_t i) {
    MpsValue exc = t->exc;
    if (!mps_is_exc(exc)) return;
    MpsException *e = MPS_EXC(exc);
    MpsValue fr = frame_snapshot(t, f, i, false), tb = MPS_NULL;
    if (fr) {
        MPS_ROOT(t, fr);
        tb = mps_tuple_new(t, MPS_TB__N);
        MPS_UNROOT(t, 1);
    }
    if (tb) {
        MpsValue *it = MPS_TUPLE(tb)->items, old = e->traceback;
        it[MPS_TB_FRAME] = fr;
        it[MPS_TB_LINENO] = MPS_TUPLE(fr)->items[MPS_FR_LINENO];
        it[MPS_TB_NEXT] = mps_is_traceback_obj(t, old) ? old : MPS_NONE;
        it[MPS_TB_LASTI] = MPS_TUPLE(fr)->items[MPS_FR_LASTI];
        mps_obj(tb)->cls = t->interp->types[MPS_T_TRACEBACK];
        /* the frame this one was called from is the one unwound next */
        if (mps_is_traceback_obj(t, old)) {
            MpsValue inner = MPS_TUPLE(old)->items[MPS_TB_FRAME];
            if (mps_is_frame_obj(t, inner) && MPS_TUPLE(inner)->items[MPS_FR_BACK] == MPS_NONE)
                MPS_TUPLE(inner)->items[MPS_FR_BACK] = fr;
        }
        e->traceback = tb;
    }
    t->exc = exc;   /* an allocation failure above must not replace it */
}

MpsValue mps_vm_getframe(MpsThread *t, int depth) {
    MpsFrame *f = t->frame;
    for (int k = 0; k < depth && f; k++) f = f->prev;
    if (depth < 0 || !f) return MPS_RAISE(t, ValueError, "call stack is not deep enough");
    /* build outermost first, so that each snapshot's f_back exists */
    int n = 0;
    for (MpsFrame *g = f; g; g = g->prev) n++;
    MpsFrame **chain = malloc((size_t)n * sizeof *chain);
    if (!chain) return mps_raise_nomem(t);
    n = 0;
    for (MpsFrame *g = f; g; g = g->prev) chain[n++] = g;
    MpsValue back = MPS_NONE;
    for (int k = n - 1; k >= 0; k--) {
        MPS_ROOT(t, back);
        MpsValue fr = frame_snapshot(t, chain[k], frame_index(chain[k]), true);
        MPS_UNROOT(t, 1);
        if (!fr) { free(chain); return MPS_NULL; }
        MPS_TUPLE(fr)->items[MPS_FR_BACK] = back;
        back = fr;
    }
    free(chain);
    return back;
}

/* ---------------------------------------------------------------- printing */

/* frames of the embedded stdlib (mps source) are hidden, like C code:
 * tracebacks show user frames only */
static bool hidden_entry(MpsThread *t, MpsValue tb) {
    MpsValue fr = MPS_TUPLE(tb)->items[MPS_TB_FRAME];
    if (!mps_is_frame_obj(t, fr) || !mps_is_small(MPS_TUPLE(tb)->items[MPS_TB_LINENO])) return true;
    MpsValue cv = MPS_TUPLE(fr)->items[MPS_FR_CODE];
    if (!mps_is_kind(cv, MPS_K_CODE)) return true;
    MpsValue fn = MPS_CODE(cv)->filename;
    return mps_is_str(fn) && strncmp(mps_str_data(fn), "<mps stdlib", 11) == 0;
}

static void print_traceback(MpsThread *t, MpsBuf *out, SrcCache *cache, MpsValue head) {
    size_t shown = 0;
    for (MpsValue tb = head; mps_is_traceback_obj(t, tb); tb = MPS_TUPLE(tb)->items[MPS_TB_NEXT])
        if (!hidden_entry(t, tb)) shown++;
    if (!shown) return;
    mps_buf_adds(out, "Traceback (most recent call last):\n");
    MpsCode *last = NULL;
    int lastline = -1, count = 0;
    for (MpsValue tb = head; mps_is_traceback_obj(t, tb); tb = MPS_TUPLE(tb)->items[MPS_TB_NEXT]) {
        if (hidden_entry(t, tb)) continue;
        MpsCode *co = MPS_CODE(MPS_TUPLE(MPS_TUPLE(tb)->items[MPS_TB_FRAME])->items[MPS_FR_CODE]);
        int line = (int)mps_small(MPS_TUPLE(tb)->items[MPS_TB_LINENO]);
        bool same = last && line == lastline && (co == last ||
                    (mps_str_eq(co->filename, last->filename) && mps_str_eq(co->name, last->name)));
        if (!same) {
            if (count > 3) mps_buf_printf(out, "  [Previous line repeated %d more time%s]\n", count - 3, count - 3 == 1 ? "" : "s");
            count = 0;
        }
        last = co; lastline = line;
        count++;
        if (count <= 3) print_entry(out, cache, co, line);
    }
    if (count > 3) mps_buf_printf(out, "  [Previous line repeated %d more time%s]\n", count - 3, count - 3 == 1 ? "" : "s");
}

static MpsValue dict_attr(MpsValue exc, const char *name) {
    MpsException *e = MPS_EXC(exc);
    if (!e->dict) return MPS_NULL;
    MpsValue k, v;
    for (size_t pos = 0; mps_dict_next(e->dict, &pos, &k, &v); )
        if (mps_is_str(k) && strcmp(mps_str_data(k), name) == 0) return v;
    return MPS_NULL;
}

static void add_class_name(MpsThread *t, MpsClass *cls, MpsBuf *out) {
    MpsValue m = cls->module;
    if (mps_is_str(m) && strcmp(mps_str_data(m), "builtins") != 0 && strcmp(mps_str_data(m), "__main__") != 0) {
        mps_buf_add(out, mps_str_data(m), mps_str_size(m));
        mps_buf_addc(out, '.');
    }
    MpsValue q = mps_is_str(cls->qualname) ? cls->qualname : cls->name;
    if (mps_is_str(q)) mps_buf_add(out, mps_str_data(q), mps_str_size(q));
    else mps_buf_adds(out, mps_type_name(t, mps_from_obj(cls)));
}

/* "  File "x", line 3" / "    text" / "    ^" for SyntaxError */
static bool print_syntax_location(MpsThread *t, MpsValue exc, MpsBuf *out) {
    MpsValue fn = dict_attr(exc, "filename"), ln = dict_attr(exc, "lineno");
    MpsValue text = dict_attr(exc, "text"), off = dict_attr(exc, "offset");
    (void)t;
    if (!fn || !ln || !mps_is_small(ln)) return false;
    mps_buf_printf(out, "  File \"%s\", line %ld\n", mps_is_str(fn) ? mps_str_data(fn) : "<string>", (long)mps_small(ln));
    if (text && mps_is_str(text)) {
        const char *s = mps_str_data(text), *e = s + mps_str_size(text);
        while (e > s && (e[-1] == '\n' || e[-1] == '\r')) e--;
        const char *p = s;
        int stripped = 0;
        while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) { p++; stripped++; }
        mps_buf_adds(out, "    ");
        mps_buf_add(out, p, (size_t)(e - p));
        mps_buf_addc(out, '\n');
        /* as CPython: no caret when the column falls in the stripped indentation */
        if (off && mps_is_small(off) && mps_small(off) - 1 >= stripped) {
            long col = (long)mps_small(off) - 1;   /* characters before the caret */
            mps_buf_adds(out, "    ");
            /* walk the characters of the stripped text up to the caret */
            long ci = stripped;
            const char *q = p;
            while (ci < col && q < e) {
                unsigned char ch = (unsigned char)*q;
                mps_buf_addc(out, ch == '\t' || ch == '\f' ? (char)ch : ' ');
                q++;
                while (q < e && ((unsigned char)*q & 0xC0) == 0x80) q++;
                ci++;
            }
            while (ci < col) { mps_buf_addc(out, ' '); ci++; }
            mps_buf_adds(out, "^\n");
        }
    }
    return true;
}

void mps_format_exception_only(MpsThread *t, MpsValue exc, MpsBuf *out) {
    if (mps_is_class(exc)) { add_class_name(t, MPS_CLASS(exc), out); mps_buf_addc(out, '\n'); return; }
    MpsClass *cls = mps_class_of(t, exc);
    MpsValue saved = t->exc;
    t->exc = MPS_NULL;
    if (mps_is_exc(exc) && mps_is_subclass(cls, MPS_EXCCLS(t, SyntaxError))) {
        if (print_syntax_location(t, exc, out)) {
            add_class_name(t, cls, out);
            MpsValue msg = dict_attr(exc, "msg");
            if (!msg && mps_is_tuple(MPS_EXC(exc)->args) && MPS_TUPLE(MPS_EXC(exc)->args)->len)
                msg = MPS_TUPLE(MPS_EXC(exc)->args)->items[0];
            if (msg && mps_is_str(msg) && mps_str_size(msg)) {
                mps_buf_adds(out, ": ");
                mps_buf_add(out, mps_str_data(msg), mps_str_size(msg));
            }
            mps_buf_addc(out, '\n');
            t->exc = saved;
            return;
        }
    }
    add_class_name(t, cls, out);
    MpsBuf s;
    mps_buf_init(&s);
    int r;
    MpsValue args = mps_is_exc(exc) ? MPS_EXC(exc)->args : MPS_NULL;
    if (mps_is_exc(exc) && mps_is_subclass(cls, MPS_EXCCLS(t, KeyError)) && mps_is_tuple(args) && MPS_TUPLE(args)->len == 1
        && !mps_class_lookup(cls, t->interp->s_str))
        r = mps_repr_buf(t, MPS_TUPLE(args)->items[0], &s);
    else r = mps_str_buf(t, exc, &s);
    if (r < 0) {
        mps_exc_clear(t);
        mps_buf_free(&s);
        mps_buf_init(&s);
        mps_buf_adds(&s, "<exception str() failed>");
    }
    if (s.len) {
        mps_buf_adds(out, ": ");
        mps_buf_add(out, s.data, s.len);
    }
    MpsValue sug = mps_exc_suggestion(t, exc);
    if (sug && mps_is_str(sug)) {
        mps_buf_adds(out, ". Did you mean: '");
        mps_buf_add(out, mps_str_data(sug), mps_str_size(sug));
        mps_buf_adds(out, "'?");
    }
    mps_buf_addc(out, '\n');
    mps_buf_free(&s);
    t->exc = saved;
}

static void print_chain(MpsThread *t, MpsValue exc, MpsBuf *out, SrcCache *cache, MpsValue *seen, int nseen) {
    if (nseen < 64) seen[nseen++] = exc;
    if (mps_is_exc(exc)) {
        MpsException *e = MPS_EXC(exc);
        MpsValue next = MPS_NULL;
        const char *msg = NULL;
        if (mps_is_exc(e->cause)) {
            next = e->cause;
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (mps_is_exc(e->context) && !e->suppress_context) {
            next = e->context;
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        if (next) {
            bool dup = false;
            for (int i = 0; i < nseen; i++) if (seen[i] == next) dup = true;
            if (!dup && nseen < 64) {
                print_chain(t, next, out, cache, seen, nseen);
                mps_buf_adds(out, msg);
            }
        }
        print_traceback(t, out, cache, e->traceback);
    }
    mps_format_exception_only(t, exc, out);
}

void mps_print_exception(MpsThread *t, MpsValue exc, MpsBuf *out) {
    SrcCache cache;
    cache.n = 0;
    MpsValue seen[64];
    print_chain(t, exc, out, &cache, seen, 0);
    src_free(&cache);
}
