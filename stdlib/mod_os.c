/* mod_os.c — the os module and os.path (POSIX). Prefix os_. */
#include "lib.h"
#include "../runtime/runtime.h"
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* The text of a path that __fspath__ returned is a new string nobody
 * holds: a copy is kept in a small per-thread ring (a call takes at most
 * two paths), so that a collection, even one another thread makes while
 * this one waits in the system call, cannot free it under the caller. */
static const char *os_keep_path(const char *p, size_t n)
{
    MpsThread *t = mps_tls_thread;
    char **ring = t->os_path_ring;
    unsigned i = t->os_path_next++ % 4;
    free(ring[i]);
    ring[i] = malloc(n + 1);
    if (!ring[i]) return NULL;
    memcpy(ring[i], p, n);
    ring[i][n] = 0;
    return ring[i];
}

/* os.fspath(v) for a path argument: str, bytes, or an object whose
 * __fspath__ returns one of them; *n gets the length. NULL on error. */
static const char *os_fspath_text(MpsThread *t, MpsValue v, const char *fn, size_t *n, bool quote_fn)
{
    if (mps_is_str(v)) { *n = mps_str_size(v); return mps_str_data(v); }
    if (mps_is_kind(v, MPS_K_BYTES)) { *n = MPS_BYTES(v)->size; return (const char *)MPS_BYTES(v)->data; }
    MpsValue f = mps_lookup_special(t, v, "__fspath__");
    if (f) {
        MpsValue r = mps_call1(t, f, v);
        if (!r) return NULL;
        const char *p = NULL;
        if (mps_is_str(r)) { *n = mps_str_size(r); p = mps_str_data(r); }
        else if (mps_is_kind(r, MPS_K_BYTES)) { *n = MPS_BYTES(r)->size; p = (const char *)MPS_BYTES(r)->data; }
        if (p) {
            const char *k = os_keep_path(p, *n);
            if (!k) mps_raise_nomem(t);
            return k;
        }
        MPS_RAISE(t, TypeError, "expected %T.__fspath__() to return str or bytes, not %T", v, r);
        return NULL;
    }
    if (t->exc) return NULL;
    if (quote_fn)
        MPS_RAISE(t, TypeError, "%s() argument must be str, bytes, or os.PathLike object, not '%T'", fn, v);
    else
        MPS_RAISE(t, TypeError, "%s: path should be string, bytes or os.PathLike, not %T", fn, v);
    return NULL;
}

/* str path argument (or os.PathLike) */
static const char *os_path_arg(MpsThread *t, MpsValue v, const char *fn)
{
    size_t n;
    return os_fspath_text(t, v, fn, &n, false);
}

const char *mpsl_os_path_arg(MpsThread *t, MpsValue v, const char *fn)
{
    return os_path_arg(t, v, fn);
}

static void os_block(MpsThread *t)
{
    if (t->interp->hooks.gil_release) t->interp->hooks.gil_release(t);
}

static void os_unblock(MpsThread *t)
{
    if (t->interp->hooks.gil_acquire) t->interp->hooks.gil_acquire(t);
}

static MpsValue os_getpid(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "getpid", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_from_small(getpid());
}

static MpsValue os_getppid(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "getppid", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_from_small(getppid());
}

static MpsValue os_cpu_count(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "cpu_count", argc, kw, 0, 0) < 0) return MPS_NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? mps_from_small(n) : MPS_NONE;
}

static MpsValue os_getcwd(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "getcwd", argc, kw, 0, 0) < 0) return MPS_NULL;
    char *p = getcwd(NULL, 0);
    if (!p) return mps_raise_errno(t, errno, NULL);
    MpsValue r = mpsl_cstr(t, p);
    free(p);
    return r;
}

static MpsValue os_chdir(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "chdir", argc, kw, 1, 1) < 0) return MPS_NULL;
    const char *p = os_path_arg(t, argv[0], "chdir");
    if (!p) return MPS_NULL;
    if (chdir(p) < 0) return mps_raise_errno(t, errno, p);
    return MPS_NONE;
}

static MpsValue os_listdir(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "listdir", argc, kw, 0, 1) < 0) return MPS_NULL;
    const char *p = argc ? os_path_arg(t, argv[0], "listdir") : ".";
    if (!p) return MPS_NULL;
    DIR *d = opendir(p);
    if (!d) return mps_raise_errno(t, errno, p);
    MpsValue list = mps_list_new(t, 0);
    struct dirent *e;
    while (list && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (mps_list_append(t, list, mpsl_cstr(t, e->d_name)) < 0) list = MPS_NULL;
    }
    closedir(d);
    return list;
}

static MpsValue os_path1(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, const char *fn,
                         int (*op)(const char *))
{
    if (mps_args_count(t, fn, argc, kw, 1, 1) < 0) return MPS_NULL;
    const char *p = os_path_arg(t, argv[0], fn);
    if (!p) return MPS_NULL;
    if (op(p) < 0) return mps_raise_errno(t, errno, p);
    return MPS_NONE;
}

static MpsValue os_remove(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_path1(t, argc, argv, kw, "remove", unlink); }
static MpsValue os_rmdir(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_path1(t, argc, argv, kw, "rmdir", rmdir); }

static MpsValue os_mkdir(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"path", "mode"};
    MpsValue a[2];
    if (mps_args(t, "mkdir", argc, argv, kw, names, 1, 2, a) < 0) return MPS_NULL;
    const char *p = os_path_arg(t, a[0], "mkdir");
    int64_t mode = 0777;
    if (!p || (a[1] && mps_index(t, a[1], &mode) < 0)) return MPS_NULL;
    if (mkdir(p, (mode_t)mode) < 0) return mps_raise_errno(t, errno, p);
    return MPS_NONE;
}

static MpsValue os_makedirs(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"name", "mode", "exist_ok"};
    MpsValue a[3];
    if (mps_args(t, "makedirs", argc, argv, kw, names, 1, 3, a) < 0) return MPS_NULL;
    const char *p = os_path_arg(t, a[0], "makedirs");
    int64_t mode = 0777;
    if (!p || (a[1] && mps_index(t, a[1], &mode) < 0)) return MPS_NULL;
    bool ok = a[2] && mps_truthy(t, a[2]) == 1;
    char *buf = strdup(p);
    for (char *s = buf + 1; *s; s++) {
        if (*s != '/') continue;
        *s = 0;
        if (mkdir(buf, (mode_t)mode) < 0 && errno != EEXIST) {
            MpsValue r = mps_raise_errno(t, errno, buf);
            free(buf);
            return r;
        }
        *s = '/';
    }
    free(buf);
    if (mkdir(p, (mode_t)mode) < 0) {
        struct stat st;
        if (!(errno == EEXIST && ok && stat(p, &st) == 0 && S_ISDIR(st.st_mode))) return mps_raise_errno(t, errno, p);
    }
    return MPS_NONE;
}

static MpsValue os_rename(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "rename", argc, kw, 2, 2) < 0) return MPS_NULL;
    const char *a = os_path_arg(t, argv[0], "rename"), *b = a ? os_path_arg(t, argv[1], "rename") : NULL;
    if (!b) return MPS_NULL;
    if (rename(a, b) < 0) return mps_raise_errno(t, errno, a);
    return MPS_NONE;
}

static MpsValue os_getenv(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"key", "default"};
    MpsValue a[2];
    if (mps_args(t, "getenv", argc, argv, kw, names, 1, 2, a) < 0) return MPS_NULL;
    if (!mps_is_str(a[0])) return MPS_RAISE(t, TypeError, "str expected, not %T", a[0]);
    /* the environ mapping of the module is the truth once imported */
    MpsValue osm = mps_dict_get_cstr(t, t->interp->modules, "os");
    if (osm && mps_is_kind(osm, MPS_K_MODULE)) {
        MpsValue env = mps_dict_get_cstr(t, MPS_MODULE(osm)->dict, "environ");
        if (env && mps_is_dict(env)) {
            MpsValue v;
            int r = mps_dict_lookup(t, MPS_DICT(env), a[0], &v);
            if (r < 0) return MPS_NULL;
            return r ? v : a[1] ? a[1] : MPS_NONE;
        }
    }
    const char *v = getenv(mps_str_data(a[0]));
    if (v) return mpsl_cstr(t, v);
    return a[1] ? a[1] : MPS_NONE;
}

static MpsValue os_putenv(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "putenv", argc, kw, 2, 2) < 0) return MPS_NULL;
    if (!mps_is_str(argv[0]) || !mps_is_str(argv[1])) return MPS_RAISE(t, TypeError, "str expected");
    if (setenv(mps_str_data(argv[0]), mps_str_data(argv[1]), 1) < 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}

static MpsValue os_unsetenv(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "unsetenv", argc, kw, 1, 1) < 0) return MPS_NULL;
    if (!mps_is_str(argv[0])) return MPS_RAISE(t, TypeError, "str expected");
    unsetenv(mps_str_data(argv[0]));
    return MPS_NONE;
}

static MpsValue os_pipe(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "pipe", argc, kw, 0, 0) < 0) return MPS_NULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return mps_raise_errno(t, errno, NULL);
    return mps_tuple_pack(t, 2, mps_from_small(fds[0]), mps_from_small(fds[1]));
}

static int os_fd(MpsThread *t, MpsValue v, int *fd)
{
    int64_t i;
    if (!mps_is_int(v)) {
        MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    if (mps_index(t, v, &i) < 0) return -1;
    *fd = (int)i;
    return 0;
}

static MpsValue os_read(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "read", argc, kw, 2, 2) < 0) return MPS_NULL;
    int fd;
    int64_t n;
    if (os_fd(t, argv[0], &fd) < 0 || mps_index(t, argv[1], &n) < 0) return MPS_NULL;
    if (n < 0) return MPS_RAISE(t, ValueError, "negative count");
    char *buf = malloc((size_t)n + 1);
    if (!buf) return mps_raise_nomem(t);
    ssize_t got;
    for (;;) {
        os_block(t);
        got = read(fd, buf, (size_t)n);
        int e = errno;
        os_unblock(t);
        errno = e;
        if (got >= 0 || errno != EINTR) break;
        if (t->interp->hooks.on_eval_break && t->interp->hooks.on_eval_break(t) < 0) { free(buf); return MPS_NULL; }
    }
    if (got < 0) { int e = errno; free(buf); return mps_raise_errno(t, e, NULL); }
    MpsValue r = mps_bytes_new(t, buf, (size_t)got);
    free(buf);
    return r;
}

static MpsValue os_write(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "write", argc, kw, 2, 2) < 0) return MPS_NULL;
    int fd;
    if (os_fd(t, argv[0], &fd) < 0) return MPS_NULL;
    MpsValue b = argv[1];
    if (!mps_is_kind(b, MPS_K_BYTES) && !mps_is_kind(b, MPS_K_BYTEARRAY))
        return MPS_RAISE(t, TypeError, "a bytes-like object is required, not '%T'", b);
    if (fd == 1 || fd == 2) {   /* keep order with print()'s buffered text */
        if (t->interp->runtime) mps_io_flush(t->interp, fd);
    }
    ssize_t w;
    for (;;) {
        os_block(t);
        w = write(fd, MPS_BYTES(b)->data, MPS_BYTES(b)->size);
        int e = errno;
        os_unblock(t);
        errno = e;
        if (w >= 0 || errno != EINTR) break;
        if (t->interp->hooks.on_eval_break && t->interp->hooks.on_eval_break(t) < 0) return MPS_NULL;
    }
    if (w < 0) return mps_raise_errno(t, errno, NULL);
    return mps_from_small(w);
}

static MpsValue os_close(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "close", argc, kw, 1, 1) < 0) return MPS_NULL;
    int fd;
    if (os_fd(t, argv[0], &fd) < 0) return MPS_NULL;
    if (close(fd) < 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}

static MpsValue os_urandom(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "urandom", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t n;
    if (mps_index(t, argv[0], &n) < 0) return MPS_NULL;
    if (n < 0) return MPS_RAISE(t, ValueError, "negative argument not allowed");
    uint8_t *buf = malloc((size_t)n + 1);
    if (!buf) return mps_raise_nomem(t);
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    size_t got = 0;
    while (fd >= 0 && got < (size_t)n) {
        ssize_t r = read(fd, buf + got, (size_t)n - got);
        if (r <= 0) { if (r < 0 && errno == EINTR) continue; break; }
        got += (size_t)r;
    }
    if (fd >= 0) close(fd);
    MpsValue r = got == (size_t)n ? mps_bytes_new(t, buf, got) : mps_raise_errno(t, errno ? errno : EIO, NULL);
    free(buf);
    return r;
}

static MpsValue os_strerror(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "strerror", argc, kw, 1, 1) < 0) return MPS_NULL;
    int e;
    if (os_fd(t, argv[0], &e) < 0) return MPS_NULL;
    return mpsl_cstr(t, strerror(e));
}

static MpsValue os__exit(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_exit", argc, kw, 1, 1) < 0) return MPS_NULL;
    int code;
    if (os_fd(t, argv[0], &code) < 0) return MPS_NULL;
    _exit(code);
}

static MpsValue os_system(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "system", argc, kw, 1, 1) < 0) return MPS_NULL;
    if (!mps_is_str(argv[0])) return MPS_RAISE(t, TypeError, "system() argument must be str, not %T", argv[0]);
    if (t->interp->runtime) mps_io_flush_all(t->interp);
    os_block(t);
    int r = system(mps_str_data(argv[0]));
    os_unblock(t);
    return mps_from_small(r);
}

static MpsValue os_isatty(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "isatty", argc, kw, 1, 1) < 0) return MPS_NULL;
    int fd;
    if (os_fd(t, argv[0], &fd) < 0) return MPS_NULL;
    return mps_bool(isatty(fd));
}

static MpsValue os_getuid(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "getuid", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_from_small(getuid());
}

static MpsValue os_fspath(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "fspath", argc, kw, 1, 1) < 0) return MPS_NULL;
    if (mps_is_str(argv[0]) || mps_is_kind(argv[0], MPS_K_BYTES)) return argv[0];
    MpsValue f = mps_lookup_special(t, argv[0], "__fspath__");
    if (!f) return MPS_RAISE(t, TypeError, "expected str, bytes or os.PathLike object, not %T", argv[0]);
    return mps_call1(t, f, argv[0]);
}

/* ---------------------------------------------------------------- os.environ */

/* os.environ: a dict whose changes reach the process environment (so that
 * children see them), as CPython's os._Environ */
static int os_env_kv(MpsThread *t, MpsValue k, MpsValue v)
{
    if (!mps_is_str(k) || (v && !mps_is_str(v))) {
        MPS_RAISE(t, TypeError, "str expected, not %T", mps_is_str(k) ? v : k);
        return -1;
    }
    return 0;
}

static MpsValue os_env_setitem(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__setitem__", argc - 1, kw, 2, 2) < 0 || os_env_kv(t, argv[1], argv[2]) < 0) return MPS_NULL;
    if (setenv(mps_str_data(argv[1]), mps_str_data(argv[2]), 1) < 0) return mps_raise_errno(t, errno, NULL);
    return mps_dict_set(t, MPS_DICT(argv[0]), argv[1], argv[2]) < 0 ? MPS_NULL : MPS_NONE;
}

static MpsValue os_env_delitem(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__delitem__", argc - 1, kw, 1, 1) < 0 || os_env_kv(t, argv[1], MPS_NULL) < 0) return MPS_NULL;
    int r = mps_dict_del(t, MPS_DICT(argv[0]), argv[1]);
    if (r < 0) return MPS_NULL;
    if (r == 0) {
        MpsValue args = mps_tuple_pack(t, 1, argv[1]);
        MpsValue e = args ? mps_exc_new(t, MPS_EXCCLS(t, KeyError), args) : MPS_NULL;
        return e ? mps_raise_value(t, e) : MPS_NULL;
    }
    unsetenv(mps_str_data(argv[1]));
    return MPS_NONE;
}

static MpsValue os_env_pop(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "pop", argc - 1, kw, 1, 2) < 0) return MPS_NULL;
    MpsValue v;
    int r = mps_dict_lookup(t, MPS_DICT(argv[0]), argv[1], &v);
    if (r < 0) return MPS_NULL;
    if (r == 0 && argc > 2) return argv[2];
    MpsValue a[2] = {argv[0], argv[1]};
    return os_env_delitem(t, 2, a, MPS_NULL) ? v : MPS_NULL;
}

static MpsValue os_env_update(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    MpsDict *tmp = mps_dict_new(t);
    if (!tmp) return MPS_NULL;
    MPS_ROOT(t, mps_from_obj(tmp));
    MpsValue res = MPS_NONE;
    if (argc > 2) res = MPS_RAISE(t, TypeError, "update expected at most 1 argument, got %d", argc - 1);
    else if (argc == 2 && mps_dict_update(t, tmp, argv[1]) < 0) res = MPS_NULL;
    size_t nkw = mpsl_nkw(kw);
    for (size_t i = 0; res && i < nkw; i++)
        if (mps_dict_set(t, tmp, MPS_TUPLE(kw)->items[i], argv[argc + (int)i]) < 0) res = MPS_NULL;
    MpsValue k, v;
    for (size_t i = 0; res && mps_dict_next(tmp, &i, &k, &v); ) {
        MpsValue a[3] = {argv[0], k, v};
        if (!os_env_setitem(t, 3, a, MPS_NULL)) res = MPS_NULL;
    }
    MPS_UNROOT(t, 1);
    return res;
}

static MpsValue os_env_setdefault(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "setdefault", argc - 1, kw, 1, 2) < 0) return MPS_NULL;
    MpsValue v;
    int r = mps_dict_lookup(t, MPS_DICT(argv[0]), argv[1], &v);
    if (r != 0) return r < 0 ? MPS_NULL : v;
    MpsValue a[3] = {argv[0], argv[1], argc > 2 ? argv[2] : MPS_NONE};
    return os_env_setitem(t, 3, a, MPS_NULL) ? a[2] : MPS_NULL;
}

static MpsValue os_env_repr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    MpsDict *copy = mps_dict_copy(t, MPS_DICT(argv[0]));
    if (!copy) return MPS_NULL;
    copy->hdr.cls = MPS_TYPE(t, DICT);
    MPS_ROOT(t, mps_from_obj(copy));
    MpsValue r = mps_str_printf(t, "environ(%R)", mps_from_obj(copy));
    MPS_UNROOT(t, 1);
    return r;
}

static const MpsMethodDef os_env_methods[] = {
    {"__setitem__", os_env_setitem}, {"__delitem__", os_env_delitem}, {"pop", os_env_pop},
    {"update", os_env_update}, {"setdefault", os_env_setdefault}, {"__repr__", os_env_repr},
    {NULL, NULL}
};

static MpsClass *os_env_class(MpsThread *t)
{
    MpsDict *d = mps_dict_new(t);
    if (!d) return NULL;
    MPS_ROOT(t, mps_from_obj(d));
    for (const MpsMethodDef *m = os_env_methods; m->name; m++) {
        MpsValue f = mps_builtin_new(t, m->name, m->fn, MPS_NULL);
        if (!f) break;
        ((MpsBuiltin *)f)->is_method = 1;
        mps_dict_set_cstr(t, d, m->name, f);
    }
    mps_dict_set(t, d, t->interp->s_module, mpsl_cstr(t, "os"));
    MpsValue bases = mps_tuple_pack(t, 1, mps_from_obj(MPS_TYPE(t, DICT)));
    MpsClass *c = bases ? mps_class_new(t, mps_intern_cstr(t, "_Environ"), bases, d) : NULL;
    MPS_UNROOT(t, 1);
    return c;
}

/* ---------------------------------------------------------------- os.path */

static int os_str_arg(MpsThread *t, MpsValue v, const char *fn, const char **p, size_t *n);

int mpsl_os_fspath(MpsThread *t, MpsValue v, const char *fn, const char **p, size_t *n)
{
    return os_str_arg(t, v, fn, p, n);
}

static MpsValue os_str(MpsThread *t, const char *p, size_t n) { return mps_str_new(t, p, n); }

static int os_str_arg(MpsThread *t, MpsValue v, const char *fn, const char **p, size_t *n)
{
    if (mps_is_str(v)) { *p = mps_str_data(v); *n = mps_str_size(v); return 0; }
    if (mps_is_kind(v, MPS_K_BYTES)) {
        MPS_RAISE(t, TypeError, "%s() argument must be str, bytes, or os.PathLike object, not '%T'", fn, v);
        return -1;
    }
    *p = os_fspath_text(t, v, fn, n, true);
    return *p ? 0 : -1;
}

static MpsValue os_path_join(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "join", kw) < 0) return MPS_NULL;
    if (argc < 1) return MPS_RAISE(t, TypeError, "join() missing 1 required positional argument: 'a'");
    MpsBuf b;
    mps_buf_init(&b);
    for (int i = 0; i < argc; i++) {
        const char *p;
        size_t n;
        if (os_str_arg(t, argv[i], "join", &p, &n) < 0) {
            mps_buf_free(&b);
            return MPS_NULL;
        }
        if (n && p[0] == '/') b.len = 0;
        else if (b.len && b.data[b.len - 1] != '/') mps_buf_addc(&b, '/');
        mps_buf_add(&b, p, n);
    }
    if (!b.data) return os_str(t, "", 0);
    return mps_buf_to_str(t, &b);
}

/* index just after the last '/' */
static size_t os_tail(const char *p, size_t n)
{
    size_t i = n;
    while (i > 0 && p[i - 1] != '/') i--;
    return i;
}

static MpsValue os_path_split_impl(MpsThread *t, MpsValue v, int what)   /* 0 tuple 1 head 2 tail */
{
    const char *p;
    size_t n;
    if (os_str_arg(t, v, what == 0 ? "split" : what == 1 ? "dirname" : "basename", &p, &n) < 0) return MPS_NULL;
    size_t i = os_tail(p, n), h = i;
    if (what == 2) return os_str(t, p + i, n - i);
    bool all_slash = true;
    for (size_t k = 0; k < i; k++) if (p[k] != '/') all_slash = false;
    if (i && !all_slash) while (h > 0 && p[h - 1] == '/') h--;
    MpsValue head = os_str(t, p, h);
    if (what == 1 || !head) return head;
    MpsValue tail = os_str(t, p + i, n - i);
    return tail ? mps_tuple_pack(t, 2, head, tail) : MPS_NULL;
}

static MpsValue os_path_split(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "split", argc, kw, 1, 1) < 0) return MPS_NULL;
    return os_path_split_impl(t, argv[0], 0);
}

static MpsValue os_path_dirname(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "dirname", argc, kw, 1, 1) < 0) return MPS_NULL;
    return os_path_split_impl(t, argv[0], 1);
}

static MpsValue os_path_basename(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "basename", argc, kw, 1, 1) < 0) return MPS_NULL;
    return os_path_split_impl(t, argv[0], 2);
}

static MpsValue os_path_splitext(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "splitext", argc, kw, 1, 1) < 0) return MPS_NULL;
    const char *p;
    size_t n;
    if (os_str_arg(t, argv[0], "splitext", &p, &n) < 0) return MPS_NULL;
    int64_t sep = -1, dot = -1;
    for (size_t i = 0; i < n; i++) { if (p[i] == '/') sep = (int64_t)i; if (p[i] == '.') dot = (int64_t)i; }
    if (dot > sep) {
        for (int64_t f = sep + 1; f < dot; f++)
            if (p[f] != '.') {
                MpsValue a = os_str(t, p, (size_t)dot), b = os_str(t, p + dot, n - (size_t)dot);
                return a && b ? mps_tuple_pack(t, 2, a, b) : MPS_NULL;
            }
    }
    MpsValue e = os_str(t, "", 0);
    return e ? mps_tuple_pack(t, 2, argv[0], e) : MPS_NULL;
}

static MpsValue os_normpath_c(MpsThread *t, const char *p, size_t n)
{
    if (n == 0) return os_str(t, ".", 1);
    int init = p[0] == '/';
    if (init && n > 1 && p[1] == '/' && !(n > 2 && p[2] == '/')) init = 2;
    /* components as (start, len) */
    size_t cap = n / 2 + 2, nc = 0;
    size_t *cs = malloc(cap * sizeof(size_t)), *cl = malloc(cap * sizeof(size_t));
    for (size_t i = 0; i <= n; ) {
        size_t j = i;
        while (j < n && p[j] != '/') j++;
        size_t len = j - i;
        if (len == 0 || (len == 1 && p[i] == '.')) { i = j + 1; continue; }
        bool dd = len == 2 && p[i] == '.' && p[i + 1] == '.';
        bool last_dd = nc && cl[nc - 1] == 2 && p[cs[nc - 1]] == '.' && p[cs[nc - 1] + 1] == '.';
        if (!dd || (!init && nc == 0) || (nc && last_dd)) { cs[nc] = i; cl[nc] = len; nc++; }
        else if (nc) nc--;
        i = j + 1;
    }
    MpsBuf b;
    mps_buf_init(&b);
    for (int k = 0; k < init; k++) mps_buf_addc(&b, '/');
    for (size_t k = 0; k < nc; k++) {
        if (k) mps_buf_addc(&b, '/');
        mps_buf_add(&b, p + cs[k], cl[k]);
    }
    free(cs);
    free(cl);
    if (b.len == 0) { mps_buf_free(&b); return os_str(t, ".", 1); }
    return mps_buf_to_str(t, &b);
}

static MpsValue os_path_normpath(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "normpath", argc, kw, 1, 1) < 0) return MPS_NULL;
    const char *p;
    size_t n;
    if (os_str_arg(t, argv[0], "normpath", &p, &n) < 0) return MPS_NULL;
    return os_normpath_c(t, p, n);
}

static MpsValue os_path_abspath(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "abspath", argc, kw, 1, 1) < 0) return MPS_NULL;
    const char *p;
    size_t n;
    if (os_str_arg(t, argv[0], "abspath", &p, &n) < 0) return MPS_NULL;
    if (n && p[0] == '/') return os_normpath_c(t, p, n);
    char *cwd = getcwd(NULL, 0);
    if (!cwd) return mps_raise_errno(t, errno, NULL);
    MpsBuf b;
    mps_buf_init(&b);
    mps_buf_adds(&b, cwd);
    mps_buf_addc(&b, '/');
    mps_buf_add(&b, p, n);
    free(cwd);
    MpsValue r = os_normpath_c(t, b.data, b.len);
    mps_buf_free(&b);
    return r;
}

static MpsValue os_path_realpath(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "realpath", argc, kw, 1, 1) < 0) return MPS_NULL;
    const char *p;
    size_t n;
    if (os_str_arg(t, argv[0], "realpath", &p, &n) < 0) return MPS_NULL;
    char *r = realpath(p, NULL);
    if (!r) return os_path_abspath(t, argc, argv, kw);
    MpsValue v = mpsl_cstr(t, r);
    free(r);
    return v;
}

/* what: 0 exists 1 isfile 2 isdir 3 islink */
static MpsValue os_path_test(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int what)
{
    if (mps_args_count(t, "exists", argc, kw, 1, 1) < 0) return MPS_NULL;
    const char *p;
    size_t n;
    if (mps_is_int(argv[0])) {
        int fd;
        struct stat st;
        if (os_fd(t, argv[0], &fd) < 0) return MPS_NULL;
        return mps_bool(fstat(fd, &st) == 0);
    }
    if (os_str_arg(t, argv[0], "exists", &p, &n) < 0) return MPS_NULL;
    struct stat st;
    if ((what == 3 ? lstat(p, &st) : stat(p, &st)) < 0) return MPS_FALSE;
    switch (what) {
    case 1: return mps_bool(S_ISREG(st.st_mode));
    case 2: return mps_bool(S_ISDIR(st.st_mode));
    case 3: return mps_bool(S_ISLNK(st.st_mode));
    }
    return MPS_TRUE;
}

static MpsValue os_path_exists(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_path_test(t, argc, argv, kw, 0); }
static MpsValue os_path_isfile(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_path_test(t, argc, argv, kw, 1); }
static MpsValue os_path_isdir(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_path_test(t, argc, argv, kw, 2); }
static MpsValue os_path_islink(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_path_test(t, argc, argv, kw, 3); }

static MpsValue os_path_isabs(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "isabs", argc, kw, 1, 1) < 0) return MPS_NULL;
    const char *p;
    size_t n;
    if (os_str_arg(t, argv[0], "isabs", &p, &n) < 0) return MPS_NULL;
    return mps_bool(n && p[0] == '/');
}

/* what: 0 size 1 mtime */
static MpsValue os_path_stat(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int what)
{
    if (mps_args_count(t, what ? "getmtime" : "getsize", argc, kw, 1, 1) < 0) return MPS_NULL;
    const char *p;
    size_t n;
    if (os_str_arg(t, argv[0], "getsize", &p, &n) < 0) return MPS_NULL;
    struct stat st;
    if (stat(p, &st) < 0) return mps_raise_errno(t, errno, p);
    if (what == 0) return mps_int_from_i64(t, st.st_size);
    return mps_float_new(t, (double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec / 1e9);
}

static MpsValue os_path_getsize(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_path_stat(t, argc, argv, kw, 0); }

/* os.stat / os.lstat / os.fstat → os.stat_result. The times are floats in
 * the tuple too (CPython keeps whole seconds there and floats only in the
 * attributes; the attributes are what programs read). */
static const char *const stat_fields[] = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid",
                                          "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"};

static MpsValue stat_result(MpsThread *t, const struct stat *st)
{
    MpsValue r = mps_tuple_new(t, 10);
    if (!r) return MPS_NULL;
    MpsValue *it = MPS_TUPLE(r)->items;
    for (int i = 0; i < 10; i++) it[i] = MPS_NONE;
    MPS_ROOT(t, r);
    it[0] = mps_int_from_i64(t, st->st_mode);
    it[1] = mps_int_from_i64(t, (int64_t)st->st_ino);
    it[2] = mps_int_from_i64(t, (int64_t)st->st_dev);
    it[3] = mps_int_from_i64(t, (int64_t)st->st_nlink);
    it[4] = mps_int_from_i64(t, st->st_uid);
    it[5] = mps_int_from_i64(t, st->st_gid);
    it[6] = mps_int_from_i64(t, st->st_size);
    it[7] = mps_float_new(t, (double)st->st_atim.tv_sec + st->st_atim.tv_nsec / 1e9);
    it[8] = mps_float_new(t, (double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec / 1e9);
    it[9] = mps_float_new(t, (double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec / 1e9);
    MPS_UNROOT(t, 1);
    for (int i = 0; i < 10; i++) if (!it[i]) return MPS_NULL;
    if (MPSL(t)->stat_result_cls) mps_obj(r)->cls = MPSL(t)->stat_result_cls;
    return r;
}

/* which: 0 stat, 1 lstat, 2 fstat */
static MpsValue os_stat_impl(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int which)
{
    static const char *const fn[] = {"stat", "lstat", "fstat"};
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
    MpsValue a[3];
    struct stat st;
    if (which == 2) {
        if (mps_args_count(t, fn[which], argc, kw, 1, 1) < 0) return MPS_NULL;
    } else {
        /* stat(path, *, dir_fd=None, follow_symlinks=True): dir_fd must be None */
        if (argc > 1) return MPS_RAISE(t, TypeError, "%s() takes at most 1 positional argument (%d given)", fn[which], argc);
        if (mps_args(t, fn[which], argc, argv, kw, names, 1, 3, a) < 0) return MPS_NULL;
        if (a[1] && a[1] != MPS_NONE) return MPS_RAISE(t, NotImplementedError, "dir_fd unavailable on this platform");
        if (which == 0 && a[2]) {
            int f = mps_truthy(t, a[2]);
            if (f < 0) return MPS_NULL;
            if (!f) which = 1;
        }
        if (mps_is_small(a[0])) {
            if (fstat((int)mps_small(a[0]), &st) < 0) return mps_raise_errno(t, errno, NULL);
            return stat_result(t, &st);
        }
        argv = a;
    }
    if (which == 2) {
        int64_t fd;
        if (mps_index(t, argv[0], &fd) < 0) return MPS_NULL;
        if (fstat((int)fd, &st) < 0) return mps_raise_errno(t, errno, NULL);
    } else {
        const char *p;
        size_t n;
        if (!mps_is_str(argv[0]) && !mps_is_kind(argv[0], MPS_K_BYTES)) {
            MpsValue f = mps_lookup_special(t, argv[0], "__fspath__");
            if (!f) {
                if (t->exc) return MPS_NULL;
                return MPS_RAISE(t, TypeError, "%s: path should be string, bytes, os.PathLike or integer, not %T",
                                 fn[which], argv[0]);
            }
        }
        if (os_str_arg(t, argv[0], fn[which], &p, &n) < 0) return MPS_NULL;
        if ((which ? lstat(p, &st) : stat(p, &st)) < 0) return mps_raise_errno(t, errno, p);
    }
    return stat_result(t, &st);
}

static MpsValue os_stat(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_stat_impl(t, argc, argv, kw, 0); }
static MpsValue os_lstat(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_stat_impl(t, argc, argv, kw, 1); }
static MpsValue os_fstat(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_stat_impl(t, argc, argv, kw, 2); }
static MpsValue os_path_getmtime(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_path_stat(t, argc, argv, kw, 1); }

static MpsValue os_path_expanduser(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "expanduser", argc, kw, 1, 1) < 0) return MPS_NULL;
    const char *p;
    size_t n;
    if (os_str_arg(t, argv[0], "expanduser", &p, &n) < 0) return MPS_NULL;
    const char *home = getenv("HOME");
    if (!n || p[0] != '~' || (n > 1 && p[1] != '/') || !home) return argv[0];
    return mps_str_printf(t, "%s%s", home, p + 1);
}

static MpsValue os_path_module_getattr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw);

static const MpsMethodDef os_path_functions[] = {
    {"join", os_path_join}, {"split", os_path_split}, {"dirname", os_path_dirname},
    {"basename", os_path_basename}, {"splitext", os_path_splitext}, {"normpath", os_path_normpath},
    {"abspath", os_path_abspath}, {"_realpath", os_path_realpath}, {"exists", os_path_exists},
    {"isfile", os_path_isfile}, {"isdir", os_path_isdir}, {"islink", os_path_islink},
    {"isabs", os_path_isabs}, {"getsize", os_path_getsize}, {"getmtime", os_path_getmtime},
    {"expanduser", os_path_expanduser}, {"__getattr__", os_path_module_getattr},
    {NULL, NULL}
};

MpsValue mpsl_mod_os_path(MpsThread *t)
{
    /* one os.path object: reuse the one os made */
    MpsValue have = mps_dict_get_cstr(t, t->interp->modules, "os.path");
    if (have) return have;
    MpsValue m = mpsl_module(t, "posixpath", os_path_functions);
    if (!m) return MPS_NULL;
    mpsl_set(t, m, "sep", mpsl_cstr(t, "/"));
    mpsl_set(t, m, "curdir", mpsl_cstr(t, "."));
    mpsl_set(t, m, "pardir", mpsl_cstr(t, ".."));
    return t->exc ? MPS_NULL : m;
}

/* os.__getattr__ (PEP 562): the names written in mps (stdlib/lib/_oslib.mps)
 * load that module on first use and are then stored in os itself */
static const char *const os_lib_names[] = {
    "scandir", "DirEntry", "walk", "removedirs", "renames", "popen", "execl", "execle",
    "execlp", "execlpe", "fsencode", "fsdecode", "get_exec_path", "PathLike",
};

static const char *const os_path_lib_names[] = {
    "relpath", "commonpath", "commonprefix", "expandvars", "samefile", "lexists",
    "getatime", "getctime", "splitdrive", "normcase", "ismount", "realpath", "samestat",
};

static MpsValue os_lib_getattr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw,
                               const char *module, const char *const *names, size_t n)
{
    if (mps_args_count(t, "__getattr__", argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue name = argv[0];
    if (mps_is_str(name))
        for (size_t i = 0; i < n; i++) {
            if (strcmp(mps_str_data(name), names[i])) continue;
            MpsValue lib = mps_import_module(t, "_oslib");
            if (!lib) return MPS_NULL;
            MpsValue v = mps_dict_get_cstr(t, MPS_MODULE(lib)->dict, names[i]);
            MpsValue m = mps_dict_get_cstr(t, t->interp->modules, module);
            if (v && m && mps_is_kind(m, MPS_K_MODULE)) mps_dict_set(t, MPS_MODULE(m)->dict, name, v);
            if (v) return v;
            break;
        }
    return mps_raise(t, MPS_EXCCLS(t, AttributeError), "module '%s' has no attribute '%s'",
                     !strcmp(module, "os") ? "os" : "posixpath", mps_is_str(name) ? mps_str_data(name) : "?");
}

static MpsValue os_module_getattr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return os_lib_getattr(t, argc, argv, kw, "os", os_lib_names,
                          sizeof os_lib_names / sizeof os_lib_names[0]);
}

static MpsValue os_path_module_getattr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return os_lib_getattr(t, argc, argv, kw, "os.path", os_path_lib_names,
                          sizeof os_path_lib_names / sizeof os_path_lib_names[0]);
}

static const MpsMethodDef os_functions[] = {
    {"getpid", os_getpid}, {"getppid", os_getppid}, {"cpu_count", os_cpu_count},
    {"getcwd", os_getcwd}, {"chdir", os_chdir}, {"listdir", os_listdir}, {"remove", os_remove},
    {"unlink", os_remove}, {"mkdir", os_mkdir}, {"makedirs", os_makedirs}, {"rmdir", os_rmdir},
    {"rename", os_rename}, {"replace", os_rename}, {"getenv", os_getenv}, {"putenv", os_putenv},
    {"unsetenv", os_unsetenv}, {"pipe", os_pipe}, {"read", os_read}, {"write", os_write},
    {"close", os_close}, {"urandom", os_urandom}, {"strerror", os_strerror}, {"_exit", os__exit},
    {"system", os_system}, {"isatty", os_isatty}, {"getuid", os_getuid}, {"fspath", os_fspath},
    {"stat", os_stat}, {"lstat", os_lstat}, {"fstat", os_fstat},
    {"__getattr__", os_module_getattr},
    {NULL, NULL}
};

MpsValue mpsl_mod_os(MpsThread *t)
{
    MpsValue m = mpsl_module(t, "os", os_functions);
    if (!m) return MPS_NULL;
    MPS_ROOT(t, m);
    mpsl_set(t, m, "name", mpsl_cstr(t, "posix"));
    mpsl_set(t, m, "sep", mpsl_cstr(t, "/"));
    mpsl_set(t, m, "altsep", MPS_NONE);
    mpsl_set(t, m, "extsep", mpsl_cstr(t, "."));
    mpsl_set(t, m, "pathsep", mpsl_cstr(t, ":"));
    mpsl_set(t, m, "linesep", mpsl_cstr(t, "\n"));
    mpsl_set(t, m, "curdir", mpsl_cstr(t, "."));
    mpsl_set(t, m, "pardir", mpsl_cstr(t, ".."));
    mpsl_set(t, m, "devnull", mpsl_cstr(t, "/dev/null"));
    mpsl_set(t, m, "WNOHANG", mps_from_small(WNOHANG));
    if (!MPSL(t)->stat_result_cls)
        MPSL(t)->stat_result_cls = mpsl_struct_seq(t, "os", "stat_result", stat_fields, 10);
    mpsl_set(t, m, "stat_result", mps_from_obj(MPSL(t)->stat_result_cls));
    mpsl_set(t, m, "O_RDONLY", mps_from_small(O_RDONLY));
    mpsl_set(t, m, "O_WRONLY", mps_from_small(O_WRONLY));
    mpsl_set(t, m, "O_RDWR", mps_from_small(O_RDWR));
    mpsl_set(t, m, "O_CREAT", mps_from_small(O_CREAT));
    mpsl_set(t, m, "O_TRUNC", mps_from_small(O_TRUNC));
    mpsl_set(t, m, "O_APPEND", mps_from_small(O_APPEND));
    MpsClass *envc = os_env_class(t);
    MpsDict *env = envc ? mps_dict_new(t) : NULL;
    if (env) {
        env->hdr.cls = envc;
        mpsl_set(t, m, "environ", mps_from_obj(env));
        for (char **e = environ; *e; e++) {
            const char *eq = strchr(*e, '=');
            if (!eq || !mps_utf8_valid(*e, strlen(*e))) continue;
            MpsValue k = mps_str_new(t, *e, (size_t)(eq - *e));
            MpsValue v = mpsl_cstr(t, eq + 1);
            if (k && v) mps_dict_set(t, env, k, v);
        }
    }
    MpsValue path = mpsl_mod_os_path(t);
    if (path) {
        mpsl_set(t, m, "path", path);
        mps_dict_set_cstr(t, t->interp->modules, "os.path", path);
    }
    mpsl_os_add_process_functions(t, m);   /* fork, kill, waitpid… (mod_os_proc.c) */
    mpsl_os_add_fs_functions(t, m);        /* access, chmod, lseek… (mod_os_fs.c) */
    mpsl_set(t, m, "error", mps_from_obj(MPS_EXCCLS(t, OSError)));
    MPS_UNROOT(t, 1);
    return t->exc ? MPS_NULL : m;
}
