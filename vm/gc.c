/*
 * gc.c — the heap: allocation and a stop-the-world mark-and-sweep collector.
 *
 * Design
 *  - Every object is one malloc'd block (calloc, so zeroed) linked into the
 *    singly linked list interp->gc_objects through hdr.gc_next. Objects
 *    never move, so C code may keep raw pointers.
 *  - mps_gc_alloc never collects. It only spends a byte budget; when the
 *    budget is exhausted it sets MPS_BREAK_GC in the eval breaker and the VM
 *    calls mps_gc_maybe_collect at its next safe point (backward jump or
 *    call). Hence C code never sees an object vanish between two of its own
 *    statements, only across calls back into mps code (see object.h).
 *  - Marking uses an explicit, growable stack of objects (no C recursion),
 *    so a list nested a million deep cannot overflow the C stack.
 *  - Sweeping unlinks dead objects into a separate list first, runs every
 *    finalizer, then frees them: a finalizer may still look at another dead
 *    object (say, a native object reading its dict) without touching freed
 *    memory.
 *
 * Invariants
 *  - Outside mps_gc_collect no object has the mark bit (gc_mark & 1) set.
 *  - Roots: the MpsInterp values, every thread's exc/handled/temporary
 *    roots, whatever mps_vm_traverse_thread reports, and slots registered
 *    with mps_gc_add_root (C state of the runtime and stdlib).
 *  - The collector runs with the GIL held by the calling thread; all other
 *    threads are parked outside mps code, so their states are consistent.
 *  - A class is reachable from each of its instances (hdr.cls is traced).
 *
 * Small objects (up to 512 bytes) come from per-size-class free lists
 * (16-byte classes) refilled by the sweep, so the common allocation is a
 * pop and a memset instead of a trip through malloc. The size class lives
 * in the upper bits of hdr.gc_mark (bit 0 is the mark; class 0 = a large
 * object, malloc'd and freed directly). The lists keep at most about one
 * allocation budget of memory; the rest goes back to malloc. Builds with
 * AddressSanitizer skip the lists so that use-after-free stays visible.
 * (Later: a free list that runs dry is refilled by carving blocks from
 * 256 KiB calloc'd chunks instead of one calloc per block; such blocks
 * are never given back to malloc, only reused, and the chunks are freed
 * at teardown. The "one budget" trim above no longer applies.)
 *
 * Accounting: gc_allocated counts the bytes of objects allocated
 * since the last collection plus out-of-object memory reported through
 * mps_gc_note_extra (list item arrays, dict tables). After a collection the
 * next budget is max(2 * live, 8 MiB): the heap may grow to about three times its
 * live size before the next collection.
 */
#include "interp.h"

void mps_dict_table_free(MpsDict *d);   /* vm/dict.c */
#include <stdlib.h>
#include <string.h>
#include <malloc.h>
#include <sys/mman.h>

/* smallest allocation budget between collections; build with
 * -DMPS_GC_MIN_BUDGET=65536 to stress-test the rooting of C code */
#ifndef MPS_GC_MIN_BUDGET
#define MPS_GC_MIN_BUDGET ((size_t)8 << 20)
#endif
#define GC_MIN_BUDGET ((size_t)(MPS_GC_MIN_BUDGET))

#define SMALL_MAX 512
#define NCLASS (SMALL_MAX / 16 + 1)
#if defined(__SANITIZE_ADDRESS__)
#define USE_FREELIST 0
#else
#define USE_FREELIST 1
#endif
#define MARK 1u
#define SIZE_CLASS(o) ((o)->gc_mark >> 1)

typedef struct GcState {
    MpsObj *free_[NCLASS];   /* free blocks by size class, linked by gc_next */
    size_t nfree[NCLASS];
    MpsObj **stack;          /* mark stack */
    size_t sp, cap;
    MpsValue **roots;        /* registered C root slots */
    size_t nroots, roots_cap;
    size_t live;             /* bytes counted while marking/sweeping */
    struct ExtEntry *ext;    /* (appended) attribute dicts of built-in kinds: see mps_gc_ext_dict_slot */
    size_t ext_mask, ext_len;
    char *bump, *bump_end;   /* (appended) the chunk small blocks are carved from */
    void **chunks;           /* every chunk, freed at interpreter teardown */
    size_t nchunks, chunks_cap;
    MpsObj **weak;           /* (appended) the weak registry: see mps_gc_weak_add */
    size_t nweak, capweak;
} GcState;

#define CHUNK_SIZE ((size_t)2 << 20)

/* a 2 MiB-aligned chunk of fresh (zero) anonymous memory, advised as a
 * transparent huge page: one page fault per 2 MiB of heap growth instead
 * of 512 */
static void *chunk_map(void)
{
    size_t n = 2 * CHUNK_SIZE;
    char *m = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return NULL;
    char *c = (char *)(((uintptr_t)m + CHUNK_SIZE - 1) & ~(uintptr_t)(CHUNK_SIZE - 1));
    if (c > m) munmap(m, (size_t)(c - m));
    if (c + CHUNK_SIZE < m + n) munmap(c + CHUNK_SIZE, (size_t)(m + n - (c + CHUNK_SIZE)));
#if defined(MADV_HUGEPAGE) && defined(MPS_GC_HUGEPAGES)
    madvise(c, CHUNK_SIZE, MADV_HUGEPAGE);
#endif
    return c;
}

/* a fresh zeroed small block of k * 16 bytes carved from the current
 * chunk (fresh anonymous memory, so already zero) */
static MpsObj *carve(GcState *g, size_t k)
{
    size_t n = k << 4;
    if ((size_t)(g->bump_end - g->bump) < n) {
        if (g->nchunks == g->chunks_cap) {
            size_t cap = g->chunks_cap ? g->chunks_cap * 2 : 64;
            void **c = realloc(g->chunks, cap * sizeof *c);
            if (!c) return NULL;
            g->chunks = c;
            g->chunks_cap = cap;
        }
        char *c = chunk_map();
        if (!c) return NULL;
        g->chunks[g->nchunks++] = c;
        g->bump = c;
        g->bump_end = c + CHUNK_SIZE;
    }
    MpsObj *o = (MpsObj *)g->bump;
    g->bump += n;
    return o;
}

static GcState *gc_state(MpsInterp *in)
{
    if (!in->gc) {
        in->gc = calloc(1, sizeof(GcState));
        if (!in->gc) { fputs("mps: out of memory\n", stderr); abort(); }
    }
    return in->gc;
}

/* ---------------------------------------------------------------- allocation */

#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
size_t mps_gc_usable_size(const MpsObj *o)
{
    size_t k = SIZE_CLASS(o);
    return k ? k << 4 : malloc_usable_size((void *)o);
}

void *mps_gc_alloc(MpsThread *t, size_t size, MpsKind kind, MpsClass *cls)
{
    MpsInterp *in = t->interp;
    MpsObj *o;
    if (USE_FREELIST && size <= SMALL_MAX) {
        GcState *g = gc_state(in);
        size_t k = (size + 15) >> 4;
        if (k == 0) k = 1;
        o = g->free_[k];
        if (o) {
            g->free_[k] = o->gc_next;
            g->nfree[k]--;
            /* small blocks: plain stores beat `rep stos` (what an inlined
             * memset of a variable size becomes) */
            uint64_t *q = (uint64_t *)o;
            for (size_t i = 0; i < 2 * k; i += 2) { q[i] = 0; q[i + 1] = 0; }
        } else if (!(o = carve(g, k))) {
            return NULL;          /* the caller raises MemoryError */
        }
        o->gc_mark = (uint8_t)(k << 1);
        in->gc_allocated += k << 4;
    } else {
        if (!(o = calloc(1, size))) return NULL;
        in->gc_allocated += size;
    }
    o->cls = cls;
    o->kind = (uint16_t)kind;
    o->gc_next = in->gc_objects;
    in->gc_objects = o;
    if (in->gc_allocated > in->gc_threshold && !in->gc_disabled &&
        !(atomic_load_explicit(&in->eval_breaker, memory_order_relaxed) & MPS_BREAK_GC))
        atomic_fetch_or(&in->eval_breaker, MPS_BREAK_GC);
    return o;
}

void mps_gc_note_extra(MpsThread *t, size_t bytes)
{
    MpsInterp *in = t->interp;
    in->gc_allocated += bytes;
    if (in->gc_allocated > in->gc_threshold && !in->gc_disabled &&
        !(atomic_load_explicit(&in->eval_breaker, memory_order_relaxed) & MPS_BREAK_GC))
        atomic_fetch_or(&in->eval_breaker, MPS_BREAK_GC);
}

/* room for one more entry in a growable array of pointers (the root and
 * weak registries): they only grow at start-up pace, so running out of
 * memory here is fatal */
static void *gc_grow(void *arr, size_t n, size_t *cap, size_t first)
{
    if (n < *cap) return arr;
    size_t c = *cap ? *cap * 2 : first;
    void *r = realloc(arr, c * sizeof(void *));
    if (!r) { fputs("mps: out of memory\n", stderr); abort(); }
    *cap = c;
    return r;
}

void mps_gc_add_root(MpsThread *t, MpsValue *slot)
{
    GcState *g = gc_state(t->interp);
    g->roots = gc_grow(g->roots, g->nroots, &g->roots_cap, 32);
    g->roots[g->nroots++] = slot;
}

void mps_gc_remove_root(MpsThread *t, MpsValue *slot)
{
    GcState *g = gc_state(t->interp);
    for (size_t i = g->nroots; i-- > 0; )
        if (g->roots[i] == slot) {
            g->roots[i] = g->roots[--g->nroots];
            return;
        }
}

/* The weak registry: objects listed here are not kept alive by it; a
 * collection drops the ones nothing else reaches. multiprocessing lists its
 * queues so (join() drains them; a queue nobody uses any more must still be
 * freed, with its pipe). */
void mps_gc_weak_add(MpsThread *t, MpsValue v)
{
    if (!mps_is_obj(v)) return;
    GcState *g = gc_state(t->interp);
    g->weak = gc_grow(g->weak, g->nweak, &g->capweak, 16);
    g->weak[g->nweak++] = mps_obj(v);
}

MpsValue mps_gc_weak_items(MpsThread *t)
{
    GcState *g = gc_state(t->interp);
    MpsValue l = mps_list_new(t, 0);
    for (size_t i = 0; l && i < g->nweak; i++)
        if (mps_list_append(t, l, mps_from_obj(g->weak[i])) < 0) return MPS_NULL;
    return l;
}

void mps_gc_weak_clear(MpsThread *t)
{
    gc_state(t->interp)->nweak = 0;
}

/* after marking: keep the registered objects that survive */
static void weak_sweep(GcState *g)
{
    size_t k = 0;
    for (size_t i = 0; i < g->nweak; i++)
        if (g->weak[i]->gc_mark & MARK) g->weak[k++] = g->weak[i];
    g->nweak = k;
}

/* ---------------------------------------------------------------- temporary roots */

void mps_root_push(MpsThread *t, MpsValue v)
{
    if (t->nroots == t->roots_cap) {
        int cap = t->roots_cap ? t->roots_cap * 2 : 64;
        MpsValue *r = realloc(t->roots, (size_t)cap * sizeof *r);
        if (!r) { fputs("mps: out of memory\n", stderr); abort(); }
        t->roots = r;
        t->roots_cap = cap;
    }
    t->roots[t->nroots++] = v;
}

void mps_root_pop(MpsThread *t, int n)
{
    t->nroots -= n;
    if (t->nroots < 0) t->nroots = 0;
}

/* ---------------------------------------------------------------- marking */

/* The collector is not re-entrant and runs under the GIL, so the state of
 * the collection in progress is reached through the running interpreter. */
static void mark_obj(GcState *g, MpsObj *o)
{
    if (o->gc_mark & MARK) return;
    o->gc_mark |= MARK;
    switch ((MpsKind)o->kind) {
    case MPS_K_STR: case MPS_K_BYTES: case MPS_K_FLOAT: case MPS_K_COMPLEX: case MPS_K_BIGINT: case MPS_K_RANGE:
        if (o->flags & MPS_OBJ_EXTDICT) break;     /* an attribute dict to trace */
        /* leaves: only the class to trace, no trip through the mark stack */
        o = (MpsObj *)o->cls;
        if (!o || (o->gc_mark & MARK)) return;
        o->gc_mark |= MARK;
        break;
    default:
        break;
    }
    if (g->sp == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 4096;
        MpsObj **s = realloc(g->stack, cap * sizeof *s);
        if (!s) { fputs("mps: out of memory while collecting garbage\n", stderr); abort(); }
        g->stack = s;
        g->cap = cap;
    }
    g->stack[g->sp++] = o;
}

static void visit(MpsValue v, void *ctx)
{
    if (mps_is_obj(v)) mark_obj(ctx, mps_obj(v));
}

#define VISIT(v)  visit((v), g)
#define VISITO(p) do { if (p) mark_obj(g, (MpsObj *)(p)); } while (0)

void mps_gc_mark_value(MpsValue v)
{
    MpsThread *t = mps_tls_thread;
    if (t && mps_is_obj(v)) mark_obj(gc_state(t->interp), mps_obj(v));
}

static void dict_traverse(GcState *g, MpsDict *d)
{
    for (size_t i = 0; i < d->used; i++) {
        MpsDictEntry *e = &d->entries[i];
        if (e->key == MPS_NULL) continue;
        VISIT(e->key);
        VISIT(e->value);
    }
}

/* dict: the attribute dict; slots: the values of __slots__ (hidden) */
typedef struct ExtEntry { MpsObj *key; MpsDict *dict, *slots; } ExtEntry;
static ExtEntry *ext_find(GcState *g, MpsObj *o);
static void ext_remove(GcState *g, MpsObj *o);

static void traverse(GcState *g, MpsObj *o)
{
    VISITO(o->cls);
    if (o->flags & MPS_OBJ_EXTDICT) {
        ExtEntry *e = ext_find(g, o);
        if (e) { VISITO(e->dict); VISITO(e->slots); }
    }
    switch ((MpsKind)o->kind) {
    case MPS_K_CLASS: {
        MpsClass *c = (MpsClass *)o;
        VISIT(c->name); VISIT(c->qualname); VISIT(c->module);
        VISITO(c->base); VISIT(c->bases); VISIT(c->mro);
        VISITO(c->dict); VISIT(c->subclasses); VISIT(c->members);
        break;
    }
    case MPS_K_STR: case MPS_K_BYTES: case MPS_K_BYTEARRAY: case MPS_K_FLOAT: case MPS_K_COMPLEX:
    case MPS_K_BIGINT: case MPS_K_RANGE:
        break;
    case MPS_K_LIST: {
        MpsList *l = (MpsList *)o;
        for (size_t i = 0; i < l->len; i++) VISIT(l->items[i]);
        break;
    }
    case MPS_K_TUPLE: {
        MpsTuple *tp = (MpsTuple *)o;
        for (size_t i = 0; i < tp->len; i++) VISIT(tp->items[i]);
        break;
    }
    case MPS_K_DICT: dict_traverse(g, (MpsDict *)o); break;
    case MPS_K_SET: case MPS_K_FROZENSET: VISITO(((MpsSet *)o)->table); break;
    case MPS_K_SLICE: {
        MpsSlice *s = (MpsSlice *)o;
        VISIT(s->start); VISIT(s->stop); VISIT(s->step);
        break;
    }
    case MPS_K_CELL: VISIT(((MpsCell *)o)->v); break;
    case MPS_K_BUILTIN: VISIT(((MpsBuiltin *)o)->self); VISITO(((MpsBuiltin *)o)->owner); break;
    case MPS_K_BOUNDMETHOD: {
        MpsBoundMethod *m = (MpsBoundMethod *)o;
        VISIT(m->self); VISIT(m->func);
        break;
    }
    case MPS_K_MODULE: {
        MpsModule *m = (MpsModule *)o;
        VISIT(m->name); VISITO(m->dict);
        break;
    }
    case MPS_K_INSTANCE: {
        /* the class gives the number of slots (__class__ assignment keeps it) */
        MpsInstance *inst = (MpsInstance *)o;
        VISITO(inst->dict);
        for (uint32_t i = 0; o->cls && i < o->cls->nslots; i++) VISIT(inst->slots[i]);
        break;
    }
    case MPS_K_MEMBER: VISIT(((MpsMember *)o)->name); VISITO(((MpsMember *)o)->owner); break;
    case MPS_K_EXCEPTION: {
        MpsException *e = (MpsException *)o;
        VISITO(e->dict); VISIT(e->args); VISIT(e->traceback);
        VISIT(e->cause); VISIT(e->context); VISIT(e->suggestion);
        VISIT(e->attr_obj); VISIT(e->attr_name);
        break;
    }
    case MPS_K_ITER: {
        MpsIter *it = (MpsIter *)o;
        VISIT(it->a); VISIT(it->b); VISIT(it->c);
        break;
    }
    case MPS_K_PROPERTY: {
        MpsProperty *p = (MpsProperty *)o;
        VISIT(p->fget); VISIT(p->fset); VISIT(p->fdel); VISIT(p->doc);
        break;
    }
    case MPS_K_STATICMETHOD: case MPS_K_CLASSMETHOD:
        VISIT(((MpsWrapper *)o)->func);
        break;
    case MPS_K_SUPER: {
        MpsSuper *s = (MpsSuper *)o;
        VISITO(s->start); VISIT(s->self);
        break;
    }
    case MPS_K_NATIVE: {
        MpsNative *n = (MpsNative *)o;
        VISITO(n->dict);
        if (n->ntype && n->ntype->traverse) n->ntype->traverse(o, visit, g);
        break;
    }
    case MPS_K_CODE: case MPS_K_FUNCTION: case MPS_K_GENERATOR:
        mps_code_traverse(o, visit, g);
        break;
    default:
        break;
    }
}

static void mark_roots(GcState *g, MpsInterp *in)
{
    VISITO(in->interned); VISITO(in->modules); VISITO(in->builtins);
    VISIT(in->builtins_module); VISIT(in->main_module);
    VISIT(in->argv); VISIT(in->path); VISIT(in->nomem_exc);
    for (int i = 0; i < MPS_T__COUNT; i++) VISITO(in->types[i]);
    for (int i = 0; i < MPS_EXC__COUNT; i++) VISITO(in->exc[i]);
    const MpsValue *s = &in->s_init, *e = &in->s_new;
    for (; s <= e; s++) VISIT(*s);
    for (int i = 0; i < 128; i++) VISIT(in->str_char[i]);
    for (int i = 0; i < 256; i++) VISIT(in->str_int[i]);
    VISIT(in->str_empty);
    for (size_t i = 0; i < g->nroots; i++) VISIT(*g->roots[i]);
    for (MpsThread *t = in->threads; t; t = t->next) {
        VISIT(t->exc);
        VISIT(t->handled);
        for (int i = 0; i < t->nroots; i++) VISIT(t->roots[i]);
        mps_vm_traverse_thread(t, visit, g);
    }
}

static size_t extra_size(MpsObj *o)
{
    switch ((MpsKind)o->kind) {
    case MPS_K_LIST: return ((MpsList *)o)->cap * sizeof(MpsValue);
    case MPS_K_DICT: {
        MpsDict *d = (MpsDict *)o;
        return d->cap * sizeof(MpsDictEntry) + (d->index ? (d->mask + 1) * sizeof(int32_t) : 0);
    }
    case MPS_K_BYTEARRAY: return ((MpsBytes *)o)->cap;
    default: return 0;
    }
}

static size_t obj_size(MpsObj *o)
{
    size_t k = SIZE_CLASS(o);
    return k ? k << 4 : malloc_usable_size(o);
}

/* kinds whose finalizer only frees memory the object owns: safe to run
 * while other dead objects are being released */
static bool simple_kind(MpsObj *o)
{
    return o->kind != MPS_K_NATIVE && o->kind != MPS_K_CODE &&
           o->kind != MPS_K_FUNCTION && o->kind != MPS_K_GENERATOR;
}

static void release(GcState *g, MpsObj *o)
{
    size_t k = SIZE_CLASS(o);
    if (k) {
        o->gc_next = g->free_[k];
        g->free_[k] = o;
        g->nfree[k]++;
    } else {
        free(o);
    }
}

/* free the C memory an object owns besides its own block */
static void finalize(MpsObj *o)
{
    switch ((MpsKind)o->kind) {
    case MPS_K_BIGINT: mpz_clear(((MpsBigInt *)o)->z); break;
    case MPS_K_LIST: free(((MpsList *)o)->items); break;
    case MPS_K_DICT: {
        /* a dict's entries share the index's block; a set table has entries only */
        MpsDict *d = (MpsDict *)o;
        if (d->index) mps_dict_table_free(d); else free(d->entries);
        break;
    }
    case MPS_K_BYTEARRAY: {
        MpsBytes *b = (MpsBytes *)o;
        if (b->data != (uint8_t *)(b + 1)) free(b->data);
        break;
    }
    case MPS_K_NATIVE: {
        MpsNative *n = (MpsNative *)o;
        if (n->ntype && n->ntype->finalize) n->ntype->finalize(o);
        break;
    }
    case MPS_K_CODE: case MPS_K_FUNCTION: case MPS_K_GENERATOR:
        mps_code_finalize(o);
        break;
    default:
        break;
    }
}

void mps_gc_collect(MpsThread *t)
{
    MPS_ASSERT_GIL(t);
    MpsInterp *in = t->interp;
    GcState *g = gc_state(in);
    atomic_fetch_and(&in->eval_breaker, ~MPS_BREAK_GC);

    mark_roots(g, in);
    while (g->sp > 0) traverse(g, g->stack[--g->sp]);
    weak_sweep(g);
    for (MpsThread *th = in->threads; th; th = th->next) th->sofs_str = MPS_NULL;   /* vm/str.c's memo */

    /* sweep: release the dead at once when their finalizer is trivial;
     * natives and code objects are unlinked first and finalized after the
     * pass, so that their finalizers never see freed memory */
    MpsObj *dead = NULL, **link = &in->gc_objects;
    size_t live = 0;
    for (MpsObj *o = *link; o; o = *link) {
        if (o->gc_mark & MARK) {
            o->gc_mark &= (uint8_t)~MARK;
            live += obj_size(o) + extra_size(o);
            link = &o->gc_next;
        } else {
            *link = o->gc_next;
            if (o->flags & MPS_OBJ_EXTDICT) ext_remove(g, o);
            if (simple_kind(o)) {
                finalize(o);
                release(g, o);
            } else {
                o->gc_next = dead;
                dead = o;
            }
        }
    }
    for (MpsObj *o = dead; o; o = o->gc_next) finalize(o);
    while (dead) {
        MpsObj *next = dead->gc_next;
        release(g, dead);
        dead = next;
    }

    /* give the mark stack back when a huge collection left it large */
    if (g->cap > 65536) {
        free(g->stack);
        g->stack = NULL;
        g->cap = 0;
    }
    in->gc_live = live;
    in->gc_allocated = 0;
    /* budget: twice the live size, so the heap may grow to about three
     * times its live size; fewer full traces while a big structure grows */
    in->gc_threshold = 2 * live > GC_MIN_BUDGET ? 2 * live : GC_MIN_BUDGET;

    /* small blocks live in chunks and stay on the free lists for reuse
     * (they were given back to malloc before chunks: see carve) */
}

void mps_gc_maybe_collect(MpsThread *t)
{
    MpsInterp *in = t->interp;
    if (in->gc_disabled || in->gc_allocated <= in->gc_threshold) {
        atomic_fetch_and(&in->eval_breaker, ~MPS_BREAK_GC);
        return;
    }
    mps_gc_collect(t);
}

/* free every object (interpreter teardown): finalizers run, nothing is traced */
void mps_gc_free_all(MpsInterp *in)
{
    for (MpsObj *o = in->gc_objects; o; o = o->gc_next) finalize(o);
    while (in->gc_objects) {
        MpsObj *next = in->gc_objects->gc_next;
        if (!SIZE_CLASS(in->gc_objects)) free(in->gc_objects);   /* small: in a chunk */
        in->gc_objects = next;
    }
    GcState *g = in->gc;
    if (g) {
        for (size_t i = 0; i < g->nchunks; i++) munmap(g->chunks[i], CHUNK_SIZE);
        free(g->chunks);
        free(g->stack);
        free(g->roots);
        free(g->weak);
        free(g->ext);
        free(g);
        in->gc = NULL;
    }
}

/* ---------------------------------------------------------------- attribute dicts of built-in kinds */

/* (appended) Objects of built-in kinds (list, dict, tuple, set, str, …)
 * whose class is a user subclass may carry attributes. Their dict lives in
 * a side table keyed by the object's address (open addressing, linear
 * probing, backward-shift deletion); MPS_OBJ_EXTDICT in hdr.flags marks an
 * object with an entry, which is traced through the object and dropped by
 * the sweep when the object dies. */
static size_t ext_hash(MpsObj *o)
{
    uint64_t h = (uint64_t)(uintptr_t)o >> 4;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 32);
}

static ExtEntry *ext_find(GcState *g, MpsObj *o)
{
    if (!g->ext) return NULL;
    for (size_t i = ext_hash(o) & g->ext_mask;; i = (i + 1) & g->ext_mask) {
        if (g->ext[i].key == o) return &g->ext[i];
        if (!g->ext[i].key) return NULL;
    }
}

static void ext_remove(GcState *g, MpsObj *o)
{
    ExtEntry *e = ext_find(g, o);
    if (!e) return;
    size_t mask = g->ext_mask, i = (size_t)(e - g->ext);
    for (size_t j = i;;) {
        j = (j + 1) & mask;
        if (!g->ext[j].key) break;
        size_t k = ext_hash(g->ext[j].key) & mask;
        /* the entry at j may move to the hole at i unless its home k lies cyclically in (i, j] */
        bool stay = i <= j ? (i < k && k <= j) : (i < k || k <= j);
        if (!stay) {
            g->ext[i] = g->ext[j];
            i = j;
        }
    }
    g->ext[i].key = NULL;
    g->ext[i].dict = g->ext[i].slots = NULL;
    g->ext_len--;
}

static void ext_insert(GcState *g, ExtEntry e)
{
    size_t i = ext_hash(e.key) & g->ext_mask;
    while (g->ext[i].key) i = (i + 1) & g->ext_mask;
    g->ext[i] = e;
    g->ext_len++;
}

/* the entry of o, made when asked to */
static ExtEntry *ext_entry(MpsThread *t, MpsObj *o, bool create)
{
    GcState *g = gc_state(t->interp);
    ExtEntry *e = (o->flags & MPS_OBJ_EXTDICT) ? ext_find(g, o) : NULL;
    if (e || !create) return e;
    if ((g->ext_len + 1) * 2 > (g->ext ? g->ext_mask + 1 : 0)) {
        size_t cap = g->ext ? (g->ext_mask + 1) * 2 : 64;
        ExtEntry *old = g->ext, *nt = calloc(cap, sizeof *nt);
        if (!nt) { fputs("mps: out of memory\n", stderr); abort(); }
        size_t oldcap = old ? g->ext_mask + 1 : 0;
        g->ext = nt;
        g->ext_mask = cap - 1;
        g->ext_len = 0;
        for (size_t i = 0; i < oldcap; i++)
            if (old[i].key) ext_insert(g, old[i]);
        free(old);
    }
    ext_insert(g, (ExtEntry){ o, NULL, NULL });
    o->flags |= MPS_OBJ_EXTDICT;
    return ext_find(g, o);
}

MpsDict **mps_gc_ext_dict_slot(MpsThread *t, MpsObj *o, bool create)
{
    static MpsDict *none;     /* what readers see for an object without an entry */
    ExtEntry *e = ext_entry(t, o, create);
    if (e) return &e->dict;
    none = NULL;
    return &none;
}

MpsDict **mps_gc_ext_slots_slot(MpsThread *t, MpsObj *o, bool create)
{
    static MpsDict *none;
    ExtEntry *e = ext_entry(t, o, create);
    if (e) return &e->slots;
    none = NULL;
    return &none;
}
