/* process.h — creating processes safely (see runtime/process.c). */
#ifndef MPS_PROCESS_H
#define MPS_PROCESS_H

#include "../vm/interp.h"
#include <sys/types.h>

typedef void (*MpsForkFn)(MpsThread *t);

/* fork() with the runtime's fork-safety protocol: flush and lock the
 * output streams, fork, rebuild the GIL and the stream locks in the child,
 * drop the other threads' states there, run the registered child hooks
 * (random reseed, …). With die_with_parent the child gets SIGKILL when the
 * parent dies (PR_SET_PDEATHSIG + a getppid() re-check). -1 on error
 * (OSError raised). */
pid_t mps_process_fork(MpsThread *t, bool die_with_parent);
/* run fn in every child forked from now on (at most 8 hooks) */
void mps_process_at_fork_child(MpsInterp *in, MpsForkFn fn);
/* Is pid gone (or a zombie)? */
bool mps_process_is_dead(pid_t pid);

#endif
