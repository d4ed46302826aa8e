/*
 * traceback.c — printing exceptions exactly as CPython 3.11 does:
 * cause/context chains, "Traceback (most recent call last):", one
 * "File …, line …, in …" entry per frame with the source line (without
 * its indentation) and the ^^^ / ~~^~~ marker line under it (the
 * position of the failing instruction, code.h), runs of the same line collapsed into "[Previous
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
#include "grammar/ast.h"
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

/* the line `line` (1-based), without its newline (and a CR before it) */
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
    if (q > p && q[-1] == '\r') q--;
    *out = p;
    *outlen = (size_t)(q - p);
    return true;
}

/* CPython's _PyPegen_byte_offset_to_character_offset: characters in the
 * first col bytes of s (clamped to len + 1, the terminating NUL counting) */
static long byte_to_char(const char *s, size_t len, long col) {
    if (col > (long)len + 1) col = (long)len + 1;
    long n = 0;
    for (long k = 0; k < col; k++)
        if (k >= (long)len || ((unsigned char)s[k] & 0xC0) != 0x80) n++;
    return n;
}

static long char_len(const char *s, size_t len) { return byte_to_char(s, len, (long)len); }

/* byte offset of character index ci of s */
static size_t char_to_byte(const char *s, size_t len, long ci) {
    size_t k = 0;
    for (long n = 0; k < len; k++) {
        if (((unsigned char)s[k] & 0xC0) != 0x80) { if (n == ci) break; n++; }
    }
    return k;
}

#define IS_WS(ch) ((ch) == ' ' || (ch) == '\t' || (ch) == '\f')

/* CPython 3.11's extract_anchors_from_line: the segment [start, end) of
 * the line (in characters) parsed alone; a binary operation anchors its
 * operator, a subscript its [index]. Anchors are character offsets in the
 * line; false when there are none. */
static bool caret_anchors(const char *line, size_t len, long start, long end, long *left, long *right,
                          char *primary, char *secondary) {
    size_t b0 = char_to_byte(line, len, start), b1 = char_to_byte(line, len, end);
    if (b1 <= b0) return false;
    size_t n = b1 - b0;
    char *seg = malloc(n + 1);
    if (!seg) return false;
    memcpy(seg, line + b0, n);
    seg[n] = 0;
    MpsArena arena;
    mps_arena_init(&arena);
    MpsSyntaxError err;
    MpsAst *mod = mps_parse(&arena, seg, n, MPS_PARSE_FILE, &err);
    bool ok = false;
    long l = -1, r = -1;
    if (mod && mod->v.Module.body.len == 1 && mod->v.Module.body.items[0]->kind == MPS_AST_Expr) {
        MpsAst *e = mod->v.Module.body.items[0]->v.Expr.value;
        if (e->kind == MPS_AST_BinOp) {
            MpsAst *a = e->v.BinOp.left, *b = e->v.BinOp.right;
            for (int i = a->end_col; i < b->col && i < (int)n; i++) {
                if (IS_WS(seg[i])) continue;
                l = i; r = i + 1;
                if (i + 1 < b->col && !IS_WS(seg[i + 1])) r++;
                if (i + 1 < b->col && seg[i] == ')') continue;
                *primary = '~'; *secondary = '^';
                break;
            }
            ok = l >= 0;
        } else if (e->kind == MPS_AST_Subscript) {
            l = e->v.Subscript.value->end_col;
            r = e->v.Subscript.slice->end_col + 1;
            while (l < (long)n && seg[l] != '[') l++;
            while (r < (long)n && seg[r] != ']') r++;
            if (r < (long)n) r++;
            *primary = '~'; *secondary = '^';
            ok = true;
        }
    }
    if (ok) {
        *left = byte_to_char(seg, n, l) + start;
        *right = byte_to_char(seg, n, r) + start;
    }
    mps_arena_free(&arena);
    free(seg);
    return ok;
}

/* _dis.caret_nodes(segment): the segment parsed alone, as the traceback
 * module's _extract_caret_anchors_from_line_segment sees it through ast:
 * ('binop', left.end_col_offset, right.col_offset) or ('subscript',
 * value.end_col_offset, slice.end_col_offset) in UTF-8 bytes, else None */
MpsValue mps_traceback_caret_nodes(MpsThread *t, MpsValue segment) {
    if (!mps_is_str(segment)) return MPS_RAISE(t, TypeError, "caret_nodes() argument must be str");
    size_t n = mps_str_size(segment);
    char *seg = malloc(n + 1);
    if (!seg) return mps_raise_nomem(t);
    memcpy(seg, mps_str_data(segment), n);
    seg[n] = 0;
    MpsArena arena;
    mps_arena_init(&arena);
    MpsSyntaxError err;
    MpsAst *mod = mps_parse(&arena, seg, n, MPS_PARSE_FILE, &err);
    const char *kind = NULL;
    int a = 0, b = 0;
    if (mod && mod->v.Module.body.len == 1 && mod->v.Module.body.items[0]->kind == MPS_AST_Expr) {
        MpsAst *e = mod->v.Module.body.items[0]->v.Expr.value;
        if (e->kind == MPS_AST_BinOp) { kind = "binop"; a = e->v.BinOp.left->end_col; b = e->v.BinOp.right->col; }
        else if (e->kind == MPS_AST_Subscript) {
            kind = "subscript"; a = e->v.Subscript.value->end_col; b = e->v.Subscript.slice->end_col;
        }
    }
    mps_arena_free(&arena);
    free(seg);
    if (!kind) return MPS_NONE;
    MpsValue k = mps_str_cstr_new(t, kind);
    if (!k) return MPS_NULL;
    return mps_tuple_pack(t, 3, k, mps_from_small(a), mps_from_small(b));
}

/* the marker line under a traceback's source line, as CPython 3.11's
 * tb_displayline: line is the whole source line (no newline), indent its
 * leading whitespace in bytes (= characters) */
static void print_carets(MpsBuf *out, const char *line, size_t len, size_t indent,
                         int sline, int eline, int scol, int ecol) {
    if (sline < 0 || eline < 0 || scol < 0 || ecol < 0) return;
    long start = byte_to_char(line, len, scol), end = byte_to_char(line, len, ecol);
    long left = -1, right = -1;
    char primary = '^', secondary = '^';
    if (sline == eline) {
        if (!caret_anchors(line, len, start, end, &left, &right, &primary, &secondary)) left = right = -1;
    } else {
        /* several lines: up to the last non-blank character of the first
         * (CPython indexes the UTF-8 bytes with the length in characters) */
        long i = char_len(line, len);
        while (--i >= 0) if (!IS_WS(line[i])) break;
        end = i + 1;
    }
    bool special = left != -1 || right != -1;
    if (end - start == char_len(line, len) - (long)indent && !special) return;
    long off = (long)indent - 4;
    while (++off <= end) {
        char ch = off <= start ? ' ' : special && left < off && off <= right ? secondary : primary;
        mps_buf_addc(out, ch);
    }
    mps_buf_addc(out, '\n');
}

/* "  File …, line …, in …", the source line and, when the position of
 * instruction index idx (-1: unknown) is known, its marker line */
static void print_entry(MpsBuf *out, SrcCache *cache, MpsCode *co, int line, long idx) {
    const char *fname = mps_is_str(co->filename) ? mps_str_data(co->filename) : "?";
    mps_buf_printf(out, "  File \"%s\", line %d, in %s\n", fname, line, mps_is_str(co->name) ? mps_str_data(co->name) : "?");
    const char *s;
    size_t n;
    if (!src_line(src_load(cache, fname), line, &s, &n)) return;
    size_t indent = 0;
    while (indent < n && IS_WS(s[indent])) indent++;
    if (indent == n) return;
    mps_buf_adds(out, "    ");
    mps_buf_add(out, s + indent, n - indent);
    mps_buf_addc(out, '\n');
    if (idx < 0) return;
    int sl, el, sc, ec;
    mps_code_position(co, (uint32_t)idx, &sl, &el, &sc, &ec);
    if (sl != line) return;
    print_carets(out, s, n, indent, sl, el, sc, ec);
}

/* ---------------------------------------------------------------- positions */

static void put_uvar(MpsBuf *b, uint32_t v) {
    while (v >= 0x80) { mps_buf_addc(b, (char)((v & 0x7f) | 0x80)); v >>= 7; }
    mps_buf_addc(b, (char)v);
}

static uint32_t get_uvar(const uint8_t **p, const uint8_t *end) {
    uint32_t v = 0;
    for (int sh = 0; *p < end && sh < 32; sh += 7) {
        uint8_t c = *(*p)++;
        v |= (uint32_t)(c & 0x7f) << sh;
        if (!(c & 0x80)) break;
    }
    return v;
}

uint8_t *mps_code_positions_encode(const int *pos, uint32_t n, uint32_t *len) {
    MpsBuf b;
    mps_buf_init(&b);
    int dl = 0, col = -1, ecol = -1;
    for (uint32_t i = 0; i < n; i++, pos += 4) {
        int ndl = pos[1] - pos[0], ncol = pos[2], necol = pos[3];
        if (ncol < 0 || necol < 0 || ndl < 0) { ndl = 0; ncol = necol = -1; }
        if (ndl == dl && ncol == col && necol == ecol) { mps_buf_addc(&b, 0); continue; }
        dl = ndl; col = ncol; ecol = necol;
        if (col < 0) { mps_buf_addc(&b, 1); continue; }
        put_uvar(&b, (uint32_t)col + 2);
        put_uvar(&b, (uint32_t)ecol);
        put_uvar(&b, (uint32_t)dl);
    }
    *len = (uint32_t)b.len;
    uint8_t *r = malloc(b.len ? b.len : 1);
    if (!r) abort();
    if (b.len) memcpy(r, b.data, b.len);
    mps_buf_free(&b);
    return r;
}

void mps_code_position(MpsCode *co, uint32_t i, int *line, int *end_line, int *col, int *end_col) {
    *line = mps_code_line(co, i);
    *end_line = *line; *col = *end_col = -1;
    if (!co->positions || i >= co->ncode) return;
    const uint8_t *p = co->positions, *end = p + co->npositions;
    int dl = 0, c = -1, ec = -1;
    for (uint32_t k = 0; k <= i && p < end; k++) {
        uint32_t a = get_uvar(&p, end);
        if (a == 0) continue;
        if (a == 1) { dl = 0; c = ec = -1; continue; }
        c = (int)(a - 2);
        ec = (int)get_uvar(&p, end);
        dl = (int)get_uvar(&p, end);
    }
    *end_line = *line + dl; *col = c; *end_col = ec;
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
        MpsValue li = MPS_TUPLE(tb)->items[MPS_TB_LASTI];
        if (count <= 3) print_entry(out, cache, co, line, mps_is_small(li) && mps_small(li) >= 0 ? (long)(mps_small(li) / 2) : -1);
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
