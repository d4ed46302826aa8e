/*
 * gil.c — the global interpreter lock.
 *
 * Design (after CPython's Python/ceval_gil.c):
 *
 *  - One GIL per process (MpsInterp.gil): a mutex `mu` guarding the fields
 *    below, a condition `released` signalled whenever the GIL is let go,
 *    and a condition `taken` signalled whenever a thread takes it.
 *  - A thread runs mps code only while `locked` is true and `holder` is
 *    that thread.
 *  - A waiting thread sleeps on `released` for one switch interval
 *    (sys.setswitchinterval, default 5 ms). If the interval passed and no
 *    switch happened meanwhile (`switch_number` unchanged), it sets
 *    `drop_request` and the MPS_BREAK_GIL_DROP bit of the interpreter's
 *    eval breaker.
 *  - The holder tests the eval breaker at backward jumps and calls; on the
 *    drop bit it calls mps_gil_yield(): release, then wait on `taken`
 *    until another thread has actually acquired the GIL (forced
 *    switching), then queue up again. Without the wait the releasing
 *    thread would usually win the race for the mutex again and starve the
 *    others.
 *  - Blocking calls release and re-acquire around the system call
 *    (MPS_BLOCKING). Short calls do not: a thread giving the GIL up for a
 *    microsecond may wait a whole interval to get it back.
 *
 * Invariants:
 *  - `locked` implies `holder != NULL`; both change only under `mu`.
 *  - `switch_number` increases by one at every acquisition.
 *  - The drop bit of the eval breaker is cleared by whoever takes the GIL,
 *    so a stale request never makes the new holder yield at once.
 *  - After fork() the child rebuilds the GIL from scratch
 *    (mps_gil_after_fork_child): the inherited mutex may be held by a
 *    thread that does not exist in the child, so it is never unlocked,
 *    only replaced.
 */
#include "gil.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <errno.h>
#include <unistd.h>

typedef struct GilStat {
    char name[64];
    uint64_t acquires, forced;
    int64_t hold_ns, wait_ns;
} GilStat;

struct MpsGil {
    pthread_mutex_t mu;
    pthread_cond_t released;
    pthread_cond_t taken;
    bool locked;
    MpsThread *holder;
    uint64_t switch_number;
    int waiting;
    atomic_bool drop_request;
    GilStat *done;          /* statistics of threads that have ended */
    size_t ndone, capdone;
};

int64_t mps_gil_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void gil_init(MpsGil *g)
{
    pthread_condattr_t ca;
    pthread_mutex_init(&g->mu, NULL);
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&g->released, &ca);
    pthread_cond_init(&g->taken, &ca);
    pthread_condattr_destroy(&ca);
    g->locked = false;
    __atomic_store_n(&g->holder, NULL, __ATOMIC_RELAXED);
    g->switch_number = 0;
    g->waiting = 0;
    atomic_store(&g->drop_request, false);
}

bool mps_gil_held(MpsThread *t)
{
    MpsGil *g = t->interp->gil;
    /* without the mutex: if t is the holder only t can change that */
    return !g || __atomic_load_n(&g->holder, __ATOMIC_RELAXED) == t;
}

static void hook_release(MpsThread *t) { mps_gil_release(t); }
static void hook_acquire(MpsThread *t) { mps_gil_acquire(t); }

void mps_gil_create(MpsInterp *in, MpsThread *t)
{
    MpsGil *g = calloc(1, sizeof *g);
    if (!g) abort();
    gil_init(g);
    in->gil = g;
    in->hooks.gil_release = hook_release;
    in->hooks.gil_acquire = hook_acquire;
    in->gil_held = mps_gil_held;
    if (!t->gil_name[0]) strcpy(t->gil_name, "MainThread");
    mps_gil_acquire(t);
}

void mps_gil_destroy(MpsInterp *in)
{
    MpsGil *g = in->gil;
    if (!g) return;
    free(g->done);
    free(g);
    in->gil = NULL;
}

static void take(MpsGil *g, MpsThread *t, int64_t now)
{
    g->locked = true;
    __atomic_store_n(&g->holder, t, __ATOMIC_RELAXED);
    g->switch_number++;
    atomic_store(&g->drop_request, false);
    atomic_fetch_and(&t->interp->eval_breaker, ~MPS_BREAK_GIL_DROP);
    pthread_cond_broadcast(&g->taken);
    t->gil_acquires++;
    t->gil_taken_at_ns = now;
}

void mps_gil_acquire(MpsThread *t)
{
    MpsGil *g = t->interp->gil;
    if (!g) return;
    int64_t start = mps_gil_now_ns();
    pthread_mutex_lock(&g->mu);
    if (g->locked) {
        g->waiting++;
        while (g->locked) {
            int64_t interval = t->interp->switch_interval_us * 1000;
            if (interval < 1000) interval = 1000;
            uint64_t seen = g->switch_number;
            struct timespec dl;
            clock_gettime(CLOCK_MONOTONIC, &dl);
            int64_t ns = dl.tv_nsec + interval;
            dl.tv_sec += ns / 1000000000;
            dl.tv_nsec = ns % 1000000000;
            int rc = pthread_cond_timedwait(&g->released, &g->mu, &dl);
            if (rc == ETIMEDOUT && g->locked && g->switch_number == seen) {
                /* the holder had its interval: ask it to let go */
                atomic_store(&g->drop_request, true);
                atomic_fetch_or(&t->interp->eval_breaker, MPS_BREAK_GIL_DROP);
            }
        }
        g->waiting--;
    }
    int64_t now = mps_gil_now_ns();
    t->gil_wait_ns += now - start;
    take(g, t, now);
    pthread_mutex_unlock(&g->mu);
    mps_tls_thread = t;
}

static void drop(MpsGil *g, MpsThread *t)
{
    g->locked = false;
    __atomic_store_n(&g->holder, NULL, __ATOMIC_RELAXED);
    t->gil_hold_ns += mps_gil_now_ns() - t->gil_taken_at_ns;
    pthread_cond_signal(&g->released);
}

void mps_gil_release(MpsThread *t)
{
    MpsGil *g = t->interp->gil;
    if (!g) return;
    MPS_ASSERT_GIL(t);          /* releasing a GIL one does not hold */
    pthread_mutex_lock(&g->mu);
    drop(g, t);
    pthread_mutex_unlock(&g->mu);
}

void mps_gil_release_dead(MpsInterp *in)
{
    MpsGil *g = in->gil;
    pthread_mutex_lock(&g->mu);
    g->locked = false;
    __atomic_store_n(&g->holder, NULL, __ATOMIC_RELAXED);
    pthread_cond_signal(&g->released);
    pthread_mutex_unlock(&g->mu);
}

void mps_gil_yield(MpsThread *t)
{
    MpsGil *g = t->interp->gil;
    if (!g) return;
    pthread_mutex_lock(&g->mu);
    if (!atomic_load(&g->drop_request) || g->holder != t) {
        atomic_fetch_and(&t->interp->eval_breaker, ~MPS_BREAK_GIL_DROP);
        pthread_mutex_unlock(&g->mu);
        return;
    }
    drop(g, t);
    t->gil_forced_drops++;
    /* forced switching: do not compete until someone else has it. The
     * time from here on counts as waiting (the thread wants to run), also
     * the wake-up latency after the other thread took the GIL. */
    int64_t off = mps_gil_now_ns();
    uint64_t seen = g->switch_number;
    while (g->switch_number == seen && g->waiting > 0)
        pthread_cond_wait(&g->taken, &g->mu);
    pthread_mutex_unlock(&g->mu);
    t->gil_wait_ns += mps_gil_now_ns() - off;
    mps_gil_acquire(t);
}

void mps_gil_after_fork_child(MpsInterp *in, MpsThread *t)
{
    MpsGil *g = in->gil;
    if (!g) return;
    /* the inherited mutex may be owned by a thread that is gone: rebuild */
    GilStat *done = g->done;
    size_t ndone = g->ndone, capdone = g->capdone;
    memset(g, 0, sizeof *g);
    gil_init(g);
    g->done = done;
    g->ndone = ndone;
    g->capdone = capdone;
    g->ndone = 0;              /* the child reports only its own threads */
    t->gil_acquires = t->gil_forced_drops = 0;
    t->gil_hold_ns = t->gil_wait_ns = 0;
    take(g, t, mps_gil_now_ns());
}

void mps_gil_thread_done(MpsThread *t)
{
    MpsGil *g = t->interp->gil;
    if (!g) return;
    pthread_mutex_lock(&g->mu);
    if (g->ndone == g->capdone) {
        size_t cap = g->capdone ? g->capdone * 2 : 8;
        GilStat *n = realloc(g->done, cap * sizeof *n);
        if (!n) { pthread_mutex_unlock(&g->mu); return; }
        g->done = n;
        g->capdone = cap;
    }
    GilStat *s = &g->done[g->ndone++];
    memcpy(s->name, t->gil_name, sizeof s->name);
    s->name[sizeof s->name - 1] = 0;
    s->acquires = t->gil_acquires;
    s->forced = t->gil_forced_drops;
    s->hold_ns = t->gil_hold_ns;
    s->wait_ns = t->gil_wait_ns;
    pthread_mutex_unlock(&g->mu);
}

static void print_row(FILE *f, const char *name, uint64_t acq, int64_t hold,
                      int64_t wait, uint64_t forced)
{
    fprintf(f, "  %-24s %12llu %12.1f %12.1f %10llu\n", name[0] ? name : "?",
            (unsigned long long)acq, hold / 1e6, wait / 1e6,
            (unsigned long long)forced);
}

void mps_gil_print_stats(MpsInterp *in)
{
    MpsGil *g = in->gil;
    if (!g) return;
    FILE *f = stderr;
    fprintf(f, "GIL statistics for process %d:\n", (int)getpid());
    fprintf(f, "  %-24s %12s %12s %12s %10s\n", "thread", "acquisitions",
            "held (ms)", "waited (ms)", "forced");
    for (size_t i = 0; i < g->ndone; i++) {
        GilStat *s = &g->done[i];
        print_row(f, s->name, s->acquires, s->hold_ns, s->wait_ns, s->forced);
    }
    int64_t now = mps_gil_now_ns();
    for (MpsThread *t = in->threads; t; t = t->next) {
        int64_t hold = t->gil_hold_ns;
        if (g->holder == t) hold += now - t->gil_taken_at_ns;
        print_row(f, t->gil_name, t->gil_acquires, hold, t->gil_wait_ns,
                  t->gil_forced_drops);
    }
    fflush(f);
}
