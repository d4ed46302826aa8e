/* gil.h — the global interpreter lock (see runtime/gil.c for the design). */
#ifndef MPS_GIL_H
#define MPS_GIL_H

#include "../vm/interp.h"

typedef struct MpsGil MpsGil;

/* Create the GIL of `in`, held by thread t. Installs the gil_release /
 * gil_acquire hooks. */
void mps_gil_create(MpsInterp *in, MpsThread *t);
void mps_gil_destroy(MpsInterp *in);
void mps_gil_acquire(MpsThread *t);
void mps_gil_release(MpsThread *t);
/* Does t hold the GIL? (true when there is no GIL). Installed as
 * interp->gil_held for the VM's MPS_ASSERT_GIL in debug builds. */
bool mps_gil_held(MpsThread *t);
/* The GIL holder's thread state has just been freed: let the GIL go. */
void mps_gil_release_dead(MpsInterp *in);
/* Eval-breaker slow path: if another thread asked for the GIL, hand it
 * over and wait until that thread has actually taken it. */
void mps_gil_yield(MpsThread *t);
/* In a forked child: build a fresh GIL held by the forking thread t. */
void mps_gil_after_fork_child(MpsInterp *in, MpsThread *t);
/* A thread state is about to be freed: keep its statistics for --gil-stats. */
void mps_gil_thread_done(MpsThread *t);
/* Print the --gil-stats table for this process to stderr. */
void mps_gil_print_stats(MpsInterp *in);
int64_t mps_gil_now_ns(void);

/* Release the GIL around a blocking call:
 *   MPS_BLOCKING(t, n = read(fd, buf, len));  */
#define MPS_BLOCKING(t, stmt)                  \
    do {                                       \
        mps_gil_release(t);                    \
        stmt;                                  \
        mps_gil_acquire(t);                    \
    } while (0)

#endif
