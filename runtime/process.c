/*
 * process.c — fork() made safe for an interpreter with threads.
 *
 * Only the forking thread exists in the child, but every lock another
 * thread held at the instant of fork() stays held there forever. So:
 *   before fork: flush the output streams and take their locks (no other
 *                thread can be half-way through a write); the forking
 *                thread holds the GIL, so no thread is inside the VM;
 *   parent:      release the stream locks;
 *   child:       build fresh stream locks and a fresh GIL (never unlock
 *                an inherited one), free the thread states of threads that
 *                do not exist here, make the forking thread the main
 *                thread, then run the registered child hooks.
 * The hooks live in a small fixed table inside the interpreter's runtime
 * state, so there is no global registry.
 */
#include "process.h"
#include "runtime.h"
#include "gil.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/prctl.h>

typedef struct ForkHooks { MpsForkFn fns[8]; int n; } ForkHooks;

/* The fork hooks hang off the interpreter next to the GIL; allocated on
 * first registration. */
static ForkHooks *hooks_of(MpsInterp *in, bool create)
{
    MpsRuntime *rt = MPS_RT(in);
    if (!rt) return NULL;
    if (!rt->fork_hooks && create) rt->fork_hooks = calloc(1, sizeof(ForkHooks));
    return rt->fork_hooks;
}

void mps_process_at_fork_child(MpsInterp *in, MpsForkFn fn)
{
    ForkHooks *h = hooks_of(in, true);
    if (!h) return;
    for (int i = 0; i < h->n; i++)
        if (h->fns[i] == fn) return;
    if (h->n < 8) h->fns[h->n++] = fn;
}

bool mps_process_is_dead(pid_t pid)
{
    if (pid <= 0) return false;
    if (kill(pid, 0) < 0 && errno == ESRCH) return true;
    char path[64], buf[256];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f) return true;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    char *p = strrchr(buf, ')');
    return p && p[1] == ' ' && (p[2] == 'Z' || p[2] == 'X');
}

pid_t mps_process_fork(MpsThread *t, bool die_with_parent)
{
    MpsInterp *in = t->interp;
    pid_t parent = getpid();
    mps_io_before_fork(in);
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        mps_io_after_fork_parent(in);
        mps_raise_errno(t, e, NULL);
        return -1;
    }
    if (pid > 0) {
        mps_io_after_fork_parent(in);
        return pid;
    }
    /* child */
    mps_io_after_fork_child(in);
    mps_gil_after_fork_child(in, t);
    MpsThread *p = in->threads;
    while (p) {
        MpsThread *next = p->next;
        if (p != t) mps_thread_free(p);
        p = next;
    }
    in->main_thread = t;
    mps_tls_thread = t;
    if (die_with_parent) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) _exit(1);     /* the parent died before prctl */
    }
    ForkHooks *h = hooks_of(in, false);
    if (h)
        for (int i = 0; i < h->n; i++) h->fns[i](t);
    return 0;
}
