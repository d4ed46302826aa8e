/*
 * run.c — runtime set-up, running source files, and the exit path
 * (how an uncaught exception becomes an exit status).
 */
#include "runtime.h"
#include "../grammar/compile.h"
#include "../vm/code.h"
#include "../stdlib/stdlib.h"
#include "gil.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void mps_rt_init(MpsThread *t)
{
    MpsInterp *in = t->interp;
    MpsRuntime *rt = calloc(1, sizeof *rt);
    if (!rt) { fputs("mps: out of memory\n", stderr); exit(1); }
    in->runtime = rt;
    mps_io_init(rt);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) { exe[n] = 0; rt->executable = strdup(exe); }
    in->hooks.write_out = mps_io_write;
    in->hooks.import = mps_import_hook;
    in->hooks.on_eval_break = mps_sig_eval_break;
    /* a closed pipe is an error (BrokenPipeError), not death — as CPython */
    signal(SIGPIPE, SIG_IGN);
}

int mps_rt_at_exit(MpsInterp *in, MpsExitFn fn)
{
    MpsRuntime *rt = MPS_RT(in);
    if (rt->nexit_fns == (int)(sizeof rt->exit_fns / sizeof rt->exit_fns[0])) return -1;
    rt->exit_fns[rt->nexit_fns++] = fn;
    return 0;
}

/* ---------------------------------------------------------------- source */

char *mps_rt_read_source(const char *path, size_t *lenp)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0) { int e = errno; close(fd); errno = e; return NULL; }
    if (S_ISDIR(st.st_mode)) { close(fd); errno = EISDIR; return NULL; }
    size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 4096, len = 0;
    char *buf = malloc(cap);
    if (!buf) { close(fd); errno = ENOMEM; return NULL; }
    for (;;) {
        if (len + 1 >= cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); close(fd); errno = ENOMEM; return NULL; }
            buf = nb;
        }
        ssize_t r = read(fd, buf + len, cap - 1 - len);
        if (r == 0) break;
        if (r < 0) {
            if (errno == EINTR) continue;
            int e = errno; free(buf); close(fd); errno = e; return NULL;
        }
        len += (size_t)r;
    }
    close(fd);
    buf[len] = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {   /* UTF-8 BOM */
        memmove(buf, buf + 3, len - 2);
        len -= 3;
    }
    if (len >= 2 && buf[0] == '#' && buf[1] == '!')          /* keep line 2 as line 2 */
        for (size_t i = 0; i < len && buf[i] != '\n'; i++) buf[i] = ' ';
    *lenp = len;
    return buf;
}

MpsValue mps_rt_exec_source(MpsThread *t, const char *src, size_t len,
                            const char *filename, MpsDict *globals)
{
    bool incomplete = false;
    MpsValue code = mps_compile(t, src, len, filename, MPS_PARSE_FILE, &incomplete);
    if (!code) return MPS_NULL;
    MPS_ROOT(t, code);
    MPS_ROOT(t, mps_from_obj(globals));
    MpsValue r = mps_vm_run(t, code, globals);
    MPS_UNROOT(t, 2);
    return r;
}

MpsValue mps_rt_exec_file(MpsThread *t, const char *path, MpsDict *globals)
{
    size_t len;
    char *src = mps_rt_read_source(path, &len);
    if (!src) return mps_raise_errno(t, errno, path);
    MpsValue r = mps_rt_exec_source(t, src, len, path, globals);
    free(src);
    return r;
}

/* path made absolute without touching the file system (as os.path.abspath) */
static char *mps_rt_abspath(const char *p)
{
    char cwd[PATH_MAX];
    if (p[0] == '/' || !getcwd(cwd, sizeof cwd)) return strdup(p);
    while (p[0] == '.' && p[1] == '/') {
        p += 2;
        while (*p == '/') p++;
    }
    size_t n = strlen(cwd) + strlen(p) + 2;
    char *r = malloc(n);
    if (r) snprintf(r, n, "%s%s%s", cwd, strcmp(cwd, "/") ? "/" : "", p);
    return r;
}

MpsValue mps_rt_new_module(MpsThread *t, const char *name, const char *file)
{
    MpsInterp *in = t->interp;
    MpsValue m = mps_module_new(t, name);
    if (!m) return MPS_NULL;
    MpsDict *d = MPS_MODULE(m)->dict;
    MpsValue s = mps_str_cstr_new(t, name);
    if (!s || mps_dict_set(t, d, in->s_name, s) < 0) return MPS_NULL;
    if (mps_dict_set_cstr(t, d, "__doc__", MPS_NONE) < 0 ||
        mps_dict_set_cstr(t, d, "__package__", MPS_NONE) < 0 ||
        mps_dict_set_cstr(t, d, "__spec__", MPS_NONE) < 0)
        return MPS_NULL;
    if (in->builtins_module && mps_dict_set(t, d, in->s_builtins, in->builtins_module) < 0)
        return MPS_NULL;
    if (file) {
        char *abs = mps_rt_abspath(file);
        MpsValue f = abs ? mps_str_cstr_new(t, abs) : mps_raise_nomem(t);
        free(abs);
        if (!f || mps_dict_set(t, d, in->s_file, f) < 0) return MPS_NULL;
    }
    if (mps_dict_set(t, in->modules, s, m) < 0) return MPS_NULL;
    return m;
}

/* ---------------------------------------------------------------- exit */

static void mps_rt_print_exc(MpsThread *t, MpsValue exc)
{
    MpsBuf b;
    mps_buf_init(&b);
    mps_print_exception(t, exc, &b);
    mps_exc_clear(t);                   /* a failing __str__ while printing */
    mps_io_flush(t->interp, 1);         /* CPython flushes stdout first */
    mps_io_write(t, 2, b.data, b.len);
    mps_io_flush(t->interp, 2);
    mps_buf_free(&b);
}

/* SystemExit's code: its `code` attribute, else derived from args */
static MpsValue mps_rt_exit_code(MpsThread *t, MpsValue exc)
{
    MpsValue code = mps_getattr_opt(t, exc, mps_intern_cstr(t, "code"));
    if (code) return code;
    mps_exc_clear(t);
    MpsValue args = MPS_EXC(exc)->args;
    if (!mps_is_tuple(args) || MPS_TUPLE(args)->len == 0) return MPS_NONE;
    if (MPS_TUPLE(args)->len == 1) return MPS_TUPLE(args)->items[0];
    return args;
}

int mps_rt_report_exit(MpsThread *t)
{
    MpsValue exc = mps_exc_fetch(t);
    if (!exc) return 0;
    MPS_ROOT(t, exc);
    int status = 1;
    if (mps_isinstance(t, exc, MPS_EXCCLS(t, SystemExit))) {
        MpsValue code = mps_rt_exit_code(t, exc);
        int64_t v;
        if (code == MPS_NONE) {
            status = 0;
        } else if (mps_is_int(code) && mps_int_to_i64(t, code, &v) == 0) {
            status = (int)(v & 0xff);
        } else {
            /* sys.exit("message"): the message on stderr, status 1 */
            mps_exc_clear(t);
            MpsBuf b;
            mps_buf_init(&b);
            if (mps_str_buf(t, code, &b) < 0) mps_exc_clear(t);
            mps_buf_addc(&b, '\n');
            mps_io_flush(t->interp, 1);
            mps_io_write(t, 2, b.data, b.len);
            mps_buf_free(&b);
            status = 1;
        }
    } else {
        mps_rt_print_exc(t, exc);
        if (mps_isinstance(t, exc, MPS_EXCCLS(t, KeyboardInterrupt))) {
            MPS_RT(t->interp)->exit_by_sigint = true;
            status = 130;
        }
    }
    MPS_UNROOT(t, 1);
    return status;
}

/* call sys.modules[mod].fn() if that module was imported; errors are
 * reported but do not change a non-zero status */
static int mps_rt_call_hook(MpsThread *t, const char *mod, const char *fn, int status)
{
    MpsValue m = mps_dict_get_cstr(t, t->interp->modules, mod);
    if (!m || !mps_is_kind(m, MPS_K_MODULE)) return status;
    MpsValue f = mps_dict_get_cstr(t, MPS_MODULE(m)->dict, fn);
    if (!f) return status;
    if (!mps_call0(t, f)) {
        int st = mps_rt_report_exit(t);
        if (status == 0) status = st;
    }
    return status;
}

_Noreturn void mps_rt_exit(MpsThread *t, int status)
{
    MpsInterp *in = t->interp;
    MpsRuntime *rt = MPS_RT(in);
    /* as CPython's finalisation: join non-daemon threads, then atexit */
    status = mps_rt_call_hook(t, "threading", "_shutdown", status);
    status = mps_rt_call_hook(t, "atexit", "_run_exitfuncs", status);
    while (rt->nexit_fns > 0) {
        MpsExitFn fn = rt->exit_fns[--rt->nexit_fns];
        fn(t);
        if (t->exc) {
            int st = mps_rt_report_exit(t);
            if (status == 0) status = st;
        }
    }
    mps_io_flush_all(in);
    if (rt->gil_stats) mps_gil_print_stats(in);
    fflush(NULL);
    if (rt->exit_by_sigint) {
        /* let the shell see "killed by SIGINT" (status 130) */
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    _exit(status);
}
