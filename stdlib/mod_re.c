/*
 * mod_re.c — `_re`, the C half of `re` (stdlib/lib/re.mps): patterns
 * compiled by PCRE2, kept as native objects (freed with them), matched
 * against str subjects (UTF-8 inside, offsets in code points) or bytes and
 * bytearray subjects (offsets in bytes), and the loops of findall, split,
 * sub (with a parsed template) and finditer, which make the strings and
 * the re.Match objects here.
 *
 * re.mps parses Python's pattern syntax itself, so that errors carry
 * CPython's messages and positions, and hands this file an equivalent
 * PCRE2 pattern written in ASCII. Here we only compile and match:
 *  - str patterns: PCRE2_UTF | PCRE2_UCP, so \d \w \b and case folding are
 *    Unicode as in Python 3 (re.mps spells out the ASCII classes of re.A),
 *    with PCRE2_MATCH_INVALID_UTF because an mps str may hold a lone
 *    surrogate (ED A0 80), which must not match anything rather than
 *    crash: the JIT checks as it goes, no subject is scanned beforehand;
 *  - PCRE2_ALT_CIRCUMFLEX: with re.M, Python's ^ also matches after a
 *    newline that ends the string;
 *  - a match in progress has its own match data and context: nothing
 *    mutable is shared between threads, and a forked child simply
 *    inherits the compiled code.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "lib.h"

/* Python's flag values (re.I, re.M, re.S) */
#define RE_FLAG_I 2
#define RE_FLAG_M 8
#define RE_FLAG_S 16

/* match modes: how a match is anchored (index of ReCode.code) */
#define RE_MODE_SEARCH 0
#define RE_MODE_MATCH 1
#define RE_MODE_FULL 2

/* what a match needs besides the code: the match data (PCRE2 keeps ~20 KiB
 * of backtracking frames in it), a match context without PCRE2's default
 * limit of 10 million steps (CPython's matcher has none: a pattern that
 * backtracks a lot is slow, not an error), and a JIT stack of up to 8 MiB
 * made the first time the default 32 KiB one is not enough */
typedef struct ReScratch {
    pcre2_match_data *md;
    pcre2_match_context *mc;
    pcre2_jit_stack *js;
} ReScratch;

typedef struct ReCode {
    MpsNative n;
    /* by mode (RE_MODE_*): the code for a search, and the ones anchored at
     * the start (match) and at both ends (fullmatch), compiled on first use
     * from text: JIT code takes no anchoring options at match time, and
     * without JIT PCRE2 checks the whole subject for valid UTF-8 at every
     * match (quadratic for a tokenizer calling match(text, pos)) */
    pcre2_code *code[3];
    char *text;
    size_t textlen;
    uint32_t opts;
    uint32_t ngroups;
    bool is_bytes;
    /* spare scratch: a call takes it (or makes its own when another call
     * holds it) and puts it back, atomically */
    ReScratch *spare;
    /* set by bind(): the re.Pattern, the class of its matches, and the
     * interned name of a match's one attribute */
    MpsValue pattern, match_cls, attr;
} ReCode;

static void re_code_traverse(MpsObj *o, void (*visit)(MpsValue v, void *ctx), void *ctx)
{
    ReCode *c = (ReCode *)o;
    if (c->pattern) visit(c->pattern, ctx);
    if (c->match_cls) visit(c->match_cls, ctx);
    if (c->attr) visit(c->attr, ctx);
}

static void re_scratch_free(ReScratch *x)
{
    if (!x) return;
    if (x->md) pcre2_match_data_free(x->md);
    if (x->mc) pcre2_match_context_free(x->mc);
    if (x->js) pcre2_jit_stack_free(x->js);
    free(x);
}

static void re_code_finalize(MpsObj *o)
{
    ReCode *c = (ReCode *)o;
    re_scratch_free(c->spare);
    for (int i = 0; i < 3; i++)
        if (c->code[i]) pcre2_code_free(c->code[i]);
    free(c->text);
    memset(c->code, 0, sizeof c->code);
    c->spare = NULL;
    c->text = NULL;
}
static const MpsNativeType re_code_type = { "pcre2_code", re_code_traverse, re_code_finalize };

static ReCode *re_code_arg(MpsThread *t, MpsValue v)
{
    if (!mps_is_kind(v, MPS_K_NATIVE) || ((MpsNative *)v)->ntype != &re_code_type || !((ReCode *)v)->code[0]) {
        mps_raise(t, MPS_EXCCLS(t, TypeError), "expected a compiled pattern, got '%T'", v);
        return NULL;
    }
    return (ReCode *)v;
}

/* compile and JIT-compile (where the platform has a JIT; else PCRE2
 * interprets); NULL with *err set when PCRE2 refuses the pattern */
static pcre2_code *re_build(const char *text, size_t n, uint32_t opts, int *err, PCRE2_SIZE *erroff)
{
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    if (!cc) {
        *err = PCRE2_ERROR_NOMEMORY;
        return NULL;
    }
    pcre2_set_newline(cc, PCRE2_NEWLINE_LF);   /* Python's . and $ know only \n */
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)text, n, opts, err, erroff, cc);
    pcre2_compile_context_free(cc);
    if (code) (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    return code;
}

/* the code for `mode`, compiled now if it is the first use */
static pcre2_code *re_code_for(MpsThread *t, ReCode *c, int mode)
{
    pcre2_code *code = __atomic_load_n(&c->code[mode], __ATOMIC_ACQUIRE);
    if (code) return code;
    int err = 0;
    PCRE2_SIZE erroff = 0;
    uint32_t anchor = mode == RE_MODE_MATCH ? PCRE2_ANCHORED : PCRE2_ANCHORED | PCRE2_ENDANCHORED;
    if (!(code = re_build(c->text, c->textlen, c->opts | anchor, &err, &erroff))) {
        PCRE2_UCHAR msg[256];
        if (pcre2_get_error_message(err, msg, sizeof msg) < 0) strcpy((char *)msg, "invalid pattern");
        MPS_RAISE(t, RuntimeError, "PCRE2 cannot compile the anchored pattern: %s", (const char *)msg);
        return NULL;
    }
    pcre2_code *none = NULL;
    if (!__atomic_compare_exchange_n(&c->code[mode], &none, code, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        pcre2_code_free(code);   /* another thread was quicker */
        code = none;
    }
    return code;
}

/* compile(pcre_pattern, flags, is_bytes, no_start_optimize) → code, or
 * (message, offset) when PCRE2 refuses the pattern (re.mps raises re.error
 * with it). no_start_optimize: see _leading_lookahead in re.mps. */
static MpsValue re_compile(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "compile", argc, kw, 4, 4) < 0) return MPS_NULL;
    if (!mps_is_str(argv[0])) return MPS_RAISE(t, TypeError, "compile() pattern must be str");
    int64_t flags;
    if (mpsl_int_arg(t, argv[1], &flags) < 0) return MPS_NULL;
    int is_bytes = mps_truthy(t, argv[2]);
    int no_start = mps_truthy(t, argv[3]);
    if (is_bytes < 0 || no_start < 0) return MPS_NULL;

    /* str patterns are always UCP: re.mps spells out ASCII \d \w \s \b
     * (PCRE2 10.42's JIT mismatches \D and \W on non-ASCII characters in
     * UTF mode without UCP) */
    uint32_t opts = PCRE2_ALT_CIRCUMFLEX;
    if (no_start) opts |= PCRE2_NO_START_OPTIMIZE;
    if (flags & RE_FLAG_I) opts |= PCRE2_CASELESS;
    if (flags & RE_FLAG_M) opts |= PCRE2_MULTILINE;
    if (flags & RE_FLAG_S) opts |= PCRE2_DOTALL;
    if (!is_bytes) opts |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_UCP;
    const char *text = mps_str_data(argv[0]);
    size_t n = mps_str_size(argv[0]);
    int err = 0;
    PCRE2_SIZE erroff = 0;
    pcre2_code *code = re_build(text, n, opts, &err, &erroff);
    if (!code) {
        PCRE2_UCHAR msg[256];
        if (pcre2_get_error_message(err, msg, sizeof msg) < 0) strcpy((char *)msg, "invalid pattern");
        return mps_tuple_pack(t, 2, mpsl_cstr(t, (const char *)msg), mps_int_from_u64(t, erroff));
    }
    uint32_t ngroups = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ngroups);
    char *copy = malloc(n + 1);
    MpsValue cls = mps_dict_get_cstr(t, MPS_MODULE(MPSL(t)->keep)->dict, "pcre2_code");
    MpsValue v = !copy ? mps_raise_nomem(t)
               : cls && mps_is_class(cls) ? mps_native_new(t, MPS_CLASS(cls), &re_code_type, sizeof(ReCode))
                                          : MPS_RAISE(t, RuntimeError, "_re not initialised");
    if (!v) {
        free(copy);
        pcre2_code_free(code);
        return MPS_NULL;
    }
    memcpy(copy, text, n + 1);
    ReCode *c = (ReCode *)v;
    c->code[RE_MODE_SEARCH] = code;
    c->text = copy;
    c->textlen = n;
    c->opts = opts;
    c->ngroups = ngroups;
    c->is_bytes = is_bytes;
    return v;
}

/* bind(code, pattern, Match): the re.Pattern owning code, and the class of
 * the match objects made for it */
static MpsValue re_bind(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "bind", argc, kw, 3, 3) < 0) return MPS_NULL;
    ReCode *c = re_code_arg(t, argv[0]);
    if (!c) return MPS_NULL;
    if (!mps_is_class(argv[2]) || MPS_CLASS(argv[2])->inst_kind != MPS_K_INSTANCE)
        return MPS_RAISE(t, TypeError, "bind() needs a class");
    MpsValue attr = mps_intern_cstr(t, "_m");
    if (!attr) return MPS_NULL;
    c->pattern = argv[1];
    c->match_cls = argv[2];
    c->attr = attr;
    return MPS_NONE;
}

/* groups(code) → the number of capturing groups PCRE2 counted */
static MpsValue re_groups(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "groups", argc, kw, 1, 1) < 0) return MPS_NULL;
    ReCode *c = re_code_arg(t, argv[0]);
    return c ? mps_from_small(c->ngroups) : MPS_NULL;
}

/* ---------------------------------------------------------------- subjects */

typedef struct ReSubject {
    MpsValue v;           /* what is matched and sliced: a bytes copy of a bytearray */
    const char *data;
    size_t size;          /* bytes */
    size_t len;           /* code points (str) or bytes */
    bool is_str, ascii;
} ReSubject;

static int re_subject(MpsThread *t, ReCode *c, MpsValue v, ReSubject *s)
{
    if (mps_is_str(v)) {
        if (c->is_bytes) {
            MPS_RAISE(t, TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        s->v = v;
        s->data = mps_str_data(v);
        s->size = mps_str_size(v);
        s->len = mps_str_len(v);
        s->is_str = true;
        s->ascii = (MPS_STR(v)->hdr.flags & MPS_STR_ASCII) != 0;
        return 0;
    }
    if (mps_is_kind(v, MPS_K_BYTES) || mps_is_kind(v, MPS_K_BYTEARRAY)) {
        if (!c->is_bytes) {
            MPS_RAISE(t, TypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        /* the pieces of a bytearray are bytes, as in CPython; matching a
         * copy also keeps a callback from resizing it under PCRE2 */
        if (mps_is_kind(v, MPS_K_BYTEARRAY) && !(v = mps_bytes_new(t, MPS_BYTES(v)->data, MPS_BYTES(v)->size)))
            return -1;
        s->v = v;
        s->data = (const char *)MPS_BYTES(v)->data;
        s->size = s->len = MPS_BYTES(v)->size;
        s->is_str = false;
        s->ascii = true;
        return 0;
    }
    mps_raise(t, MPS_EXCCLS(t, TypeError), "expected string or bytes-like object, got '%T'", v);
    return -1;
}

/* byte offset → code point index in a str subject. Walks from the nearest
 * known point (start, end, or the thread's memo that vm/str.c keeps for
 * the opposite conversion, which it shares), so scanning a long non-ASCII
 * string match after match stays linear. */
static size_t re_cp_of(MpsThread *t, const ReSubject *s, size_t off)
{
    if (s->ascii) return off;
    if (off >= s->size) return s->len;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t at = 0, cp = 0;
    size_t best = off;
    if (t->sofs_str == s->v && t->sofs_off <= s->size) {
        size_t d = t->sofs_off > off ? t->sofs_off - off : off - t->sofs_off;
        if (d < best) { best = d; at = t->sofs_off; cp = t->sofs_cp; }
    }
    if (s->size - off < best) { at = s->size; cp = s->len; }
    for (; at < off; at++)
        if ((p[at] & 0xC0) != 0x80) cp++;
    while (at > off) {
        at--;
        if ((p[at] & 0xC0) != 0x80) cp--;
    }
    if ((p[off] & 0xC0) != 0x80) {   /* remember only a character boundary */
        t->sofs_str = s->v;
        t->sofs_cp = cp;
        t->sofs_off = off;
    }
    return cp;
}

static size_t re_off_of(const ReSubject *s, size_t cp)
{
    if (s->ascii) return cp < s->size ? cp : s->size;
    return mps_str_offset(s->v, cp);
}

/* a pos/endpos argument (None or absent: the default) clamped as CPython
 * clamps it, into [0, len] */
static int re_index(MpsThread *t, MpsValue v, const ReSubject *s, size_t dflt, size_t *out)
{
    *out = dflt;
    if (!v || v == MPS_NONE) return 0;
    int64_t i;
    if (mps_is_small(v)) {
        i = mps_small(v);
    } else if (mps_is_bigint(v)) {
        i = mpz_sgn(MPS_BIG(v)->z) < 0 ? 0 : INT64_MAX;   /* sys.maxsize and beyond */
    } else if (mps_index(t, v, &i) < 0) {
        return -1;
    }
    *out = i < 0 ? 0 : (uint64_t)i > s->len ? s->len : (size_t)i;
    return 0;
}

/* ---------------------------------------------------------------- one call */

/* what a matching function works with: the pattern's code, the subject,
 * the match data of this call */
typedef struct ReCall {
    ReCode *c;
    MpsValue string;         /* the subject as given */
    ReSubject s;
    ReScratch *x;
    pcre2_match_data *md;     /* x->md */
    size_t start, end;       /* bytes: where the next search starts, where the subject is cut */
    bool notempty;           /* the previous match was empty and ended at start */
} ReCall;

static int re_call_init(MpsThread *t, ReCall *k, MpsValue code, MpsValue string)
{
    memset(k, 0, sizeof *k);
    k->string = string;
    if (!(k->c = re_code_arg(t, code)) || re_subject(t, k->c, string, &k->s) < 0) return -1;
    ReScratch *x = __atomic_exchange_n(&k->c->spare, NULL, __ATOMIC_ACQ_REL);
    if (!x) {
        if (!(x = calloc(1, sizeof *x)) || !(x->md = pcre2_match_data_create_from_pattern(k->c->code[0], NULL)) ||
            !(x->mc = pcre2_match_context_create(NULL))) {
            re_scratch_free(x);
            mps_raise_nomem(t);
            return -1;
        }
        pcre2_set_match_limit(x->mc, UINT32_MAX);
        pcre2_set_depth_limit(x->mc, UINT32_MAX);
    }
    k->x = x;
    k->md = x->md;
    return 0;
}

static void re_call_done(ReCall *k)
{
    ReScratch *none = NULL;
    if (k->x && !__atomic_compare_exchange_n(&k->c->spare, &none, k->x, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        re_scratch_free(k->x);
    k->x = NULL;
    k->md = NULL;
}

/* search from k->start with `mode`: > 0 matched, 0 no match, -1 error */
static int re_exec(MpsThread *t, ReCall *k, int mode)
{
    uint32_t opts = k->notempty ? PCRE2_NOTEMPTY_ATSTART : 0;
    if (k->start > k->end) return 0;
    pcre2_code *code = re_code_for(t, k->c, mode);
    if (!code) return -1;
    ReScratch *x = k->x;
    int rc = pcre2_match(code, (PCRE2_SPTR)k->s.data, k->end, k->start, opts, k->md, x->mc);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT) {
        /* deep backtracking: a bigger JIT stack, then the interpreter,
         * which keeps its backtracking frames on the heap */
        if (!x->js && (x->js = pcre2_jit_stack_create(32 * 1024, 8 * 1024 * 1024, NULL)))
            pcre2_jit_stack_assign(x->mc, NULL, x->js);
        if (x->js)
            rc = pcre2_match(code, (PCRE2_SPTR)k->s.data, k->end, k->start, opts, k->md, x->mc);
        if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
            rc = pcre2_match(code, (PCRE2_SPTR)k->s.data, k->end, k->start, opts | PCRE2_NO_JIT, k->md, x->mc);
    }
    if (rc >= 0) return 1;
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    PCRE2_UCHAR msg[256];
    if (pcre2_get_error_message(rc, msg, sizeof msg) < 0) strcpy((char *)msg, "match failed");
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
        MPS_RAISE(t, RecursionError, "regular expression too complex for this subject (PCRE2: %s)", (const char *)msg);
    else
        MPS_RAISE(t, RuntimeError, "regular expression match failed (PCRE2: %s)", (const char *)msg);
    return -1;
}

/* the next match of a scan (Python 3.7+: after an empty match the next
 * one may start at the same place but must not be empty there) */
static int re_next(MpsThread *t, ReCall *k)
{
    int rc = re_exec(t, k, RE_MODE_SEARCH);
    if (rc > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(k->md);
        k->notempty = ov[0] == ov[1];
        k->start = ov[1];
    }
    return rc;
}

/* start and end of group g in bytes, false if it did not take part */
static bool re_group(const ReCall *k, uint32_t g, size_t *a, size_t *b)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(k->md);
    if (g >= pcre2_get_ovector_count(k->md) || ov[2 * g] == PCRE2_UNSET) return false;
    *a = ov[2 * g];
    *b = ov[2 * g + 1];
    return true;
}

/* a piece of the subject (bytes offsets): str, or bytes */
static MpsValue re_slice(MpsThread *t, const ReSubject *s, size_t a, size_t b)
{
    if (b < a) b = a;
    if (s->is_str) return mps_str_new(t, s->data + a, b - a);
    return mps_bytes_new(t, s->data + a, b - a);
}

/* group g's text, or dflt when it did not take part */
static MpsValue re_group_text(MpsThread *t, const ReCall *k, uint32_t g, MpsValue dflt)
{
    size_t a = 0, b = 0;
    if (!re_group(k, g, &a, &b)) return dflt ? dflt : re_slice(t, &k->s, 0, 0);
    return re_slice(t, &k->s, a, b);
}

/* a re.Match for the current match: an instance of the class given to
 * bind() (whose __init__ refuses to run) with one attribute, _m =
 * (code, string, subject, pos, endpos, start0, end0, start1, end1, …):
 * the spans in code points for str, -1 for a group that did not take part */
static MpsValue re_new_match(MpsThread *t, ReCall *k, size_t pos, size_t endpos)
{
    ReCode *c = k->c;
    if (!c->match_cls) return MPS_RAISE(t, RuntimeError, "_re.bind() was not called");
    MpsValue tup = mps_tuple_new(t, 5 + 2 * ((size_t)c->ngroups + 1));
    if (!tup) return MPS_NULL;
    MpsValue *items = MPS_TUPLE(tup)->items;
    items[0] = c->pattern;
    items[1] = k->string;
    items[2] = k->s.v;
    items[3] = mps_from_small((int64_t)pos);
    items[4] = mps_from_small((int64_t)endpos);
    for (uint32_t g = 0; g <= c->ngroups; g++) {
        size_t a, b;
        if (re_group(k, g, &a, &b)) {
            items[5 + 2 * g] = mps_from_small((int64_t)re_cp_of(t, &k->s, a));
            items[6 + 2 * g] = mps_from_small((int64_t)re_cp_of(t, &k->s, b));
        } else {
            items[5 + 2 * g] = items[6 + 2 * g] = mps_from_small(-1);
        }
    }
    MpsInstance *o = mps_gc_alloc(t, sizeof(MpsInstance), MPS_K_INSTANCE, MPS_CLASS(c->match_cls));
    if (!o) return mps_raise_nomem(t);
    if (!(o->dict = mps_dict_new(t)) || mps_dict_set(t, o->dict, c->attr, tup) < 0) return MPS_NULL;
    return mps_from_obj(o);
}

/* ---------------------------------------------------------------- functions */

/* match(code, string, pos, endpos, mode) → re.Match or None */
static MpsValue re_match(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "match", argc, kw, 5, 5) < 0) return MPS_NULL;
    ReCall k;
    size_t pos, endpos;
    int64_t mode;
    if (re_call_init(t, &k, argv[0], argv[1]) < 0 || re_index(t, argv[2], &k.s, 0, &pos) < 0 ||
        re_index(t, argv[3], &k.s, k.s.len, &endpos) < 0 || mpsl_int_arg(t, argv[4], &mode) < 0) {
        re_call_done(&k);
        return MPS_NULL;
    }
    if (mode < RE_MODE_SEARCH || mode > RE_MODE_FULL) {
        re_call_done(&k);
        return MPS_RAISE(t, ValueError, "match() mode must be 0, 1 or 2");
    }
    MpsValue r = MPS_NONE;
    if (pos <= endpos) {
        k.start = re_off_of(&k.s, pos);
        k.end = re_off_of(&k.s, endpos);
        int rc = re_exec(t, &k, (int)mode);
        r = rc > 0 ? re_new_match(t, &k, pos, endpos) : rc == 0 ? MPS_NONE : MPS_NULL;
    }
    re_call_done(&k);
    return r;
}

/* iter(code, string, start, notempty, pos, endpos, maxcount) → list of
 * the re.Match objects of successive matches of a search from start (at
 * most maxcount, 0: all), whose pos and endpos are the given ones. A
 * caller wanting more continues from the end of the last one, notempty
 * if that match was empty. */
static MpsValue re_iter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "iter", argc, kw, 7, 7) < 0) return MPS_NULL;
    ReCall k;
    size_t start, pos, endpos;
    int64_t maxcount;
    int notempty;
    if (re_call_init(t, &k, argv[0], argv[1]) < 0 || re_index(t, argv[2], &k.s, 0, &start) < 0 ||
        (notempty = mps_truthy(t, argv[3])) < 0 || re_index(t, argv[4], &k.s, 0, &pos) < 0 ||
        re_index(t, argv[5], &k.s, k.s.len, &endpos) < 0 || mpsl_int_arg(t, argv[6], &maxcount) < 0) {
        re_call_done(&k);
        return MPS_NULL;
    }
    MpsValue out = mps_list_new(t, 0);
    if (out && start <= endpos) {
        k.start = re_off_of(&k.s, start);
        k.end = re_off_of(&k.s, endpos);
        k.notempty = notempty;
        for (int64_t n = 0; maxcount <= 0 || n < maxcount; n++) {
            int rc = re_next(t, &k);
            if (rc <= 0) {
                if (rc < 0) out = MPS_NULL;
                break;
            }
            MpsValue m = re_new_match(t, &k, pos, endpos);
            if (!m || mps_list_append(t, out, m) < 0) { out = MPS_NULL; break; }
        }
    }
    re_call_done(&k);
    return out;
}

/* findall(code, string, pos, endpos) → Pattern.findall's list */
static MpsValue re_findall(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "findall", argc, kw, 4, 4) < 0) return MPS_NULL;
    ReCall k;
    size_t pos, endpos;
    if (re_call_init(t, &k, argv[0], argv[1]) < 0 || re_index(t, argv[2], &k.s, 0, &pos) < 0 ||
        re_index(t, argv[3], &k.s, k.s.len, &endpos) < 0) {
        re_call_done(&k);
        return MPS_NULL;
    }
    MpsValue out = mps_list_new(t, 0);
    if (out && pos <= endpos) {
        k.start = re_off_of(&k.s, pos);
        k.end = re_off_of(&k.s, endpos);
        uint32_t ng = k.c->ngroups;
        MpsValue empty = re_slice(t, &k.s, 0, 0);
        int rc = 0;
        while (empty && (rc = re_next(t, &k)) > 0) {
            MpsValue item;
            if (ng <= 1) {
                item = re_group_text(t, &k, ng, empty);
            } else if ((item = mps_tuple_new(t, ng))) {
                for (uint32_t g = 1; g <= ng && item; g++) {
                    MpsValue v = re_group_text(t, &k, g, empty);
                    if (v) MPS_TUPLE(item)->items[g - 1] = v;
                    else item = MPS_NULL;
                }
            }
            if (!item || mps_list_append(t, out, item) < 0) { rc = -1; break; }
        }
        if (!empty || rc < 0) out = MPS_NULL;
    }
    re_call_done(&k);
    return out;
}

/* split(code, string, maxsplit) → Pattern.split's list */
static MpsValue re_split(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "split", argc, kw, 3, 3) < 0) return MPS_NULL;
    ReCall k;
    int64_t maxsplit;
    if (re_call_init(t, &k, argv[0], argv[1]) < 0 || mpsl_int_arg(t, argv[2], &maxsplit) < 0) {
        re_call_done(&k);
        return MPS_NULL;
    }
    MpsValue out = mps_list_new(t, 0);
    k.end = k.s.size;
    size_t last = 0;
    int64_t n = 0;
    int rc = 0;
    while (out && maxsplit >= 0 && (maxsplit == 0 || n < maxsplit) && (rc = re_next(t, &k)) > 0) {
        size_t a = 0, b = 0;
        re_group(&k, 0, &a, &b);
        MpsValue piece = re_slice(t, &k.s, last, a);
        if (!piece || mps_list_append(t, out, piece) < 0) { rc = -1; break; }
        for (uint32_t g = 1; g <= k.c->ngroups; g++) {
            MpsValue v = re_group_text(t, &k, g, MPS_NONE);
            if (!v || mps_list_append(t, out, v) < 0) { rc = -1; break; }
        }
        if (rc < 0) break;
        last = b;
        n++;
    }
    if (out && rc >= 0) {
        MpsValue piece = re_slice(t, &k.s, last, k.s.size);
        if (!piece || mps_list_append(t, out, piece) < 0) rc = -1;
    }
    re_call_done(&k);
    return rc < 0 ? MPS_NULL : out;
}

/* sub(code, string, count, template) → (result, n). template: a list
 * of literal pieces (str or bytes, as the subject) and group numbers
 * (int); an unmatched group adds nothing. */
static MpsValue re_sub(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "sub", argc, kw, 4, 4) < 0) return MPS_NULL;
    ReCall k;
    int64_t count;
    MpsValue *items;
    int64_t nitems = mps_seq_items(argv[3], &items);
    if (re_call_init(t, &k, argv[0], argv[1]) < 0 || mpsl_int_arg(t, argv[2], &count) < 0) {
        re_call_done(&k);
        return MPS_NULL;
    }
    for (int64_t i = 0; i < nitems; i++) {
        MpsValue v = items[i];
        bool ok = mps_is_small(v) ? mps_small(v) >= 0 && mps_small(v) <= k.c->ngroups
                                  : k.s.is_str ? mps_is_str(v) : mps_is_kind(v, MPS_K_BYTES);
        if (!ok) nitems = -1;
    }
    if (nitems < 0) {
        re_call_done(&k);
        return MPS_RAISE(t, TypeError, "sub() template must be a list of pieces and group numbers");
    }
    MpsBuf b;
    mps_buf_init(&b);
    k.end = k.s.size;
    size_t last = 0;
    int64_t n = 0;
    int rc = 0;
    while (count >= 0 && (count == 0 || n < count) && (rc = re_next(t, &k)) > 0) {
        size_t a = 0, e = 0;
        re_group(&k, 0, &a, &e);
        mps_buf_add(&b, k.s.data + last, a - last);
        for (int64_t i = 0; i < nitems; i++) {
            MpsValue v = items[i];
            size_t ga = 0, gb = 0;
            if (mps_is_small(v)) {
                if (re_group(&k, (uint32_t)mps_small(v), &ga, &gb)) mps_buf_add(&b, k.s.data + ga, gb - ga);
            } else if (mps_is_str(v)) {
                mps_buf_add(&b, mps_str_data(v), mps_str_size(v));
            } else {
                mps_buf_add(&b, (const char *)MPS_BYTES(v)->data, MPS_BYTES(v)->size);
            }
        }
        last = e;
        n++;
    }
    MpsValue r = MPS_NULL;
    if (rc >= 0) {
        if (n == 0) {
            r = k.s.v;
        } else {
            mps_buf_add(&b, k.s.data + last, k.s.size - last);   /* b.data is set from here */
            r = k.s.is_str ? mps_str_new(t, b.data, b.len) : mps_bytes_new(t, b.data, b.len);
        }
    }
    mps_buf_free(&b);
    re_call_done(&k);
    return r ? mps_tuple_pack(t, 2, r, mps_from_small(n)) : MPS_NULL;
}

static const MpsMethodDef re_functions[] = {
    { "compile", re_compile },
    { "groups", re_groups },
    { "bind", re_bind },
    { "match", re_match },
    { "iter", re_iter },
    { "findall", re_findall },
    { "split", re_split },
    { "sub", re_sub },
    { NULL, NULL }
};

MpsValue mps_re_module_new(MpsThread *t)
{
    MpsValue m = mpsl_module(t, "_re", re_functions);
    if (!m) return MPS_NULL;
    MPS_ROOT(t, m);
    /* the class of compiled codes; kept in _mps_stdlib for re_compile */
    MpsClass *c = mpsl_class(t, "pcre2_code", NULL, MPS_K_NATIVE, NULL);
    if (c) c->module = mpsl_cstr(t, "_re");
    mpsl_set(t, m, "MODE_SEARCH", mps_from_small(RE_MODE_SEARCH));
    mpsl_set(t, m, "MODE_MATCH", mps_from_small(RE_MODE_MATCH));
    mpsl_set(t, m, "MODE_FULL", mps_from_small(RE_MODE_FULL));
    MPS_UNROOT(t, 1);
    return t->exc ? MPS_NULL : m;
}
