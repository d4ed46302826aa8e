/*
 * code.h — code objects, functions, frames and generators, shared by the
 * compiler (grammar/compile.c) and the VM (vm/vm.c, call.c, gen.c, dis.c),
 * and the VM's public API.
 *
 * Frames: every frame is a header (MpsFrame) followed by its "localsplus"
 * slots (fast locals, then cells, then free-variable cells) and then its
 * value stack (code->stacksize slots). Frames of ordinary calls are carved
 * out of the thread's value stack (t->stack .. t->stack_end, top t->vm_top):
 * no malloc per call, and Python-to-Python calls do not recurse in C.
 * A generator owns a malloc'd block holding its frame, so a suspended
 * generator never lives on the thread's stack.
 *
 * GC invariant: a frame's whole region (localsplus and all stacksize stack
 * slots) is set to MPS_NULL when the frame is pushed, and the collector
 * scans the whole region of every live frame, not just up to sp. Stale
 * values above sp are therefore always objects that stayed marked, never
 * dangling pointers, and the VM need not publish sp before each call.
 */
#ifndef MPS_CODE_H
#define MPS_CODE_H

#include "interp.h"
#include "opcodes.h"

/* A local slot may hold a str tagged MPS_UNIQUE_TAG: the result of
 * `name += x` that no one else has seen, so the next `name += y` may
 * append to it in place instead of copying (CPython gets the same from
 * refcount == 1). Anything that reads a local slot other than through
 * LOAD_FAST_AUG must take it with mps_frame_local, which drops the tag:
 * once a second reference may exist the str is immutable again. */
#define MPS_UNIQUE_TAG ((MpsValue)4)
#define mps_is_unique_tagged(v) (((v) & 7) == MPS_UNIQUE_TAG)
static inline MpsValue mps_frame_local(MpsValue *slot) {
    MpsValue v = *slot;
    if (mps_is_unique_tagged(v)) *slot = v &= ~MPS_UNIQUE_TAG;
    return v;
}

/* code flags */
#define MPS_CO_VARARGS    0x01
#define MPS_CO_VARKW      0x02
#define MPS_CO_GENERATOR  0x04
#define MPS_CO_FUNCTION   0x08   /* fast locals (function body); else a namespace dict */
#define MPS_CO_CLASSBODY  0x10

/* exception table: instructions [start, end) are protected by handler,
 * which runs with the value stack cut back to depth slots */
typedef struct MpsExcEntry { uint32_t start, end, handler, depth; } MpsExcEntry;

/* inline cache of LOAD_GLOBAL, one per name index of the code */
typedef struct MpsGlobalCache {
    MpsDict *globals;
    uint32_t gver, bver;
    MpsValue value;
} MpsGlobalCache;

/* inline cache of LOAD_ATTR / LOAD_METHOD / STORE_ATTR, one per
 * instruction (MpsCode.acache, allocated at the first attribute access).
 * Keyed by a class version (unique across classes, renewed on every change
 * along the MRO), so a stale entry can never match; descr is traced. */
typedef struct MpsAttrCache {
    uint32_t version;          /* class version; 0 = empty */
    uint16_t kind;             /* MpsKind of the object */
    uint8_t mode;              /* MPS_AC_* (vm.c) */
    uint32_t index;            /* position hint in the entries[] of the object's dict */
    MpsValue descr;            /* class attribute (method, class-level value) */
} MpsAttrCache;

typedef struct MpsCode {
    MpsObj hdr;
    uint32_t *code;            /* malloc'd instructions (opcodes.h) */
    int32_t *lines;            /* malloc'd: source line of each instruction */
    uint8_t *positions;        /* malloc'd or NULL: columns and end line of each
                                  instruction, a varint stream (mps_code_positions) */
    MpsExcEntry *exctab;       /* malloc'd, sorted by start */
    uint32_t ncode, nexctab, npositions;   /* npositions: bytes of positions */
    MpsValue consts;           /* tuple */
    MpsValue names;            /* tuple of interned str: globals, attributes */
    MpsValue varnames;         /* tuple: fast locals, parameters first */
    MpsValue cellvars;         /* tuple: locals captured by inner functions */
    MpsValue freevars;         /* tuple: variables of enclosing functions */
    int16_t *cell2arg;         /* malloc'd or NULL: parameter index of each cell, or -1 */
    MpsValue name, qualname, filename;   /* str */
    int argcount;              /* positional parameters (incl. positional-only) */
    int posonlyargcount, kwonlyargcount;
    int nlocals, ncells, nfree, stacksize;
    int flags, firstline;
    MpsGlobalCache *gcache;    /* malloc'd, one per names entry */
    MpsAttrCache *acache;      /* malloc'd lazily, one per instruction, or NULL */
} MpsCode;

typedef struct MpsFunction {
    MpsObj hdr;
    MpsDict *dict;             /* function attributes, or NULL (same place as MpsInstance.dict) */
    MpsCode *code;
    MpsDict *globals;
    MpsValue name, qualname;   /* str */
    MpsValue defaults;         /* tuple or MPS_NULL */
    MpsValue kwdefaults;       /* dict or MPS_NULL */
    MpsValue closure;          /* tuple of cells or MPS_NULL */
    MpsValue doc;              /* MPS_NONE or str */
    MpsValue module;           /* globals' __name__ at creation, or MPS_NONE */
    MpsValue annotations;      /* dict, or MPS_NULL until one is asked for */
} MpsFunction;

typedef struct MpsFrame {
    struct MpsFrame *prev;     /* caller (t->frame chain) */
    MpsCode *code;
    MpsFunction *func;         /* NULL for module code */
    MpsDict *globals, *builtins;
    MpsValue locals;           /* namespace dict of module/class code, else MPS_NULL */
    const uint32_t *ip;        /* next instruction to run */
    MpsValue *sp;              /* saved value stack pointer */
    MpsValue *stack;           /* value stack base (after localsplus) */
    MpsValue *end;             /* end of the frame's region */
    struct MpsGenerator *gen;  /* owning generator, or NULL */
    int is_entry;              /* returning from it leaves the C eval call */
    int yielded;               /* generator frame: left by YIELD_VALUE */
    MpsValue init_self;        /* __init__ frame run by the VM for a class call:
                                  RETURN pushes this instance instead */
    MpsValue localsplus[];     /* nlocals + ncells + nfree, then the stack */
} MpsFrame;

typedef struct MpsGenerator {
    MpsObj hdr;
    MpsFrame *frame;           /* malloc'd; NULL once finished */
    MpsValue name, qualname;
    MpsValue handled;          /* exception its suspended frame is handling (yield in except) */
    bool running, started;
} MpsGenerator;

/* ---------------------------------------------------------------- VM internals
 * (shared by vm.c, call.c, gen.c only) */

/* push a frame on the thread's value stack (linked as t->frame); NULL +
 * RecursionError when too deep */
MpsFrame *mps_frame_push(MpsThread *t, MpsCode *co, MpsFunction *fn, MpsDict *globals, MpsValue locals);
/* initialise a frame header in memory the caller owns (generators) */
void mps_frame_init(MpsThread *t, MpsFrame *f, MpsCode *co, MpsFunction *fn, MpsDict *globals, MpsValue locals);
size_t mps_frame_size(MpsCode *co);             /* bytes of header + slots */
void mps_frame_pop(MpsThread *t, MpsFrame *f);  /* unlink; frees stack space if on the stack */
/* create the cells of a frame and copy the closure in (after the arguments are bound) */
int mps_frame_cells(MpsThread *t, MpsFrame *f);
/* bind call arguments to the fast locals of f (function fn); 0 / -1 */
int mps_bind_args(MpsThread *t, MpsFrame *f, MpsFunction *fn, int argc, const MpsValue *argv, MpsValue kwnames);
/* run frame f (already pushed and linked) until it returns or yields;
 * throwexc: resume by raising it (generators) */
MpsValue mps_vm_eval(MpsThread *t, MpsFrame *f, MpsValue throwexc);
/* a generator object for a call of generator function fn */
MpsValue mps_gen_new(MpsThread *t, MpsFunction *fn, int argc, const MpsValue *argv, MpsValue kwnames);
/* resume: 1 yielded *out, 0 returned *out, -1 error */
int mps_gen_resume(MpsThread *t, MpsGenerator *g, MpsValue send, MpsValue throwexc, MpsValue *out);
/* call with positional args tuple/list and an optional dict of keyword args */
MpsValue mps_call_ex(MpsThread *t, MpsValue callable, MpsValue args, MpsValue kwargs);
/* Frame and traceback objects are snapshots, tuples underneath with the
 * classes `frame` and `traceback` (mps frames live on the VM stack and die
 * with the call, so nothing may point into one):
 *   frame:     (f_code, f_lineno, f_globals, f_locals or None, f_back, f_builtins, f_lasti)
 *   traceback: (tb_frame, tb_lineno, tb_next, tb_lasti)
 * A traceback's frames carry no locals (f_locals reads as {}): copying
 * them on every unwind would tax exceptions used for control flow. */
enum { MPS_FR_CODE, MPS_FR_LINENO, MPS_FR_GLOBALS, MPS_FR_LOCALS, MPS_FR_BACK, MPS_FR_BUILTINS, MPS_FR_LASTI, MPS_FR__N };
enum { MPS_TB_FRAME, MPS_TB_LINENO, MPS_TB_NEXT, MPS_TB_LASTI, MPS_TB__N };
bool mps_is_frame_obj(MpsThread *t, MpsValue v);
bool mps_is_traceback_obj(MpsThread *t, MpsValue v);
/* put a traceback entry for frame f, at instruction index i, in front of
 * the pending exception's traceback (the VM unwinds outwards) */
void mps_traceback_add(MpsThread *t, MpsFrame *f, uint32_t i);
/* sys._getframe(depth): snapshots of the calling frames with their locals;
 * NULL with ValueError when the stack is not that deep */
MpsValue mps_vm_getframe(MpsThread *t, int depth);
/* locals() of frame f: its namespace, or (a function) its one locals dict,
 * refreshed from the fast locals and cells */
MpsValue mps_vm_frame_locals(MpsThread *t, MpsFrame *f);
/* install super's constructor and the methods of function/generator/code */
void mps_call_init(MpsThread *t);
void mps_gen_init(MpsThread *t);
int mps_vm_stack_init(MpsThread *t);           /* allocate t->stack if needed; 0 / -1 */
void mps_vm_traverse_frame(MpsFrame *f, MpsVisit visit, void *ctx);
/* nesting limit of C-level VM entries (protects the C stack) */
#define MPS_MAX_CDEPTH 20000

#define MPS_CODE(v) ((MpsCode *)(v))
#define MPS_FUNC(v) ((MpsFunction *)(v))
#define MPS_GEN(v)  ((MpsGenerator *)(v))

/* next() of list iterators (vm/list.c): FOR_ITER recognises and inlines it */
MpsValue mps_list_iter_next(MpsThread *t, MpsIter *it);
/* position in entries[] of a str key of d, or -1 (vm/dict.c) */
int64_t mps_dict_index_str(MpsDict *d, MpsValue key);

/* ---------------------------------------------------------------- VM API (vm/vm.c) */

/* run module-level code: locals are the globals; sets __builtins__ if absent */
MpsValue mps_vm_run(MpsThread *t, MpsValue code, MpsDict *globals);
/* run code with separate globals and locals (exec/eval with two dicts);
 * locals may be NULL (= globals) */
MpsValue mps_vm_run_locals(MpsThread *t, MpsValue code, MpsDict *globals, MpsValue locals);
MpsDict *mps_vm_globals(MpsThread *t);        /* current frame's globals (or __main__'s) */
MpsValue mps_vm_locals(MpsThread *t);         /* dict snapshot (module: the globals dict) */
int mps_vm_current_line(MpsThread *t);        /* line of the running instruction, 0 if none */
MpsValue mps_vm_current_filename(MpsThread *t); /* str or MPS_NONE */
void mps_vm_init(MpsThread *t);               /* called once by mps_interp_new at the end */
void mps_vm_thread_free(MpsThread *t);        /* free the value stack (thread teardown) */
/* line of instruction index i of a code object */
int mps_code_line(MpsCode *co, uint32_t i);
/* Source range of instruction i (CPython's co_positions): lines 1-based,
 * columns 0-based UTF-8 byte offsets, *col = *end_col = -1 when unknown.
 * co->positions holds, per instruction, a varint a: 0 = the same
 * (end_line - line, col, end_col) as the instruction before; 1 = no
 * columns; else col = a - 2, then varints end_col and end_line - line.
 * Decoding walks from the start: it is only read for tracebacks. */
void mps_code_position(MpsCode *co, uint32_t i, int *line, int *end_line, int *col, int *end_col);
/* _dis.caret_nodes (vm/traceback.c), for the traceback module */
MpsValue mps_traceback_caret_nodes(MpsThread *t, MpsValue segment);
/* encode n positions (4 ints each: line, end_line, col, end_col) as above;
 * returns a malloc'd stream and its size in *len */
uint8_t *mps_code_positions_encode(const int *pos, uint32_t n, uint32_t *len);

/* create a function object (MAKE_FUNCTION; serialization of functions) */
MpsValue mps_function_new(MpsThread *t, MpsCode *code, MpsDict *globals, MpsValue qualname);

/* ---------------------------------------------------------------- generators (vm/gen.c) */

/* next(gen): value, or MPS_NULL without exception when exhausted, or MPS_NULL + exception */
MpsValue mps_gen_next(MpsThread *t, MpsValue gen);
MpsValue mps_gen_send(MpsThread *t, MpsValue gen, MpsValue v);   /* StopIteration at the end */
int mps_gen_close(MpsThread *t, MpsValue gen);                   /* 0 / -1 */

/* ---------------------------------------------------------------- disassembler (vm/dis.c) */
int mps_dis(MpsThread *t, MpsValue code, MpsBuf *out);           /* every function, recursively */

#endif
