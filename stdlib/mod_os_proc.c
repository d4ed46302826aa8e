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
#include <signal.h>
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
    pid_t pid = mps_process_fork(t, false);
    if (pid < 0) return MPS_NULL;
    MpsValue l = forked_list(t);
    if (pid == 0) {
        if (l) MPS_LIST(l)->len = 0;
        after_fork_child(t);
    } else if (l) {
        mps_list_append(t, l, mps_from_small(pid));
    }
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
    if (!mps_is_str(a[0])) return mps_raise(t, MPS_EXCCLS(t, TypeError), "open: path should be string, not %T", a[0]);
    int flags, mode = 0777;
    if (int_arg(t, a[1], &flags) < 0 || (a[2] && int_arg(t, a[2], &mode) < 0)) return MPS_NULL;
    int fd = open(mps_str_data(a[0]), flags | O_CLOEXEC, mode);
    if (fd < 0) return mps_raise_errno(t, errno, mps_str_data(a[0]));
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

static const MpsMethodDef os_proc_functions[] = {
    { "fork", os_fork }, { "kill", os_kill }, { "killpg", os_killpg },
    { "waitpid", os_waitpid }, { "wait", os_wait },
    { "WIFEXITED", os_WIFEXITED }, { "WEXITSTATUS", os_WEXITSTATUS },
    { "WIFSIGNALED", os_WIFSIGNALED }, { "WTERMSIG", os_WTERMSIG },
    { "WIFSTOPPED", os_WIFSTOPPED }, { "WSTOPSIG", os_WSTOPSIG },
    { "waitstatus_to_exitcode", os_waitstatus_to_exitcode },
    { "open", os_open }, { "dup", os_dup }, { "dup2", os_dup2 },
    { "getpgid", os_getpgid }, { "setsid", os_setsid },
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
    mps_rt_at_exit(t->interp, wait_forked);
}
