/* builtins.c — the built-in functions (SPEC §3) and the constructors of the
 * built-in classes. Prefix bi_. */
#include "lib.h"
#include "../vm/code.h"
#include "../runtime/runtime.h"
#include "../grammar/compile.h"
#include <math.h>
#include <unistd.h>
#include <errno.h>

#define ARGS1(fname)                                                        \
    do {                                                                    \
        if (mpsl_no_kw(t, fname, kw) < 0) return MPS_NULL;                  \
        if (argc != 1)                                                      \
            return MPS_RAISE(t, TypeError, fname "() takes exactly one argument (%d given)", argc); \
    } while (0)

static bool bi_is_user_func(MpsValue f)
{
    return f && (mps_is_kind(f, MPS_K_FUNCTION) || mps_is_kind(f, MPS_K_BOUNDMETHOD));
}

/* a user subclass that defines __init__ initialises itself: its ctor takes
 * the object empty and leaves the arguments to __init__ */
static bool bi_user_init(MpsThread *t, MpsClass *cls)
{
    return !cls->is_builtin && bi_is_user_func(mps_class_lookup(cls, t->interp->s_init));
}

/* ---------------------------------------------------------------- output */

static void bi_write_fd(MpsThread *t, int fd, const char *s, size_t n)
{
    if (t->interp->hooks.write_out) { t->interp->hooks.write_out(t, fd, s, n); return; }
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) { if (errno == EINTR) continue; return; }
        s += w; n -= (size_t)w;
    }
}

static void bi_flush(MpsThread *t, int fd)
{
    if (t->interp->runtime) mps_io_flush(t->interp, fd);
}

static MpsValue bi_print(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    MpsValue sep = MPS_NONE, end = MPS_NONE, file = MPS_NONE, flush = MPS_FALSE;
    size_t nkw = mpsl_nkw(kw);
    for (size_t i = 0; i < nkw; i++) {
        const char *k = mps_str_data(MPS_TUPLE(kw)->items[i]);
        MpsValue v = argv[argc + (int)i];
        if (!strcmp(k, "sep")) sep = v;
        else if (!strcmp(k, "end")) end = v;
        else if (!strcmp(k, "file")) file = v;
        else if (!strcmp(k, "flush")) flush = v;
        else return MPS_RAISE(t, TypeError, "'%s' is an invalid keyword argument for print()", k);
    }
    if (sep != MPS_NONE && !mps_is_str(sep))
        return MPS_RAISE(t, TypeError, "sep must be None or a string, not %T", sep);
    if (end != MPS_NONE && !mps_is_str(end))
        return MPS_RAISE(t, TypeError, "end must be None or a string, not %T", end);
    MpsBuf b;
    mps_buf_init(&b);
    for (int i = 0; i < argc; i++) {
        if (i > 0) {
            if (sep == MPS_NONE) mps_buf_addc(&b, ' ');
            else mps_buf_add(&b, mps_str_data(sep), mps_str_size(sep));
        }
        if (mps_str_buf(t, argv[i], &b) < 0) { mps_buf_free(&b); return MPS_NULL; }
    }
    if (end == MPS_NONE) mps_buf_addc(&b, '\n');
    else mps_buf_add(&b, mps_str_data(end), mps_str_size(end));
    if (file == MPS_NONE) {
        /* sys.stdout may have been replaced by an object with write() */
        MpsValue sysm = mps_dict_get_cstr(t, t->interp->modules, "sys");
        MpsValue so = sysm && mps_is_kind(sysm, MPS_K_MODULE) ? mps_dict_get_cstr(t, MPS_MODULE(sysm)->dict, "stdout") : MPS_NULL;
        if (so && so != MPS_NONE) file = so;
    }
    int fd = file == MPS_NONE ? 1 : mpsl_file_std_fd(t, file);
    if (fd >= 0) {
        bi_write_fd(t, fd, b.data ? b.data : "", b.len);
        mps_buf_free(&b);
        if (mps_truthy(t, flush) == 1) bi_flush(t, fd);
        return MPS_NONE;
    }
    MpsValue s = mps_buf_to_str(t, &b);
    if (!s) return MPS_NULL;
    MPS_ROOT(t, s);
    MpsValue r = mps_call_method(t, file, "write", 1, &s);
    MPS_UNROOT(t, 1);
    if (!r) return MPS_NULL;
    if (mps_truthy(t, flush) == 1 && !mps_call_method(t, file, "flush", 0, NULL)) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue bi_input(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "input", argc, kw, 0, 1) < 0) return MPS_NULL;
    if (argc == 1) {
        MpsValue s = mps_to_str(t, argv[0]);
        if (!s) return MPS_NULL;
        bi_write_fd(t, 1, mps_str_data(s), mps_str_size(s));
    }
    if (t->interp->runtime) mps_io_flush_all(t->interp);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return MPS_RAISE(t, EOFError, "EOF when reading a line");
    }
    if (n > 0 && line[n - 1] == '\n') n--;
    MpsValue r = mps_utf8_valid(line, (size_t)n) ? mps_str_new(t, line, (size_t)n)
                 : MPS_RAISE(t, UnicodeDecodeError, "'utf-8' codec can't decode input");
    free(line);
    return r;
}

/* ---------------------------------------------------------------- small ones */

static MpsValue bi_len(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("len");
    int64_t n = mps_len(t, argv[0]);
    return n < 0 ? MPS_NULL : mps_int_from_i64(t, n);
}

static MpsValue bi_repr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("repr");
    return mps_repr(t, argv[0]);
}

static MpsValue bi_ascii(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("ascii");
    return mps_ascii(t, argv[0]);
}

static MpsValue bi_id(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("id");
    return mps_int_from_u64(t, (uint64_t)argv[0]);
}

static MpsValue bi_hash(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("hash");
    uint64_t h;
    if (mps_hash(t, argv[0], &h) < 0) return MPS_NULL;
    return mps_int_from_i64(t, (int64_t)h);
}

static MpsValue bi_callable(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("callable");
    return mps_bool(mps_callable(argv[0]));
}

static MpsValue bi_abs(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("abs");
    MpsValue v = argv[0];
    if (mps_is_small(v)) return mps_int_from_i64(t, llabs((long long)mps_small(v)));
    if (mps_is_bool(v)) return mps_from_small(v == MPS_TRUE);
    if (mps_is_float(v)) return mps_float_new(t, fabs(mps_float_val(v)));
    if (mps_is_complex(v) && mps_obj(v)->cls->is_builtin) {
        double re = MPS_COMPLEX(v)->re, im = MPS_COMPLEX(v)->im, r = hypot(re, im);
        if (isinf(r) && isfinite(re) && isfinite(im))
            return MPS_RAISE(t, OverflowError, "absolute value too large");
        return mps_float_new(t, r);
    }
    if (mps_is_bigint(v)) {
        if (mpz_sgn(MPS_BIG(v)->z) >= 0) return mps_obj(v)->cls->is_builtin ? v : mps_int_from_mpz(t, MPS_BIG(v)->z);
        return mps_unaryop(t, MPS_UN_NEG, v);
    }
    MpsValue f = mps_lookup_special(t, v, "__abs__");
    if (f) return mps_call1(t, f, v);
    return MPS_RAISE(t, TypeError, "bad operand type for abs(): '%T'", v);
}

static MpsValue bi_chr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("chr");
    int64_t c;
    if (!mps_is_int(argv[0]))
        return MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", argv[0]);
    if (mps_index(t, argv[0], &c) < 0) {
        mps_exc_clear(t);
        c = -1;
    }
    if (c < 0 || c > 0x10FFFF) return MPS_RAISE(t, ValueError, "chr() arg not in range(0x110000)");
    MpsBuf b;
    mps_buf_init(&b);
    mps_buf_add_utf8(&b, (uint32_t)c);   /* a lone surrogate too: encode() refuses it */
    return mps_buf_to_str(t, &b);
}

static MpsValue bi_ord(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("ord");
    MpsValue v = argv[0];
    if (mps_is_str(v)) {
        if (mps_str_len(v) != 1)
            return MPS_RAISE(t, TypeError, "ord() expected a character, but string of length %zu found",
                             mps_str_len(v));
        const char *p = mps_str_data(v);
        return mps_from_small(mpsl_utf8_next(&p));
    }
    if (mps_is_kind(v, MPS_K_BYTES) || mps_is_kind(v, MPS_K_BYTEARRAY)) {
        if (MPS_BYTES(v)->size != 1)
            return MPS_RAISE(t, TypeError, "ord() expected a character, but string of length %zu found",
                             MPS_BYTES(v)->size);
        return mps_from_small(MPS_BYTES(v)->data[0]);
    }
    return MPS_RAISE(t, TypeError, "ord() expected string of length 1, but %T found", v);
}

static MpsValue bi_int_prefixed(MpsThread *t, MpsValue v, int base, const char *prefix)
{
    if (!mps_is_int(v)) {
        MpsValue f = mps_lookup_special(t, v, "__index__");
        if (!f) return MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", v);
        v = mps_call1(t, f, v);
        if (!v) return MPS_NULL;
        if (!mps_is_int(v)) return MPS_RAISE(t, TypeError, "__index__ returned non-int (type %T)", v);
    }
    if (mps_is_bool(v)) v = mps_from_small(v == MPS_TRUE);
    MpsValue s = mps_int_to_str(t, v, base);
    if (!s) return MPS_NULL;
    const char *d = mps_str_data(s);
    if (d[0] == '-') return mps_str_printf(t, "-%s%s", prefix, d + 1);
    return mps_str_printf(t, "%s%s", prefix, d);
}

static MpsValue bi_hex(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("hex");
    return bi_int_prefixed(t, argv[0], 16, "0x");
}

static MpsValue bi_oct(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("oct");
    return bi_int_prefixed(t, argv[0], 8, "0o");
}

static MpsValue bi_bin(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("bin");
    return bi_int_prefixed(t, argv[0], 2, "0b");
}

static MpsValue bi_format(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "format", argc, kw, 1, 2) < 0) return MPS_NULL;
    MpsValue spec = argc > 1 ? argv[1] : mps_str_new(t, "", 0);
    if (!mps_is_str(spec))
        return MPS_RAISE(t, TypeError, "format() argument 2 must be str, not %T", spec);
    return mps_format(t, argv[0], spec);
}

/* ---------------------------------------------------------------- attributes */

static MpsValue bi_attr_name(MpsThread *t, MpsValue n)
{
    if (!mps_is_str(n)) return MPS_RAISE(t, TypeError, "attribute name must be string, not '%T'", n);
    return mps_intern(t, n);
}

static MpsValue bi_getattr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "getattr", argc, kw, 2, 3) < 0) return MPS_NULL;
    MpsValue name = bi_attr_name(t, argv[1]);
    if (!name) return MPS_NULL;
    if (argc == 2) return mps_getattr(t, argv[0], name);
    MpsValue r = mps_getattr_opt(t, argv[0], name);
    if (r || t->exc) return r;
    return argv[2];
}

static MpsValue bi_hasattr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "hasattr", argc, kw, 2, 2) < 0) return MPS_NULL;
    MpsValue name = bi_attr_name(t, argv[1]);
    if (!name) return MPS_NULL;
    MpsValue r = mps_getattr_opt(t, argv[0], name);
    if (!r && t->exc) return MPS_NULL;
    return mps_bool(r != MPS_NULL);
}

static MpsValue bi_setattr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "setattr", argc, kw, 3, 3) < 0) return MPS_NULL;
    MpsValue name = bi_attr_name(t, argv[1]);
    if (!name || mps_setattr(t, argv[0], name, argv[2]) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue bi_delattr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "delattr", argc, kw, 2, 2) < 0) return MPS_NULL;
    MpsValue name = bi_attr_name(t, argv[1]);
    if (!name || mps_setattr(t, argv[0], name, MPS_NULL) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue bi_globals(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "globals", argc, kw, 0, 0) < 0) return MPS_NULL;
    MpsDict *g = mps_vm_globals(t);
    return g ? mps_from_obj(g) : MPS_NULL;
}

static MpsValue bi_locals(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "locals", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_vm_locals(t);
}

static MpsValue bi_vars(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "vars", argc, kw, 0, 1) < 0) return MPS_NULL;
    if (argc == 0) return mps_vm_locals(t);
    MpsValue d = mps_getattr_opt(t, argv[0], t->interp->s_dict);
    if (d || t->exc) return d;
    return MPS_RAISE(t, TypeError, "vars() argument must have __dict__ attribute");
}

/* __import__(name, globals, locals, fromlist, level): the import statement's
 * own hook (the top package, or the module itself with a fromlist) */
static MpsValue bi_import(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    MpsValue a[5];
    if (mps_args(t, "__import__", argc, argv, kw, names, 1, 5, a) < 0) return MPS_NULL;
    int64_t level = 0;
    if (a[4] && mps_index(t, a[4], &level) < 0) return MPS_NULL;
    if (level < 0) return MPS_RAISE(t, ValueError, "level must be >= 0");
    if (!mps_is_str(a[0])) return MPS_RAISE(t, TypeError, "__import__() argument 1 must be str, not %T", a[0]);
    if (level == 0 && mps_str_size(a[0]) == 0) return MPS_RAISE(t, ValueError, "Empty module name");
    return mps_import_hook(t, a[0], a[3] ? a[3] : MPS_NONE, (int)level);
}

/* a mapping for exec/eval's locals: anything with __getitem__ */
static bool bi_is_mapping(MpsThread *t, MpsValue v) {
    return mps_is_dict(v) || mps_class_lookup(mps_class_of(t, v), mps_intern_cstr(t, "__getitem__"));
}

/* exec / eval: source text or a code object, run in globals (and locals:
 * any mapping; module-level names are then stored and looked up there) */
static MpsValue bi_run_source(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool eval)
{
    static const char *const names[] = {"source", "globals", "locals"};
    const char *fn = eval ? "eval" : "exec";
    MpsValue a[3];
    if (mps_args(t, fn, argc, argv, kw, names, 1, 3, a) < 0) return MPS_NULL;
    MpsValue g = a[1] && a[1] != MPS_NONE ? a[1] : MPS_NULL, l = a[2] && a[2] != MPS_NONE ? a[2] : MPS_NULL;
    /* CPython's messages, and its order: eval checks the locals first */
    if (eval && l && !bi_is_mapping(t, l)) return MPS_RAISE(t, TypeError, "locals must be a mapping");
    if (g && !mps_is_dict(g)) {
        if (!eval) return MPS_RAISE(t, TypeError, "exec() globals must be a dict, not %T", g);
        return MPS_RAISE(t, TypeError, bi_is_mapping(t, g) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                           : "globals must be a dict");
    }
    if (l && !bi_is_mapping(t, l)) return MPS_RAISE(t, TypeError, "locals must be a mapping or None, not %T", l);
    MpsValue code = a[0];
    if (mps_is_kind(code, MPS_K_BYTES)) code = mpsl_decode(t, MPS_BYTES(code)->data, MPS_BYTES(code)->size, "utf-8", "strict");
    if (!code) return MPS_NULL;
    if (mps_is_str(code)) {
        const char *src = mps_str_data(code);
        size_t n = mps_str_size(code);
        /* eval() of a string (not compile()) strips leading blanks */
        if (eval) while (n && (*src == ' ' || *src == '\t')) { src++; n--; }
        code = mps_compile(t, src, n, "<string>", eval ? MPS_PARSE_EVAL : MPS_PARSE_FILE, NULL);
        if (!code) return MPS_NULL;
    } else if (!mps_is_kind(code, MPS_K_CODE))
        return MPS_RAISE(t, TypeError, "%s() arg 1 must be a string, bytes or code object", fn);
    MPS_ROOT(t, code);
    MpsValue r = MPS_NULL;
    if (!g) {
        /* the caller's namespaces: in a function, its locals() dict (what
         * the code stores there does not reach the fast locals) */
        MpsDict *gd = mps_vm_globals(t);
        g = gd ? mps_from_obj(gd) : MPS_NULL;
        if (g && !l) {
            l = mps_vm_locals(t);
            if (!l) { MPS_UNROOT(t, 1); return MPS_NULL; }
            if (l == g) l = MPS_NULL;
        }
    }
    if (g) {
        MPS_ROOT(t, l ? l : MPS_NONE);
        r = l ? mps_vm_run_locals(t, code, MPS_DICT(g), l) : mps_vm_run(t, code, MPS_DICT(g));
        MPS_UNROOT(t, 1);
    }
    MPS_UNROOT(t, 1);
    if (!r) return MPS_NULL;
    return eval ? r : MPS_NONE;
}

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) → code */
static MpsValue bi_compile(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
    MpsValue a[6];
    if (mps_args(t, "compile", argc, argv, kw, names, 3, 6, a) < 0) return MPS_NULL;
    MpsValue src = a[0];
    if (mps_is_kind(src, MPS_K_BYTES)) src = mpsl_decode(t, MPS_BYTES(src)->data, MPS_BYTES(src)->size, "utf-8", "strict");
    if (!src) return MPS_NULL;
    if (!mps_is_str(src)) return MPS_RAISE(t, TypeError, "compile() arg 1 must be a string, bytes or AST object");
    MPS_ROOT(t, src);
    const char *file;
    size_t flen;
    MpsValue fname = a[1];
    if (mps_is_kind(fname, MPS_K_BYTES)) fname = mpsl_decode(t, MPS_BYTES(fname)->data, MPS_BYTES(fname)->size, "utf-8", "strict");
    MpsValue r = MPS_NULL;
    if (fname && mpsl_os_fspath(t, fname, "compile", &file, &flen) == 0) {
        MPS_ROOT(t, fname);
        const char *m = mps_is_str(a[2]) ? mps_str_data(a[2]) : "";
        MpsParseMode mode = !strcmp(m, "exec") ? MPS_PARSE_FILE : !strcmp(m, "eval") ? MPS_PARSE_EVAL
                          : MPS_PARSE_SINGLE;
        if (!mps_is_str(a[2]))
            MPS_RAISE(t, TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
        else if (strcmp(m, "exec") && strcmp(m, "eval") && strcmp(m, "single"))
            MPS_RAISE(t, ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        else {
            r = mps_compile(t, mps_str_data(src), mps_str_size(src), file, mode, NULL);
        }
        MPS_UNROOT(t, 1);
    }
    MPS_UNROOT(t, 1);
    return r;
}

static MpsValue bi_exec(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_run_source(t, argc, argv, kw, false);
}

static MpsValue bi_eval(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_run_source(t, argc, argv, kw, true);
}

static int bi_dir_add(MpsThread *t, MpsValue set, MpsDict *d)
{
    MpsValue k, v;
    for (size_t i = 0; mps_dict_next(d, &i, &k, &v); )
        if (mps_is_str(k) && mps_set_add(t, set, k) < 0) return -1;
    return 0;
}

static int bi_dir_class(MpsThread *t, MpsValue set, MpsClass *c)
{
    MpsTuple *mro = MPS_TUPLE(c->mro);
    for (size_t i = 0; i < mro->len; i++)
        if (bi_dir_add(t, set, MPS_CLASS(mro->items[i])->dict) < 0) return -1;
    return 0;
}

static MpsValue bi_dir(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "dir", argc, kw, 0, 1) < 0) return MPS_NULL;
    MpsValue set = mps_set_new(t, false);
    if (!set) return MPS_NULL;
    MPS_ROOT(t, set);
    int rc = 0;
    if (argc == 0) {
        MpsValue d = mps_vm_locals(t);
        if (!d) rc = -1;
        else if (mps_is_dict(d)) rc = bi_dir_add(t, set, MPS_DICT(d));
    } else {
        MpsValue o = argv[0];
        MpsValue f = mps_lookup_special(t, o, "__dir__");
        if (f && bi_is_user_func(f)) {
            MpsValue r = mps_call1(t, f, o);
            MPS_UNROOT(t, 1);
            if (!r) return MPS_NULL;
            r = mps_sequence_to_list(t, r);
            if (r && mps_list_sort(t, r, MPS_NONE, false) < 0) return MPS_NULL;
            return r;
        }
        if (mps_is_kind(o, MPS_K_MODULE)) rc = bi_dir_add(t, set, MPS_MODULE(o)->dict);
        else if (mps_is_class(o)) rc = bi_dir_class(t, set, MPS_CLASS(o));
        else {
            if (mps_is_kind(o, MPS_K_INSTANCE) && MPS_INST(o)->dict)
                rc = bi_dir_add(t, set, MPS_INST(o)->dict);
            else if (mps_is_kind(o, MPS_K_EXCEPTION) && MPS_EXC(o)->dict)
                rc = bi_dir_add(t, set, MPS_EXC(o)->dict);
            else if (mps_is_kind(o, MPS_K_NATIVE) && ((MpsNative *)o)->dict)
                rc = bi_dir_add(t, set, ((MpsNative *)o)->dict);
            if (rc == 0) rc = bi_dir_class(t, set, mps_class_of(t, o));
        }
    }
    MpsValue list = rc < 0 ? MPS_NULL : mps_sequence_to_list(t, set);
    MPS_UNROOT(t, 1);
    if (!list) return MPS_NULL;
    MPS_ROOT(t, list);
    rc = mps_list_sort(t, list, MPS_NONE, false);
    MPS_UNROOT(t, 1);
    return rc < 0 ? MPS_NULL : list;
}

/* ---------------------------------------------------------------- types */

static int bi_class_in(MpsThread *t, MpsValue v, MpsValue cls, bool sub, const char *fname)
{
    if (mps_is_class(cls)) {
        if (!mps_obj(cls)->cls->is_builtin) {      /* a metaclass may answer */
            MpsValue m = mps_lookup_special(t, cls, sub ? "__subclasscheck__" : "__instancecheck__");
            if (m) {
                MpsValue r = mps_call2(t, m, cls, v);
                return r ? mps_truthy(t, r) : -1;
            }
            if (t->exc) return -1;
        }
        if (sub) return mps_is_subclass(MPS_CLASS(v), MPS_CLASS(cls));
        return mps_isinstance(t, v, MPS_CLASS(cls));
    }
    if (mps_is_tuple(cls)) {
        for (size_t i = 0; i < MPS_TUPLE(cls)->len; i++) {
            int r = bi_class_in(t, v, MPS_TUPLE(cls)->items[i], sub, fname);
            if (r != 0) return r;
        }
        return 0;
    }
    /* int | None, typing.List, objects of classes that answer for themselves */
    MpsValue m = mps_lookup_special(t, cls, sub ? "__subclasscheck__" : "__instancecheck__");
    if (m) {
        MpsValue r = mps_call2(t, m, cls, v);
        if (!r) return -1;
        return mps_truthy(t, r);
    }
    if (t->exc) return -1;
    MPS_RAISE(t, TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
    return -1;
}

static MpsValue bi_isinstance(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "isinstance", argc, kw, 2, 2) < 0) return MPS_NULL;
    int r = bi_class_in(t, argv[0], argv[1], false, "isinstance");
    return r < 0 ? MPS_NULL : mps_bool(r);
}

static MpsValue bi_issubclass(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "issubclass", argc, kw, 2, 2) < 0) return MPS_NULL;
    if (!mps_is_class(argv[0])) return MPS_RAISE(t, TypeError, "issubclass() arg 1 must be a class");
    int r = bi_class_in(t, argv[0], argv[1], true, "issubclass");
    return r < 0 ? MPS_NULL : mps_bool(r);
}

/* ---------------------------------------------------------------- iteration helpers */

static MpsValue bi_iter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw);

/* iter(callable, sentinel): a = callable, b = sentinel */
static MpsValue bi_calliter_next(MpsThread *t, MpsIter *it)
{
    if (!it->a) return MPS_NULL;
    MpsValue v = mps_call0(t, it->a);
    if (!v) {
        if (mps_exc_matches(t, MPS_EXCCLS(t, StopIteration))) { mps_exc_clear(t); it->a = MPS_NULL; }
        return MPS_NULL;
    }
    MPS_ROOT(t, v);
    int eq = mps_eq(t, v, it->b);
    MPS_UNROOT(t, 1);
    if (eq < 0) return MPS_NULL;
    if (eq) { it->a = MPS_NULL; return MPS_NULL; }
    return v;
}

static MpsValue bi_iter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "iter", argc, kw, 1, 2) < 0) return MPS_NULL;
    if (argc == 1) return mps_iter(t, argv[0]);
    if (!mps_callable(argv[0])) return MPS_RAISE(t, TypeError, "iter(v, w): v must be callable");
    return mps_iter_new(t, bi_calliter_next, argv[0], argv[1], MPS_NULL);
}

static MpsValue bi_next(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "next", argc, kw, 1, 2) < 0) return MPS_NULL;
    if (mps_is_kind(argv[0], MPS_K_GENERATOR)) {
        /* the generator's return value travels in StopIteration */
        MpsValue v = mps_gen_send(t, argv[0], MPS_NONE);
        if (v || argc == 1 || !mps_exc_matches(t, MPS_EXCCLS(t, StopIteration))) return v;
        mps_exc_clear(t);
        return argv[1];
    }
    MpsValue v = mps_next(t, argv[0]);
    if (v || t->exc) return v;
    if (argc == 2) return argv[1];
    return mps_raise_value(t, mps_from_obj(MPS_EXCCLS(t, StopIteration)));
}

/* enumerate: a = iterator, b = count when it outgrew i, i = count */
static MpsValue bi_enum_next(MpsThread *t, MpsIter *it)
{
    MpsValue v = mps_next(t, it->a);
    if (!v) return MPS_NULL;
    MpsValue n;
    if (it->b) {
        n = it->b;
        MPS_ROOT(t, v);
        it->b = mps_binop(t, MPS_BIN_ADD, n, mps_from_small(1));
        MPS_UNROOT(t, 1);
        if (!it->b) return MPS_NULL;
    } else {
        n = mps_int_from_i64(t, it->i);
        if (it->i == INT64_MAX) it->b = mps_binop(t, MPS_BIN_ADD, n, mps_from_small(1));
        else it->i++;
    }
    return mps_tuple_pack(t, 2, n, v);
}

static MpsValue bi_enumerate(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"iterable", "start"};
    MpsValue a[2];
    if (mps_args(t, "enumerate", argc, argv, kw, names, 1, 2, a) < 0) return MPS_NULL;
    MpsValue it = mps_iter(t, a[0]);
    if (!it) return MPS_NULL;
    MpsValue start = a[1] ? a[1] : mps_from_small(0);
    if (!mps_is_int(start))
        return MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", start);
    MPS_ROOT(t, it);
    MpsValue r = mps_iter_new(t, bi_enum_next, it, MPS_NULL, MPS_NULL);
    MPS_UNROOT(t, 1);
    if (!r) return MPS_NULL;
    int64_t i;
    if (mps_is_bool(start)) start = mps_from_small(start == MPS_TRUE);
    if (mps_is_small(start)) ((MpsIter *)r)->i = mps_small(start);
    else if (mps_int_to_i64(t, start, &i) == 0) ((MpsIter *)r)->i = i;
    else { mps_exc_clear(t); ((MpsIter *)r)->b = start; }
    return r;
}

/* zip: a = tuple of iterators, i = strict */
static MpsValue bi_zip_next(MpsThread *t, MpsIter *it)
{
    if (!it->a) return MPS_NULL;
    MpsTuple *its = MPS_TUPLE(it->a);
    if (its->len == 0) return MPS_NULL;
    MpsValue r = mps_tuple_new(t, its->len);
    if (!r) return MPS_NULL;
    MPS_ROOT(t, r);
    for (size_t k = 0; k < its->len; k++) {
        MpsValue v = mps_next(t, its->items[k]);
        if (!v) {
            MPS_UNROOT(t, 1);
            if (t->exc) return MPS_NULL;
            if (it->i) {       /* strict: all must end together */
                if (k > 0)
                    return MPS_RAISE(t, ValueError, "zip() argument %zu is shorter than argument%s 1%s",
                                     k + 1, k > 1 ? "s" : "", k > 1 ? "-" : "");
                for (size_t m = 1; m < its->len; m++) {
                    MpsValue w = mps_next(t, its->items[m]);
                    if (w) return MPS_RAISE(t, ValueError, "zip() argument %zu is longer than argument%s 1%s",
                                            m + 1, m > 1 ? "s" : "", m > 1 ? "-" : "");
                    if (t->exc) return MPS_NULL;
                }
            }
            it->a = MPS_NULL;
            return MPS_NULL;
        }
        MPS_TUPLE(r)->items[k] = v;
    }
    MPS_UNROOT(t, 1);
    return r;
}

static MpsValue bi_iters_tuple(MpsThread *t, int n, const MpsValue *argv)
{
    MpsValue its = mps_tuple_new(t, (size_t)n);
    if (!its) return MPS_NULL;
    MPS_ROOT(t, its);
    for (int i = 0; i < n; i++) {
        MpsValue it = mps_iter(t, argv[i]);
        if (!it) { MPS_UNROOT(t, 1); return MPS_NULL; }
        MPS_TUPLE(its)->items[i] = it;
    }
    MPS_UNROOT(t, 1);
    return its;
}

static MpsValue bi_zip(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    MpsValue strict = mpsl_kwarg(kw, argc, argv, "strict");
    if (mpsl_nkw(kw) > (strict ? 1u : 0u))
        return MPS_RAISE(t, TypeError, "zip() got an unexpected keyword argument");
    MpsValue its = bi_iters_tuple(t, argc, argv);
    if (!its) return MPS_NULL;
    MPS_ROOT(t, its);
    MpsValue r = mps_iter_new(t, bi_zip_next, its, MPS_NULL, MPS_NULL);
    MPS_UNROOT(t, 1);
    if (r && strict) ((MpsIter *)r)->i = mps_truthy(t, strict) == 1;
    return r;
}

/* map: a = function, b = tuple of iterators */
static MpsValue bi_map_next(MpsThread *t, MpsIter *it)
{
    MpsTuple *its = MPS_TUPLE(it->b);
    MpsValue args[8];
    MpsValue hold = MPS_NULL;
    if (its->len > 8) {
        hold = mpsl_hold(t, its->len);
        if (!hold) return MPS_NULL;
    }
    for (size_t k = 0; k < its->len; k++) {
        MpsValue v = mps_next(t, its->items[k]);
        if (!v) { if (hold) MPS_UNROOT(t, 1); else if (k) MPS_UNROOT(t, (int)k); return MPS_NULL; }
        if (hold) MPSL_SLOT(hold, k) = v;
        else { args[k] = v; MPS_ROOT(t, v); }
    }
    MpsValue r = mps_call(t, it->a, (int)its->len, hold ? MPS_LIST(hold)->items : args, MPS_NULL);
    MPS_UNROOT(t, hold ? 1 : (int)its->len);
    return r;
}

static MpsValue bi_map(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "map", kw) < 0) return MPS_NULL;
    if (argc < 2) return MPS_RAISE(t, TypeError, "map() must have at least two arguments.");
    MpsValue its = bi_iters_tuple(t, argc - 1, argv + 1);
    if (!its) return MPS_NULL;
    MPS_ROOT(t, its);
    MpsValue r = mps_iter_new(t, bi_map_next, argv[0], its, MPS_NULL);
    MPS_UNROOT(t, 1);
    return r;
}

/* filter: a = function or None, b = iterator */
static MpsValue bi_filter_next(MpsThread *t, MpsIter *it)
{
    for (;;) {
        MpsValue v = mps_next(t, it->b);
        if (!v) return MPS_NULL;
        MPS_ROOT(t, v);
        int ok;
        if (it->a == MPS_NONE) ok = mps_truthy(t, v);
        else {
            MpsValue r = mps_call1(t, it->a, v);
            ok = r ? mps_truthy(t, r) : -1;
        }
        MPS_UNROOT(t, 1);
        if (ok < 0) return MPS_NULL;
        if (ok) return v;
    }
}

static MpsValue bi_filter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "filter", kw) < 0) return MPS_NULL;
    if (argc != 2) return MPS_RAISE(t, TypeError, "filter expected 2 arguments, got %d", argc);
    MpsValue it = mps_iter(t, argv[1]);
    if (!it) return MPS_NULL;
    MPS_ROOT(t, it);
    MpsValue r = mps_iter_new(t, bi_filter_next, argv[0], it, MPS_NULL);
    MPS_UNROOT(t, 1);
    return r;
}

/* reversed over an indexable: a = sequence, i = next index (counting down) */
static MpsValue bi_rev_next(MpsThread *t, MpsIter *it)
{
    if (it->i < 0) return MPS_NULL;
    MpsValue s = it->a;
    int64_t i = it->i--;
    if (mps_is_list(s)) {
        if ((size_t)i >= MPS_LIST(s)->len) { it->i = -1; return MPS_NULL; }
        return MPS_LIST(s)->items[i];
    }
    if (mps_is_tuple(s)) return MPS_TUPLE(s)->items[i];
    if (mps_is_str(s)) return mps_str_index(t, s, i);
    MpsValue r = mps_getitem(t, s, mps_int_from_i64(t, i));
    if (!r && (mps_exc_matches(t, MPS_EXCCLS(t, IndexError)) ||
               mps_exc_matches(t, MPS_EXCCLS(t, StopIteration)))) {
        mps_exc_clear(t);
        it->i = -1;
    }
    return r;
}

/* reversed(dict): a = dict, i = next entry position */
static MpsValue bi_revdict_next(MpsThread *t, MpsIter *it)
{
    MpsDict *d = MPS_DICT(it->a);
    if ((size_t)it->j != d->len) {
        it->i = -1;
        return MPS_RAISE(t, RuntimeError, "dictionary changed size during iteration");
    }
    while (it->i >= 0) {
        MpsDictEntry *e = &d->entries[it->i--];
        if (e->key) return e->key;
    }
    return MPS_NULL;
}

static MpsValue bi_reversed(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    ARGS1("reversed");
    MpsValue s = argv[0];
    int64_t n;
    if (mps_is_kind(s, MPS_K_RANGE)) {
        MpsRange *r = (MpsRange *)s;
        if (r->len == 0) return mps_iter(t, mps_range_new(t, 0, 0, 1));
        int64_t last = r->start + (r->len - 1) * r->step;
        MpsValue rr = mps_range_new(t, last, last - r->len * r->step, -r->step);
        return rr ? mps_iter(t, rr) : MPS_NULL;
    }
    if (mps_is_dict(s)) {
        MpsValue r = mps_iter_new(t, bi_revdict_next, s, MPS_NULL, MPS_NULL);
        if (r) { ((MpsIter *)r)->i = (int64_t)MPS_DICT(s)->used - 1; ((MpsIter *)r)->j = (int64_t)MPS_DICT(s)->len; }
        return r;
    }
    if (mps_is_list(s) || mps_is_tuple(s) || mps_is_str(s)) {
        n = mps_is_list(s) ? (int64_t)MPS_LIST(s)->len : mps_is_tuple(s) ? (int64_t)MPS_TUPLE(s)->len
                                                         : (int64_t)mps_str_len(s);
    } else {
        MpsValue f = mps_lookup_special(t, s, "__reversed__");
        if (f) return mps_call1(t, f, s);
        if (!mps_lookup_special(t, s, "__getitem__") || mps_is_dict(s) || mps_is_kind(s, MPS_K_SET) || mps_is_kind(s, MPS_K_FROZENSET))
            return MPS_RAISE(t, TypeError, "'%T' object is not reversible", s);
        n = mps_len(t, s);
        if (n < 0) return MPS_NULL;
    }
    MpsValue r = mps_iter_new(t, bi_rev_next, s, MPS_NULL, MPS_NULL);
    if (r) ((MpsIter *)r)->i = n - 1;
    return r;
}

static MpsValue bi_anyall(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool any)
{
    if (mpsl_no_kw(t, any ? "any" : "all", kw) < 0) return MPS_NULL;
    if (argc != 1)
        return MPS_RAISE(t, TypeError, "%s() takes exactly one argument (%d given)", any ? "any" : "all", argc);
    MpsValue it = mps_iter(t, argv[0]);
    if (!it) return MPS_NULL;
    MPS_ROOT(t, it);
    MpsValue res = mps_bool(!any);
    for (;;) {
        MpsValue v = mps_next(t, it);
        if (!v) { if (t->exc) res = MPS_NULL; break; }
        int b = mps_truthy(t, v);
        if (b < 0) { res = MPS_NULL; break; }
        if (b == (int)any) { res = mps_bool(any); break; }
    }
    MPS_UNROOT(t, 1);
    return res;
}

static MpsValue bi_any(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_anyall(t, argc, argv, kw, true);
}

static MpsValue bi_all(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_anyall(t, argc, argv, kw, false);
}

/* ---------------------------------------------------------------- reductions */

static MpsValue bi_sum(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"iterable", "start"};
    MpsValue a[2];
    if (mps_args(t, "sum", argc, argv, kw, names, 1, 2, a) < 0) return MPS_NULL;
    MpsValue acc = a[1] ? a[1] : mps_from_small(0);
    if (mps_is_str(acc)) return MPS_RAISE(t, TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (mps_is_kind(acc, MPS_K_BYTES))
        return MPS_RAISE(t, TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (mps_is_kind(acc, MPS_K_BYTEARRAY))
        return MPS_RAISE(t, TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    MpsValue hold = mpsl_hold(t, 2);
    if (!hold) return MPS_NULL;
    MpsValue it = mps_iter(t, a[0]);
    if (!it) { MPS_UNROOT(t, 1); return MPS_NULL; }
    MPSL_SLOT(hold, 0) = it;
    MPSL_SLOT(hold, 1) = acc;
    for (;;) {
        MpsValue v = mps_next(t, it);
        if (!v) { if (t->exc) acc = MPS_NULL; break; }
        /* fast paths: small ints without overflow, floats */
        if (mps_is_small(acc) && mps_is_small(v)) {
            int64_t s = mps_small(acc) + mps_small(v);
            if (mps_fits_small(s)) { acc = mps_from_small(s); MPSL_SLOT(hold, 1) = acc; continue; }
        }
        if (mps_is_float(acc) && mps_is_float(v)) {
            acc = mps_float_new(t, mps_float_val(acc) + mps_float_val(v));
        } else {
            acc = mps_binop(t, MPS_BIN_ADD, acc, v);
        }
        if (!acc) break;
        MPSL_SLOT(hold, 1) = acc;
    }
    MPS_UNROOT(t, 1);
    return acc;
}

static MpsValue bi_minmax(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool max)
{
    const char *name = max ? "max" : "min";
    MpsValue key = MPS_NONE, dflt = MPS_NULL;
    size_t nkw = mpsl_nkw(kw);
    for (size_t i = 0; i < nkw; i++) {
        const char *k = mps_str_data(MPS_TUPLE(kw)->items[i]);
        if (!strcmp(k, "key")) key = argv[argc + (int)i];
        else if (!strcmp(k, "default")) dflt = argv[argc + (int)i];
        else return MPS_RAISE(t, TypeError, "'%s' is an invalid keyword argument for %s()", k, name);
    }
    if (argc == 0) return MPS_RAISE(t, TypeError, "%s expected at least 1 argument, got 0", name);
    if (argc > 1 && dflt)
        return MPS_RAISE(t, TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    MpsValue src = argv[0];
    if (argc > 1) {
        src = mps_tuple_from(t, (size_t)argc, argv);
        if (!src) return MPS_NULL;
    }
    MpsValue hold = mpsl_hold(t, 4);     /* iterator, source, best, best key */
    if (!hold) return MPS_NULL;
    MPSL_SLOT(hold, 1) = src;
    MpsValue it = mps_iter(t, src);
    MpsValue best = MPS_NULL, bestk = MPS_NULL, res = MPS_NULL;
    if (!it) goto done;
    MPSL_SLOT(hold, 0) = it;
    for (;;) {
        MpsValue v = mps_next(t, it);
        if (!v) { if (t->exc) goto done; break; }
        MpsValue k = v;
        if (key != MPS_NONE) {
            MPS_ROOT(t, v);
            k = mps_call1(t, key, v);
            MPS_UNROOT(t, 1);
            if (!k) goto done;
        }
        if (!best) { best = v; bestk = k; }
        else {
            MPS_ROOT(t, v);
            MPS_ROOT(t, k);
            int c = mps_compare_bool(t, max ? MPS_CMP_GT : MPS_CMP_LT, k, bestk);
            MPS_UNROOT(t, 2);
            if (c < 0) goto done;
            if (c) { best = v; bestk = k; }
        }
        MPSL_SLOT(hold, 2) = best;
        MPSL_SLOT(hold, 3) = bestk;
    }
    if (best) res = best;
    else if (dflt) res = dflt;
    else MPS_RAISE(t, ValueError, "%s() arg is an empty sequence", name);
done:
    MPS_UNROOT(t, 1);
    return res;
}

static MpsValue bi_max(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_minmax(t, argc, argv, kw, true);
}

static MpsValue bi_min(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_minmax(t, argc, argv, kw, false);
}

static MpsValue bi_sorted(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    MpsValue key = MPS_NONE, rev = MPS_FALSE;
    size_t nkw = mpsl_nkw(kw);
    for (size_t i = 0; i < nkw; i++) {
        const char *k = mps_str_data(MPS_TUPLE(kw)->items[i]);
        if (!strcmp(k, "key")) key = argv[argc + (int)i];
        else if (!strcmp(k, "reverse")) rev = argv[argc + (int)i];
        else return MPS_RAISE(t, TypeError, "sorted() got an unexpected keyword argument '%s'", k);
    }
    if (argc != 1) {
        if (argc == 0) return MPS_RAISE(t, TypeError, "sorted expected 1 argument, got 0");
        return MPS_RAISE(t, TypeError, "sorted expected 1 argument, got %d", argc);
    }
    MpsValue list;
    MpsValue *items;
    int64_t n = mps_seq_items_iter(t, argv[0], &items);
    if (n >= 0) list = mps_list_from(t, (size_t)n, items);
    else list = mps_sequence_to_list(t, argv[0]);
    if (!list) return MPS_NULL;
    int r = mps_truthy(t, rev);
    if (r < 0) return MPS_NULL;
    MPS_ROOT(t, list);
    int rc = mps_list_sort(t, list, key, r == 1);
    MPS_UNROOT(t, 1);
    return rc < 0 ? MPS_NULL : list;
}

static MpsValue bi_divmod(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "divmod", argc, kw, 2, 2) < 0) return MPS_NULL;
    MpsValue a = argv[0], b = argv[1];
    bool num = (mps_is_int(a) || mps_is_float(a)) && (mps_is_int(b) || mps_is_float(b));
    if (!num) {
        MpsValue f = mps_lookup_special(t, a, "__divmod__");
        if (f) return mps_call2(t, f, a, b);
        f = mps_lookup_special(t, b, "__rdivmod__");
        if (f) return mps_call2(t, f, b, a);
        return MPS_RAISE(t, TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
    }
    MpsValue q = mps_binop(t, MPS_BIN_FLOORDIV, a, b);
    if (!q) return MPS_NULL;
    MPS_ROOT(t, q);
    MpsValue r = mps_binop(t, MPS_BIN_MOD, a, b);
    MPS_UNROOT(t, 1);
    if (!r) return MPS_NULL;
    return mps_tuple_pack(t, 2, q, r);
}

static MpsValue bi_pow(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"base", "exp", "mod"};
    MpsValue a[3];
    if (mps_args(t, "pow", argc, argv, kw, names, 2, 3, a) < 0) return MPS_NULL;
    if (!a[2] || a[2] == MPS_NONE) return mps_binop(t, MPS_BIN_POW, a[0], a[1]);
    if (mps_is_int(a[0]) && mps_is_int(a[1]) && mps_is_int(a[2])) return mps_int_powmod(t, a[0], a[1], a[2]);
    /* ternary pow asks only the base's __pow__ (never __rpow__), as CPython */
    if (mps_is_obj(a[0]) && !mps_obj(a[0])->cls->is_builtin) {
        MpsValue m = mps_lookup_special(t, a[0], "__pow__");
        if (m) {
            MpsValue r = mps_call(t, m, 3, a, MPS_NULL);
            if (r != MPS_NOTIMPLEMENTED) return r;
        } else if (t->exc) return MPS_NULL;
    }
    if (mps_is_complex(a[0]) || mps_is_complex(a[1]) || mps_is_complex(a[2]))
        return MPS_RAISE(t, ValueError, "complex modulo");
    if ((mps_is_int(a[0]) || mps_is_float(a[0])) && (mps_is_int(a[1]) || mps_is_float(a[1])) &&
        (mps_is_int(a[2]) || mps_is_float(a[2])))
        return MPS_RAISE(t, TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return MPS_RAISE(t, TypeError, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a[0], a[1], a[2]);
}

static MpsValue bi_round(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"number", "ndigits"};
    MpsValue a[2];
    if (mps_args(t, "round", argc, argv, kw, names, 1, 2, a) < 0) return MPS_NULL;
    MpsValue x = a[0], nd = a[1] && a[1] != MPS_NONE ? a[1] : MPS_NULL;
    /* a user class's __round__ (none for int, float and their subclasses
     * that do not override it: done here in C) */
    MpsValue f = mps_lookup_special(t, x, "__round__");
    if (!f) {
        if (t->exc) return MPS_NULL;
        if (mps_is_int(x) || mps_is_float(x)) return mpsl_num_round(t, x, nd);
        return MPS_RAISE(t, TypeError, "type %T doesn't define __round__ method", x);
    }
    return nd ? mps_call2(t, f, x, nd) : mps_call1(t, f, x);
}

static MpsValue bi_exit(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "exit", argc, kw, 0, 1) < 0) return MPS_NULL;
    MpsValue args = argc ? mps_tuple_pack(t, 1, argv[0]) : mps_tuple_new(t, 0);
    if (!args) return MPS_NULL;
    MpsValue e = mps_exc_new(t, MPS_EXCCLS(t, SystemExit), args);
    return e ? mps_raise_value(t, e) : MPS_NULL;
}

/* ---------------------------------------------------------------- constructors */

static MpsValue bi_to_int(MpsThread *t, MpsValue v)
{
    if (mps_is_bool(v)) return mps_from_small(v == MPS_TRUE);
    if (mps_is_bigint(v) && !mps_obj(v)->cls->is_builtin) return mps_int_from_mpz(t, MPS_BIG(v)->z);
    if (mps_is_int(v)) return v;
    if (mps_is_float(v)) return mps_int_from_double(t, mps_float_val(v));
    if (mps_is_str(v)) return mps_int_parse(t, mps_str_data(v), mps_str_size(v), 10);
    if (mps_is_kind(v, MPS_K_BYTES) || mps_is_kind(v, MPS_K_BYTEARRAY))
        return mps_int_parse(t, (const char *)MPS_BYTES(v)->data, MPS_BYTES(v)->size, 10);
    static const char *const dunders[] = {"__int__", "__index__", "__trunc__"};
    for (int i = 0; i < 3; i++) {
        MpsValue f = mps_lookup_special(t, v, dunders[i]);
        if (!f) continue;
        MpsValue r = mps_call1(t, f, v);
        if (r && !mps_is_int(r))
            return MPS_RAISE(t, TypeError, "%s returned non-int (type %T)", dunders[i], r);
        return r;
    }
    return MPS_RAISE(t, TypeError,
                     "int() argument must be a string, a bytes-like object or a real number, not '%T'", v);
}

static MpsValue bi_int_make(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw);

static MpsValue bi_int_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    MpsValue r = bi_int_make(t, argc, argv, kw);
    if (!r || cls == MPS_TTYPE(t, INT)) return r;
    /* a user subclass: a boxed int of that class (even when the value
     * would fit a small int) */
    MpsBigInt *b = mps_gc_alloc(t, sizeof(MpsBigInt), MPS_K_BIGINT, cls);
    if (!b) return mps_raise_nomem(t);
    mpz_init(b->z);
    mps_int_to_mpz(r, b->z);
    return mps_from_obj(b);
}

static MpsValue bi_int_make(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"x", "base"};
    MpsValue a[2];
    if (mps_args(t, "int", argc, argv, kw, names, 0, 2, a) < 0) return MPS_NULL;
    if (!a[0]) {
        if (a[1]) return MPS_RAISE(t, TypeError, "int() missing string argument");
        return mps_from_small(0);
    }
    if (!a[1]) return bi_to_int(t, a[0]);
    int64_t base;
    if (mps_index(t, a[1], &base) < 0) return MPS_NULL;
    if (base != 0 && (base < 2 || base > 36))
        return MPS_RAISE(t, ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (mps_is_str(a[0])) return mps_int_parse(t, mps_str_data(a[0]), mps_str_size(a[0]), (int)base);
    if (mps_is_kind(a[0], MPS_K_BYTES) || mps_is_kind(a[0], MPS_K_BYTEARRAY))
        return mps_int_parse(t, (const char *)MPS_BYTES(a[0])->data, MPS_BYTES(a[0])->size, (int)base);
    return MPS_RAISE(t, TypeError, "int() can't convert non-string with explicit base");
}

static MpsValue bi_float_make(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw);

/* a real number argument of complex() as a double: float(), __float__, __index__ */
static int complex_real_arg(MpsThread *t, MpsValue v, double *out)
{
    if (mps_is_float(v)) { *out = mps_float_val(v); return 0; }
    if (mps_is_int(v)) return mps_to_double(t, v, out);
    MpsValue r = bi_float_make(t, 1, &v, MPS_NULL);
    if (!r) return -1;
    *out = mps_float_val(r);
    return 0;
}

static bool complex_numberish(MpsThread *t, MpsValue v)
{
    if (mps_is_int(v) || mps_is_float(v) || mps_is_complex(v)) return true;
    if (!mps_is_obj(v) || mps_obj(v)->cls->is_builtin) return false;
    MpsValue m = mps_lookup_special(t, v, "__float__");
    if (!m && !t->exc) m = mps_lookup_special(t, v, "__index__");
    if (t->exc) mps_exc_clear(t);
    return m != MPS_NULL;
}

static MpsValue bi_complex_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"real", "imag"};
    MpsValue a[2];
    if (mps_args(t, "complex", argc, argv, kw, names, 0, 2, a) < 0) return MPS_NULL;
    MpsValue r = a[0], i = a[1];
    if (!r) r = mps_from_small(0);
    if (mps_is_str(r)) {
        if (i) return MPS_RAISE(t, TypeError, "complex() can't take second arg if first is a string");
        MpsValue z = mps_complex_parse(t, mps_str_data(r), mps_str_size(r));
        if (!z || cls == MPS_TYPE(t, COMPLEX)) return z;
        return mps_complex_new_cls(t, cls, MPS_COMPLEX(z)->re, MPS_COMPLEX(z)->im);
    }
    if (i && mps_is_str(i)) return MPS_RAISE(t, TypeError, "complex() second arg can't be a string");
    bool own = false;
    if (mps_is_obj(r) && !(mps_is_complex(r) && mps_obj(r)->cls->is_builtin)) {
        MpsValue m = mps_lookup_special(t, r, "__complex__");
        if (m) {
            MpsValue z = mps_call1(t, m, r);
            if (!z) return MPS_NULL;
            if (!mps_is_complex(z))
                return MPS_RAISE(t, TypeError, "__complex__ returned non-complex (type %T)", z);
            r = z;
            own = true;
        } else if (t->exc) return MPS_NULL;
    }
    if (!complex_numberish(t, r))
        return MPS_RAISE(t, TypeError, "complex() first argument must be a string or a number, not '%T'", r);
    if (i && !complex_numberish(t, i))
        return MPS_RAISE(t, TypeError, "complex() second argument must be a number, not '%T'", i);
    if (!i && !own && mps_is_complex(r) && mps_obj(r)->cls == MPS_TYPE(t, COMPLEX) && cls == MPS_TYPE(t, COMPLEX))
        return r;
    double rr, ri = 0.0, ir = 0.0, ii = 0.0;
    bool r_cx = mps_is_complex(r), i_cx = i && mps_is_complex(i);
    if (r_cx) { rr = MPS_COMPLEX(r)->re; ri = MPS_COMPLEX(r)->im; }
    else if (complex_real_arg(t, r, &rr) < 0) return MPS_NULL;
    if (i_cx) { ir = MPS_COMPLEX(i)->re; ii = MPS_COMPLEX(i)->im; }
    else if (i && complex_real_arg(t, i, &ir) < 0) return MPS_NULL;
    if (i_cx) rr -= ii;
    if (r_cx && i) ir += ri;
    else if (r_cx) ir = ri;
    return mps_complex_new_cls(t, cls, rr, ir);
}

static MpsValue bi_float_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    MpsValue r = bi_float_make(t, argc, argv, kw);
    if (!r || cls == MPS_TYPE(t, FLOAT)) return r;
    MpsFloat *f = mps_gc_alloc(t, sizeof(MpsFloat), MPS_K_FLOAT, cls);  /* a user subclass */
    if (!f) return mps_raise_nomem(t);
    f->v = mps_float_val(r);
    return mps_from_obj(f);
}

static MpsValue bi_float_make(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "float", kw) < 0) return MPS_NULL;
    if (argc > 1) return MPS_RAISE(t, TypeError, "float expected at most 1 argument, got %d", argc);
    if (argc == 0) return mps_float_new(t, 0.0);
    MpsValue v = argv[0];
    if (mps_is_float(v)) return mps_obj(v)->cls == MPS_TYPE(t, FLOAT) ? v : mps_float_new(t, mps_float_val(v));
    if (mps_is_str(v)) return mps_float_parse(t, mps_str_data(v), mps_str_size(v));
    if (mps_is_kind(v, MPS_K_BYTES)) return mps_float_parse(t, (const char *)MPS_BYTES(v)->data, MPS_BYTES(v)->size);
    if (mps_is_int(v)) {
        double d;
        if (mps_to_double(t, v, &d) < 0) return MPS_NULL;
        return mps_float_new(t, d);
    }
    MpsValue f = mps_lookup_special(t, v, "__float__");
    if (!f) f = mps_lookup_special(t, v, "__index__");
    if (f) {
        MpsValue r = mps_call1(t, f, v);
        if (!r) return MPS_NULL;
        if (mps_is_float(r)) return r;
        double d;
        if (mps_is_int(r) && mps_to_double(t, r, &d) == 0) return mps_float_new(t, d);
        if (t->exc) return MPS_NULL;
        return MPS_RAISE(t, TypeError, "__float__ returned non-float (type %T)", r);
    }
    return MPS_RAISE(t, TypeError, "float() argument must be a string or a real number, not '%T'", v);
}


static MpsValue bi_str_make(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw);

static MpsValue bi_str_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    MpsValue r = bi_str_make(t, argc, argv, kw);
    if (!r || cls == MPS_TYPE(t, STR)) return r;
    /* a user subclass: a fresh copy (never retag a shared or interned str) */
    r = mps_str_new(t, mps_str_data(r), mps_str_size(r));
    if (r) mps_obj(r)->cls = cls;
    return r;
}

static MpsValue bi_str_make(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    MpsValue a[3];
    if (mps_args(t, "str", argc, argv, kw, names, 0, 3, a) < 0) return MPS_NULL;
    if (!a[0]) return mps_str_new(t, "", 0);
    if (!a[1] && !a[2]) return mps_to_str(t, a[0]);
    if (!mps_is_kind(a[0], MPS_K_BYTES) && !mps_is_kind(a[0], MPS_K_BYTEARRAY))
        return MPS_RAISE(t, TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
    const char *enc = a[1] && mps_is_str(a[1]) ? mps_str_data(a[1]) : "utf-8";
    const char *err = a[2] && mps_is_str(a[2]) ? mps_str_data(a[2]) : "strict";
    return mpsl_decode(t, MPS_BYTES(a[0])->data, MPS_BYTES(a[0])->size, enc, err);
}

static MpsValue bi_bool_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)cls;
    if (mpsl_no_kw(t, "bool", kw) < 0) return MPS_NULL;
    if (argc > 1) return MPS_RAISE(t, TypeError, "bool expected at most 1 argument, got %d", argc);
    if (argc == 0) return MPS_FALSE;
    int b = mps_truthy(t, argv[0]);
    return b < 0 ? MPS_NULL : mps_bool(b);
}


static MpsValue bi_bytes_make(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool array)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    const char *fname = array ? "bytearray" : "bytes";
    MpsValue a[3];
    if (mps_args(t, fname, argc, argv, kw, names, 0, 3, a) < 0) return MPS_NULL;
    MpsValue (*mk)(MpsThread *, const void *, size_t) = array ? mps_bytearray_new : mps_bytes_new;
    if (!a[0]) return mk(t, "", 0);
    MpsValue v = a[0];
    if (mps_is_str(v)) {
        if (!a[1]) return MPS_RAISE(t, TypeError, "string argument without an encoding");
        MpsBuf b;
        mps_buf_init(&b);
        if (mpsl_encode(t, v, mps_is_str(a[1]) ? mps_str_data(a[1]) : "utf-8",
                        a[2] && mps_is_str(a[2]) ? mps_str_data(a[2]) : "strict", &b) < 0) {
            mps_buf_free(&b);
            return MPS_NULL;
        }
        MpsValue r = mk(t, b.data ? b.data : "", b.len);
        mps_buf_free(&b);
        return r;
    }
    if (a[1]) return MPS_RAISE(t, TypeError, "encoding without a string argument");
    if (mps_is_kind(v, MPS_K_BYTES) || mps_is_kind(v, MPS_K_BYTEARRAY))
        return mk(t, MPS_BYTES(v)->data, MPS_BYTES(v)->size);
    if (!array) {
        /* bytes(x) asks x.__bytes__() first, as CPython (pathlib's paths) */
        MpsValue f = mps_lookup_special(t, v, "__bytes__");
        if (f) {
            MpsValue r = mps_call1(t, f, v);
            if (!r) return MPS_NULL;
            if (!mps_is_kind(r, MPS_K_BYTES))
                return MPS_RAISE(t, TypeError, "__bytes__ returned non-bytes (type %T)", r);
            return r;
        }
        if (t->exc) return MPS_NULL;
    }
    if (mps_is_int(v)) {
        int64_t n;
        if (mps_index(t, v, &n) < 0) return MPS_NULL;
        if (n < 0) return MPS_RAISE(t, ValueError, "negative count");
        if ((uint64_t)n > MPS_MAX_ALLOC) return mps_raise_nomem(t);
        void *z = calloc(1, (size_t)n + 1);
        if (!z) return mps_raise_nomem(t);
        MpsValue r = mk(t, z, (size_t)n);
        free(z);
        return r;
    }
    MpsValue it = mps_iter(t, v);
    if (!it) {
        if (mps_exc_matches(t, MPS_EXCCLS(t, TypeError))) {
            mps_exc_clear(t);
            return MPS_RAISE(t, TypeError, "cannot convert '%T' object to %s", v, fname);
        }
        return MPS_NULL;
    }
    MPS_ROOT(t, it);
    MpsBuf b;
    mps_buf_init(&b);
    MpsValue r = MPS_NULL;
    for (;;) {
        MpsValue x = mps_next(t, it);
        if (!x) { if (t->exc) goto out; break; }
        int64_t n;
        if (!mps_is_int(x)) {
            MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", x);
            goto out;
        }
        if (mps_index(t, x, &n) < 0 || n < 0 || n > 255) {
            mps_exc_clear(t);
            MPS_RAISE(t, ValueError, "bytes must be in range(0, 256)");
            goto out;
        }
        mps_buf_addc(&b, (char)n);
    }
    r = mk(t, b.data ? b.data : "", b.len);
out:
    mps_buf_free(&b);
    MPS_UNROOT(t, 1);
    return r;
}

static MpsValue bi_bytes_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)cls;
    return bi_bytes_make(t, argc, argv, kw, false);
}

static MpsValue bi_bytearray_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)cls;
    return bi_bytes_make(t, argc, argv, kw, true);
}

static MpsValue bi_list_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    bool sub = cls != MPS_TYPE(t, LIST);
    if (sub && bi_user_init(t, cls)) {
        MpsValue l = mps_list_new(t, 0);
        if (l) mps_obj(l)->cls = cls;
        return l;
    }
    if (mpsl_no_kw(t, "list", kw) < 0) return MPS_NULL;
    if (argc > 1) return MPS_RAISE(t, TypeError, "list expected at most 1 argument, got %d", argc);
    MpsValue l = mps_list_new(t, 0);
    if (!l) return MPS_NULL;
    if (sub) mps_obj(l)->cls = cls;
    if (argc == 1) {
        MPS_ROOT(t, l);
        int rc = mps_list_extend(t, l, argv[0]);
        MPS_UNROOT(t, 1);
        if (rc < 0) return MPS_NULL;
    }
    return l;
}

static MpsValue bi_tuple_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "tuple", kw) < 0) return MPS_NULL;
    if (argc > 1) return MPS_RAISE(t, TypeError, "tuple expected at most 1 argument, got %d", argc);
    MpsValue r = argc == 0 ? mps_tuple_new(t, 0) : mps_sequence_to_tuple(t, argv[0]);
    if (!r || cls == MPS_TYPE(t, TUPLE)) return r;
    /* a subclass: never retag a shared tuple */
    r = mps_tuple_from(t, MPS_TUPLE(r)->len, MPS_TUPLE(r)->items);
    if (r) mps_obj(r)->cls = cls;
    return r;
}

static int bi_dict_fill(MpsThread *t, MpsDict *d, int argc, const MpsValue *argv, MpsValue kw)
{
    if (argc > 1) {
        MPS_RAISE(t, TypeError, "dict expected at most 1 argument, got %d", argc);
        return -1;
    }
    if (argc == 1 && mps_dict_update(t, d, argv[0]) < 0) return -1;
    size_t nkw = mpsl_nkw(kw);
    for (size_t i = 0; i < nkw; i++)
        if (mps_dict_set(t, d, MPS_TUPLE(kw)->items[i], argv[argc + (int)i]) < 0) return -1;
    return 0;
}

static MpsValue bi_dict_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    MpsDict *d = mps_dict_new(t);
    if (!d) return MPS_NULL;
    if (cls != MPS_TYPE(t, DICT)) {
        d->hdr.cls = cls;
        if (bi_user_init(t, cls)) return mps_from_obj(d);
    }
    MPS_ROOT(t, mps_from_obj(d));
    int rc = bi_dict_fill(t, d, argc, argv, kw);
    MPS_UNROOT(t, 1);
    return rc < 0 ? MPS_NULL : mps_from_obj(d);
}

/* dict.__init__ for user subclasses: update */
static MpsValue bi_dict_init(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (bi_dict_fill(t, MPS_DICT(argv[0]), argc - 1, argv + 1, kw) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue bi_list_init(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "list", kw) < 0) return MPS_NULL;
    if (argc > 2) return MPS_RAISE(t, TypeError, "list expected at most 1 argument, got %d", argc - 1);
    MPS_LIST(argv[0])->len = 0;
    if (argc == 2 && mps_list_extend(t, argv[0], argv[1]) < 0) return MPS_NULL;
    return MPS_NONE;
}

int mps_set_update(MpsThread *t, MpsValue set, MpsValue iterable);   /* vm/set.c */

static MpsValue bi_set_make(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw, bool frozen)
{
    const char *name = frozen ? "frozenset" : "set";
    MpsClass *base = frozen ? MPS_TYPE(t, FROZENSET) : MPS_TYPE(t, SET);
    if (cls != base && !frozen && bi_user_init(t, cls)) {
        MpsValue s = mps_set_new(t, frozen);
        if (s) mps_obj(s)->cls = cls;
        return s;
    }
    if (mpsl_no_kw(t, name, kw) < 0) return MPS_NULL;
    if (argc > 1) return MPS_RAISE(t, TypeError, "%s expected at most 1 argument, got %d", name, argc);
    if (frozen && argc == 1 && cls == base && mps_is_kind(argv[0], MPS_K_FROZENSET)) return argv[0];
    MpsValue s = mps_set_new(t, frozen);
    if (!s) return MPS_NULL;
    if (cls != base) mps_obj(s)->cls = cls;
    if (argc == 1) {
        MPS_ROOT(t, s);
        int rc = mps_set_update(t, s, argv[0]);
        MPS_UNROOT(t, 1);
        if (rc < 0) return MPS_NULL;
    }
    return s;
}

static MpsValue bi_set_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_set_make(t, cls, argc, argv, kw, false);
}

static MpsValue bi_frozenset_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_set_make(t, cls, argc, argv, kw, true);
}

static MpsValue bi_set_init(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "set", kw) < 0) return MPS_NULL;
    if (argc > 2) return MPS_RAISE(t, TypeError, "set expected at most 1 argument, got %d", argc - 1);
    mps_dict_clear(MPS_SET(argv[0])->table);
    if (argc == 2 && mps_set_update(t, argv[0], argv[1]) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue bi_range_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)cls;
    if (mpsl_no_kw(t, "range", kw) < 0) return MPS_NULL;
    if (argc == 0) return MPS_RAISE(t, TypeError, "range expected at least 1 argument, got 0");
    if (argc > 3) return MPS_RAISE(t, TypeError, "range expected at most 3 arguments, got %d", argc);
    int64_t v[3] = {0, 0, 1};
    for (int i = 0; i < argc; i++)
        if (mps_index(t, argv[i], &v[i]) < 0) return MPS_NULL;
    if (argc == 1) return mps_range_new(t, 0, v[0], 1);
    if (argc == 3 && v[2] == 0) return MPS_RAISE(t, ValueError, "range() arg 3 must not be zero");
    return mps_range_new(t, v[0], v[1], v[2]);
}

static MpsValue bi_slice_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)cls;
    if (mpsl_no_kw(t, "slice", kw) < 0) return MPS_NULL;
    if (argc == 0) return MPS_RAISE(t, TypeError, "slice expected at least 1 argument, got 0");
    if (argc > 3) return MPS_RAISE(t, TypeError, "slice expected at most 3 arguments, got %d", argc);
    if (argc == 1) return mps_slice_new(t, MPS_NONE, argv[0], MPS_NONE);
    return mps_slice_new(t, argv[0], argv[1], argc == 3 ? argv[2] : MPS_NONE);
}

/* type(x), type(name, bases, ns, **kw), and Meta(name, bases, ns, **kw)
 * for a metaclass Meta: the new class's own class is the one called */
static MpsValue bi_type_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    size_t nkw = mpsl_nkw(kw);
    bool plain = cls == MPS_TYPE(t, CLASS);
    if (plain && argc == 1 && nkw == 0) return mps_from_obj(mps_class_of(t, argv[0]));
    if (argc != 3) {
        if (plain) return MPS_RAISE(t, TypeError, "type() takes 1 or 3 arguments");
        return MPS_RAISE(t, TypeError, "type.__new__() takes exactly 3 arguments (%d given)", argc);
    }
    if (!mps_is_str(argv[0]))
        return MPS_RAISE(t, TypeError, "type.__new__() argument 1 must be str, not %T", argv[0]);
    if (!mps_is_tuple(argv[1]))
        return MPS_RAISE(t, TypeError, "type.__new__() argument 2 must be tuple, not %T", argv[1]);
    if (!mps_is_dict(argv[2]))
        return MPS_RAISE(t, TypeError, "type.__new__() argument 3 must be dict, not %T", argv[2]);
    MpsDict *d = mps_dict_copy(t, MPS_DICT(argv[2]));
    if (!d) return MPS_NULL;
    MPS_ROOT(t, mps_from_obj(d));
    MpsDict *kwargs = NULL;
    if (nkw) {
        kwargs = mps_dict_new(t);
        if (!kwargs) { MPS_UNROOT(t, 1); return MPS_NULL; }
        MPS_ROOT(t, mps_from_obj(kwargs));
        for (size_t i = 0; i < nkw; i++)
            if (mps_dict_set(t, kwargs, MPS_TUPLE(kw)->items[i], argv[argc + i]) < 0) {
                MPS_UNROOT(t, 2);
                return MPS_NULL;
            }
    }
    MpsClass *c = mps_class_create(t, mps_intern(t, argv[0]), argv[1], d);
    if (c) {
        c->hdr.cls = cls;
        MpsValue q = mps_dict_get_cstr(t, d, "__qualname__");
        if (q && mps_is_str(q)) c->qualname = q;
        if (mps_class_finish(t, c, kwargs ? mps_from_obj(kwargs) : MPS_NULL) < 0) c = NULL;
    }
    MPS_UNROOT(t, nkw ? 2 : 1);
    return c ? mps_from_obj(c) : MPS_NULL;
}

static MpsValue bi_object_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if ((argc || mpsl_nkw(kw)) && !bi_is_user_func(mps_class_lookup(cls, t->interp->s_init)))
        return MPS_RAISE(t, TypeError, "%s() takes no arguments", mps_str_data(cls->name));
    if (cls->inst_kind != MPS_K_INSTANCE)
        return MPS_RAISE(t, TypeError, "cannot create '%s' instances", mps_str_data(cls->name));
    /* __slots__ values inline; no dict when they replace it */
    MpsInstance *o = mps_gc_alloc(t, sizeof(MpsInstance) + cls->nslots * sizeof(MpsValue), MPS_K_INSTANCE, cls);
    if (!o) return mps_raise_nomem(t);
    if (cls->cflags & MPS_CLASS_NODICT) return mps_from_obj(o);
    MPS_ROOT(t, mps_from_obj(o));
    o->dict = mps_dict_new(t);
    MPS_UNROOT(t, 1);
    return o->dict ? mps_from_obj(o) : MPS_NULL;
}

static MpsValue bi_property_make(MpsThread *t, MpsClass *cls, MpsValue get, MpsValue set, MpsValue del, MpsValue doc)
{
    MpsProperty *p = mps_gc_alloc(t, sizeof(MpsProperty), MPS_K_PROPERTY, cls);
    if (!p) return mps_raise_nomem(t);
    p->fget = get ? get : MPS_NONE;
    p->fset = set ? set : MPS_NONE;
    p->fdel = del ? del : MPS_NONE;
    p->doc = doc ? doc : MPS_NONE;
    return mps_from_obj(p);
}

static MpsValue bi_property_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    MpsValue a[4];
    if (mps_args(t, "property", argc, argv, kw, names, 0, 4, a) < 0) return MPS_NULL;
    return bi_property_make(t, cls, a[0], a[1], a[2], a[3]);
}

static MpsValue bi_property_with(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int which)
{
    static const char *const fn[] = {"getter", "setter", "deleter"};
    if (mps_args_count(t, fn[which], argc, kw, 2, 2) < 0) return MPS_NULL;
    MpsProperty *p = (MpsProperty *)mps_obj(argv[0]);
    return bi_property_make(t, p->hdr.cls, which == 0 ? argv[1] : p->fget, which == 1 ? argv[1] : p->fset,
                            which == 2 ? argv[1] : p->fdel, p->doc);
}

static MpsValue bi_property_getter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_property_with(t, argc, argv, kw, 0);
}

static MpsValue bi_property_setter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_property_with(t, argc, argv, kw, 1);
}

static MpsValue bi_property_deleter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_property_with(t, argc, argv, kw, 2);
}

static MpsValue bi_wrapper_make(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw,
                                MpsKind kind, const char *name)
{
    if (mpsl_no_kw(t, name, kw) < 0) return MPS_NULL;
    if (argc != 1) return MPS_RAISE(t, TypeError, "%s expected 1 argument, got %d", name, argc);
    MpsWrapper *w = mps_gc_alloc(t, sizeof(MpsWrapper), kind, cls);
    if (!w) return mps_raise_nomem(t);
    w->func = argv[0];
    return mps_from_obj(w);
}

static MpsValue bi_staticmethod_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_wrapper_make(t, cls, argc, argv, kw, MPS_K_STATICMETHOD, "staticmethod");
}

static MpsValue bi_classmethod_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    return bi_wrapper_make(t, cls, argc, argv, kw, MPS_K_CLASSMETHOD, "classmethod");
}

/* zip, map, filter, enumerate, reversed are classes (isinstance works,
 * type(x).__name__ is right); their objects are MpsIter with that class */
static const struct { const char *name; MpsCFunc fn; } bi_iter_classes[] = {
    {"enumerate", bi_enumerate}, {"zip", bi_zip}, {"map", bi_map},
    {"filter", bi_filter}, {"reversed", bi_reversed},
};

static MpsValue bi_iter_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    MpsClass *c = cls;
    while (c && !c->is_builtin) c = c->base;
    for (size_t i = 0; c && i < sizeof bi_iter_classes / sizeof bi_iter_classes[0]; i++) {
        if (strcmp(mps_str_data(c->name), bi_iter_classes[i].name)) continue;
        MpsValue r = bi_iter_classes[i].fn(t, argc, argv, kw);
        /* reversed may hand back another object (__reversed__, range iterator) */
        if (r && mps_is_kind(r, MPS_K_ITER) && mps_obj(r)->cls == MPS_TYPE(t, ITER)) mps_obj(r)->cls = cls;
        return r;
    }
    return MPS_RAISE(t, TypeError, "cannot create '%s' instances", mps_str_data(cls->name));
}

/* C.__new__(cls, *args) for built-in classes: the constructor of C run for
 * cls (user __new__ methods call tuple.__new__(cls, …), object.__new__(cls)) */
static MpsValue bi_new_for(MpsThread *t, MpsClass *base, int argc, const MpsValue *argv, MpsValue kw)
{
    const char *bn = mps_str_data(base->name);
    if (argc < 1) return MPS_RAISE(t, TypeError, "%s.__new__(): not enough arguments", bn);
    if (!mps_is_class(argv[0]))
        return MPS_RAISE(t, TypeError, "%s.__new__(X): X is not a type object (%T)", bn, argv[0]);
    MpsClass *cls = MPS_CLASS(argv[0]);
    if (!mps_is_subclass(cls, base))
        return MPS_RAISE(t, TypeError, "%s.__new__(%s): %s is not a subtype of %s", bn,
                         mps_str_data(cls->name), mps_str_data(cls->name), bn);
    if (base == MPS_TTYPE(t, OBJECT)) return base->ctor(t, cls, 0, NULL, MPS_NULL);
    return base->ctor(t, cls, argc - 1, argv + 1, kw);
}

#define BI_NEW(name, idx) \
    static MpsValue bi_new_##name(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) \
    { return bi_new_for(t, t->interp->types[idx], argc, argv, kw); }
BI_NEW(object, MPS_T_OBJECT) BI_NEW(int, MPS_T_INT) BI_NEW(float, MPS_K_FLOAT) BI_NEW(str, MPS_K_STR)
BI_NEW(tuple, MPS_K_TUPLE) BI_NEW(list, MPS_K_LIST) BI_NEW(dict, MPS_K_DICT) BI_NEW(set, MPS_K_SET)
BI_NEW(frozenset, MPS_K_FROZENSET) BI_NEW(bytes, MPS_K_BYTES) BI_NEW(type, MPS_K_CLASS)
BI_NEW(complex, MPS_K_COMPLEX)
static const struct { int type; MpsCFunc fn; } bi_news[] = {
    {MPS_T_OBJECT, bi_new_object}, {MPS_T_INT, bi_new_int}, {MPS_K_FLOAT, bi_new_float},
    {MPS_K_STR, bi_new_str}, {MPS_K_TUPLE, bi_new_tuple}, {MPS_K_LIST, bi_new_list},
    {MPS_K_DICT, bi_new_dict}, {MPS_K_SET, bi_new_set}, {MPS_K_FROZENSET, bi_new_frozenset},
    {MPS_K_BYTES, bi_new_bytes}, {MPS_K_CLASS, bi_new_type}, {MPS_K_COMPLEX, bi_new_complex},
};

/* ---------------------------------------------------------------- tables */

static const MpsMethodDef bi_functions[] = {
    {"print", bi_print}, {"input", bi_input}, {"open", mpsl_open},
    {"len", bi_len}, {"repr", bi_repr}, {"ascii", bi_ascii}, {"__import__", bi_import}, {"id", bi_id}, {"hash", bi_hash},
    {"callable", bi_callable}, {"abs", bi_abs}, {"chr", bi_chr}, {"ord", bi_ord},
    {"hex", bi_hex}, {"oct", bi_oct}, {"bin", bi_bin}, {"format", bi_format},
    {"getattr", bi_getattr}, {"setattr", bi_setattr}, {"hasattr", bi_hasattr},
    {"delattr", bi_delattr}, {"globals", bi_globals}, {"locals", bi_locals},
    {"vars", bi_vars}, {"dir", bi_dir}, {"isinstance", bi_isinstance},
    {"issubclass", bi_issubclass}, {"iter", bi_iter}, {"next", bi_next},
    {"any", bi_any},
    {"all", bi_all}, {"sum", bi_sum}, {"min", bi_min}, {"max", bi_max},
    {"sorted", bi_sorted}, {"divmod", bi_divmod}, {"pow", bi_pow},
    {"round", bi_round}, {"exit", bi_exit}, {"quit", bi_exit},
    {"exec", bi_exec}, {"eval", bi_eval}, {"compile", bi_compile},
    {NULL, NULL}
};

static const MpsMethodDef bi_property_methods[] = {
    {"getter", bi_property_getter}, {"setter", bi_property_setter},
    {"deleter", bi_property_deleter}, {NULL, NULL}
};
static const MpsMethodDef bi_list_methods[] = {{"__init__", bi_list_init}, {NULL, NULL}};
static const MpsMethodDef bi_dict_methods[] = {{"__init__", bi_dict_init}, {NULL, NULL}};
static const MpsMethodDef bi_set_methods[] = {{"__init__", bi_set_init}, {NULL, NULL}};

typedef MpsValue (*BiCtor)(MpsThread *, MpsClass *, int, const MpsValue *, MpsValue);
static const struct { const char *name; int type; BiCtor ctor; } bi_classes[] = {
    {"int", MPS_T_INT, bi_int_ctor}, {"bool", MPS_T_BOOL, bi_bool_ctor},
    {"float", MPS_K_FLOAT, bi_float_ctor}, {"complex", MPS_K_COMPLEX, bi_complex_ctor},
    {"str", MPS_K_STR, bi_str_ctor},
    {"bytes", MPS_K_BYTES, bi_bytes_ctor}, {"bytearray", MPS_K_BYTEARRAY, bi_bytearray_ctor},
    {"list", MPS_K_LIST, bi_list_ctor}, {"tuple", MPS_K_TUPLE, bi_tuple_ctor},
    {"dict", MPS_K_DICT, bi_dict_ctor}, {"set", MPS_K_SET, bi_set_ctor},
    {"frozenset", MPS_K_FROZENSET, bi_frozenset_ctor}, {"range", MPS_K_RANGE, bi_range_ctor},
    {"slice", MPS_K_SLICE, bi_slice_ctor}, {"type", MPS_K_CLASS, bi_type_ctor},
    {"object", MPS_T_OBJECT, bi_object_ctor}, {"property", MPS_K_PROPERTY, bi_property_ctor},
    {"staticmethod", MPS_K_STATICMETHOD, bi_staticmethod_ctor},
    {"classmethod", MPS_K_CLASSMETHOD, bi_classmethod_ctor},
    {"super", MPS_K_SUPER, NULL},
};

void mpsl_builtins_init(MpsThread *t)
{
    MpsInterp *in = t->interp;
    MpsDict *d = in->builtins;
    mps_dict_add_functions(t, d, bi_functions, MPS_NULL);
    for (size_t i = 0; i < sizeof bi_classes / sizeof bi_classes[0]; i++) {
        MpsClass *c = in->types[bi_classes[i].type];
        if (!c) continue;
        if (bi_classes[i].ctor) c->ctor = bi_classes[i].ctor;
        mps_dict_set_cstr(t, d, bi_classes[i].name, mps_from_obj(c));
    }
    for (size_t i = 0; i < sizeof bi_iter_classes / sizeof bi_iter_classes[0]; i++) {
        MpsClass *c = mpsl_class(t, bi_iter_classes[i].name, in->types[MPS_K_ITER], MPS_K_ITER, NULL);
        c->ctor = bi_iter_ctor;
        mps_dict_set_cstr(t, d, bi_iter_classes[i].name, mps_from_obj(c));
    }
    for (size_t i = 0; i < sizeof bi_news / sizeof bi_news[0]; i++) {
        MpsWrapper *w = mps_gc_alloc(t, sizeof(MpsWrapper), MPS_K_STATICMETHOD, in->types[MPS_K_STATICMETHOD]);
        if (!w) break;
        w->func = mps_builtin_new(t, "__new__", bi_news[i].fn, MPS_NULL);
        mpsl_class_set(t, in->types[bi_news[i].type], "__new__", mps_from_obj(w));
    }
    mps_class_add_methods(t, in->types[MPS_K_PROPERTY], bi_property_methods);
    mps_class_add_methods(t, in->types[MPS_K_LIST], bi_list_methods);
    mps_class_add_methods(t, in->types[MPS_K_DICT], bi_dict_methods);
    mps_class_add_methods(t, in->types[MPS_K_SET], bi_set_methods);
    for (int i = 0; i < MPS_EXC__COUNT; i++)
        if (in->exc[i]) mps_dict_set(t, d, in->exc[i]->name, mps_from_obj(in->exc[i]));
    mps_dict_set_cstr(t, d, "NotImplemented", MPS_NOTIMPLEMENTED);
    mps_dict_set_cstr(t, d, "Ellipsis", MPS_ELLIPSIS);
    /* the keywords' values too, as in CPython's builtins module (and its
     * "Did you mean: 'True'?") */
    mps_dict_set_cstr(t, d, "True", MPS_TRUE);
    mps_dict_set_cstr(t, d, "False", MPS_FALSE);
    mps_dict_set_cstr(t, d, "None", MPS_NONE);
    mps_dict_set_cstr(t, d, "__debug__", MPS_TRUE);
    mps_dict_set_cstr(t, d, "EnvironmentError", mps_from_obj(in->exc[MPS_EXC_OSError]));
    mps_dict_set_cstr(t, d, "IOError", mps_from_obj(in->exc[MPS_EXC_OSError]));
}
