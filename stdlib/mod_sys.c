/* mod_sys.c — the sys module. Prefix sy_. */
#include "lib.h"
#include "../runtime/runtime.h"
#include "../vm/code.h"
#include <unistd.h>
#include <limits.h>
#include <float.h>

static MpsValue sy_exit(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "exit", argc, kw, 0, 1) < 0) return MPS_NULL;
    MpsValue args = argc ? mps_tuple_pack(t, 1, argv[0]) : mps_tuple_new(t, 0);
    if (!args) return MPS_NULL;
    MpsValue e = mps_exc_new(t, MPS_EXCCLS(t, SystemExit), args);
    return e ? mps_raise_value(t, e) : MPS_NULL;
}

static MpsValue sy_getswitchinterval(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "getswitchinterval", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_float_new(t, (double)t->interp->switch_interval_us / 1e6);
}

static MpsValue sy_setswitchinterval(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "setswitchinterval", argc, kw, 1, 1) < 0) return MPS_NULL;
    double d;
    if (mps_to_double(t, argv[0], &d) < 0) return MPS_NULL;
    if (!(d > 0)) return MPS_RAISE(t, ValueError, "switch interval must be strictly positive");
    int64_t us = (int64_t)(d * 1e6 + 0.5);
    t->interp->switch_interval_us = us < 1 ? 1 : us;
    return MPS_NONE;
}

static MpsValue sy_getrecursionlimit(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "getrecursionlimit", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_from_small(t->interp->recursion_limit);
}

static MpsValue sy_setrecursionlimit(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "setrecursionlimit", argc, kw, 1, 1) < 0) return MPS_NULL;
    if (!mps_is_int(argv[0]))
        return MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", argv[0]);
    int64_t n;
    if (mps_index(t, argv[0], &n) < 0) return MPS_NULL;
    if (n < 1) return MPS_RAISE(t, ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT_MAX) n = INT_MAX;
    if (n <= t->depth)
        return MPS_RAISE(t, RecursionError, "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                         (long long)n, t->depth);
    t->interp->recursion_limit = (int)n;
    return MPS_NONE;
}

static MpsValue sy_exc_info(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "exc_info", argc, kw, 0, 0) < 0) return MPS_NULL;
    MpsValue e = t->handled;
    if (!e || e == MPS_NONE) return mps_tuple_pack(t, 3, MPS_NONE, MPS_NONE, MPS_NONE);
    MpsValue tb = mps_is_exc(e) ? MPS_EXC(e)->traceback : MPS_NONE;
    return mps_tuple_pack(t, 3, mps_from_obj(mps_class_of(t, e)), e, tb ? tb : MPS_NONE);
}

static MpsValue sy_exception(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "exception", argc, kw, 0, 0) < 0) return MPS_NULL;
    return t->handled ? t->handled : MPS_NONE;
}

static MpsValue sy_intern(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "intern", argc, kw, 1, 1) < 0) return MPS_NULL;
    if (!mps_is_str(argv[0])) return MPS_RAISE(t, TypeError, "intern() argument must be str, not %T", argv[0]);
    return mps_intern(t, argv[0]);
}

static MpsValue sy_getdefaultencoding(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)argv; (void)kw;
    return mpsl_cstr(t, "utf-8");
}

static MpsValue sy_getframe(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_getframe", argc, kw, 0, 1) < 0) return MPS_NULL;
    if (argc && !mps_is_int(argv[0])) return MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", argv[0]);
    intptr_t d = argc ? (mps_is_small(argv[0]) ? mps_small(argv[0]) : INT32_MAX) : 0;
    return mps_vm_getframe(t, d > INT32_MAX ? INT32_MAX : (int)d);
}

static const MpsMethodDef sy_functions[] = {
    {"exit", sy_exit}, {"getswitchinterval", sy_getswitchinterval},
    {"setswitchinterval", sy_setswitchinterval}, {"getrecursionlimit", sy_getrecursionlimit},
    {"setrecursionlimit", sy_setrecursionlimit}, {"exc_info", sy_exc_info},
    {"exception", sy_exception}, {"intern", sy_intern}, {"_getframe", sy_getframe},
    {"getdefaultencoding", sy_getdefaultencoding}, {"getfilesystemencoding", sy_getdefaultencoding},
    {NULL, NULL}
};

MpsValue mpsl_mod_sys(MpsThread *t)
{
    MpsInterp *in = t->interp;
    MpsValue m = mpsl_module(t, "sys", sy_functions);
    if (!m) return MPS_NULL;
    MPS_ROOT(t, m);
    if (!in->argv || in->argv == MPS_NONE) in->argv = mps_list_new(t, 0);
    if (!in->path || in->path == MPS_NONE) in->path = mps_list_new(t, 0);
    mpsl_set(t, m, "argv", in->argv);
    mpsl_set(t, m, "path", in->path);
    mpsl_set(t, m, "warnoptions", mps_list_new(t, 0));
    mpsl_set(t, m, "modules", mps_from_obj(in->modules));
    mpsl_set(t, m, "platform", mpsl_cstr(t, "linux"));
    mpsl_set(t, m, "version", mpsl_cstr(t, "3.11.0 (mps 0.1)"));
    static const char *const vi_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    MpsValue vi = mps_tuple_pack(t, 5, mps_from_small(3), mps_from_small(11), mps_from_small(0),
                                 mpsl_cstr(t, "final"), mps_from_small(0));
    if (vi) mps_obj(vi)->cls = mpsl_struct_seq(t, "sys", "version_info", vi_fields, 5);
    mpsl_set(t, m, "version_info", vi);
    static const char *const fi_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                            "dig", "mant_dig", "epsilon", "radix", "rounds"};
    MpsValue fi = mps_tuple_new(t, 11);
    if (fi) {
        MPS_ROOT(t, fi);
        MpsValue *it = MPS_TUPLE(fi)->items;
        for (int i = 0; i < 11; i++) it[i] = MPS_NONE;
        it[0] = mps_float_new(t, DBL_MAX);
        it[1] = mps_from_small(DBL_MAX_EXP);
        it[2] = mps_from_small(DBL_MAX_10_EXP);
        it[3] = mps_float_new(t, DBL_MIN);
        it[4] = mps_from_small(DBL_MIN_EXP);
        it[5] = mps_from_small(DBL_MIN_10_EXP);
        it[6] = mps_from_small(DBL_DIG);
        it[7] = mps_from_small(DBL_MANT_DIG);
        it[8] = mps_float_new(t, DBL_EPSILON);
        it[9] = mps_from_small(FLT_RADIX);
        it[10] = mps_from_small(1);    /* FLT_ROUNDS: to nearest, as CPython reports */
        mps_obj(fi)->cls = mpsl_struct_seq(t, "sys", "float_info", fi_fields, 11);
        mpsl_set(t, m, "float_info", fi);
        MPS_UNROOT(t, 1);
    }
    mpsl_set(t, m, "hexversion", mps_from_small(0x030B00F0));
    mpsl_set(t, m, "api_version", mps_from_small(1013));
    mpsl_set(t, m, "maxsize", mps_int_from_i64(t, INT64_MAX));
    mpsl_set(t, m, "maxunicode", mps_from_small(0x10FFFF));
    mpsl_set(t, m, "byteorder", mpsl_cstr(t, "little"));
    mpsl_set(t, m, "copyright", mpsl_cstr(t, "mps: a small interpreter for a Python 3 subset"));
    mpsl_set(t, m, "builtin_module_names", mps_tuple_pack(t, 3, mpsl_cstr(t, "builtins"),
                                                          mpsl_cstr(t, "sys"), mpsl_cstr(t, "time")));
    const char *exe = NULL;
    char buf[4096];
    if (in->runtime && MPS_RT(in)->executable) exe = MPS_RT(in)->executable;
    else {
        ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
        if (n > 0) { buf[n] = 0; exe = buf; }
    }
    mpsl_set(t, m, "executable", mpsl_cstr(t, exe ? exe : ""));
    mpsl_set(t, m, "prefix", mpsl_cstr(t, "/usr/local"));
    static const char *const std[] = {"stdin", "stdout", "stderr"};
    static const char *const std0[] = {"__stdin__", "__stdout__", "__stderr__"};
    for (int fd = 0; fd < 3; fd++) {
        MpsValue f = mpsl_file_std(t, fd);
        mpsl_set(t, m, std[fd], f);
        mpsl_set(t, m, std0[fd], f);
    }
    /* implementation: a plain module-like namespace object */
    MpsValue impl = mps_module_new(t, "implementation");
    if (impl) {
        mpsl_set(t, impl, "name", mpsl_cstr(t, "mps"));
        mpsl_set(t, impl, "cache_tag", MPS_NONE);
        mpsl_set(t, impl, "version", mps_tuple_pack(t, 5, mps_from_small(0), mps_from_small(1),
                                                    mps_from_small(0), mpsl_cstr(t, "final"), mps_from_small(0)));
        mpsl_set(t, m, "implementation", impl);
    }
    mpsl_set(t, m, "dont_write_bytecode", MPS_TRUE);
    MPS_UNROOT(t, 1);
    return t->exc ? MPS_NULL : m;
}
