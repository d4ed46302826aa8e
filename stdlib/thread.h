/* thread.h — helpers of stdlib/mod_thread.c shared with the other modules
 * that block (queue, multiprocessing): interruptible waits without the GIL. */
#ifndef MPS_STDLIB_THREAD_H
#define MPS_STDLIB_THREAD_H

#include "../vm/interp.h"
#include <pthread.h>
#include <time.h>

MpsValue mps_thread_module_new(MpsThread *t);
/* one wait slice (≤ 20 ms) on cv; 1 if the main thread has a signal pending */
int mps_thread_cond_wait(MpsThread *t, pthread_cond_t *cv, pthread_mutex_t *mu,
                         const struct timespec *deadline);
int mps_thread_deadline_passed(const struct timespec *deadline);
void mps_thread_deadline(struct timespec *ts, double secs);
/* run pending signal handlers: 0, or -1 with KeyboardInterrupt raised */
int mps_thread_check_signals(MpsThread *t);

#endif
