/*
 * interp.h — the per-process interpreter state (MpsInterp), the per-thread
 * state (MpsThread), exceptions and the hooks by which the runtime plugs
 * into the VM.
 *
 * All mutable interpreter state lives in these two structs. The only
 * mutable global is the thread-local pointer mps_tls_thread (the running
 * thread), used where no `t` parameter can be passed (signal-safe code
 * never touches it).
 *
 * vm/ does not include runtime/ or stdlib/ or grammar/: whatever the VM
 * needs from them (compiling source for `import`, the GIL's slow path,
 * printing to stdout) it calls through MpsHooks, filled in by the runtime
 * at start-up.
 */
#ifndef MPS_INTERP_H
#define MPS_INTERP_H

#include "object.h"
#include <stdatomic.h>

/* The exception hierarchy of SPEC §3 (name, base). Order: bases first. */
#define MPS_EXCEPTIONS(X)                                  \
    X(BaseException, BaseException)                        \
    X(SystemExit, BaseException)                           \
    X(KeyboardInterrupt, BaseException)                    \
    X(GeneratorExit, BaseException)                        \
    X(Exception, BaseException)                            \
    X(ArithmeticError, Exception)                          \
    X(ZeroDivisionError, ArithmeticError)                  \
    X(OverflowError, ArithmeticError)                      \
    X(FloatingPointError, ArithmeticError)                 \
    X(AssertionError, Exception)                           \
    X(AttributeError, Exception)                           \
    X(BufferError, Exception)                              \
    X(EOFError, Exception)                                 \
    X(ImportError, Exception)                              \
    X(ModuleNotFoundError, ImportError)                    \
    X(LookupError, Exception)                              \
    X(IndexError, LookupError)                             \
    X(KeyError, LookupError)                               \
    X(MemoryError, Exception)                              \
    X(NameError, Exception)                                \
    X(UnboundLocalError, NameError)                        \
    X(OSError, Exception)                                  \
    X(FileNotFoundError, OSError)                          \
    X(FileExistsError, OSError)                            \
    X(IsADirectoryError, OSError)                          \
    X(NotADirectoryError, OSError)                         \
    X(ConnectionError, OSError)                            \
    X(BrokenPipeError, ConnectionError)                    \
    X(ConnectionAbortedError, ConnectionError)             \
    X(ConnectionRefusedError, ConnectionError)             \
    X(ConnectionResetError, ConnectionError)               \
    X(BlockingIOError, OSError)                            \
    X(ProcessLookupError, OSError)                         \
    X(ChildProcessError, OSError)                          \
    X(PermissionError, OSError)                            \
    X(TimeoutError, OSError)                               \
    X(InterruptedError, OSError)                           \
    X(ReferenceError, Exception)                           \
    X(RuntimeError, Exception)                             \
    X(NotImplementedError, RuntimeError)                   \
    X(RecursionError, RuntimeError)                        \
    X(StopIteration, Exception)                            \
    X(StopAsyncIteration, Exception)                       \
    X(SyntaxError, Exception)                              \
    X(IndentationError, SyntaxError)                       \
    X(TabError, IndentationError)                          \
    X(SystemError, Exception)                              \
    X(TypeError, Exception)                                \
    X(ValueError, Exception)                               \
    X(UnicodeError, ValueError)                            \
    X(UnicodeDecodeError, UnicodeError)                    \
    X(UnicodeEncodeError, UnicodeError)                    \
    X(Warning, Exception)                                  \
    X(DeprecationWarning, Warning)                         \
    X(RuntimeWarning, Warning)                             \
    X(UserWarning, Warning)                                \
    X(PendingDeprecationWarning, Warning)                  \
    X(SyntaxWarning, Warning)                              \
    X(FutureWarning, Warning)                              \
    X(ImportWarning, Warning)                              \
    X(UnicodeWarning, Warning)                             \
    X(BytesWarning, Warning)                               \
    X(ResourceWarning, Warning)                            \
    X(EncodingWarning, Warning)

typedef enum {
#define MPS_EXC_ENUM(name, base) MPS_EXC_##name,
    MPS_EXCEPTIONS(MPS_EXC_ENUM)
#undef MPS_EXC_ENUM
    MPS_EXC__COUNT
} MpsExcId;

/* Hooks the runtime installs (runtime/ fills them, vm/ only calls them). */
typedef struct MpsHooks {
    /* import a module by dotted name (absolute); returns the module */
    MpsValue (*import)(MpsThread *t, MpsValue name, MpsValue fromlist, int level);
    /* eval breaker slow path: GIL drop request, pending signals */
    int (*on_eval_break)(MpsThread *t);     /* 0 ok, -1 exception raised */
    /* write text to stdout / stderr with mps's buffering rules */
    void (*write_out)(MpsThread *t, int fd, const char *s, size_t n);
    /* release / re-acquire the GIL around a blocking call */
    void (*gil_release)(MpsThread *t);
    void (*gil_acquire)(MpsThread *t);
    /* stdlib: create the built-in module `name`, or MPS_NULL (no error) if
     * there is none by that name */
    MpsValue (*builtin_module)(MpsThread *t, const char *name);
} MpsHooks;

/* eval_breaker bits */
#define MPS_BREAK_GIL_DROP   1u   /* another thread waits for the GIL */
#define MPS_BREAK_SIGNAL     2u   /* a signal arrived */
#define MPS_BREAK_GC         4u   /* the allocation budget is spent */
#define MPS_BREAK_ASYNC_EXC  8u   /* something for this thread to raise */

struct MpsInterp {
    /* heap (vm/gc.c) */
    MpsObj *gc_objects;
    size_t gc_allocated;          /* bytes since the last collection */
    size_t gc_threshold;
    size_t gc_live;               /* bytes live after the last collection */
    bool gc_disabled;

    /* the VM's own attention word: tested at backward jumps and calls */
    atomic_uint eval_breaker;

    MpsDict *interned;            /* str → str */
    MpsDict *modules;             /* sys.modules */
    MpsDict *builtins;            /* the builtins module's dict */
    MpsValue builtins_module;
    MpsValue main_module;

    MpsClass *types[MPS_T__COUNT];    /* built-in classes, by kind or MPS_T_* */
    MpsClass *exc[MPS_EXC__COUNT];    /* built-in exception classes */

    /* Frequently used interned strings: "__init__", "__name__", … */
    MpsValue s_init, s_name, s_main, s_call, s_repr, s_str, s_iter, s_next,
             s_len, s_getitem, s_setitem, s_delitem, s_contains, s_eq, s_ne,
             s_lt, s_le, s_gt, s_ge, s_hash, s_bool, s_enter, s_exit,
             s_getattr, s_module, s_qualname, s_doc, s_dict, s_class,
             s_builtins, s_file, s_args, s_new;

    MpsThread *threads;           /* all thread states of this process */
    MpsThread *main_thread;

    MpsHooks hooks;
    void *runtime;                /* runtime/ private state (process table, I/O) */
    struct MpsGil *gil;           /* runtime/gil.c; NULL until threads are used */
    void *stdlib;                 /* stdlib/ private state */

    MpsValue argv;                /* sys.argv list */
    MpsValue path;                /* sys.path list */
    int recursion_limit;          /* default 1000 */
    int64_t switch_interval_us;   /* default 5000 */

    /* (appended, vm/gc.c, vm/error.c, vm/class.c) */
    void *gc;                     /* vm/gc.c private state: mark stack, C roots */
    MpsValue nomem_exc;           /* preallocated MemoryError for mps_raise_nomem */
    uint32_t class_epoch;         /* source of MpsClass.version: unique, never 0 */
    void *attr_names;             /* vm/class.c private: C string → interned str cache */
    /* (appended, runtime/gil.c) does t hold the GIL? NULL until the GIL
     * exists; used by MPS_ASSERT_GIL in debug builds */
    bool (*gil_held)(MpsThread *t);
    /* (appended, vm/str.c) shared immutable small strs, created lazily and
     * marked as roots by the GC: the 1-character ASCII strings (also
     * str(0)..str(9)), str() of the small ints 10..255, and '' */
    MpsValue str_char[128];
    MpsValue str_int[256];
    MpsValue str_empty;
    /* (appended, vm/vm.c) classes whose call the VM runs inline: the class,
     * its version when cached, and its plain mps __init__ (or MPS_NULL).
     * Keyed by version, which is unique and bumped on any change, so an
     * entry is never stale; `init` is reachable from the class while the
     * entry can match. */
    struct { MpsClass *cls; uint32_t version; MpsValue init; } init_cache[256];
};

/* one per OS thread that runs mps code */
struct MpsThread {
    MpsInterp *interp;
    MpsThread *next;              /* in interp->threads */

    /* VM state (vm/vm.c owns these) */
    MpsValue *stack;              /* value stack shared by all frames of this thread */
    MpsValue *stack_end;
    struct MpsFrame *frame;       /* innermost running frame */
    int depth;                    /* current call depth, for RecursionError */

    /* exceptions */
    MpsValue exc;                 /* the exception being raised, or MPS_NULL */
    MpsValue handled;             /* innermost exception being handled (sys.exc_info / context) */

    /* temporary GC roots pushed by C code */
    MpsValue *roots;
    int nroots, roots_cap;

    void *runtime;                /* runtime/ private per-thread state */
    /* GIL accounting (runtime/gil.c, printed by --gil-stats) */
    uint64_t gil_acquires, gil_forced_drops;
    int64_t gil_hold_ns, gil_wait_ns, gil_taken_at_ns;
    char gil_name[64];            /* thread name for the stats table */
    uint64_t ident;               /* threading.get_ident() */

    /* added by the VM (vm/vm.c owns these): first free slot of `stack`
     * above the innermost on-stack frame, and the count of nested C-level
     * entries of the eval loop (guards the C stack) */
    MpsValue *vm_top;
    int cdepth;
    char *vm_cstack_limit;        /* lowest safe C stack address (vm/vm.c), 0 = unknown */
    /* (appended, vm/ops.c) containers whose repr is in progress, to print
     * a recursive one as [...] */
    MpsValue *repr_stack;
    int repr_n, repr_cap;
    /* (appended, vm/str.c) the last code point -> byte offset looked up in
     * a non-ASCII str, so s[i] in a loop is not quadratic; cleared by every
     * collection (the str may die and its address be reused) */
    MpsValue sofs_str;
    size_t sofs_cp, sofs_off;
    /* (appended, runtime/serialize.c) pickle mode of this thread: the
     * PicklingError class while pickle.dumps runs (the pickle module keeps
     * it alive), and whether pickle.loads runs */
    MpsValue ser_pickling;
    bool ser_unpickling;
    /* (appended, stdlib/mod_os.c) copies of the paths __fspath__ returned */
    char *os_path_ring[4];
    unsigned os_path_next;
};

extern _Thread_local MpsThread *mps_tls_thread;

#define MPS_TYPE(t, K)   ((t)->interp->types[MPS_K_##K])
#define MPS_TTYPE(t, K)  ((t)->interp->types[MPS_T_##K])
#define MPS_EXCCLS(t, N) ((t)->interp->exc[MPS_EXC_##N])

/* ---------------------------------------------------------------- lifecycle (vm/interp.c) */

/* Create an interpreter and its main thread state: heap, interned strings,
 * built-in classes, exception classes, empty builtins dict. The caller
 * (runtime) then installs hooks, stdlib registers the builtins and modules. */
MpsThread *mps_interp_new(void);
void mps_interp_free(MpsInterp *in);
MpsThread *mps_thread_new(MpsInterp *in);     /* a new thread state, linked in */
void mps_thread_free(MpsThread *t);           /* unlink and free */

/* ---------------------------------------------------------------- errors (vm/error.c) */

/* Raise cls(message). Format directives: the printf ones (%s %d %ld %lld
 * %zu %zd %c %x %%), plus %R = repr of an MpsValue, %S = str of an MpsValue,
 * %T = type name of an MpsValue. Returns MPS_NULL so that
 * `return mps_raise(...)` works in value-returning functions. */
MpsValue mps_raise(MpsThread *t, MpsClass *cls, const char *fmt, ...);
#define mps_raise_id(t, id, ...) mps_raise((t), (t)->interp->exc[(id)], __VA_ARGS__)
#define MPS_RAISE(t, N, ...) mps_raise((t), MPS_EXCCLS(t, N), __VA_ARGS__)
MpsValue mps_raise_value(MpsThread *t, MpsValue exc_or_class); /* raise X */
MpsValue mps_raise_errno(MpsThread *t, int err, const char *filename); /* OSError subclass by errno */
MpsValue mps_raise_nomem(MpsThread *t);
MpsValue mps_exc_new(MpsThread *t, MpsClass *cls, MpsValue args_tuple);
int mps_exc_matches(MpsThread *t, MpsClass *cls);   /* the pending exception is a cls */
MpsValue mps_exc_fetch(MpsThread *t);               /* take the pending exception, clear it */
void mps_exc_clear(MpsThread *t);
/* print "Traceback (most recent call last):" … "ValueError: msg" with cause
 * and context chains, as CPython (vm/traceback.c) */
void mps_print_exception(MpsThread *t, MpsValue exc, MpsBuf *out);
/* "ValueError: msg" / "ValueError" line only */
void mps_format_exception_only(MpsThread *t, MpsValue exc, MpsBuf *out);

/* (appended, vm/error.c) str(exc) / repr(exc) for kind EXCEPTION by
 * CPython's rules: no args → '', one arg → str(arg) (KeyError: repr(arg)),
 * else str(args); OSError "[Errno 2] msg: 'file'"; repr "ValueError('msg')".
 * They ignore user __str__/__repr__ (the caller looks those up first). */
MpsValue mps_exc_str(MpsThread *t, MpsValue exc);
MpsValue mps_exc_repr(MpsThread *t, MpsValue exc);
/* (appended, vm/gc.c) free every object: interpreter teardown only */
void mps_gc_free_all(MpsInterp *in);
/* (appended, vm/class.c) note a change to c's dict made behind
 * mps_setattr's back (direct mps_dict_set on c->dict): bumps the version
 * of c and its subclasses. c == NULL: forget every cached class lookup
 * (after filling built-in class dicts directly at start-up). */
void mps_class_modified(MpsThread *t, MpsClass *c);
/* (appended) start-up steps internal to vm/interp.c, error.c, class.c */
void mps_error_init(MpsThread *t);            /* the classes of MPS_EXCEPTIONS */
void mps_class_init(MpsThread *t);            /* methods of object and type */
/* fill name/qualname/module/bases/mro/dict of a class allocated during bootstrap */
void mps_class_setup_builtin(MpsThread *t, MpsClass *c, const char *name, MpsClass *base);
/* (appended, runtime/gil.c) debug builds (AddressSanitizer, or -DMPS_DEBUG):
 * assert that t holds the GIL where the VM requires it (eval loop entry,
 * garbage collection). Free in release builds. */
#if defined(__SANITIZE_ADDRESS__) || defined(MPS_DEBUG)
#include <assert.h>
#define MPS_ASSERT_GIL(t) assert(!(t)->interp->gil_held || (t)->interp->gil_held(t))
#else
#define MPS_ASSERT_GIL(t) ((void)0)
#endif

/* (appended, vm/str.c) cached strs (see MpsInterp.str_char): the
 * 1-character str of an ASCII code c < 128, str(x) for any small int x
 * (cached for 0 <= x < 256), and ''. MPS_NULL only on MemoryError. */
MpsValue mps_str_ascii_char(MpsThread *t, unsigned c);
MpsValue mps_str_from_small(MpsThread *t, intptr_t x);
MpsValue mps_str_empty(MpsThread *t);

#endif
