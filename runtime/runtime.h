/*
 * runtime.h — the runtime's own interface: output streams, import,
 * running source, signals, the REPL and the exit path.
 *
 * The per-process runtime state (MpsRuntime) hangs off interp->runtime.
 * It is created by mps_rt_init() in main.c, the composition root. Other
 * runtime/ and stdlib/ files may append fields at the end of MpsRuntime
 * (with a comment naming their file).
 */
#ifndef MPS_RUNTIME_H
#define MPS_RUNTIME_H

#include "../vm/interp.h"
#include <pthread.h>

#define MPS_VERSION "0.1.0"

/* ---------------------------------------------------------------- output (io.c) */

/* One output stream (fd 1 or 2) with mps's buffering rules. */
typedef struct MpsIoStream {
    int fd;
    bool line;              /* flush at every newline (a tty, or stderr) */
    bool pipe;              /* a pipe/socket: write in ≤ PIPE_BUF line-aligned chunks */
    bool broken;            /* EPIPE seen: drop further output */
    char *buf;
    size_t len, cap;
    pthread_mutex_t mu;     /* writers of several threads; never wait for the GIL under it */
} MpsIoStream;

typedef void (*MpsExitFn)(MpsThread *t);

typedef struct MpsRuntime {
    MpsIoStream out, err;
    bool interactive;       /* a REPL is running (prompts on stdout) */
    bool gil_stats;         /* --gil-stats: print the GIL table at exit */
    bool exit_by_sigint;    /* uncaught KeyboardInterrupt: re-raise SIGINT at exit */
    const char *executable; /* absolute path of this binary (sys.executable, spawn) */
    const char *main_path;  /* the main script as given, or NULL (-c, REPL, stdin) */
    bool spawn_bootstrap;   /* a spawned child is running the main script as __mp_main__ */
    MpsExitFn exit_fns[16]; /* run last-registered first by mps_rt_exit */
    int nexit_fns;
    void *fork_hooks;       /* process.c: functions run in forked children */
} MpsRuntime;

#define MPS_RT(in) ((MpsRuntime *)(in)->runtime)

/* Set up interp->runtime and the runtime hooks (write_out, import,
 * on_eval_break) and the SIGINT handler. Call before mps_stdlib_init. */
void mps_rt_init(MpsThread *t);

/* The write_out hook. Each call's text is appended under the stream's
 * mutex, so text passed in ONE call (print() should build its whole line
 * first) is never split by other threads; complete lines leave in one
 * write(2) (≤ PIPE_BUF on pipes, so processes do not split them either).
 * stdout: buffered (8 KiB) when not a tty, line-buffered on a tty;
 * stderr: line-buffered (as CPython ≥ 3.9). Other fds: written at once. */
void mps_io_write(MpsThread *t, int fd, const char *s, size_t n);
void mps_io_flush(MpsInterp *in, int fd);          /* 1 or 2 */
void mps_io_flush_all(MpsInterp *in);              /* at exit, before fork, input() */
/* fork(): call mps_io_before_fork (flushes, takes the stream locks) before
 * it, then one of the two after-fork calls in parent and child. */
void mps_io_before_fork(MpsInterp *in);
void mps_io_after_fork_parent(MpsInterp *in);
void mps_io_after_fork_child(MpsInterp *in);       /* fresh locks, empty buffers */
void mps_io_set_unbuffered(MpsInterp *in);         /* -u */
void mps_io_init(MpsRuntime *rt);                  /* by mps_rt_init */

/* ---------------------------------------------------------------- import (import.c) */

/* The import hook: CPython's __import__(name, fromlist=fromlist,
 * level=level) with the caller's globals taken from the running frame.
 * Returns the top package when fromlist is empty/None, else the leaf. */
MpsValue mps_import_hook(MpsThread *t, MpsValue name, MpsValue fromlist, int level);
/* import one dotted module by absolute name and return it (the leaf) */
MpsValue mps_import_module(MpsThread *t, const char *name);
/* the file that `import name` would load (malloc'd path), or NULL */
char *mps_import_find_file(MpsThread *t, const char *name, bool *is_package);

/* ---------------------------------------------------------------- running code (run.c) */

/* Read a whole file into a NUL-terminated malloc'd buffer; a "#!" first
 * line is blanked (line numbers kept) and a UTF-8 BOM skipped. NULL with
 * errno on failure. */
char *mps_rt_read_source(const char *path, size_t *len);
/* Compile src (NUL-terminated) as a module and run it in globals.
 * MPS_NULL with an exception on failure. */
MpsValue mps_rt_exec_source(MpsThread *t, const char *src, size_t len,
                            const char *filename, MpsDict *globals);
/* Read, compile and run a file (OSError when it cannot be read). */
MpsValue mps_rt_exec_file(MpsThread *t, const char *path, MpsDict *globals);
/* The precompiled code object of embedded stdlib module `name`, or
 * MPS_NULL without an exception when there is none (runtime/freeze.c). */
MpsValue mps_freeze_code(MpsThread *t, const char *name);
/* Build step `mps --freeze OUT.c`: precompile the embedded stdlib. */
int mps_freeze_write(MpsThread *t, const char *path);
/* A new module `name` registered in sys.modules, with __name__, __file__
 * (absolute; omitted when file is NULL), __builtins__, __doc__, __package__. */
MpsValue mps_rt_new_module(MpsThread *t, const char *name, const char *file);
/* The pending exception ended the program: print it as CPython does and
 * return the exit status (SystemExit code; 1; 130 for KeyboardInterrupt,
 * which also makes mps_rt_exit re-raise SIGINT). Clears the exception. */
int mps_rt_report_exit(MpsThread *t);
/* End the process: run the exit functions (thread joins, child reaping,
 * GIL statistics), flush the streams, exit(status). */
_Noreturn void mps_rt_exit(MpsThread *t, int status);
/* Register fn to run at mps_rt_exit, before output is flushed. 0 / -1 (full). */
int mps_rt_at_exit(MpsInterp *in, MpsExitFn fn);

/* ---------------------------------------------------------------- signals (signal.c) */

/* Install the SIGINT handler for this interpreter (the main process). */
void mps_sig_install(MpsInterp *in);
/* The on_eval_break hook: hands the GIL over on a drop request, raises
 * KeyboardInterrupt in the main thread after SIGINT. 0 / -1. */
int mps_sig_eval_break(MpsThread *t);
/* Route `sig` to the mps handlers of the `signal` module (its dict
 * `_handlers`); they run in the main thread at the next eval break. */
int mps_sig_catch(MpsInterp *in, int sig);
/* Is a SIGINT pending (not yet turned into KeyboardInterrupt)? */
bool mps_sig_pending(MpsInterp *in);
/* Forget a pending SIGINT (the REPL discards the line instead). */
void mps_sig_clear(MpsInterp *in);

/* ---------------------------------------------------------------- REPL (repl.c) */

/* Read-eval-print loop in the globals of `module` until EOF or SystemExit.
 * Returns the exit status. */
int mps_repl_run(MpsThread *t, MpsValue module, bool banner);

#endif
