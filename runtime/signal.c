/*
 * signal.c — SIGINT becomes KeyboardInterrupt in the main thread, and the
 * handlers set with the `signal` module run there too.
 *
 * The C handler only records the signal and sets MPS_BREAK_SIGNAL in the
 * interpreter's eval breaker; the VM notices the bit at its next backward
 * jump or call and calls the on_eval_break hook, which raises
 * KeyboardInterrupt when it runs in the main thread.
 *
 * A signal handler cannot take a parameter, so it reaches the interpreter
 * through two file-level variables, set once by mps_sig_install: the one
 * deliberate exception (besides the TLS thread pointer) to "no mutable
 * globals". Only the main process's interpreter installs the handler.
 */
#include "runtime.h"
#include "gil.h"
#include <signal.h>
#include <errno.h>
#include <pthread.h>
#include <string.h>

static volatile sig_atomic_t mps_sig_got_int;
static volatile sig_atomic_t mps_sig_got[65];     /* other signals with an mps handler */
static MpsInterp *volatile mps_sig_interp;

static void mps_sig_handler(int sig)
{
    int saved = errno;
    if (sig == SIGINT) mps_sig_got_int = 1;
    else if (sig > 0 && sig < 65) mps_sig_got[sig] = 1;
    MpsInterp *in = mps_sig_interp;
    if (in) {
        atomic_fetch_or(&in->eval_breaker, MPS_BREAK_SIGNAL);
        /* The kernel may deliver a process-directed signal to any thread.
         * Only the main thread raises KeyboardInterrupt, and it may be
         * asleep in a system call (time.sleep, read, waitpid) that only a
         * signal delivered to it interrupts: pass the signal on. */
        MpsThread *mt = in->main_thread;
        uint64_t id = mt ? mt->ident : 0;
        if (id && (pthread_t)id != pthread_self())
            pthread_kill((pthread_t)id, sig);
    }
    errno = saved;
}

void mps_sig_install(MpsInterp *in)
{
    struct sigaction sa, old;
    mps_sig_interp = in;
    /* as CPython: a SIGINT ignored on entry (`cmd &` in a script, nohup,
     * a pool worker's exec) stays ignored */
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = mps_sig_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;        /* no SA_RESTART: blocking calls return EINTR */
    sigaction(SIGINT, &sa, NULL);
}

/* Route signal `sig` to the handlers of the `signal` module (its dict
 * `_handlers`, which the eval-break hook consults in the main thread). */
int mps_sig_catch(MpsInterp *in, int sig)
{
    struct sigaction sa;
    mps_sig_interp = in;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = mps_sig_handler;
    sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, NULL);
}

/* the mps handler registered for sig, or MPS_NULL */
static MpsValue mps_sig_user_handler(MpsThread *t, int sig)
{
    MpsValue mod = mps_dict_get_cstr(t, t->interp->modules, "signal");
    if (!mod || !mps_is_kind(mod, MPS_K_MODULE)) return MPS_NULL;
    MpsValue h = mps_dict_get_cstr(t, MPS_MODULE(mod)->dict, "_handlers");
    if (!h || !mps_is_dict(h)) return MPS_NULL;
    MpsValue f;
    if (mps_dict_lookup(t, MPS_DICT(h), mps_from_small(sig), &f) != 1) return MPS_NULL;
    return mps_callable(f) ? f : MPS_NULL;
}

static int mps_sig_run(MpsThread *t, int sig, MpsValue f)
{
    MpsValue args[2] = { mps_from_small(sig), MPS_NONE };
    MpsValue r = mps_call(t, f, 2, args, MPS_NULL);
    return r ? 0 : -1;
}

bool mps_sig_pending(MpsInterp *in)
{
    (void)in;
    return mps_sig_got_int != 0;
}

void mps_sig_clear(MpsInterp *in)
{
    atomic_fetch_and(&in->eval_breaker, ~MPS_BREAK_SIGNAL);
    mps_sig_got_int = 0;
}

int mps_sig_eval_break(MpsThread *t)
{
    MpsInterp *in = t->interp;
    unsigned bits = atomic_load(&in->eval_breaker);
    if (bits & MPS_BREAK_GIL_DROP) {
        if (in->gil) mps_gil_yield(t);
        else atomic_fetch_and(&in->eval_breaker, ~MPS_BREAK_GIL_DROP);
    }
    /* signals are handled by the main thread only; the bit stays set for it */
    if ((bits & MPS_BREAK_SIGNAL) && t == in->main_thread) {
        atomic_fetch_and(&in->eval_breaker, ~MPS_BREAK_SIGNAL);  /* clear first: a new signal sets it again */
        for (int sig = 1; sig < 65; sig++) {
            if (!mps_sig_got[sig]) continue;
            mps_sig_got[sig] = 0;
            MpsValue f = mps_sig_user_handler(t, sig);
            if (f && mps_sig_run(t, sig, f) < 0) return -1;
        }
        if (mps_sig_got_int) {
            mps_sig_got_int = 0;
            MpsValue f = mps_sig_user_handler(t, SIGINT);
            if (f) return mps_sig_run(t, SIGINT, f);
            mps_raise_value(t, mps_from_obj(MPS_EXCCLS(t, KeyboardInterrupt)));
            return -1;
        }
    }
    return 0;
}
