/*
 * mod_re.c — `_re`, the C half of `re` (stdlib/lib/re.mps): patterns
 * compiled by PCRE2, kept as native objects (freed with them), and matched
 * against str subjects (UTF-8 inside, offsets in code points) or bytes and
 * bytearray subjects (offsets in bytes).
 *
 * re.mps parses Python's pattern syntax itself, so that errors carry
 * CPython's messages and positions, and hands this file an equivalent
 * PCRE2 pattern written in ASCII. Here we only compile and match:
 *  - str patterns: PCRE2_UTF with PCRE2_MATCH_INVALID_UTF (so a subject is
 *    never scanned for validity before each match: a finditer over a long
 *    string stays linear) and PCRE2_UCP unless re.ASCII, so \d \w \s \b and
 *    case folding are Unicode as in Python 3;
 *  - PCRE2_ALT_CIRCUMFLEX: with re.M, Python's ^ also matches after a
 *    newline that ends the string;
 *  - every call makes its own match data: nothing mutable is shared between
 *    threads, and a forked child simply inherits the compiled code.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "lib.h"

/* Python's flag values (re.I, re.M, re.S, re.A) */
#define RE_FLAG_I 2
#define RE_FLAG_M 8
#define RE_FLAG_S 16
#define RE_FLAG_A 256

/* match modes: how a match is anchored, and Python 3.7's rule that a
 * search continuing after an empty match must not find an empty match at
 * the same place */
#define RE_MODE_SEARCH 0
#define RE_MODE_MATCH 1
#define RE_MODE_FULL 2
#define RE_MODE_NOTEMPTY 4

typedef struct ReCode {
    MpsNative n;
    pcre2_code *code;
    uint32_t ngroups;
    bool is_bytes;
} ReCode;

static void re_code_finalize(MpsObj *o)
{
    ReCode *c = (ReCode *)o;
    if (c->code) pcre2_code_free(c->code);
    c->code = NULL;
}
static const MpsNativeType re_code_type = { "pcre2_code", NULL, re_code_finalize };

static ReCode *re_code_arg(MpsThread *t, MpsValue v)
{
    if (!mps_is_kind(v, MPS_K_NATIVE) || ((MpsNative *)v)->ntype != &re_code_type || !((ReCode *)v)->code) {
        mps_raise(t, MPS_EXCCLS(t, TypeError), "expected a compiled pattern, got '%T'", v);
        return NULL;
    }
    return (ReCode *)v;
}

/* compile(pcre_pattern, flags, is_bytes) → code, or (message, offset) when
 * PCRE2 refuses the pattern (re.mps raises re.error with it) */
static MpsValue re_compile(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "compile", argc, kw, 3, 3) < 0) return MPS_NULL;
    if (!mps_is_str(argv[0])) return MPS_RAISE(t, TypeError, "compile() pattern must be str");
    int64_t flags;
    if (mpsl_int_arg(t, argv[1], &flags) < 0) return MPS_NULL;
    int is_bytes = mps_truthy(t, argv[2]);
    if (is_bytes < 0) return MPS_NULL;

    uint32_t opts = PCRE2_ALT_CIRCUMFLEX;
    if (flags & RE_FLAG_I) opts |= PCRE2_CASELESS;
    if (flags & RE_FLAG_M) opts |= PCRE2_MULTILINE;
    if (flags & RE_FLAG_S) opts |= PCRE2_DOTALL;
    if (!is_bytes) {
        opts |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
        if (!(flags & RE_FLAG_A)) opts |= PCRE2_UCP;
    }
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    if (!cc) return mps_raise_nomem(t);
    pcre2_set_newline(cc, PCRE2_NEWLINE_LF);   /* Python's . and $ know only \n */
    int err = 0;
    PCRE2_SIZE erroff = 0;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)mps_str_data(argv[0]), mps_str_size(argv[0]),
                                     opts, &err, &erroff, cc);
    pcre2_compile_context_free(cc);
    if (!code) {
        PCRE2_UCHAR msg[256];
        if (pcre2_get_error_message(err, msg, sizeof msg) < 0) strcpy((char *)msg, "invalid pattern");
        return mps_tuple_pack(t, 2, mpsl_cstr(t, (const char *)msg), mps_int_from_u64(t, erroff));
    }
    /* JIT where the platform has it; without it PCRE2 interprets */
    (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    uint32_t ngroups = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ngroups);

    MpsValue cls = mps_dict_get_cstr(t, MPS_MODULE(MPSL(t)->keep)->dict, "pcre2_code");
    MpsValue v = cls && mps_is_class(cls) ? mps_native_new(t, MPS_CLASS(cls), &re_code_type, sizeof(ReCode))
                                          : MPS_RAISE(t, RuntimeError, "_re not initialised");
    if (!v) {
        pcre2_code_free(code);
        return MPS_NULL;
    }
    ReCode *c = (ReCode *)v;
    c->code = code;
    c->ngroups = ngroups;
    c->is_bytes = is_bytes;
    return v;
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
    MpsValue v;
    const char *data;
    size_t size;          /* bytes */
    size_t len;           /* code points (str) or bytes */
    bool is_str, ascii;
} ReSubject;

static int re_subject(MpsThread *t, ReCode *c, MpsValue v, ReSubject *s)
{
    s->v = v;
    if (mps_is_str(v)) {
        if (c->is_bytes) {
            MPS_RAISE(t, TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
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

/* clamp pos/endpos as CPython does: into [0, len] */
static int re_bounds(MpsThread *t, MpsValue vpos, MpsValue vend, const ReSubject *s, size_t *pos, size_t *end)
{
    int64_t p = 0, e = (int64_t)s->len;
    if (vpos && vpos != MPS_NONE && mps_index(t, vpos, &p) < 0) return -1;
    if (vend && vend != MPS_NONE && mps_index(t, vend, &e) < 0) return -1;
    if (p < 0) p = 0;
    if ((uint64_t)p > s->len) p = (int64_t)s->len;
    if (e < 0) e = 0;
    if ((uint64_t)e > s->len) e = (int64_t)s->len;
    *pos = (size_t)p;
    *end = (size_t)e;
    return 0;
}

/* one pcre2_match from byte offset `start` over the subject cut at byte
 * `end`: > 0 matched, 0 no match, -1 error raised */
static int re_exec(MpsThread *t, ReCode *c, const ReSubject *s, size_t start, size_t end, int mode,
                   pcre2_match_data *md)
{
    uint32_t opts = 0;
    if (mode & RE_MODE_MATCH) opts |= PCRE2_ANCHORED;
    if (mode & RE_MODE_FULL) opts |= PCRE2_ANCHORED | PCRE2_ENDANCHORED;
    if (mode & RE_MODE_NOTEMPTY) opts |= PCRE2_NOTEMPTY_ATSTART;
    int rc = pcre2_match(c->code, (PCRE2_SPTR)s->data, end, start, opts, md, NULL);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT)   /* the interpreter keeps its stack on the heap */
        rc = pcre2_match(c->code, (PCRE2_SPTR)s->data, end, start, opts | PCRE2_NO_JIT, md, NULL);
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

/* the spans of a match as a flat tuple (start0, end0, start1, end1, …),
 * in code points for str; -1 for a group that did not take part */
static MpsValue re_spans(MpsThread *t, ReCode *c, const ReSubject *s, pcre2_match_data *md)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    uint32_t n = pcre2_get_ovector_count(md);
    if (n > c->ngroups + 1) n = c->ngroups + 1;
    MpsValue tup = mps_tuple_new(t, 2 * ((size_t)c->ngroups + 1));
    if (!tup) return MPS_NULL;
    MpsValue *items = MPS_TUPLE(tup)->items;
    for (size_t i = 0; i < 2 * ((size_t)c->ngroups + 1); i++) items[i] = mps_from_small(-1);
    for (uint32_t g = 0; g < n; g++) {
        if (ov[2 * g] == PCRE2_UNSET) continue;
        items[2 * g] = mps_from_small((int64_t)re_cp_of(t, s, ov[2 * g]));
        items[2 * g + 1] = mps_from_small((int64_t)re_cp_of(t, s, ov[2 * g + 1]));
    }
    return tup;
}

/* match(code, string, pos, endpos, mode) → spans tuple or None */
static MpsValue re_match(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "match", argc, kw, 5, 5) < 0) return MPS_NULL;
    ReCode *c = re_code_arg(t, argv[0]);
    if (!c) return MPS_NULL;
    ReSubject s;
    size_t pos, end;
    int64_t mode;
    if (re_subject(t, c, argv[1], &s) < 0 || re_bounds(t, argv[2], argv[3], &s, &pos, &end) < 0 ||
        mpsl_int_arg(t, argv[4], &mode) < 0)
        return MPS_NULL;
    if (pos > end) return MPS_NONE;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(c->code, NULL);
    if (!md) return mps_raise_nomem(t);
    size_t bstart = re_off_of(&s, pos), bend = re_off_of(&s, end);
    int rc = re_exec(t, c, &s, bstart, bend, (int)mode, md);
    MpsValue r = rc > 0 ? re_spans(t, c, &s, md) : rc == 0 ? MPS_NONE : MPS_NULL;
    pcre2_match_data_free(md);
    return r;
}

/* scan(code, string, pos, endpos, notempty, maxcount) → list of spans
 * tuples of the successive non-overlapping matches of a search from pos,
 * at most maxcount of them (0: all). As Python 3.7+: after an empty match
 * the next one may start at the same place but must not be empty there.
 * A caller that wants more continues from the end of the last one, with
 * notempty true if it was empty. */
static MpsValue re_scan(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "scan", argc, kw, 6, 6) < 0) return MPS_NULL;
    ReCode *c = re_code_arg(t, argv[0]);
    if (!c) return MPS_NULL;
    ReSubject s;
    size_t pos, end;
    int64_t maxcount;
    if (re_subject(t, c, argv[1], &s) < 0 || re_bounds(t, argv[2], argv[3], &s, &pos, &end) < 0 ||
        mpsl_int_arg(t, argv[5], &maxcount) < 0)
        return MPS_NULL;
    int notempty = mps_truthy(t, argv[4]);
    if (notempty < 0) return MPS_NULL;
    MpsValue out = mps_list_new(t, 0);
    if (!out || pos > end) return out;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(c->code, NULL);
    if (!md) return mps_raise_nomem(t);
    size_t start = re_off_of(&s, pos), bend = re_off_of(&s, end);
    int64_t n = 0;
    while (maxcount <= 0 || n < maxcount) {
        if (start > bend) break;
        int rc = re_exec(t, c, &s, start, bend, notempty ? RE_MODE_NOTEMPTY : RE_MODE_SEARCH, md);
        if (rc < 0) { out = MPS_NULL; break; }
        if (rc == 0) break;
        MpsValue sp = re_spans(t, c, &s, md);
        if (!sp || mps_list_append(t, out, sp) < 0) { out = MPS_NULL; break; }
        n++;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        notempty = ov[0] == ov[1];
        start = ov[1];
    }
    pcre2_match_data_free(md);
    return out;
}

static const MpsMethodDef re_functions[] = {
    { "compile", re_compile },
    { "groups", re_groups },
    { "match", re_match },
    { "scan", re_scan },
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
    mpsl_set(t, m, "MODE_NOTEMPTY", mps_from_small(RE_MODE_NOTEMPTY));
    MPS_UNROOT(t, 1);
    return t->exc ? MPS_NULL : m;
}
