/*
 * error.c — raising exceptions from C, exception objects and the built-in
 * exception classes' constructor and methods.
 *
 * An exception is an MpsException (kind EXCEPTION) whose class is
 * BaseException or a subclass. The pending exception of a thread is t->exc;
 * a failing C function sets it and returns MPS_NULL / -1 / NULL.
 * Class-specific attributes (SystemExit.code, OSError.errno, …) live in the
 * exception's dict, created on first use.
 */
#include "code.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- helpers */

static int exc_is(MpsThread *t, MpsValue e, MpsExcId id)
{
    return mps_is_subclass(mps_obj(e)->cls, t->interp->exc[id]);
}

static int exc_set(MpsThread *t, MpsValue e, const char *name, MpsValue v)
{
    MpsException *x = MPS_EXC(e);
    if (!x->dict && !(x->dict = mps_dict_new(t))) return -1;
    MpsValue k = mps_intern_cstr(t, name);
    if (!k) return -1;
    return mps_dict_set(t, x->dict, k, v);
}

static MpsValue exc_get(MpsThread *t, MpsValue e, const char *name)
{
    MpsException *x = MPS_EXC(e);
    if (!x->dict) return MPS_NULL;
    return mps_dict_get_cstr(t, x->dict, name);
}

static MpsValue kwarg(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames,
                      const char *name)
{
    if (!kwnames) return MPS_NULL;
    MpsTuple *kn = MPS_TUPLE(kwnames);
    for (size_t i = 0; i < kn->len; i++)
        if (strcmp(mps_str_data(kn->items[i]), name) == 0) return argv[argc + (int)i];
    (void)t;
    return MPS_NULL;
}

/* Set args and the class-specific attributes, as CPython's __new__/__init__
 * of the built-in exception classes do. */
static int exc_init(MpsThread *t, MpsValue e, int argc, const MpsValue *argv, MpsValue kwnames)
{
    MpsInterp *in = t->interp;
    MpsException *x = MPS_EXC(e);
    MpsValue args = mps_tuple_from(t, (size_t)argc, argv);
    if (!args) return -1;
    x->args = args;
    MpsValue a0 = argc > 0 ? argv[0] : MPS_NONE;
    MpsClass *c = x->hdr.cls;
    if (mps_is_subclass(c, in->exc[MPS_EXC_SystemExit])) {
        MpsValue code = argc == 0 ? MPS_NONE : argc == 1 ? a0 : args;
        if (exc_set(t, e, "code", code) < 0) return -1;
    } else if (mps_is_subclass(c, in->exc[MPS_EXC_StopIteration])) {
        if (exc_set(t, e, "value", a0) < 0) return -1;
    } else if (mps_is_subclass(c, in->exc[MPS_EXC_OSError])) {
        bool full = argc >= 2 && argc <= 5;
        if (exc_set(t, e, "errno", full ? argv[0] : MPS_NONE) < 0 ||
            exc_set(t, e, "strerror", full ? argv[1] : MPS_NONE) < 0 ||
            exc_set(t, e, "filename", full && argc >= 3 ? argv[2] : MPS_NONE) < 0 ||
            exc_set(t, e, "filename2", full && argc >= 5 ? argv[4] : MPS_NONE) < 0)
            return -1;
        if (full && argc >= 3) {
            /* CPython keeps only (errno, strerror) in args */
            if (!(x->args = mps_tuple_from(t, 2, argv))) return -1;
        }
    } else if (mps_is_subclass(c, in->exc[MPS_EXC_ImportError])) {
        MpsValue name = kwarg(t, argc, argv, kwnames, "name");
        MpsValue path = kwarg(t, argc, argv, kwnames, "path");
        if (exc_set(t, e, "msg", argc == 1 ? a0 : MPS_NONE) < 0 ||
            exc_set(t, e, "name", name ? name : MPS_NONE) < 0 ||
            exc_set(t, e, "path", path ? path : MPS_NONE) < 0)
            return -1;
    } else if (mps_is_subclass(c, in->exc[MPS_EXC_SyntaxError])) {
        static const char *const names[] = {
            "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };
        if (exc_set(t, e, "msg", argc >= 1 ? a0 : MPS_NONE) < 0) return -1;
        MpsValue *info = NULL;
        int64_t n = argc == 2 ? mps_seq_items(argv[1], &info) : -1;
        for (int i = 0; i < 6; i++)
            if (exc_set(t, e, names[i], i < n ? info[i] : MPS_NONE) < 0) return -1;
        if (exc_set(t, e, "print_file_and_line", MPS_NONE) < 0) return -1;
    } else if (mps_is_subclass(c, in->exc[MPS_EXC_UnicodeDecodeError]) && argc == 5) {
        static const char *const names[] = { "encoding", "object", "start", "end", "reason" };
        for (int i = 0; i < 5; i++)
            if (exc_set(t, e, names[i], argv[i]) < 0) return -1;
    }
    return 0;
}

static bool takes_kwargs(MpsThread *t, MpsClass *c)
{
    return mps_is_subclass(c, t->interp->exc[MPS_EXC_ImportError]);
}

/* ---------------------------------------------------------------- objects */

static MpsValue exc_alloc(MpsThread *t, MpsClass *cls)
{
    MpsException *x = mps_gc_alloc(t, sizeof(MpsException), MPS_K_EXCEPTION, cls);
    if (!x) return MPS_NULL;
    x->args = MPS_NULL;
    x->traceback = x->cause = x->context = MPS_NONE;
    x->suggestion = x->attr_obj = x->attr_name = MPS_NULL;
    return mps_from_obj(x);
}

MpsValue mps_exc_new(MpsThread *t, MpsClass *cls, MpsValue args_tuple)
{
    MpsValue e = exc_alloc(t, cls);
    if (!e) return mps_raise_nomem(t);
    MpsValue *items = NULL;
    int64_t n = args_tuple ? mps_seq_items(args_tuple, &items) : 0;
    if (n < 0) n = 0;
    if (exc_init(t, e, (int)n, items, MPS_NULL) < 0) return MPS_NULL;
    return e;
}

/* OSError(errno, strerror) builds the subclass the errno stands for, as CPython */
static MpsClass *errno_class(MpsThread *t, int err)
{
    MpsClass **x = t->interp->exc;
    switch (err) {
    case ENOENT: return x[MPS_EXC_FileNotFoundError];
    case EACCES: case EPERM: return x[MPS_EXC_PermissionError];
    case EEXIST: return x[MPS_EXC_FileExistsError];
    case EISDIR: return x[MPS_EXC_IsADirectoryError];
    case ENOTDIR: return x[MPS_EXC_NotADirectoryError];
    case EPIPE: case ESHUTDOWN: return x[MPS_EXC_BrokenPipeError];
    case ESRCH: return x[MPS_EXC_ProcessLookupError];
    case ECHILD: return x[MPS_EXC_ChildProcessError];
    case ETIMEDOUT: return x[MPS_EXC_TimeoutError];
    case EINTR: return x[MPS_EXC_InterruptedError];
    case ECONNREFUSED: return x[MPS_EXC_ConnectionRefusedError];
    case ECONNRESET: return x[MPS_EXC_ConnectionResetError];
    case ECONNABORTED: return x[MPS_EXC_ConnectionAbortedError];
    case EAGAIN: case EALREADY: case EINPROGRESS: return x[MPS_EXC_BlockingIOError];
    default: return x[MPS_EXC_OSError];
    }
}

/* the `ctor` of every built-in exception class (and user subclasses) */
static MpsValue exc_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv,
                         MpsValue kwnames)
{
    MpsInterp *in = t->interp;
    if (kwnames && MPS_TUPLE(kwnames)->len > 0 && cls->is_builtin && !takes_kwargs(t, cls))
        return mps_raise(t, in->exc[MPS_EXC_TypeError], "%s() takes no keyword arguments",
                         mps_str_data(cls->name));
    if (cls == in->exc[MPS_EXC_OSError] && argc >= 2 && mps_is_small(argv[0]))
        cls = errno_class(t, (int)mps_small(argv[0]));
    MpsValue e = exc_alloc(t, cls);
    if (!e) return mps_raise_nomem(t);
    if (exc_init(t, e, argc, argv, kwnames) < 0) return MPS_NULL;
    return e;
}

/* ---------------------------------------------------------------- str / repr */

MpsValue mps_exc_str(MpsThread *t, MpsValue exc)
{
    MpsException *x = MPS_EXC(exc);
    MpsValue *items = NULL;
    int64_t n = x->args ? mps_seq_items(x->args, &items) : 0;
    if (n < 0) n = 0;
    if (exc_is(t, exc, MPS_EXC_OSError)) {
        MpsValue en = exc_get(t, exc, "errno"), se = exc_get(t, exc, "strerror");
        MpsValue fn = exc_get(t, exc, "filename"), fn2 = exc_get(t, exc, "filename2");
        if (en && se && (en != MPS_NONE || se != MPS_NONE)) {
            if (fn && fn != MPS_NONE) {
                if (fn2 && fn2 != MPS_NONE)
                    return mps_str_printf(t, "[Errno %S] %S: %R -> %R", en, se, fn, fn2);
                return mps_str_printf(t, "[Errno %S] %S: %R", en, se, fn);
            }
            return mps_str_printf(t, "[Errno %S] %S", en, se);
        }
    } else if (exc_is(t, exc, MPS_EXC_SyntaxError)) {
        MpsValue msg = exc_get(t, exc, "msg"), fn = exc_get(t, exc, "filename");
        MpsValue ln = exc_get(t, exc, "lineno");
        if (!msg) msg = MPS_NONE;
        bool hasfn = fn && mps_is_str(fn), hasln = ln && mps_is_int(ln);
        if (hasfn) {
            const char *s = mps_str_data(fn), *slash = strrchr(s, '/');
            fn = mps_str_cstr_new(t, slash ? slash + 1 : s);
            if (!fn) return MPS_NULL;
        }
        if (hasfn && hasln) return mps_str_printf(t, "%S (%S, line %S)", msg, fn, ln);
        if (hasfn) return mps_str_printf(t, "%S (%S)", msg, fn);
        if (hasln) return mps_str_printf(t, "%S (line %S)", msg, ln);
        return mps_to_str(t, msg);
    } else if (exc_is(t, exc, MPS_EXC_UnicodeDecodeError) && exc_get(t, exc, "reason")) {
        MpsValue enc = exc_get(t, exc, "encoding"), obj = exc_get(t, exc, "object");
        MpsValue st = exc_get(t, exc, "start"), end = exc_get(t, exc, "end");
        MpsValue why = exc_get(t, exc, "reason");
        if (mps_is_small(st) && mps_is_small(end) && mps_is_kind(obj, MPS_K_BYTES)) {
            intptr_t s = mps_small(st), e = mps_small(end);
            if (e == s + 1 && s >= 0 && (size_t)s < MPS_BYTES(obj)->size)
                return mps_str_printf(t, "'%S' codec can't decode byte 0x%02x in position %ld: %S",
                                      enc, MPS_BYTES(obj)->data[s], (long)s, why);
            return mps_str_printf(t, "'%S' codec can't decode bytes in position %ld-%ld: %S",
                                  enc, (long)s, (long)(e - 1), why);
        }
    }
    if (n == 0) return mps_str_new(t, "", 0);
    if (n == 1) {
        if (exc_is(t, exc, MPS_EXC_KeyError)) return mps_repr(t, items[0]);
        return mps_to_str(t, items[0]);
    }
    return mps_to_str(t, x->args);
}

MpsValue mps_exc_repr(MpsThread *t, MpsValue exc)
{
    MpsException *x = MPS_EXC(exc);
    const char *name = mps_str_data(x->hdr.cls->name);
    MpsValue *items = NULL;
    int64_t n = x->args ? mps_seq_items(x->args, &items) : 0;
    if (n <= 0) return mps_str_printf(t, "%s()", name);
    if (n == 1) return mps_str_printf(t, "%s(%R)", name, items[0]);
    return mps_str_printf(t, "%s%R", name, x->args);
}

/* ---------------------------------------------------------------- methods */

static MpsValue check_self(MpsThread *t, int argc, const MpsValue *argv, const char *meth)
{
    if (argc < 1 || !mps_is_exc(argv[0]))
        return mps_raise(t, t->interp->exc[MPS_EXC_TypeError],
                         "descriptor '%s' requires a 'BaseException' object", meth);
    return argv[0];
}

static MpsValue m_init(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (!check_self(t, argc, argv, "__init__")) return MPS_NULL;
    MpsClass *c = mps_obj(argv[0])->cls;
    if (kwnames && MPS_TUPLE(kwnames)->len > 0 && !takes_kwargs(t, c)) {
        /* a user subclass's own __init__ took its keywords already when it
         * calls us through super(); only the built-in class itself refuses */
        if (c->is_builtin)
            return mps_raise(t, t->interp->exc[MPS_EXC_TypeError], "%s() takes no keyword arguments",
                             mps_str_data(c->name));
        kwnames = MPS_NULL;
    }
    if (exc_init(t, argv[0], argc - 1, argv + 1, kwnames) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue m_str(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__str__", argc, kwnames, 1, 1) < 0) return MPS_NULL;
    if (!check_self(t, argc, argv, "__str__")) return MPS_NULL;
    return mps_exc_str(t, argv[0]);
}

static MpsValue m_repr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__repr__", argc, kwnames, 1, 1) < 0) return MPS_NULL;
    if (!check_self(t, argc, argv, "__repr__")) return MPS_NULL;
    return mps_exc_repr(t, argv[0]);
}

static MpsValue m_with_traceback(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "with_traceback", argc, kwnames, 2, 2) < 0) return MPS_NULL;
    if (!check_self(t, argc, argv, "with_traceback")) return MPS_NULL;
    if (argv[1] != MPS_NONE && !mps_is_traceback_obj(t, argv[1]))
        return MPS_RAISE(t, TypeError, "__traceback__ must be a traceback or None");
    MPS_EXC(argv[0])->traceback = argv[1];
    return argv[0];
}

static const MpsMethodDef exc_methods[] = {
    {"__init__", m_init},
    {"__str__", m_str},
    {"__repr__", m_repr},
    {"with_traceback", m_with_traceback},
    {NULL, NULL}
};

/* create the classes of MPS_EXCEPTIONS (called by mps_interp_new) */
void mps_error_init(MpsThread *t)
{
    MpsInterp *in = t->interp;
    static const struct { const char *name; int base; } table[] = {
#define MPS_EXC_ROW(name, base) { #name, MPS_EXC_##base },
        MPS_EXCEPTIONS(MPS_EXC_ROW)
#undef MPS_EXC_ROW
    };
    for (int i = 0; i < MPS_EXC__COUNT; i++) {
        MpsClass *base = i == 0 ? in->types[MPS_T_OBJECT] : in->exc[table[i].base];
        MpsClass *c = mps_class_new_builtin(t, table[i].name, base, MPS_K_EXCEPTION);
        c->ctor = exc_ctor;
        in->exc[i] = c;
    }
    mps_class_add_methods(t, in->exc[MPS_EXC_BaseException], exc_methods);
    /* for mps_raise_nomem when nothing can be allocated any more */
    MpsValue e = exc_alloc(t, in->exc[MPS_EXC_MemoryError]);
    if (e) MPS_EXC(e)->args = mps_tuple_new(t, 0);
    in->nomem_exc = e;
}

/* ---------------------------------------------------------------- raising */

/* format as mps_str_vprintf does, but a repr/str that raises leaves a
 * placeholder instead of losing the exception being raised */
static void err_vformat(MpsThread *t, MpsBuf *b, const char *fmt, va_list ap)
{
    mps_buf_vformat(t, b, fmt, ap, true);
}

MpsValue mps_raise(MpsThread *t, MpsClass *cls, const char *fmt, ...)
{
    t->exc = MPS_NULL;            /* a new error replaces one being formatted */
    MpsBuf b;
    mps_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    err_vformat(t, &b, fmt, ap);
    va_end(ap);
    MpsValue msg = mps_buf_to_str(t, &b);
    if (!msg) return mps_raise_nomem(t);
    MpsValue args = mps_tuple_from(t, 1, &msg);
    if (!args) return mps_raise_nomem(t);
    MpsValue e = mps_exc_new(t, cls, args);
    if (!e) return MPS_NULL;
    t->exc = e;
    return MPS_NULL;
}

MpsValue mps_raise_value(MpsThread *t, MpsValue v)
{
    MpsInterp *in = t->interp;
    MpsClass *base = in->exc[MPS_EXC_BaseException];
    if (mps_is_class(v) && mps_is_subclass(MPS_CLASS(v), base)) {
        MpsValue e = mps_call(t, v, 0, NULL, MPS_NULL);
        if (!e) return MPS_NULL;
        if (!mps_is_exc(e))
            return mps_raise(t, in->exc[MPS_EXC_TypeError],
                             "calling %R should have returned an instance of BaseException, not %T",
                             v, e);
        v = e;
    } else if (!mps_is_exc(v)) {
        return mps_raise(t, in->exc[MPS_EXC_TypeError], "exceptions must derive from BaseException");
    }
    t->exc = v;
    return MPS_NULL;
}

MpsValue mps_raise_errno(MpsThread *t, int err, const char *filename)
{
    MpsValue argv[3];
    argv[0] = mps_from_small(err);
    argv[1] = mps_str_cstr_new(t, strerror(err));
    if (!argv[1]) return MPS_NULL;
    int argc = 2;
    if (filename) {
        argv[2] = mps_str_cstr_new(t, filename);
        if (!argv[2]) return MPS_NULL;
        argc = 3;
    }
    MpsValue e = exc_alloc(t, errno_class(t, err));
    if (!e) return mps_raise_nomem(t);
    if (exc_init(t, e, argc, argv, MPS_NULL) < 0) return MPS_NULL;
    t->exc = e;
    return MPS_NULL;
}

MpsValue mps_raise_nomem(MpsThread *t)
{
    MpsInterp *in = t->interp;
    MpsValue e = exc_alloc(t, in->exc[MPS_EXC_MemoryError]);
    if (e) MPS_EXC(e)->args = mps_tuple_new(t, 0);
    if (!e || !MPS_EXC(e)->args) {
        e = in->nomem_exc;
        if (!e) { fputs("mps: out of memory\n", stderr); abort(); }
        MpsException *x = MPS_EXC(e);
        x->traceback = x->cause = x->context = MPS_NONE;
    }
    t->exc = e;
    return MPS_NULL;
}

int mps_exc_matches(MpsThread *t, MpsClass *cls)
{
    return t->exc && mps_is_subclass(mps_class_of(t, t->exc), cls);
}

MpsValue mps_exc_fetch(MpsThread *t)
{
    MpsValue e = t->exc;
    t->exc = MPS_NULL;
    return e;
}

void mps_exc_clear(MpsThread *t)
{
    t->exc = MPS_NULL;
}

/* ---------------------------------------------------------------- "Did you mean" */

/* The rule of CPython 3.11's suggestions: a Levenshtein distance where a
 * substitution costs 2, or 1 when only the case differs, insertions and
 * deletions cost 2; a candidate may differ in at most a third of the
 * characters involved; the first closest candidate wins. Long names and
 * long candidate lists are not searched. */
enum { SUGGEST_MOVE = 2, SUGGEST_CASE = 1, SUGGEST_MAX_LEN = 40, SUGGEST_MAX_ITEMS = 750 };

static size_t suggest_subst(char a, char b)
{
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = (char)(b - 'A' + 'a');
    return a == b ? SUGGEST_CASE : SUGGEST_MOVE;
}

static size_t suggest_distance(const char *a, size_t na, const char *b, size_t nb, size_t max)
{
    while (na && nb && a[0] == b[0]) { a++; b++; na--; nb--; }
    while (na && nb && a[na - 1] == b[nb - 1]) { na--; nb--; }
    if (!na || !nb) return (na + nb) * SUGGEST_MOVE;
    if (na > SUGGEST_MAX_LEN || nb > SUGGEST_MAX_LEN) return max + 1;
    if (nb < na) { const char *p = a; a = b; b = p; size_t n = na; na = nb; nb = n; }
    if ((nb - na) * SUGGEST_MOVE > max) return max + 1;
    size_t row[SUGGEST_MAX_LEN];
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * SUGGEST_MOVE;
    size_t cur = 0;
    for (size_t j = 0; j < nb; j++) {
        /* (the row starts as CPython's does, so the same names win) */
        size_t diag = j * SUGGEST_MOVE, lowest = (size_t)-1;
        cur = j * SUGGEST_MOVE;
        for (size_t i = 0; i < na; i++) {
            size_t subst = diag + suggest_subst(b[j], a[i]);
            diag = row[i];
            size_t ins = (cur < diag ? cur : diag) + SUGGEST_MOVE;
            cur = ins < subst ? ins : subst;
            row[i] = cur;
            if (cur < lowest) lowest = cur;
        }
        if (lowest > max) return max + 1;
    }
    return cur;
}

/* the best of n candidate names (str values; others are skipped), or MPS_NULL */
static MpsValue suggest_among(MpsValue name, const MpsValue *cands, size_t n, size_t *best)
{
    if (n >= SUGGEST_MAX_ITEMS) return MPS_NULL;
    const char *s = mps_str_data(name);
    size_t ns = mps_str_size(name);
    MpsValue found = MPS_NULL;
    for (size_t i = 0; i < n; i++) {
        if (!mps_is_str(cands[i]) || mps_str_eq(cands[i], name)) continue;
        size_t nc = mps_str_size(cands[i]);
        size_t max = (ns + nc + 3) * SUGGEST_MOVE / 6;
        if (found && *best - 1 < max) max = *best - 1;
        size_t d = suggest_distance(s, ns, mps_str_data(cands[i]), nc, max);
        if (d > max) continue;
        if (!found || d < *best) { found = cands[i]; *best = d; }
    }
    return found;
}

static MpsValue suggest_in_dict(MpsValue name, MpsDict *d)
{
    if (!d || d->len >= SUGGEST_MAX_ITEMS) return MPS_NULL;
    MpsValue keys[SUGGEST_MAX_ITEMS];
    size_t n = 0;
    MpsValue k;
    for (size_t i = 0; n < SUGGEST_MAX_ITEMS && mps_dict_next(d, &i, &k, NULL); ) keys[n++] = k;
    size_t best = 0;
    return suggest_among(name, keys, n, &best);
}

MpsValue mps_exc_suggestion(MpsThread *t, MpsValue exc)
{
    if (!mps_is_exc(exc)) return MPS_NULL;
    MpsException *e = MPS_EXC(exc);
    if (e->suggestion) return e->suggestion;
    if (!e->attr_obj || !mps_is_str(e->attr_name)) return MPS_NULL;
    MpsValue names = mps_attr_names(t, e->attr_obj);
    if (!names) { mps_exc_clear(t); return MPS_NULL; }
    size_t best = 0;
    return suggest_among(e->attr_name, MPS_LIST(names)->items, MPS_LIST(names)->len, &best);
}

void mps_exc_suggest_name(MpsValue exc, MpsValue name, MpsValue varnames,
                          MpsDict *globals, MpsDict *builtins)
{
    if (!mps_is_exc(exc) || !mps_is_str(name)) return;
    MpsValue s = MPS_NULL;
    if (varnames && mps_is_tuple(varnames)) {
        size_t best = 0;
        s = suggest_among(name, MPS_TUPLE(varnames)->items, MPS_TUPLE(varnames)->len, &best);
    }
    if (!s) s = suggest_in_dict(name, globals);
    if (!s) s = suggest_in_dict(name, builtins);
    MPS_EXC(exc)->suggestion = s;
}
