/*
 * mod_signal.c — `_signal`, the C half of the `signal` module: set a
 * signal's disposition (default, ignore, or caught by the runtime's
 * handler, which runs the mps handler in the main thread), query it,
 * alarm, pause and raise. stdlib/lib/signal.mps keeps the handlers.
 */
#include "lib.h"
#include "../runtime/runtime.h"
#include <errno.h>
#include <signal.h>
#include <unistd.h>

static int sig_arg(MpsThread *t, MpsValue v, int *sig)
{
    int64_t s;
    if (mps_index(t, v, &s) < 0) return -1;
    if (s < 1 || s >= NSIG) { MPS_RAISE(t, ValueError, "signal number out of range"); return -1; }
    *sig = (int)s;
    return 0;
}

/* _set(sig, mode): 0 default, 1 ignore, 2 caught (mps handler) */
static MpsValue f_set(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_set", argc, kw, 2, 2) < 0) return MPS_NULL;
    int sig;
    int64_t mode;
    if (sig_arg(t, argv[0], &sig) < 0 || mps_index(t, argv[1], &mode) < 0) return MPS_NULL;
    if (t != t->interp->main_thread)
        return MPS_RAISE(t, ValueError, "signal only works in main thread of the main interpreter");
    if (sig == SIGKILL || sig == SIGSTOP) return mps_raise_errno(t, EINVAL, NULL);
    int rc;
    if (mode == 2) {
        rc = mps_sig_catch(t->interp, sig);
    } else {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = mode == 1 ? SIG_IGN : SIG_DFL;
        sigemptyset(&sa.sa_mask);
        rc = sigaction(sig, &sa, NULL);
    }
    if (rc < 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}

/* _get(sig) → 0 default, 1 ignored, 2 caught */
static MpsValue f_get(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_get", argc, kw, 1, 1) < 0) return MPS_NULL;
    int sig;
    if (sig_arg(t, argv[0], &sig) < 0) return MPS_NULL;
    struct sigaction old;
    if (sigaction(sig, NULL, &old) < 0) return mps_raise_errno(t, errno, NULL);
    if (old.sa_handler == SIG_DFL) return mps_from_small(0);
    if (old.sa_handler == SIG_IGN) return mps_from_small(1);
    return mps_from_small(2);
}

static MpsValue f_alarm(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "alarm", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t secs;
    if (mps_index(t, argv[0], &secs) < 0) return MPS_NULL;
    return mps_from_small(alarm((unsigned)secs));
}

static MpsValue f_pause(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "pause", argc, kw, 0, 0) < 0) return MPS_NULL;
    if (t->interp->hooks.gil_release) t->interp->hooks.gil_release(t);
    pause();
    if (t->interp->hooks.gil_acquire) t->interp->hooks.gil_acquire(t);
    if (t->interp->hooks.on_eval_break && t->interp->hooks.on_eval_break(t) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue f_raise_signal(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "raise_signal", argc, kw, 1, 1) < 0) return MPS_NULL;
    int sig;
    if (sig_arg(t, argv[0], &sig) < 0) return MPS_NULL;
    if (raise(sig) != 0) return mps_raise_errno(t, errno, NULL);
    /* a caught signal runs its handler before we return, as in CPython */
    if (t->interp->hooks.on_eval_break && t->interp->hooks.on_eval_break(t) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue f_strsignal(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "strsignal", argc, kw, 1, 1) < 0) return MPS_NULL;
    int sig;
    if (sig_arg(t, argv[0], &sig) < 0) return MPS_NULL;
    const char *s = strsignal(sig);
    return s ? mps_str_cstr_new(t, s) : MPS_NONE;
}

static const MpsMethodDef signal_functions[] = {
    { "_set", f_set }, { "_get", f_get }, { "alarm", f_alarm }, { "pause", f_pause },
    { "raise_signal", f_raise_signal }, { "strsignal", f_strsignal },
    { NULL, NULL }
};

MpsValue mps_signal_module_new(MpsThread *t)
{
    static const struct { const char *name; int sig; } names[] = {
        { "SIGHUP", SIGHUP }, { "SIGINT", SIGINT }, { "SIGQUIT", SIGQUIT }, { "SIGILL", SIGILL },
        { "SIGTRAP", SIGTRAP }, { "SIGABRT", SIGABRT }, { "SIGBUS", SIGBUS }, { "SIGFPE", SIGFPE },
        { "SIGKILL", SIGKILL }, { "SIGUSR1", SIGUSR1 }, { "SIGSEGV", SIGSEGV }, { "SIGUSR2", SIGUSR2 },
        { "SIGPIPE", SIGPIPE }, { "SIGALRM", SIGALRM }, { "SIGTERM", SIGTERM }, { "SIGCHLD", SIGCHLD },
        { "SIGCONT", SIGCONT }, { "SIGSTOP", SIGSTOP }, { "SIGTSTP", SIGTSTP }, { "SIGTTIN", SIGTTIN },
        { "SIGTTOU", SIGTTOU }, { "SIGURG", SIGURG }, { "SIGXCPU", SIGXCPU }, { "SIGXFSZ", SIGXFSZ },
        { "SIGVTALRM", SIGVTALRM }, { "SIGPROF", SIGPROF }, { "SIGWINCH", SIGWINCH }, { "SIGIO", SIGIO },
        { "SIGSYS", SIGSYS },
    };
    MpsValue m = mpsl_module(t, "_signal", signal_functions);
    if (!m) return MPS_NULL;
    MPS_ROOT(t, m);
    MpsValue sigs = mps_list_new(t, 0);
    if (sigs) mpsl_set(t, m, "_names", sigs);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        mpsl_set(t, m, names[i].name, mps_from_small(names[i].sig));
        if (sigs) mps_list_append(t, sigs, mps_tuple_pack(t, 2, mps_str_cstr_new(t, names[i].name),
                                                        mps_from_small(names[i].sig)));
    }
    mpsl_set(t, m, "NSIG", mps_from_small(NSIG));
    MPS_UNROOT(t, 1);
    return m;
}
