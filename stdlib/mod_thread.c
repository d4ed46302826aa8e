/*
 * mod_thread.c — the `_thread` module: OS threads, locks and reentrant
 * locks. `threading` and `queue` are written in mps on top of it
 * (stdlib/lib/ *.mps), as CPython's threading.py is on top of _thread.
 *
 * Locks are a pthread mutex guarding a `locked` flag plus a condition, not
 * a bare pthread mutex, because a Python Lock may be released by a thread
 * other than the one that acquired it. Every wait releases the GIL and
 * sleeps in short slices so that the main thread notices Ctrl-C.
 */
#include "../vm/interp.h"
#include "../runtime/gil.h"
#include "thread.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

typedef struct Lock {
    MpsNative hdr;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool locked;
    bool reentrant;
    uint64_t owner;         /* RLock: ident of the owner */
    int64_t count;          /* RLock: recursion level */
} Lock;

static void lock_finalize(MpsObj *o)
{
    Lock *l = (Lock *)o;
    pthread_mutex_destroy(&l->mu);
    pthread_cond_destroy(&l->cv);
}

static const MpsNativeType lock_type = { "lock", NULL, lock_finalize };

static uint64_t self_ident(void) { return (uint64_t)pthread_self(); }

static void deadline_after(struct timespec *ts, double secs)
{
    clock_gettime(CLOCK_MONOTONIC, ts);
    int64_t ns = ts->tv_nsec + (int64_t)(secs * 1e9);
    ts->tv_sec += ns / 1000000000;
    ts->tv_nsec = ns % 1000000000;
}

static bool before(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

/* Wait on cond (mutex held) until pred() or the deadline (NULL = none),
 * the GIL already released by the caller. Sleeps in slices of 20 ms so a
 * main thread can see a pending signal: returns 1 when interrupted. */
int mps_thread_cond_wait(MpsThread *t, pthread_cond_t *cv, pthread_mutex_t *mu,
                         const struct timespec *deadline)
{
    struct timespec slice;
    deadline_after(&slice, 0.02);
    if (deadline && before(deadline, &slice)) slice = *deadline;
    pthread_cond_timedwait(cv, mu, &slice);
    if (t == t->interp->main_thread &&
        (atomic_load(&t->interp->eval_breaker) & MPS_BREAK_SIGNAL))
        return 1;
    return 0;
}

int mps_thread_deadline_passed(const struct timespec *deadline)
{
    struct timespec now;
    if (!deadline) return 0;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return !before(&now, deadline);
}

void mps_thread_deadline(struct timespec *ts, double secs) { deadline_after(ts, secs); }

/* Run the pending-signal handler (raises KeyboardInterrupt). 0 ok, -1 raised */
int mps_thread_check_signals(MpsThread *t)
{
    if (t->interp->hooks.on_eval_break &&
        (atomic_load(&t->interp->eval_breaker) & MPS_BREAK_SIGNAL))
        return t->interp->hooks.on_eval_break(t);
    return 0;
}

/* acquire(blocking=True, timeout=-1) → True/False */
static MpsValue lock_acquire_impl(MpsThread *t, Lock *l, bool blocking, double timeout)
{
    uint64_t me = self_ident();
    if (l->reentrant && l->count > 0 && l->owner == me) {
        l->count++;
        return MPS_TRUE;
    }
    pthread_mutex_lock(&l->mu);
    if (!l->locked) {
        l->locked = true;
        pthread_mutex_unlock(&l->mu);
        if (l->reentrant) { l->owner = me; l->count = 1; }
        return MPS_TRUE;
    }
    pthread_mutex_unlock(&l->mu);
    if (!blocking) return MPS_FALSE;

    struct timespec dl, *dlp = NULL;
    if (timeout >= 0) { deadline_after(&dl, timeout); dlp = &dl; }
    for (;;) {
        bool got = false, interrupted = false;
        if (t->interp->hooks.gil_release) t->interp->hooks.gil_release(t);
        pthread_mutex_lock(&l->mu);
        while (l->locked) {
            if (mps_thread_deadline_passed(dlp)) break;
            if (mps_thread_cond_wait(t, &l->cv, &l->mu, dlp)) { interrupted = true; break; }
        }
        if (!l->locked) { l->locked = true; got = true; }
        pthread_mutex_unlock(&l->mu);
        if (t->interp->hooks.gil_acquire) t->interp->hooks.gil_acquire(t);
        if (got) {
            if (l->reentrant) { l->owner = me; l->count = 1; }
            return MPS_TRUE;
        }
        if (!interrupted) return MPS_FALSE;
        if (mps_thread_check_signals(t) < 0) return MPS_NULL;
    }
}

static int lock_release_impl(MpsThread *t, Lock *l)
{
    if (l->reentrant) {
        if (l->count == 0 || l->owner != self_ident()) {
            MPS_RAISE(t, RuntimeError, "cannot release un-acquired lock");
            return -1;
        }
        if (--l->count > 0) return 0;
        l->owner = 0;
    }
    pthread_mutex_lock(&l->mu);
    if (!l->locked) {
        pthread_mutex_unlock(&l->mu);
        MPS_RAISE(t, RuntimeError, "release unlocked lock");
        return -1;
    }
    l->locked = false;
    pthread_cond_signal(&l->cv);
    pthread_mutex_unlock(&l->mu);
    return 0;
}

static Lock *as_lock(MpsThread *t, MpsValue v)
{
    if (!mps_is_kind(v, MPS_K_NATIVE) || ((MpsNative *)v)->ntype != &lock_type) {
        mps_raise(t, MPS_EXCCLS(t, TypeError), "descriptor requires a lock object, got '%T'", v);
        return NULL;
    }
    return (Lock *)v;
}

static MpsValue m_acquire(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = { "self", "blocking", "timeout" };
    MpsValue a[3];
    if (mps_args(t, "acquire", argc, argv, kw, names, 1, 3, a) < 0) return MPS_NULL;
    Lock *l = as_lock(t, a[0]);
    if (!l) return MPS_NULL;
    bool blocking = true;
    double timeout = -1;
    if (a[1]) {
        int b = mps_truthy(t, a[1]);
        if (b < 0) return MPS_NULL;
        blocking = b;
    }
    if (a[2] && a[2] != MPS_NONE) {
        if (mps_to_double(t, a[2], &timeout) < 0) return MPS_NULL;
        if (timeout < 0 && timeout != -1)
            return MPS_RAISE(t, ValueError, "timeout value must be a non-negative number");
        if (!blocking && timeout != -1)
            return MPS_RAISE(t, ValueError, "can't specify a timeout for a non-blocking call");
    }
    return lock_acquire_impl(t, l, blocking, timeout);
}

static MpsValue m_enter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__enter__", argc, kw, 1, 1) < 0) return MPS_NULL;
    Lock *l = as_lock(t, argv[0]);
    if (!l) return MPS_NULL;
    return lock_acquire_impl(t, l, true, -1);
}

static MpsValue m_release(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "release", argc, kw, 1, 4) < 0) return MPS_NULL;
    Lock *l = as_lock(t, argv[0]);
    if (!l || lock_release_impl(t, l) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue m_locked(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "locked", argc, kw, 1, 1) < 0) return MPS_NULL;
    Lock *l = as_lock(t, argv[0]);
    if (!l) return MPS_NULL;
    pthread_mutex_lock(&l->mu);
    bool b = l->locked;
    pthread_mutex_unlock(&l->mu);
    return mps_bool(b);
}

static MpsValue m_is_owned(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_is_owned", argc, kw, 1, 1) < 0) return MPS_NULL;
    Lock *l = as_lock(t, argv[0]);
    if (!l) return MPS_NULL;
    if (l->reentrant) return mps_bool(l->count > 0 && l->owner == self_ident());
    return mps_bool(l->locked);
}

/* Condition support: fully release (RLock: remember the level) … */
static MpsValue m_release_save(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_release_save", argc, kw, 1, 1) < 0) return MPS_NULL;
    Lock *l = as_lock(t, argv[0]);
    if (!l) return MPS_NULL;
    int64_t count = 1;
    if (l->reentrant) {
        if (l->count == 0 || l->owner != self_ident())
            return MPS_RAISE(t, RuntimeError, "cannot release un-acquired lock");
        count = l->count;
        l->count = 1;
    }
    if (lock_release_impl(t, l) < 0) return MPS_NULL;
    return mps_from_small(count);
}

/* … and take it back at the same level */
static MpsValue m_acquire_restore(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_acquire_restore", argc, kw, 2, 2) < 0) return MPS_NULL;
    Lock *l = as_lock(t, argv[0]);
    if (!l) return MPS_NULL;
    int64_t count = 1;
    if (mps_is_small(argv[1])) count = mps_small(argv[1]);
    for (;;) {
        MpsValue r = lock_acquire_impl(t, l, true, -1);
        if (r == MPS_TRUE) break;
        if (!r) {
            /* interrupted: the caller still expects to own the lock */
            MpsValue exc = mps_exc_fetch(t);
            lock_acquire_impl(t, l, true, -1);
            if (l->reentrant) l->count = count;
            return mps_raise_value(t, exc);
        }
    }
    if (l->reentrant) l->count = count;
    return MPS_NONE;
}

static MpsValue m_repr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__repr__", argc, kw, 1, 1) < 0) return MPS_NULL;
    Lock *l = as_lock(t, argv[0]);
    if (!l) return MPS_NULL;
    if (l->reentrant)
        return mps_str_printf(t, "<%s _thread.RLock object owner=%lld count=%lld at %p>",
                              l->count ? "locked" : "unlocked",
                              (long long)(l->count ? l->owner : 0), (long long)l->count, (void *)l);
    return mps_str_printf(t, "<%s _thread.lock object at %p>",
                          l->locked ? "locked" : "unlocked", (void *)l);
}

static const MpsMethodDef lock_methods[] = {
    { "acquire", m_acquire },
    { "release", m_release },
    { "locked", m_locked },
    { "_is_owned", m_is_owned },
    { "_release_save", m_release_save },
    { "_acquire_restore", m_acquire_restore },
    { "__enter__", m_enter },
    { "__exit__", m_release },
    { "acquire_lock", m_acquire },
    { "release_lock", m_release },
    { "__repr__", m_repr },
    { NULL, NULL }
};

static MpsValue new_lock(MpsThread *t, MpsClass *cls, bool reentrant)
{
    MpsValue v = mps_native_new(t, cls, &lock_type, sizeof(Lock));
    if (!v) return MPS_NULL;
    Lock *l = (Lock *)v;
    pthread_mutex_init(&l->mu, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&l->cv, &ca);
    pthread_condattr_destroy(&ca);
    l->reentrant = reentrant;
    return v;
}

static MpsValue lock_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "lock", argc, kw, 0, 0) < 0) return MPS_NULL;
    return new_lock(t, cls, false);
}

static MpsValue rlock_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "RLock", argc, kw, 0, 0) < 0) return MPS_NULL;
    return new_lock(t, cls, true);
}

/* ---------------------------------------------------------------- threads */

static void *thread_main(void *arg)
{
    MpsThread *nt = arg;
    MpsInterp *in = nt->interp;
    mps_tls_thread = nt;
    nt->ident = self_ident();
    mps_gil_acquire(nt);
    /* roots[0..2]: func, args tuple, kwargs dict or None (pushed by the parent) */
    MpsValue func = nt->roots[0], args = nt->roots[1], kwargs = nt->roots[2];
    MpsValue *items = NULL;
    int64_t n = mps_seq_items(args, &items);
    MpsValue r;
    if (kwargs != MPS_NONE && MPS_DICT(kwargs)->len > 0) {
        MpsDict *kd = MPS_DICT(kwargs);
        size_t nk = kd->len;
        MpsValue *av = malloc(sizeof(MpsValue) * (size_t)(n + (int64_t)nk + 1));
        MpsValue names = mps_tuple_new(nt, nk);
        mps_root_push(nt, names);
        for (int64_t i = 0; i < n; i++) av[i] = items[i];
        size_t pos = 0, j = 0;
        MpsValue k, v;
        while (mps_dict_next(kd, &pos, &k, &v)) {
            MPS_TUPLE(names)->items[j] = mps_intern(nt, k);
            av[n + (int64_t)j] = v;
            j++;
        }
        r = mps_call(nt, func, (int)n, av, names);
        free(av);
    } else {
        r = mps_call(nt, func, (int)n, items, MPS_NULL);
    }
    if (!r) {
        if (!mps_exc_matches(nt, MPS_EXCCLS(nt, SystemExit))) {
            MpsValue exc = mps_exc_fetch(nt);
            MpsBuf b;
            mps_buf_init(&b);
            mps_buf_adds(&b, "Unhandled exception in thread started by ");
            MpsValue rep = mps_repr(nt, func);
            if (rep) mps_buf_add(&b, mps_str_data(rep), mps_str_size(rep));
            else mps_exc_clear(nt);
            mps_buf_addc(&b, '\n');
            mps_print_exception(nt, exc, &b);
            if (in->hooks.write_out) in->hooks.write_out(nt, 2, b.data, b.len);
            else fwrite(b.data, 1, b.len, stderr);
            mps_buf_free(&b);
        }
        mps_exc_clear(nt);
    }
    /* last words, still under the GIL: keep the stats, unlink the state,
     * then let the GIL go on behalf of a thread state that is gone */
    nt->gil_hold_ns += mps_gil_now_ns() - nt->gil_taken_at_ns;
    nt->gil_taken_at_ns = mps_gil_now_ns();
    mps_gil_thread_done(nt);
    mps_thread_free(nt);
    mps_tls_thread = NULL;
    mps_gil_release_dead(in);
    return NULL;
}

static MpsValue f_start_new_thread(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "start_new_thread", argc, kw, 2, 3) < 0) return MPS_NULL;
    if (!mps_callable(argv[0]))
        return MPS_RAISE(t, TypeError, "first arg must be callable");
    if (!mps_is_tuple(argv[1]))
        return MPS_RAISE(t, TypeError, "2nd arg must be a tuple");
    MpsValue kwargs = argc > 2 ? argv[2] : MPS_NONE;
    if (kwargs != MPS_NONE && !mps_is_dict(kwargs))
        return MPS_RAISE(t, TypeError, "optional 3rd arg must be a dictionary");
    if (!t->interp->gil) mps_gil_create(t->interp, t);
    MpsThread *nt = mps_thread_new(t->interp);
    if (!nt) return mps_raise_nomem(t);
    mps_root_push(nt, argv[0]);
    mps_root_push(nt, argv[1]);
    mps_root_push(nt, kwargs);
    pthread_t tid;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 16u << 20);
    int rc = pthread_create(&tid, &attr, thread_main, nt);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        mps_thread_free(nt);
        return MPS_RAISE(t, RuntimeError, "can't start new thread");
    }
    return mps_int_from_u64(t, (uint64_t)tid);
}

static MpsValue f_allocate_lock(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "allocate_lock", argc, kw, 0, 0) < 0) return MPS_NULL;
    MpsValue mod = t->interp->modules ? mps_dict_get_cstr(t, t->interp->modules, "_thread") : MPS_NULL;
    MpsValue cls = mod ? mps_dict_get_cstr(t, MPS_MODULE(mod)->dict, "LockType") : MPS_NULL;
    if (!cls || !mps_is_class(cls)) return MPS_RAISE(t, RuntimeError, "_thread.LockType missing");
    return new_lock(t, MPS_CLASS(cls), false);
}

static MpsValue f_get_ident(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "get_ident", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_int_from_u64(t, self_ident());
}

static MpsValue f_get_native_id(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "get_native_id", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_int_from_i64(t, (int64_t)syscall(SYS_gettid));
}

static MpsValue f_count(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "_count", argc, kw, 0, 0) < 0) return MPS_NULL;
    int64_t n = 0;
    for (MpsThread *p = t->interp->threads; p; p = p->next)
        if (p != t->interp->main_thread) n++;
    return mps_int_from_i64(t, n);
}

static MpsValue f_set_name(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_set_name", argc, kw, 1, 1) < 0) return MPS_NULL;
    if (!mps_is_str(argv[0])) return MPS_RAISE(t, TypeError, "name must be str");
    size_t n = mps_str_size(argv[0]);
    if (n >= sizeof t->gil_name) n = sizeof t->gil_name - 1;
    memcpy(t->gil_name, mps_str_data(argv[0]), n);
    t->gil_name[n] = 0;
    return MPS_NONE;
}

/* _print_exception(exc, header=None): traceback to stderr in one write */
static MpsValue f_print_exception(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_print_exception", argc, kw, 1, 2) < 0) return MPS_NULL;
    MpsBuf b;
    mps_buf_init(&b);
    if (argc > 1 && mps_is_str(argv[1])) mps_buf_add(&b, mps_str_data(argv[1]), mps_str_size(argv[1]));
    mps_print_exception(t, argv[0], &b);
    if (t->interp->hooks.write_out) t->interp->hooks.write_out(t, 2, b.data, b.len);
    else fwrite(b.data, 1, b.len, stderr);
    mps_buf_free(&b);
    return MPS_NONE;
}

/* exc formatted into a new str by one of vm/traceback.c's printers */
static MpsValue format_with(MpsThread *t, const char *name, int argc, const MpsValue *argv, MpsValue kw,
                            void (*fmt)(MpsThread *, MpsValue, MpsBuf *))
{
    if (mps_args_count(t, name, argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsBuf b;
    mps_buf_init(&b);
    fmt(t, argv[0], &b);
    return mps_buf_to_str(t, &b);
}

/* _format_exception(exc) → the traceback text, as printed */
static MpsValue f_format_exception(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return format_with(t, "_format_exception", argc, argv, kw, mps_print_exception);
}

/* _format_exception_only(exc) → its last lines ("Type: message", and a
 * SyntaxError's location), for the traceback module */
static MpsValue f_format_exception_only(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return format_with(t, "_format_exception_only", argc, argv, kw, mps_format_exception_only);
}

static const MpsMethodDef thread_functions[] = {
    { "_format_exception", f_format_exception },
    { "_format_exception_only", f_format_exception_only },
    { "start_new_thread", f_start_new_thread },
    { "start_new", f_start_new_thread },
    { "allocate_lock", f_allocate_lock },
    { "allocate", f_allocate_lock },
    { "get_ident", f_get_ident },
    { "get_native_id", f_get_native_id },
    { "_count", f_count },
    { "_set_name", f_set_name },
    { "_print_exception", f_print_exception },
    { NULL, NULL }
};

MpsValue mps_thread_module_new(MpsThread *t)
{
    MpsValue m = mps_module_new(t, "_thread");
    if (!m) return MPS_NULL;
    MpsDict *d = MPS_MODULE(m)->dict;
    mps_dict_add_functions(t, d, thread_functions, MPS_NULL);
    MpsClass *lock = mps_class_new_builtin(t, "lock", MPS_TTYPE(t, OBJECT), MPS_K_NATIVE);
    lock->ctor = lock_ctor;
    mps_class_add_methods(t, lock, lock_methods);
    mps_dict_set_cstr(t, d, "LockType", mps_from_obj(lock));
    mps_dict_set_cstr(t, d, "lock", mps_from_obj(lock));
    MpsClass *rlock = mps_class_new_builtin(t, "RLock", MPS_TTYPE(t, OBJECT), MPS_K_NATIVE);
    rlock->ctor = rlock_ctor;
    mps_class_add_methods(t, rlock, lock_methods);
    mps_dict_set_cstr(t, d, "RLock", mps_from_obj(rlock));
    mps_dict_set_cstr(t, d, "TIMEOUT_MAX", mps_float_new(t, 9223372036.0));
    mps_dict_set_cstr(t, d, "error", mps_from_obj(MPS_EXCCLS(t, RuntimeError)));
    if (!t->ident) t->ident = self_ident();
    if (!t->gil_name[0]) strcpy(t->gil_name, "MainThread");
    return m;
}
