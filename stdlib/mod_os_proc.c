/*
 * mod_os_proc.c — the process half of `os`: fork, kill, waitpid and the
 * status macros, and descriptor plumbing (open, dup, dup2). fork() goes
 * through the runtime's fork-safety protocol (runtime/process.c), and the
 * child re-initialises `threading` and reseeds `random`, as CPython's
 * at-fork hooks do.
 */
#include "lib.h"
#include "thread.h"
#include "../runtime/process.h"
#include "../runtime/runtime.h"
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <unistd.h>

static int int_arg(MpsThread *t, MpsValue v, int *out)
{
    int64_t i;
    if (mps_index(t, v, &i) < 0) return -1;
    *out = (int)i;
    return 0;
}

static void after_fork_child(MpsThread *t)
{
    mps_random_reseed(t);
    MpsValue th = mps_dict_get_cstr(t, t->interp->modules, "threading");
    if (th && mps_is_kind(th, MPS_K_MODULE)) {
        MpsValue r = mps_call_method(t, th, "_after_fork", 0, NULL);
        if (!r) mps_exc_clear(t);
    }
}

/* os._forked: the pids this process forked with os.fork() */
static MpsValue forked_list(MpsThread *t)
{
    MpsValue os = mps_dict_get_cstr(t, t->interp->modules, "os");
    if (!os || !mps_is_kind(os, MPS_K_MODULE)) return MPS_NULL;
    MpsValue l = mps_dict_get_cstr(t, MPS_MODULE(os)->dict, "_forked");
    return l && mps_is_list(l) ? l : MPS_NULL;
}

/* At exit, wait for the children made by os.fork(): the program's output
 * then never ends before theirs, and no orphan is left behind (the same
 * promise multiprocessing keeps for its own children). */
static void wait_forked(MpsThread *t)
{
    MpsValue l = forked_list(t);
    if (!l) return;
    MpsValue *items;
    int64_t n = mps_seq_items(l, &items);
    for (int64_t i = 0; i < n; i++) {
        if (!mps_is_small(items[i])) continue;
        int status;
        pid_t pid = (pid_t)mps_small(items[i]);
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    }
    MPS_LIST(l)->len = 0;       /* waited for: a second call has nothing to do */
}

static MpsValue os_fork(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "fork", argc, kw, 0, 0) < 0) return MPS_NULL;
    mpsl_os_fork_hooks(t, 0);
    pid_t pid = mps_process_fork(t, false);
    if (pid < 0) {
        mpsl_os_fork_hooks(t, 2);
        return MPS_NULL;
    }
    MpsValue l = forked_list(t);
    if (pid == 0) {
        if (l) MPS_LIST(l)->len = 0;
        after_fork_child(t);
    } else if (l) {
        mps_list_append(t, l, mps_from_small(pid));
    }
    mpsl_os_fork_hooks(t, pid == 0 ? 1 : 2);
    return mps_from_small(pid);
}

static MpsValue os_kill(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "kill", argc, kw, 2, 2) < 0) return MPS_NULL;
    int pid, sig;
    if (int_arg(t, argv[0], &pid) < 0 || int_arg(t, argv[1], &sig) < 0) return MPS_NULL;
    if (kill(pid, sig) < 0) return mps_raise_errno(t, errno, NULL);
    /* a signal to ourselves (SIGINT…) must be seen before we return */
    if (pid == getpid() && mps_thread_check_signals(t) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue os_killpg(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "killpg", argc, kw, 2, 2) < 0) return MPS_NULL;
    int pg, sig;
    if (int_arg(t, argv[0], &pg) < 0 || int_arg(t, argv[1], &sig) < 0) return MPS_NULL;
    if (killpg(pg, sig) < 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}

/* waitpid without blocking the other threads: the GIL is released while
 * the kernel waits; a signal interrupts it (EINTR), its handler runs, and
 * the wait goes on */
static int wait_child(MpsThread *t, pid_t pid, int options, pid_t *got, int *status)
{
    for (;;) {
        pid_t r = waitpid(pid, status, options | WNOHANG);
        if (r == 0 && !(options & WNOHANG)) {
            if (t->interp->hooks.gil_release) t->interp->hooks.gil_release(t);
            r = waitpid(pid, status, options);
            int e = errno;
            if (t->interp->hooks.gil_acquire) t->interp->hooks.gil_acquire(t);
            errno = e;
        }
        if (r < 0 && errno == EINTR) {
            if (mps_thread_check_signals(t) < 0) return -1;
            continue;
        }
        if (r < 0) { mps_raise_errno(t, errno, NULL); return -1; }
        *got = r;
        return 0;
    }
}

static MpsValue os_waitpid(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "waitpid", argc, kw, 2, 2) < 0) return MPS_NULL;
    int pid, options, status = 0;
    pid_t got;
    if (int_arg(t, argv[0], &pid) < 0 || int_arg(t, argv[1], &options) < 0) return MPS_NULL;
    if (wait_child(t, pid, options, &got, &status) < 0) return MPS_NULL;
    return mps_tuple_pack(t, 2, mps_from_small(got), mps_from_small(status));
}

static MpsValue os_wait(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "wait", argc, kw, 0, 0) < 0) return MPS_NULL;
    int status = 0;
    pid_t got;
    if (wait_child(t, -1, 0, &got, &status) < 0) return MPS_NULL;
    return mps_tuple_pack(t, 2, mps_from_small(got), mps_from_small(status));
}

#define STATUS_FN(NAME, EXPR)                                                        \
    static MpsValue os_##NAME(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) \
    {                                                                                \
        if (mps_args_count(t, #NAME, argc, kw, 1, 1) < 0) return MPS_NULL;           \
        int status;                                                                  \
        if (int_arg(t, argv[0], &status) < 0) return MPS_NULL;                       \
        return EXPR;                                                                 \
    }
STATUS_FN(WIFEXITED, mps_bool(WIFEXITED(status)))
STATUS_FN(WEXITSTATUS, mps_from_small(WEXITSTATUS(status)))
STATUS_FN(WIFSIGNALED, mps_bool(WIFSIGNALED(status)))
STATUS_FN(WTERMSIG, mps_from_small(WTERMSIG(status)))
STATUS_FN(WIFSTOPPED, mps_bool(WIFSTOPPED(status)))
STATUS_FN(WSTOPSIG, mps_from_small(WSTOPSIG(status)))
STATUS_FN(waitstatus_to_exitcode,
          WIFEXITED(status) ? mps_from_small(WEXITSTATUS(status))
                            : mps_from_small(-WTERMSIG(status)))

static MpsValue os_open(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = { "path", "flags", "mode" };
    MpsValue a[3];
    if (mps_args(t, "open", argc, argv, kw, names, 2, 3, a) < 0) return MPS_NULL;
    int flags, mode = 0777;
    if (int_arg(t, a[1], &flags) < 0 || (a[2] && int_arg(t, a[2], &mode) < 0)) return MPS_NULL;
    const char *path = mpsl_os_path_arg(t, a[0], "open");
    if (!path) return MPS_NULL;
    int fd = open(path, flags | O_CLOEXEC, mode);
    if (fd < 0) return mps_raise_errno(t, errno, path);
    return mps_from_small(fd);
}

static MpsValue os_dup(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "dup", argc, kw, 1, 1) < 0) return MPS_NULL;
    int fd;
    if (int_arg(t, argv[0], &fd) < 0) return MPS_NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return mps_raise_errno(t, errno, NULL);
    return mps_from_small(r);
}

static MpsValue os_dup2(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "dup2", argc, kw, 2, 3) < 0) return MPS_NULL;
    int a, b;
    if (int_arg(t, argv[0], &a) < 0 || int_arg(t, argv[1], &b) < 0) return MPS_NULL;
    mps_io_flush_all(t->interp);
    if (dup2(a, b) < 0) return mps_raise_errno(t, errno, NULL);
    return mps_from_small(b);
}

static MpsValue os_getpgid(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "getpgid", argc, kw, 1, 1) < 0) return MPS_NULL;
    int pid;
    if (int_arg(t, argv[0], &pid) < 0) return MPS_NULL;
    pid_t r = getpgid(pid);
    if (r < 0) return mps_raise_errno(t, errno, NULL);
    return mps_from_small(r);
}

static MpsValue os_setsid(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "setsid", argc, kw, 0, 0) < 0) return MPS_NULL;
    if (setsid() < 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}


/* ---------------------------------------------------------------- fork hooks */

static const char *const hook_lists[] = {"_at_fork_before", "_at_fork_child", "_at_fork_parent"};

static MpsValue os_module_attr(MpsThread *t, const char *name)
{
    MpsValue os = mps_dict_get_cstr(t, t->interp->modules, "os");
    if (!os || !mps_is_kind(os, MPS_K_MODULE)) return MPS_NULL;
    return mps_dict_get_cstr(t, MPS_MODULE(os)->dict, name);
}

/* Run the hooks given to os.register_at_fork: which 0 before fork (newest
 * first), 1 in the child, 2 in the parent (oldest first), as CPython. An
 * exception in a hook is reported and ignored: the fork goes on. */
void mpsl_os_fork_hooks(MpsThread *t, int which)
{
    MpsValue l = os_module_attr(t, hook_lists[which]);
    if (!l || !mps_is_list(l) || MPS_LIST(l)->len == 0) return;
    MpsValue saved = t->exc ? mps_exc_fetch(t) : MPS_NULL;
    MPS_ROOT(t, l);
    MPS_ROOT(t, saved);
    int64_t n = (int64_t)MPS_LIST(l)->len;
    for (int64_t k = 0; k < n && k < (int64_t)MPS_LIST(l)->len; k++) {
        MpsValue f = MPS_LIST(l)->items[which == 0 ? MPS_LIST(l)->len - 1 - (size_t)k : (size_t)k];
        MPS_ROOT(t, f);
        if (!mps_call(t, f, 0, NULL, MPS_NULL)) {
            MpsValue exc = mps_exc_fetch(t);
            mps_exc_clear(t);
            MPS_ROOT(t, exc);
            MpsValue r = mps_repr(t, f);
            if (!r) mps_exc_clear(t);
            MpsBuf b;
            mps_buf_init(&b);
            mps_buf_add(&b, "Exception ignored in: ", 22);
            if (r) mps_buf_add(&b, mps_str_data(r), mps_str_size(r));
            mps_buf_add(&b, "\n", 1);
            mps_print_exception(t, exc, &b);
            if (t->interp->hooks.write_out) t->interp->hooks.write_out(t, 2, b.data, b.len);
            else fwrite(b.data, 1, b.len, stderr);
            mps_buf_free(&b);
            MPS_UNROOT(t, 1);
        }
        MPS_UNROOT(t, 1);
    }
    MPS_UNROOT(t, 2);
    if (saved) mps_raise_value(t, saved);
}

/* register_at_fork(*, before=None, after_in_child=None, after_in_parent=None) */
static MpsValue os_register_at_fork(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"before", "after_in_child", "after_in_parent"};
    MpsValue a[3];
    if (argc > 0)
        return mps_raise(t, MPS_EXCCLS(t, TypeError),
                         "register_at_fork() takes no positional arguments");
    if (mps_args(t, "register_at_fork", argc, argv, kw, names, 0, 3, a) < 0) return MPS_NULL;
    bool any = false;
    for (int i = 0; i < 3; i++) {
        if (!a[i] || a[i] == MPS_NONE) continue;
        if (!mps_callable(a[i]))
            return mps_raise(t, MPS_EXCCLS(t, TypeError), "'%s' must be callable, not %T", names[i], a[i]);
        any = true;
    }
    if (!any)
        return mps_raise(t, MPS_EXCCLS(t, TypeError),
                         "At least one argument is required.");
    for (int i = 0; i < 3; i++) {
        if (!a[i] || a[i] == MPS_NONE) continue;
        MpsValue l = os_module_attr(t, hook_lists[i]);
        if (l && mps_is_list(l) && mps_list_append(t, l, a[i]) < 0) return MPS_NULL;
    }
    return MPS_NONE;
}

/* ---------------------------------------------------------------- exec */

/* args of execv & co: a non-empty tuple or list of str/bytes, first not empty */
static char **exec_argv(MpsThread *t, const char *fn, MpsValue v)
{
    MpsValue *items;
    int64_t n = mps_seq_items(v, &items);
    if (n < 0) {
        mps_raise(t, MPS_EXCCLS(t, TypeError), "%s() arg 2 must be a tuple or list", fn);
        return NULL;
    }
    if (n == 0) {
        mps_raise(t, MPS_EXCCLS(t, ValueError), "%s() arg 2 must not be empty", fn);
        return NULL;
    }
    char **arr = calloc((size_t)n + 1, sizeof *arr);
    if (!arr) { mps_raise_nomem(t); return NULL; }
    for (int64_t i = 0; i < n; i++) {
        if (mps_is_str(items[i])) arr[i] = (char *)mps_str_data(items[i]);
        else if (mps_is_kind(items[i], MPS_K_BYTES)) arr[i] = (char *)MPS_BYTES(items[i])->data;
        else {
            free(arr);
            mps_raise(t, MPS_EXCCLS(t, TypeError), "expected str, bytes or os.PathLike object, not %T", items[i]);
            return NULL;
        }
    }
    if (!arr[0][0]) {
        free(arr);
        mps_raise(t, MPS_EXCCLS(t, ValueError), "%s() arg 2 first element cannot be empty", fn);
        return NULL;
    }
    return arr;
}

/* env of execve & co: a dict of str → str, as "KEY=VALUE" strings in buf */
static char **exec_env(MpsThread *t, MpsValue env, MpsBuf *buf)
{
    if (!mps_is_dict(env)) {
        /* CPython takes anything with __getitem__ and then asks for keys() */
        if (mps_seq_items(env, &(MpsValue *){0}) >= 0 || mps_is_str(env))
            mps_raise(t, MPS_EXCCLS(t, AttributeError), "'%T' object has no attribute 'keys'", env);
        else
            mps_raise(t, MPS_EXCCLS(t, TypeError), "execve: environment must be a mapping object");
        return NULL;
    }
    MpsDict *d = (MpsDict *)mps_obj(env);
    size_t count = 0, pos = 0;
    MpsValue k, v;
    while (mps_dict_next(d, &pos, &k, &v)) {
        if (!mps_is_str(k) || !mps_is_str(v)) {
            mps_raise(t, MPS_EXCCLS(t, TypeError), "expected str, bytes or os.PathLike object, not %T",
                      mps_is_str(k) ? v : k);
            return NULL;
        }
        if (memchr(mps_str_data(k), '=', mps_str_size(k)) || !mps_str_size(k)) {
            mps_raise(t, MPS_EXCCLS(t, ValueError), "illegal environment variable name");
            return NULL;
        }
        mps_buf_add(buf, mps_str_data(k), mps_str_size(k));
        mps_buf_add(buf, "=", 1);
        mps_buf_add(buf, mps_str_data(v), mps_str_size(v) + 1);   /* with its NUL */
        count++;
    }
    char **arr = calloc(count + 1, sizeof *arr);
    if (!arr) { mps_raise_nomem(t); return NULL; }
    char *p = buf->data;
    for (size_t i = 0; i < count; i++) {
        arr[i] = p;
        p += strlen(p) + 1;
    }
    return arr;
}

/* execvpe's search: PATH of the new environment (or of ours), as CPython */
static void exec_search(const char *file, char **args, char **env)
{
    const char *path = NULL;
    if (env) {
        for (char **e = env; *e; e++)
            if (!strncmp(*e, "PATH=", 5)) path = *e + 5;
    } else {
        path = getenv("PATH");
    }
    if (!path) path = "/bin:/usr/bin";
    int saved = ENOENT;
    char full[4096];
    while (*path || saved == ENOENT) {
        const char *colon = strchr(path, ':');
        size_t n = colon ? (size_t)(colon - path) : strlen(path);
        if (n == 0) snprintf(full, sizeof full, "%s", file);
        else snprintf(full, sizeof full, "%.*s/%s", (int)n, path, file);
        if (env) execve(full, args, env);
        else execv(full, args);
        if (errno != ENOENT && errno != ENOTDIR) saved = errno;
        if (!colon) break;
        path = colon + 1;
    }
    errno = saved;
}

/* which: bit 0 takes env, bit 1 searches PATH */
static MpsValue os_exec_impl(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int which)
{
    static const char *const fn[] = {"execv", "execve", "execvp", "execvpe"};
    int want = which & 1 ? 3 : 2;
    if (mps_args_count(t, fn[which], argc, kw, want, want) < 0) return MPS_NULL;
    const char *path;
    if (mps_is_str(argv[0])) path = mps_str_data(argv[0]);
    else if (mps_is_kind(argv[0], MPS_K_BYTES)) path = (const char *)MPS_BYTES(argv[0])->data;
    else return mps_raise(t, MPS_EXCCLS(t, TypeError),
                          "%s: path should be string, bytes or os.PathLike, not %T", fn[which], argv[0]);
    char **args = exec_argv(t, fn[which], argv[1]);
    if (!args) return MPS_NULL;
    MpsBuf envbuf;
    mps_buf_init(&envbuf);
    char **env = NULL;
    if ((which & 1) && !(env = exec_env(t, argv[2], &envbuf))) {
        free(args);
        mps_buf_free(&envbuf);
        return MPS_NULL;
    }
    /* what was printed must not vanish with this process image (CPython
     * loses unflushed output here; we do not) */
    mps_io_flush_all(t->interp);
    if (which & 2) {
        if (strchr(path, '/')) {
            if (env) execve(path, args, env);
            else execv(path, args);
        } else {
            exec_search(path, args, env);
        }
    } else if (env) {
        execve(path, args, env);
    } else {
        execv(path, args);
    }
    int e = errno;
    free(args);
    free(env);
    mps_buf_free(&envbuf);
    return mps_raise_errno(t, e, NULL);     /* CPython names no file here */
}

static MpsValue os_execv(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_exec_impl(t, argc, argv, kw, 0); }
static MpsValue os_execve(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_exec_impl(t, argc, argv, kw, 1); }
static MpsValue os_execvp(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_exec_impl(t, argc, argv, kw, 2); }
static MpsValue os_execvpe(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_exec_impl(t, argc, argv, kw, 3); }

/* ---------------------------------------------------------------- scheduling and ids */

static const char *const times_fields[] = {"user", "system", "children_user", "children_system", "elapsed"};

static MpsValue os_times(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "times", argc, kw, 0, 0) < 0) return MPS_NULL;
    struct tms tb;
    clock_t c = times(&tb);
    if (c == (clock_t)-1) return mps_raise_errno(t, errno, NULL);
    double hz = (double)sysconf(_SC_CLK_TCK);
    double v[5] = {tb.tms_utime / hz, tb.tms_stime / hz, tb.tms_cutime / hz, tb.tms_cstime / hz, c / hz};
    MpsValue r = mpsl_struct_seq_new(t, &MPSL(t)->times_result_cls, "posix", "times_result", times_fields, 5);
    if (!r) return MPS_NULL;
    MPS_ROOT(t, r);
    for (int i = 0; i < 5; i++)
        if (!(MPS_TUPLE(r)->items[i] = mps_float_new(t, v[i]))) { r = MPS_NULL; break; }
    MPS_UNROOT(t, 1);
    return r;
}

static MpsValue os_sched_getaffinity(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "sched_getaffinity", argc, kw, 1, 1) < 0) return MPS_NULL;
    int pid;
    if (int_arg(t, argv[0], &pid) < 0) return MPS_NULL;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(pid, sizeof set, &set) < 0) return mps_raise_errno(t, errno, NULL);
    MpsValue r = mps_set_new(t, false);
    if (!r) return MPS_NULL;
    MPS_ROOT(t, r);
    for (int c = 0; c < CPU_SETSIZE; c++)
        if (CPU_ISSET(c, &set) && mps_set_add(t, r, mps_from_small(c)) < 0) { r = MPS_NULL; break; }
    MPS_UNROOT(t, 1);
    return r;
}

static MpsValue os_sched_setaffinity(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "sched_setaffinity", argc, kw, 2, 2) < 0) return MPS_NULL;
    int pid;
    if (int_arg(t, argv[0], &pid) < 0) return MPS_NULL;
    MpsValue it = mps_iter(t, argv[1]);
    if (!it) return MPS_NULL;
    MPS_ROOT(t, it);
    cpu_set_t set;
    CPU_ZERO(&set);
    MpsValue x;
    while ((x = mps_next(t, it))) {
        int64_t c;
        if (mps_index(t, x, &c) < 0) break;
        if (c < 0) { mps_raise(t, MPS_EXCCLS(t, ValueError), "negative CPU number"); break; }
        if (c >= CPU_SETSIZE) { mps_raise(t, MPS_EXCCLS(t, ValueError), "CPU number too large"); break; }
        CPU_SET((int)c, &set);
    }
    MPS_UNROOT(t, 1);
    if (t->exc) return MPS_NULL;
    if (sched_setaffinity(pid, sizeof set, &set) < 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}

static MpsValue os_sched_yield(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "sched_yield", argc, kw, 0, 0) < 0) return MPS_NULL;
    if (t->interp->hooks.gil_release) t->interp->hooks.gil_release(t);
    sched_yield();
    if (t->interp->hooks.gil_acquire) t->interp->hooks.gil_acquire(t);
    return MPS_NONE;
}

static MpsValue os_nice(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "nice", argc, kw, 1, 1) < 0) return MPS_NULL;
    int inc;
    if (int_arg(t, argv[0], &inc) < 0) return MPS_NULL;
    errno = 0;
    int r = nice(inc);
    if (r == -1 && errno) return mps_raise_errno(t, errno, NULL);
    return mps_from_small(r);
}

static MpsValue os_getloadavg(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "getloadavg", argc, kw, 0, 0) < 0) return MPS_NULL;
    double l[3];
    if (getloadavg(l, 3) != 3)
        return mps_raise(t, MPS_EXCCLS(t, OSError), "Load averages are unobtainable");
    MpsValue a = mps_float_new(t, l[0]);
    MPS_ROOT(t, a);
    MpsValue b = mps_float_new(t, l[1]);
    MPS_ROOT(t, b);
    MpsValue c = mps_float_new(t, l[2]);
    MPS_UNROOT(t, 2);
    return a && b && c ? mps_tuple_pack(t, 3, a, b, c) : MPS_NULL;
}

/* getuid & co: no arguments, never fail */
#define ID_FN(NAME)                                                                   \
    static MpsValue os_##NAME(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) \
    {                                                                                 \
        (void)argv;                                                                   \
        if (mps_args_count(t, #NAME, argc, kw, 0, 0) < 0) return MPS_NULL;            \
        return mps_from_small((int64_t)NAME());                                       \
    }
ID_FN(geteuid)
ID_FN(getgid)
ID_FN(getegid)
ID_FN(getpgrp)

static MpsValue os_setpgid(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "setpgid", argc, kw, 2, 2) < 0) return MPS_NULL;
    int pid, pg;
    if (int_arg(t, argv[0], &pid) < 0 || int_arg(t, argv[1], &pg) < 0) return MPS_NULL;
    if (setpgid(pid, pg) < 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}

static MpsValue os_abort(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "abort", argc, kw, 0, 0) < 0) return MPS_NULL;
    mps_io_flush_all(t->interp);
    signal(SIGABRT, SIG_DFL);
    abort();
}

static const MpsMethodDef os_proc_functions[] = {
    { "fork", os_fork }, { "kill", os_kill }, { "killpg", os_killpg },
    { "waitpid", os_waitpid }, { "wait", os_wait },
    { "WIFEXITED", os_WIFEXITED }, { "WEXITSTATUS", os_WEXITSTATUS },
    { "WIFSIGNALED", os_WIFSIGNALED }, { "WTERMSIG", os_WTERMSIG },
    { "WIFSTOPPED", os_WIFSTOPPED }, { "WSTOPSIG", os_WSTOPSIG },
    { "waitstatus_to_exitcode", os_waitstatus_to_exitcode },
    { "open", os_open }, { "dup", os_dup }, { "dup2", os_dup2 },
    { "getpgid", os_getpgid }, { "setsid", os_setsid },
    { "register_at_fork", os_register_at_fork },
    { "execv", os_execv }, { "execve", os_execve }, { "execvp", os_execvp }, { "execvpe", os_execvpe },
    { "times", os_times }, { "sched_getaffinity", os_sched_getaffinity },
    { "sched_setaffinity", os_sched_setaffinity }, { "sched_yield", os_sched_yield },
    { "nice", os_nice }, { "getloadavg", os_getloadavg },
    { "geteuid", os_geteuid }, { "getgid", os_getgid }, { "getegid", os_getegid },
    { "getpgrp", os_getpgrp }, { "setpgid", os_setpgid }, { "abort", os_abort },
    { NULL, NULL }
};

void mpsl_os_add_process_functions(MpsThread *t, MpsValue os_module)
{
    mps_dict_add_functions(t, MPS_MODULE(os_module)->dict, os_proc_functions, MPS_NULL);
    mpsl_set(t, os_module, "WUNTRACED", mps_from_small(WUNTRACED));
    mpsl_set(t, os_module, "O_EXCL", mps_from_small(O_EXCL));
    mpsl_set(t, os_module, "O_NONBLOCK", mps_from_small(O_NONBLOCK));
    mps_process_at_fork_child(t->interp, mps_random_reseed);
    MpsValue l = mps_list_new(t, 0);
    if (l) mpsl_set(t, os_module, "_forked", l);
    for (int i = 0; i < 3; i++) {
        MpsValue h = mps_list_new(t, 0);
        if (h) mpsl_set(t, os_module, hook_lists[i], h);
    }
    mps_rt_at_exit(t->interp, wait_forked);
}
