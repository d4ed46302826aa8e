/*
 * vm.c — the bytecode interpreter loop, frames, and the VM's public API.
 *
 * Design (see vm/code.h for the frame layout and its GC invariant):
 *  - One C call of mps_vm_eval runs an "entry" frame and every Python
 *    function it calls inline: CALL on a plain function pushes a new frame
 *    on the thread's value stack and continues the same loop; RETURN pops
 *    back. C recursion happens only when C code calls back into mps code
 *    (mps_call from a builtin, a dunder method, a generator resume); those
 *    entries are counted in t->cdepth to protect the C stack.
 *  - t->depth counts all frames; beyond interp->recursion_limit the VM
 *    raises RecursionError.
 *  - Dispatch: computed goto from a table generated from opcodes.h, with a
 *    switch fallback for compilers without labels-as-values.
 *  - Exceptions: "error" adds a traceback entry for the current frame, then
 *    the code's exception table gives the handler of the faulting
 *    instruction and the stack depth to cut back to; without one the frame
 *    is popped and the caller's instruction fails in turn.
 *  - Temporaries that must survive a call into mps code are kept in stack
 *    slots (the compiler reserves two spare slots above the maximum
 *    depth: sp[0] and sp[1] are always inside the frame's region).
 *  - GC runs only at the eval breaker: function entry and backward jumps.
 */
#include "code.h"
#include "objimpl.h"
#include <string.h>
#include <stdlib.h>
#include <pthread.h>

#define VM_STACK_VALUES (8u << 20)     /* 64 MB of address space, touched lazily */

int mps_vm_stack_init(MpsThread *t) {
    if (t->stack) {
        if (!t->vm_top) t->vm_top = t->stack;
        return 0;
    }
    t->stack = malloc(VM_STACK_VALUES * sizeof(MpsValue));
    if (!t->stack) { mps_raise_nomem(t); return -1; }
    t->stack_end = t->stack + VM_STACK_VALUES;
    t->vm_top = t->stack;
    return 0;
}

void mps_vm_thread_free(MpsThread *t) {
    free(t->stack);
    t->stack = t->stack_end = t->vm_top = NULL;
}

static MpsValue raise_recursion(MpsThread *t) {
    return MPS_RAISE(t, RecursionError, "maximum recursion depth exceeded");
}

size_t mps_frame_size(MpsCode *co) {
    return sizeof(MpsFrame) + (size_t)(co->nlocals + co->ncells + co->nfree + co->stacksize) * sizeof(MpsValue);
}

void mps_frame_init(MpsThread *t, MpsFrame *f, MpsCode *co, MpsFunction *fn, MpsDict *globals, MpsValue locals) {
    int nlp = co->nlocals + co->ncells + co->nfree;
    f->prev = NULL;
    f->code = co;
    f->func = fn;
    f->globals = globals;
    f->builtins = t->interp->builtins;
    f->locals = locals;
    f->ip = co->code;
    f->stack = f->localsplus + nlp;
    f->sp = f->stack;
    f->end = f->stack + co->stacksize;
    f->gen = NULL;
    f->is_entry = 0;
    f->yielded = 0;
    f->init_self = MPS_NULL;
    memset(f->localsplus, 0, (size_t)(nlp + co->stacksize) * sizeof(MpsValue));
}

/* The call fast path: a plain function called with exactly its positional
 * parameters, no cells, not a generator (the caller checked). NULL when the
 * frame does not fit or the depth limit is reached: the caller then takes
 * the general path, which raises. No libc calls, no allocation. */
static inline MpsFrame *frame_push_exact(MpsThread *t, MpsFunction *fn, MpsCode *co, int argc, const MpsValue *argv) {
    MpsValue *base = t->vm_top;
    int nl = co->nlocals, n = nl + co->stacksize;
    if (t->depth >= t->interp->recursion_limit ||
        base + sizeof(MpsFrame) / sizeof(MpsValue) + (size_t)n > t->stack_end) return NULL;
    MpsFrame *f = (MpsFrame *)base;
    f->prev = t->frame;
    f->code = co;
    f->func = fn;
    f->globals = fn->globals;
    f->builtins = t->interp->builtins;
    f->locals = MPS_NULL;
    f->ip = co->code;
    MpsValue *lp = f->localsplus;
    int i = 0;
    for (; i < argc; i++) lp[i] = argv[i];
    for (; i < n; i++) lp[i] = MPS_NULL;
    f->stack = lp + nl;
    f->sp = f->stack;
    f->end = lp + n;
    f->gen = NULL;
    f->is_entry = 0;
    f->yielded = 0;
    f->init_self = MPS_NULL;
    t->vm_top = f->end;
    t->frame = f;
    t->depth++;
    return f;
}

/* the iterator GET_ITER makes for a range: range.c's, but known to the VM
 * so that FOR_ITER can run it inline (never seen by mps code) */
static MpsValue vm_range_next(MpsThread *t, MpsIter *it) {
    MpsRange *r = (MpsRange *)it->a;
    if (it->i >= r->len) return MPS_NULL;
    int64_t v = r->start + it->i++ * r->step;
    return mps_int_from_i64(t, v);
}

/* ---------------------------------------------------------------- inline caches */

/* MPS_AC_SLOT: a __slots__ member of the instance's class, index = its
 * position in MpsInstance.slots (load: when set; store: always) */
enum { MPS_AC_NONE, MPS_AC_INST, MPS_AC_MODULE, MPS_AC_CLASS, MPS_AC_METHOD, MPS_AC_STORE, MPS_AC_SLOT };

static MpsAttrCache *attr_cache_alloc(MpsCode *co, const uint32_t *ip) {
    co->acache = calloc(2 * (size_t)(co->ncode ? co->ncode : 1), sizeof(MpsAttrCache));
    return co->acache ? &co->acache[2 * (ip - co->code - 1)] : NULL;
}
#define ATTR_CACHE(co, ip) ((co)->acache ? &(co)->acache[2 * ((ip) - (co)->code - 1)] : attr_cache_alloc((co), (ip)))

static bool name_is_dunder(MpsValue name) {
    const char *s = mps_str_data(name);
    return s[0] == '_' && s[1] == '_';
}

/* kinds without an instance dict (dict_slot() in class.c is NULL) */
static bool kind_has_no_dict(int k) {
    return k != MPS_K_INSTANCE && k != MPS_K_EXCEPTION && k != MPS_K_NATIVE && k != MPS_K_FUNCTION &&
           k != MPS_K_MODULE && k != MPS_K_CLASS && k != MPS_K_SUPER;
}

static void ac_set_index(MpsAttrCache *ac, MpsDict *d, MpsValue name) {
    int64_t ix = d ? mps_dict_index_str(d, name) : -1;
    ac->index = ix >= 0 ? (uint32_t)ix : UINT32_MAX;
}

/* descr, found on class c, is a member of c's instances' slots: its index */
/* a __slots__ member of instances of c: the entry reads or writes the
 * slot at its index; left empty (version 0) for any other descriptor */
static void ac_slot(MpsAttrCache *ac, MpsClass *c, MpsValue descr) {
    if (!mps_is_kind(descr, MPS_K_MEMBER) || MPS_MEMBER(descr)->index >= c->nslots) return;
    ac->index = MPS_MEMBER(descr)->index;
    ac->mode = MPS_AC_SLOT;
    ac->kind = MPS_K_INSTANCE;
    ac->version = c->version;
}

/* After a successful mps_getattr(obj, name) == v (LOAD_ATTR) or
 * mps_get_method (LOAD_METHOD; method: v is an unbound method found on
 * the class): remember how the lookup went when it can be replayed. */
/* two entries per instruction (a site that sees two classes, e.g. a base
 * class method called on base and subclass instances): the new entry goes
 * first, the previous first one becomes second */
static void ac_push(MpsAttrCache *acs, const MpsAttrCache *n) {
    if (!n->version) return;
    if (acs[0].version) acs[1] = acs[0];
    acs[0] = *n;
}

static void attr_cache_fill1(MpsAttrCache *ac, MpsValue obj, MpsValue name, MpsValue v, bool method);
static void attr_cache_fill(MpsAttrCache *acs, MpsValue obj, MpsValue name, MpsValue v, bool method) {
    MpsAttrCache n = { 0 };
    attr_cache_fill1(&n, obj, name, v, method);
    ac_push(acs, &n);
}

static void attr_cache_fill1(MpsAttrCache *ac, MpsValue obj, MpsValue name, MpsValue v, bool method) {
    ac->version = 0;
    if (!mps_is_obj(obj) || !(MPS_STR(name)->hdr.flags & MPS_STR_INTERNED) || name_is_dunder(name)) return;
    MpsObj *o = mps_obj(obj);
    /* a class's own __getattribute__ must see every lookup */
    if (!o->cls->is_builtin && mps_class_overrides_getattribute(mps_tls_thread, o->cls)) return;
    switch (o->kind) {
    case MPS_K_MODULE: {
        MpsDict *d = MPS_MODULE(obj)->dict;
        ac_set_index(ac, d, name);
        if (ac->index == UINT32_MAX || d->entries[ac->index].value != v) return;
        ac->mode = MPS_AC_MODULE;
        ac->kind = MPS_K_MODULE;
        ac->version = 1;
        return;
    }
    case MPS_K_CLASS: {
        MpsClass *c = MPS_CLASS(obj);
        if (!c->version || !c->mro) return;
        MpsValue descr = mps_class_lookup(c, name);
        if (!descr || descr != v) return;
        if (mps_is_obj(descr) && (mps_kind(descr) == MPS_K_INSTANCE || mps_kind(descr) == MPS_K_STATICMETHOD ||
                                  mps_kind(descr) == MPS_K_CLASSMETHOD || mps_kind(descr) == MPS_K_PROPERTY)) return;
        ac->mode = MPS_AC_CLASS;
        ac->kind = MPS_K_CLASS;
        ac->descr = descr;
        ac->version = c->version;
        return;
    }
    case MPS_K_INSTANCE: {
        MpsClass *c = o->cls;
        if (!c->version || !c->mro) return;
        if (method) {
            ac->mode = MPS_AC_METHOD;
            ac->kind = MPS_K_INSTANCE;
            ac->descr = v;
            ac->version = c->version;
            return;
        }
        MpsValue descr = mps_class_lookup(c, name);
        if (descr) {
            ac_slot(ac, c, descr);
            return;
        }
        if (c->cflags & MPS_CLASS_NODICT) return;
        MpsDict *d = MPS_INST(obj)->dict;
        ac_set_index(ac, d, name);
        if (ac->index == UINT32_MAX) return;
        ac->mode = MPS_AC_INST;
        ac->kind = MPS_K_INSTANCE;
        ac->version = c->version;
        return;
    }
    default:
        if (!method || !kind_has_no_dict(o->kind) || !o->cls->version || !o->cls->mro) return;
        if (!o->cls->is_builtin) return;    /* user subclass of list, str…: may have attributes */
        ac->mode = MPS_AC_METHOD;
        ac->kind = o->kind;
        ac->descr = v;
        ac->version = o->cls->version;
        return;
    }
}

/* STORE_ATTR on a plain instance: no data descriptor, no __setattr__ of
 * its own, not `object` itself -> the store is a dict store */
static void store_cache_fill1(MpsThread *t, MpsAttrCache *ac, MpsValue obj, MpsValue name);
static void store_cache_fill(MpsThread *t, MpsAttrCache *acs, MpsValue obj, MpsValue name) {
    MpsAttrCache n = { 0 };
    store_cache_fill1(t, &n, obj, name);
    ac_push(acs, &n);
}

static void store_cache_fill1(MpsThread *t, MpsAttrCache *ac, MpsValue obj, MpsValue name) {
    ac->version = 0;
    if (!mps_is_kind(obj, MPS_K_INSTANCE) || !(MPS_STR(name)->hdr.flags & MPS_STR_INTERNED) || name_is_dunder(name)) return;
    MpsClass *c = mps_obj(obj)->cls;
    if (!c->version || !c->mro || c == t->interp->types[MPS_T_OBJECT]) return;
    MpsValue descr = mps_class_lookup(c, name);
    if (descr ? !mps_is_kind(descr, MPS_K_MEMBER) : (c->cflags & MPS_CLASS_NODICT) != 0) return;
    MpsValue sa = mps_intern_cstr(t, "__setattr__");     /* only on a cache miss */
    if (!sa) { mps_exc_clear(t); return; }
    MpsValue h = mps_class_lookup(c, sa);
    if (h && mps_is_kind(h, MPS_K_FUNCTION)) return;
    if (descr) {
        ac_slot(ac, c, descr);
        return;
    }
    ac_set_index(ac, MPS_INST(obj)->dict, name);
    ac->mode = MPS_AC_STORE;
    ac->kind = MPS_K_INSTANCE;
    ac->version = c->version;
}

/* class call fast path: user classes with object's __new__ and a plain
 * mps __init__ -- the VM creates the instance and runs __init__ inline */
#define INIT_CACHE 256          /* = the size of MpsInterp.init_cache */

static MpsValue class_plain_init(MpsThread *t, MpsClass *cls) {
    unsigned h = cls->version & (INIT_CACHE - 1);
    __typeof__(t->interp->init_cache[0]) *init_cache = t->interp->init_cache;
    if (init_cache[h].cls == cls && init_cache[h].version == cls->version) return init_cache[h].init;
    MpsInterp *in = t->interp;
    MpsClass *object = in->types[MPS_T_OBJECT];
    MpsValue init = MPS_NULL;
    /* a metaclass of its own may define __call__: the slow path asks */
    if (cls->is_builtin || !cls->hdr.cls->is_builtin || !cls->version || !mps_is_tuple(cls->mro)) return MPS_NULL;
    MpsClass *c = cls;
    while (c && !c->ctor) c = c->base;
    if (c == object) {
        MpsValue newf = mps_class_lookup(cls, in->s_new);
        MpsValue f = mps_class_lookup(cls, in->s_init);
        if (newf == mps_dict_get_str(object->dict, in->s_new) && f && mps_is_kind(f, MPS_K_FUNCTION) &&
            !(MPS_FUNC(f)->code->flags & MPS_CO_GENERATOR)) {
            /* the class defining it must be a user class (call_class's rule) */
            MpsTuple *mro = MPS_TUPLE(cls->mro);
            for (size_t i = 0; i < mro->len; i++) {
                MpsClass *k = MPS_CLASS(mro->items[i]);
                if (k->dict && mps_dict_get_str(k->dict, in->s_init) == f) {
                    if (!k->is_builtin) init = f;
                    break;
                }
            }
        }
    }
    init_cache[h].cls = cls;
    init_cache[h].version = cls->version;
    init_cache[h].init = init;
    return init;
}

/* A thread's first frame: nothing lives on its value stack yet, so a
 * small stack given by mps_thread_new can be swapped for a big one
 * (address space only; pages are touched as frames use them). */
static void vm_stack_regrow(MpsThread *t) {
    MpsValue *s = malloc(VM_STACK_VALUES * sizeof(MpsValue));
    if (!s) return;
    free(t->stack);
    t->stack = t->vm_top = s;
    t->stack_end = s + VM_STACK_VALUES;
}

MpsFrame *mps_frame_push(MpsThread *t, MpsCode *co, MpsFunction *fn, MpsDict *globals, MpsValue locals) {
    if (!t->vm_top && mps_vm_stack_init(t) < 0) return NULL;
    if (!t->frame && t->vm_top == t->stack && (size_t)(t->stack_end - t->stack) < VM_STACK_VALUES) vm_stack_regrow(t);
    if (t->depth >= t->interp->recursion_limit) { raise_recursion(t); return NULL; }
    MpsValue *base = t->vm_top;
    size_t words = mps_frame_size(co) / sizeof(MpsValue);
    if (base + words > t->stack_end) { raise_recursion(t); return NULL; }
    MpsFrame *f = (MpsFrame *)base;
    mps_frame_init(t, f, co, fn, globals, locals);
    t->vm_top = f->end;
    f->prev = t->frame;
    t->frame = f;
    t->depth++;
    return f;
}

void mps_frame_pop(MpsThread *t, MpsFrame *f) {
    t->frame = f->prev;
    t->depth--;
    if (!f->gen) t->vm_top = (MpsValue *)f;
}

static MpsValue new_cell(MpsThread *t, MpsValue v) {
    MpsCell *c = mps_gc_alloc(t, sizeof(MpsCell), MPS_K_CELL, MPS_TYPE(t, CELL));
    if (!c) return MPS_NULL;
    c->v = v;
    return mps_from_obj(c);
}

int mps_frame_cells(MpsThread *t, MpsFrame *f) {
    MpsCode *co = f->code;
    MpsValue *cells = f->localsplus + co->nlocals;
    for (int i = 0; i < co->ncells; i++) {
        MpsValue v = MPS_NULL;
        if (co->cell2arg && co->cell2arg[i] >= 0) v = f->localsplus[co->cell2arg[i]];
        MpsValue c = new_cell(t, v);
        if (!c) return -1;
        cells[i] = c;
    }
    if (co->nfree) {
        MpsFunction *fn = f->func;
        if (!fn || !mps_is_tuple(fn->closure) || (int)MPS_TUPLE(fn->closure)->len != co->nfree) {
            MPS_RAISE(t, SystemError, "function closure does not match its code");
            return -1;
        }
        memcpy(cells + co->ncells, MPS_TUPLE(fn->closure)->items, (size_t)co->nfree * sizeof(MpsValue));
    }
    return 0;
}

int mps_code_line(MpsCode *co, uint32_t i) {
    if (co->ncode == 0) return co->firstline;
    if (i >= co->ncode) i = co->ncode - 1;
    return co->lines[i];
}

/* the exception being handled becomes the new one's __context__ */
static void set_context(MpsThread *t) {
    MpsValue exc = t->exc, h = t->handled;
    if (!h || h == MPS_NONE || h == exc || !mps_is_exc(exc) || !mps_is_exc(h)) return;
    MpsException *e = MPS_EXC(exc);
    if (e->context != MPS_NONE && e->context != MPS_NULL) return;
    /* avoid cycles: cut exc out of h's context chain */
    MpsValue o = h;
    for (int n = 0; mps_is_exc(o) && n < 1000; n++) {
        MpsValue nx = MPS_EXC(o)->context;
        if (nx == exc) { MPS_EXC(o)->context = MPS_NONE; break; }
        o = nx;
    }
    e->context = h;
}

static int vm_breaker(MpsThread *t) {
    unsigned bits = atomic_load_explicit(&t->interp->eval_breaker, memory_order_relaxed);
    if (bits & MPS_BREAK_GC) mps_gc_maybe_collect(t);
    if (t->interp->hooks.on_eval_break && (bits & ~MPS_BREAK_GC))
        return t->interp->hooks.on_eval_break(t);
    return 0;
}

static MpsValue name_error(MpsThread *t, MpsFrame *f, MpsValue name) {
    MPS_RAISE(t, NameError, "name '%S' is not defined", name);
    mps_exc_suggest_name(t->exc, name, f->code->varnames, f->globals, t->interp->builtins);
    return MPS_NULL;
}

static MpsValue unbound_local(MpsThread *t, MpsValue name) {
    return MPS_RAISE(t, UnboundLocalError, "cannot access local variable '%S' where it is not associated with a value", name);
}

static MpsValue deref_name(MpsCode *co, int i) {
    if (i < co->nlocals) return MPS_TUPLE(co->varnames)->items[i];
    i -= co->nlocals;
    if (i < co->ncells) return MPS_TUPLE(co->cellvars)->items[i];
    return MPS_TUPLE(co->freevars)->items[i - co->ncells];
}

static MpsValue unbound_deref(MpsThread *t, MpsCode *co, int i) {
    MpsValue name = deref_name(co, i);
    if (i < co->nlocals + co->ncells) return unbound_local(t, name);
    return MPS_RAISE(t, NameError, "cannot access free variable '%S' where it is not associated with a value in enclosing scope", name);
}

/* `except type:` — type is a class or a flat tuple of classes, every one
 * checked before matching (CPython rejects `except (E, 5)` even when E
 * matches, and nested tuples) */
static int exc_class_ok(MpsThread *t, MpsValue type) {
    if (mps_is_class(type) && mps_is_subclass(MPS_CLASS(type), MPS_EXCCLS(t, BaseException))) return 1;
    MPS_RAISE(t, TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return 0;
}

static int exc_matches_class(MpsThread *t, MpsValue exc, MpsValue type) {
    if (mps_is_tuple(type)) {
        MpsTuple *tp = MPS_TUPLE(type);
        for (size_t i = 0; i < tp->len; i++)
            if (!exc_class_ok(t, tp->items[i])) return -1;
        for (size_t i = 0; i < tp->len; i++)
            if (mps_isinstance(t, exc, MPS_CLASS(tp->items[i]))) return 1;
        return 0;
    }
    if (!exc_class_ok(t, type)) return -1;
    return mps_isinstance(t, exc, MPS_CLASS(type));
}

static MpsValue import_from(MpsThread *t, MpsValue mod, MpsValue name) {
    MpsValue v = mps_getattr_opt(t, mod, name);
    if (v || t->exc) return v;
    /* a submodule imported but not yet an attribute: sys.modules["m.name"] */
    MpsValue mname = mps_getattr_opt(t, mod, t->interp->s_name);
    if (!mname && t->exc) return MPS_NULL;
    if (mname && mps_is_str(mname) && t->interp->modules) {
        MpsValue full = mps_str_printf(t, "%S.%S", mname, name);
        if (!full) return MPS_NULL;
        MpsValue m = MPS_NULL;
        int r = mps_dict_lookup(t, t->interp->modules, full, &m);
        if (r < 0) return MPS_NULL;
        if (r > 0) return m;
    }
    MpsValue file = mps_getattr_opt(t, mod, t->interp->s_file);
    if (!file && t->exc) return MPS_NULL;
    if (!mname || !mps_is_str(mname)) mname = mps_str_cstr_new(t, "<unknown module name>");
    if (!mname) return MPS_NULL;
    if (file && mps_is_str(file))
        return MPS_RAISE(t, ImportError, "cannot import name '%S' from '%S' (%S)", name, mname, file);
    return MPS_RAISE(t, ImportError, "cannot import name '%S' from '%S' (unknown location)", name, mname);
}

/* a namespace that is a plain dict (not a subclass, not another mapping) */
static inline bool ns_plain(MpsValue ns) {
    return mps_is_dict(ns) && mps_obj(ns)->cls->is_builtin;
}

/* ns[name] = v in a module or class namespace of any mapping */
static int ns_set(MpsThread *t, MpsValue ns, MpsValue name, MpsValue v) {
    return ns_plain(ns) ? mps_dict_set(t, MPS_DICT(ns), name, v) : mps_setitem(t, ns, name, v);
}

static int import_star(MpsThread *t, MpsValue mod, MpsValue dest) {
    MpsValue all = mps_getattr_opt(t, mod, mps_intern_cstr(t, "__all__"));
    if (!all && t->exc) return -1;
    if (all) {
        MPS_ROOT(t, all);
        MpsValue seq = mps_sequence_to_tuple(t, all);
        if (!seq) { MPS_UNROOT(t, 1); return -1; }
        MPS_ROOT(t, seq);
        for (size_t i = 0; i < MPS_TUPLE(seq)->len; i++) {
            MpsValue n = MPS_TUPLE(seq)->items[i];
            MpsValue v = mps_getattr(t, mod, mps_is_str(n) ? mps_intern(t, n) : n);
            if (!v || ns_set(t, dest, n, v) < 0) { MPS_UNROOT(t, 2); return -1; }
        }
        MPS_UNROOT(t, 2);
        return 0;
    }
    MpsDict *d = NULL;
    if (mps_is_kind(mod, MPS_K_MODULE)) d = MPS_MODULE(mod)->dict;
    else {
        MpsValue dv = mps_getattr(t, mod, t->interp->s_dict);
        if (!dv) return -1;
        if (!mps_is_dict(dv)) { MPS_RAISE(t, TypeError, "module has no __dict__"); return -1; }
        d = MPS_DICT(dv);
    }
    MpsValue k, v;
    for (size_t pos = 0; mps_dict_next(d, &pos, &k, &v); ) {
        if (mps_is_str(k) && mps_str_data(k)[0] == '_') continue;
        if (ns_set(t, dest, k, v) < 0) return -1;
    }
    return 0;
}

/* run the body of a class statement in namespace ns; returns the __class__ cell or None */
static MpsValue run_class_body(MpsThread *t, MpsFunction *fn, MpsDict *ns) {
    MpsFrame *f = mps_frame_push(t, fn->code, fn, fn->globals, mps_from_obj(ns));
    if (!f) return MPS_NULL;
    if (mps_frame_cells(t, f) < 0) { mps_frame_pop(t, f); return MPS_NULL; }
    f->is_entry = 1;
    return mps_vm_eval(t, f, MPS_NULL);
}

/* PEP 560: a base that is not a class names the classes it stands for
 * through __mro_entries__ (class L(list[int]) derives from list). Returns
 * the bases unchanged when no base does. */
static MpsValue resolve_bases(MpsThread *t, MpsValue bases) {
    MpsTuple *b = MPS_TUPLE(bases);
    MpsValue out = MPS_NULL;
    for (size_t i = 0; i < b->len; i++) {
        MpsValue base = b->items[i];
        MpsValue m = mps_is_class(base) ? MPS_NULL : mps_lookup_special(t, base, "__mro_entries__");
        if (!m) {
            if (out && mps_list_append(t, out, base) < 0) return MPS_NULL;
            continue;
        }
        if (!out) {
            out = mps_list_new(t, 0);
            if (!out) return MPS_NULL;
            MPS_ROOT(t, out);
            for (size_t j = 0; j < i; j++)
                if (mps_list_append(t, out, b->items[j]) < 0) { MPS_UNROOT(t, 1); return MPS_NULL; }
            MPS_UNROOT(t, 1);
        }
        MPS_ROOT(t, out);
        MpsValue args[2] = {base, bases};
        MpsValue r = mps_call(t, m, 2, args, MPS_NULL);
        if (r && !mps_is_tuple(r)) { MPS_RAISE(t, TypeError, "__mro_entries__ must return a tuple"); r = MPS_NULL; }
        int rc = r ? mps_list_extend(t, out, r) : -1;
        MPS_UNROOT(t, 1);
        if (rc < 0) return MPS_NULL;
    }
    if (!out) return bases;
    return mps_tuple_from(t, MPS_LIST(out)->len, MPS_LIST(out)->items);
}

/* The metaclass of a new class: the most derived of the one asked for and
 * those of the bases (CPython's _PyType_CalculateMetaclass). */
static MpsValue class_metaclass(MpsThread *t, MpsClass *winner, MpsValue bases) {
    MpsTuple *b = MPS_TUPLE(bases);
    for (size_t i = 0; i < b->len; i++) {
        if (!mps_is_class(b->items[i])) continue;
        MpsClass *m = mps_obj(b->items[i])->cls;
        if (mps_is_subclass(winner, m)) continue;
        if (mps_is_subclass(m, winner)) { winner = m; continue; }
        return MPS_RAISE(t, TypeError, "metaclass conflict: the metaclass of a derived class must be "
                         "a (non-strict) subclass of the metaclasses of all its bases");
    }
    return mps_from_obj(winner);
}

/* LOAD_NAME's look-up in a namespace: any other mapping than a plain dict
 * (a dict subclass from __prepare__, exec's locals) is asked through its
 * __getitem__ (KeyError: not there) */
static __attribute__((noinline)) int ns_lookup(MpsThread *t, MpsValue ns, MpsValue name, MpsValue *out) {
    if (ns_plain(ns)) return mps_dict_lookup(t, MPS_DICT(ns), name, out);
    MpsValue v = mps_getitem(t, ns, name);
    if (v) { *out = v; return 1; }
    if (!mps_exc_matches(t, MPS_EXCCLS(t, KeyError))) return -1;
    mps_exc_clear(t);
    return 0;
}

/* STORE_NAME and DELETE_NAME (v == MPS_NULL): out of the loop's body, so
 * that the rare namespace of another mapping does not weigh on the
 * register allocation of mps_vm_eval */
static __attribute__((noinline)) int ns_store(MpsThread *t, MpsFrame *f, MpsValue name, MpsValue v) {
    if (!ns_plain(f->locals)) {
        /* a class body in a namespace from __prepare__, exec's locals */
        if ((v ? mps_setitem(t, f->locals, name, v) : mps_delitem(t, f->locals, name)) == 0) return 0;
        if (!v && mps_exc_matches(t, MPS_EXCCLS(t, KeyError))) { mps_exc_clear(t); name_error(t, f, name); }
        return -1;
    }
    MpsDict *d = MPS_DICT(f->locals);
    if (v) return mps_dict_set(t, d, name, v);
    int rr = mps_dict_del(t, d, name);
    if (rr == 0) name_error(t, f, name);
    return rr > 0 ? 0 : -1;
}

/* class C(..., metaclass=M, **kw): ns = M.__prepare__(name, bases, **kw)
 * when M has one, the body runs in ns, then M(name, bases, ns, **kw) makes
 * the class. The caller keeps meta and the tuples alive. */
static MpsValue build_class_meta(MpsThread *t, MpsFunction *fn, MpsValue name, MpsValue meta,
                                 MpsValue bases, MpsValue orig, MpsDict *ns, MpsValue kwargs) {
    size_t nkw = kwargs ? MPS_DICT(kwargs)->len : 0;
    MpsValue kwnames = MPS_NULL;
    MpsValue *args = calloc(3 + nkw, sizeof *args);
    if (!args) return mps_raise_nomem(t);
    MpsValue r = MPS_NULL;
    int nroot = 0;
    if (nkw) {
        kwnames = mps_tuple_new(t, nkw);
        if (!kwnames) goto out;
        MPS_ROOT(t, kwnames); nroot++;
        MpsValue k, v;
        size_t i = 0;
        for (size_t pos = 0; mps_dict_next(MPS_DICT(kwargs), &pos, &k, &v); i++) {
            MPS_TUPLE(kwnames)->items[i] = k;
            args[3 + i] = v;
        }
    }
    MpsValue pn = mps_intern_cstr(t, "__prepare__");
    if (!pn) goto out;
    MpsValue prep = mps_is_class(meta) ? mps_class_lookup(MPS_CLASS(meta), pn) : MPS_NULL;
    if (prep) {
        /* name, bases and then the keywords' values, as the call below */
        args[1] = name; args[2] = bases;
        MpsValue ga = mps_getattr_cstr(t, meta, "__prepare__");
        MpsValue d = ga ? mps_call(t, ga, 2, args + 1, kwnames) : MPS_NULL;
        if (!d) goto out;
        if (!mps_is_dict(d)) {
            MPS_RAISE(t, TypeError, "%S.__prepare__() must return a mapping, not %T",
                      mps_is_class(meta) ? MPS_CLASS(meta)->name : name, d);
            goto out;
        }
        MpsDict *nd = MPS_DICT(d);
        MpsValue k, v;
        for (size_t pos = 0; mps_dict_next(ns, &pos, &k, &v); )
            if (mps_setitem(t, d, k, v) < 0) goto out;
        ns = nd;
    }
    MPS_ROOT(t, mps_from_obj(ns)); nroot++;
    MpsValue cell = run_class_body(t, fn, ns);
    if (!cell) goto out;
    MPS_ROOT(t, cell); nroot++;
    if (bases != orig && mps_dict_set_cstr(t, ns, "__orig_bases__", orig) < 0) goto out;
    args[0] = name; args[1] = bases; args[2] = mps_from_obj(ns);
    r = mps_call(t, meta, 3, args, kwnames);
    if (r && mps_is_class(r) && mps_is_kind(cell, MPS_K_CELL)) ((MpsCell *)cell)->v = r;
out:
    MPS_UNROOT(t, nroot);
    free(args);
    return r;
}

static MpsValue build_class(MpsThread *t, MpsFrame *f, MpsValue *base, int nbases, MpsValue kwargs, MpsValue *scratch) {
    MpsValue fnv = base[0], name = base[1];
    if (!mps_is_kind(fnv, MPS_K_FUNCTION)) return MPS_RAISE(t, TypeError, "class body is not a function");
    MpsFunction *fn = MPS_FUNC(fnv);
    MpsValue bases = mps_tuple_from(t, (size_t)nbases, base + 2);
    if (!bases) return MPS_NULL;
    scratch[0] = bases;
    MpsDict *ns = mps_dict_new(t);
    if (!ns) return MPS_NULL;
    scratch[1] = mps_from_obj(ns);
    MpsValue modname = mps_dict_get_str(f->globals, t->interp->s_name);
    if (modname && mps_dict_set(t, ns, t->interp->s_module, modname) < 0) return MPS_NULL;
    if (mps_dict_set(t, ns, t->interp->s_qualname, fn->qualname) < 0) return MPS_NULL;
    MpsValue orig = bases;
    bases = resolve_bases(t, bases);
    if (!bases) return MPS_NULL;
    scratch[0] = bases;
    if (nbases > 0) base[2] = orig;   /* its items were copied: the slot keeps the tuple alive */
    /* the metaclass: asked for (metaclass=M, a keyword type.__new__ must
     * not see) or the most derived of the bases' */
    MpsValue meta = MPS_NULL;
    if (kwargs) {
        MpsValue mk = mps_intern_cstr(t, "metaclass");
        meta = mk ? mps_dict_get_str(MPS_DICT(kwargs), mk) : MPS_NULL;
        if (meta) {
            MPS_ROOT(t, meta);
            int rc = mps_dict_del(t, MPS_DICT(kwargs), mk);
            MPS_UNROOT(t, 1);
            if (rc < 0) return MPS_NULL;
        }
    }
    if (!meta || mps_is_class(meta)) {
        MPS_ROOT(t, meta ? meta : MPS_NONE);
        MpsValue w = class_metaclass(t, meta ? MPS_CLASS(meta) : MPS_TYPE(t, CLASS), bases);
        MPS_UNROOT(t, 1);
        if (!w) return MPS_NULL;
        meta = w == mps_from_obj(MPS_TYPE(t, CLASS)) ? MPS_NULL : w;
    }
    if (meta) {
        MPS_ROOT(t, meta);
        MPS_ROOT(t, orig);
        MpsValue r = build_class_meta(t, fn, name, meta, bases, orig, ns, kwargs);
        MPS_UNROOT(t, 2);
        return r;
    }
    MpsValue cell = run_class_body(t, fn, ns);
    if (!cell) return MPS_NULL;
    if (bases != orig && mps_dict_set_cstr(t, ns, "__orig_bases__", orig) < 0) return MPS_NULL;
    MpsClass *cls = mps_class_create(t, name, bases, ns);
    if (!cls) return MPS_NULL;
    MpsValue q = mps_dict_get_str(ns, t->interp->s_qualname);
    if (q && mps_is_str(q)) cls->qualname = q;
    MpsValue m = mps_dict_get_str(ns, t->interp->s_module);
    if (m && mps_is_str(m)) cls->module = m;
    if (mps_is_kind(cell, MPS_K_CELL)) ((MpsCell *)cell)->v = mps_from_obj(cls);
    if (mps_class_finish(t, cls, kwargs) < 0) return MPS_NULL;
    return mps_from_obj(cls);
}

static MpsValue make_function(MpsThread *t, MpsFrame *f, int flags, MpsValue *sp) {
    /* stack: [defaults] [kwdefaults] [annotations] [closure] code qualname */
    MpsValue qualname = sp[-1], code = sp[-2];
    MpsValue *p = sp - 2;
    MpsValue closure = MPS_NULL, kwdefaults = MPS_NULL, defaults = MPS_NULL, annotations = MPS_NULL;
    if (flags & 4) closure = *--p;
    if (flags & 8) annotations = *--p;
    if (flags & 2) kwdefaults = *--p;
    if (flags & 1) defaults = *--p;
    MpsValue fv = mps_function_new(t, MPS_CODE(code), f->globals, qualname);
    if (!fv) return MPS_NULL;
    MpsFunction *fn = MPS_FUNC(fv);
    fn->closure = closure;
    fn->kwdefaults = kwdefaults;
    fn->defaults = defaults;
    fn->annotations = annotations;
    return fv;
}

MpsValue mps_function_new(MpsThread *t, MpsCode *code, MpsDict *globals, MpsValue qualname) {
    MpsFunction *fn = mps_gc_alloc(t, sizeof(MpsFunction), MPS_K_FUNCTION, MPS_TYPE(t, FUNCTION));
    if (!fn) return MPS_NULL;
    fn->code = code;
    fn->globals = globals;
    fn->name = code->name;
    fn->qualname = qualname ? qualname : code->qualname;
    fn->defaults = fn->kwdefaults = fn->closure = fn->annotations = MPS_NULL;
    MpsValue doc = MPS_TUPLE(code->consts)->len ? MPS_TUPLE(code->consts)->items[0] : MPS_NONE;
    fn->doc = (code->flags & MPS_CO_FUNCTION) && mps_is_str(doc) ? doc : MPS_NONE;
    MpsValue mod = globals ? mps_dict_get_str(globals, t->interp->s_name) : MPS_NULL;
    fn->module = mod ? mod : MPS_NONE;
    return mps_from_obj(fn);
}

static int unpack_iterable(MpsThread *t, MpsValue v, int n, MpsValue *dst) {
    /* dst[0..n) get the values in order; dst[n] is scratch for the iterator */
    MpsValue it = mps_iter(t, v);
    if (!it) {
        if (mps_exc_matches(t, MPS_EXCCLS(t, TypeError))) {
            mps_exc_clear(t);
            MPS_RAISE(t, TypeError, "cannot unpack non-iterable %T object", v);
        }
        return -1;
    }
    dst[n] = it;
    for (int i = 0; i < n; i++) {
        MpsValue x = mps_next(t, it);
        if (!x) {
            if (!t->exc) MPS_RAISE(t, ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
            return -1;
        }
        dst[i] = x;
    }
    MpsValue x = mps_next(t, it);
    if (x) { MPS_RAISE(t, ValueError, "too many values to unpack (expected %d)", n); return -1; }
    return t->exc ? -1 : 0;
}

/* decimal text of a small int into the end of buf (at least 24 bytes);
 * returns the start */
static char *small_digits(intptr_t x, char *end) {
    static const char pairs[201] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    uintptr_t u = x < 0 ? (uintptr_t)0 - (uintptr_t)x : (uintptr_t)x;
    char *p = end;
    while (u >= 100) {          /* two digits per division */
        size_t r = (size_t)(u % 100) * 2;
        u /= 100;
        *--p = pairs[r + 1];
        *--p = pairs[r];
    }
    if (u >= 10) { *--p = pairs[u * 2 + 1]; *--p = pairs[u * 2]; }
    else *--p = (char)('0' + u);
    if (x < 0) *--p = '-';
    return p;
}

/* str(small int) without printf */
static MpsValue small_int_str(MpsThread *t, intptr_t x) {
    return mps_str_from_small(t, x);     /* vm/str.c: cached for 0..255 */
}

/* parse a format spec [0][width][d] for a small int: 0, or -1 when the
 * spec is anything else */
static int small_int_spec(MpsValue spec, size_t *width, bool *zero) {
    const char *s = mps_str_data(spec);
    size_t n = mps_str_size(spec), i = 0, w = 0;
    bool z = false;
    if (i < n && s[i] == '0') { z = true; i++; }
    while (i < n && s[i] >= '0' && s[i] <= '9' && w < 64) w = w * 10 + (size_t)(s[i++] - '0');
    if (i < n && s[i] == 'd') i++;
    if (i != n || w >= 64) return -1;
    *width = w;
    *zero = z;
    return 0;
}

/* write the digits p[0..len) padded to width (zero: after the sign) */
static char *put_padded(char *d, const char *p, size_t len, size_t width, bool zero) {
    size_t pad = len < width ? width - len : 0;
    if (zero && pad) {
        if (*p == '-') { *d++ = '-'; p++; len--; }
        memset(d, '0', pad);
    } else memset(d, ' ', pad);
    memcpy(d + pad, p, len);
    return d + pad + len;
}

/* format(small int, spec) for the specs [0][width][d]; MPS_NULL without
 * an exception when the spec is anything else */
static MpsValue small_int_format(MpsThread *t, intptr_t x, MpsValue spec) {
    size_t width;
    bool zero;
    if (small_int_spec(spec, &width, &zero) < 0) return MPS_NULL;
    char buf[24];
    char *p = small_digits(x, buf + sizeof buf);
    size_t len = (size_t)(buf + sizeof buf - p);
    size_t total = len < width ? width : len;
    MpsValue r = mps_str_alloc(t, total, total, true);
    if (!r) return MPS_NULL;
    put_padded(MPS_STR(r)->data, p, len, width, zero);
    return r;
}

static MpsValue format_value(MpsThread *t, MpsValue v, int flags, MpsValue spec) {
    if (mps_is_small(v) && (flags & 3) < 2) {
        if (!spec) return small_int_str(t, mps_small(v));
    }
    if (mps_is_small(v) && (flags & 3) == 0) {
        MpsValue r = small_int_format(t, mps_small(v), spec);
        if (r || t->exc) return r;
    }
    switch (flags & 3) {
    case 1: v = mps_to_str(t, v); break;
    case 2: v = mps_repr(t, v); break;
    case 3: v = mps_ascii(t, v); break;
    default: break;
    }
    if (!v) return MPS_NULL;
    if (!spec && mps_is_str(v) && mps_obj(v)->cls == MPS_TYPE(t, STR)) return v;
    if (!spec) spec = mps_intern_cstr(t, "");
    return mps_format(t, v, spec);
}

/* f-strings without temporaries. FORMAT_VALUE of a small int with no spec
 * may leave the int itself on the stack when the instructions that follow
 * certainly feed it to a BUILD_STRING (which formats small ints in place):
 * checked by simulating the stack depth over a short straight-line run of
 * LOAD_CONST/LOAD_FAST/BINARY_OP/FORMAT_VALUE/BUILD_STRING. The compiler
 * emits a lone FORMAT_VALUE for f'{x}', so the check is needed. */
static bool fstring_int_deferrable(const uint32_t *ip) {
    int d = 0;              /* values pushed above ours */
    for (int k = 0; k < 12; k++) {
        uint32_t w = ip[k], arg = MPS_ARG(w);
        switch (MPS_OP(w)) {
        case MPS_OP_LOAD_CONST: case MPS_OP_LOAD_FAST: d++; break;
        case MPS_OP_LOAD_FAST_LOAD_FAST: d += 2; break;
        case MPS_OP_BINARY_OP: if (d < 2) return false; d--; break;
        case MPS_OP_BINARY_OP_CONST: if (d < 1) return false; break;
        case MPS_OP_FORMAT_VALUE:
            if (arg & 4) { if (d < 2) return false; d--; }
            else if (d < 1) return false;
            break;
        case MPS_OP_BUILD_STRING:
            if ((int)arg > d) return true;
            d -= (int)arg - 1;
            break;
        default: return false;
        }
    }
    return false;
}

/* size/length/ascii of one BUILD_STRING piece: a str or a small int */
static inline bool piece_measure(MpsValue v, size_t *size, size_t *len, unsigned *ascii) {
    if (mps_is_small(v)) {
        intptr_t x = mps_small(v);
        uintptr_t u = x < 0 ? (uintptr_t)0 - (uintptr_t)x : (uintptr_t)x;
        size_t n = 1 + (x < 0);
        while (u >= 100) { u /= 100; n += 2; }
        n += u >= 10;
        *size += n;
        *len += n;
        return true;
    }
    if (!mps_is_str(v)) return false;
    *size += MPS_STR(v)->size;
    *len += MPS_STR(v)->len;
    *ascii &= MPS_STR(v)->hdr.flags;
    return true;
}

static inline char *piece_put(char *d, MpsValue v) {
    if (mps_is_small(v)) {
        char buf[24];
        char *p = small_digits(mps_small(v), buf + sizeof buf);
        size_t n = (size_t)(buf + sizeof buf - p);
        memcpy(d, p, n);
        return d + n;
    }
    memcpy(d, MPS_STR(v)->data, MPS_STR(v)->size);
    return d + MPS_STR(v)->size;
}

/* FORMAT_VALUE of the small int x (spec [0][width][d] or none) fused with
 * the k LOAD_CONSTs of strs and the BUILD_STRING that follow it: items are
 * the `below` pieces under x (strs or deferred small ints). MPS_NULL
 * without an exception when the pattern does not apply. */
static MpsValue fstring_fuse(MpsThread *t, const MpsValue *items, int below, intptr_t x,
                             MpsValue spec, const MpsValue *consts, const uint32_t *ip, int k) {
    size_t width = 0;
    bool zero = false;
    if (spec && small_int_spec(spec, &width, &zero) < 0) return MPS_NULL;
    char buf[24];
    char *p = small_digits(x, buf + sizeof buf);
    size_t dlen = (size_t)(buf + sizeof buf - p);
    size_t size = dlen < width ? width : dlen, len = size;
    unsigned ascii = MPS_STR_ASCII;
    for (int i = 0; i < below; i++)
        if (!piece_measure(items[i], &size, &len, &ascii)) return MPS_NULL;
    for (int j = 0; j < k; j++)
        piece_measure(consts[MPS_ARG(ip[j])], &size, &len, &ascii);
    MpsValue r = mps_str_alloc(t, size, len, ascii != 0);
    if (!r) return r;
    char *d = MPS_STR(r)->data;
    for (int i = 0; i < below; i++) d = piece_put(d, items[i]);
    d = put_padded(d, p, dlen, width, zero);
    for (int j = 0; j < k; j++) d = piece_put(d, consts[MPS_ARG(ip[j])]);
    return r;
}

static MpsValue build_string(MpsThread *t, int n, MpsValue *items) {
    size_t size = 0, len = 0;
    unsigned ascii = MPS_STR_ASCII;
    int i;
    /* one exact str (a format spec f'{x:05d}'): itself, strs are immutable */
    if (n == 1 && mps_is_str(items[0]) && mps_obj(items[0])->cls == MPS_TYPE(t, STR)) return items[0];
    for (i = 0; i < n && piece_measure(items[i], &size, &len, &ascii); i++)
        ;
    if (i == n) {
        MpsValue r = mps_str_alloc(t, size, len, ascii != 0);
        if (!r) return r;
        char *d = MPS_STR(r)->data;
        for (i = 0; i < n; i++) d = piece_put(d, items[i]);
        return r;
    }
    return MPS_RAISE(t, SystemError, "BUILD_STRING of a non-str");
}

/* "mod.qualname()" or "name()" as CPython names a callee in errors about
 * its ** arguments; "" when the callee is unknown */
static MpsValue callee_desc(MpsThread *t, MpsValue fn)
{
    if (fn && mps_is_kind(fn, MPS_K_BOUNDMETHOD)) fn = ((MpsBoundMethod *)fn)->func;
    if (fn && mps_is_kind(fn, MPS_K_FUNCTION)) {
        MpsFunction *f = (MpsFunction *)fn;
        MpsValue mod = f->globals ? mps_dict_get_str(f->globals, t->interp->s_name) : MPS_NULL;
        if (mod && mps_is_str(mod)) return mps_str_printf(t, "%S.%S() ", mod, f->qualname);
        return mps_str_printf(t, "%S() ", f->qualname);
    }
    if (fn && mps_is_kind(fn, MPS_K_BUILTIN)) return mps_str_printf(t, "%s() ", ((MpsBuiltin *)fn)->name);
    if (fn && mps_is_kind(fn, MPS_K_CLASS)) return mps_str_printf(t, "%S() ", ((MpsClass *)fn)->name);
    return mps_str_cstr_new(t, "");
}

static int dict_merge_kwargs(MpsThread *t, MpsDict *dst, MpsValue src, MpsValue fn, MpsValue *scratch) {
    MpsDict *d;
    if (mps_is_dict(src)) d = MPS_DICT(src);
    else {
        d = mps_dict_new(t);
        if (!d) return -1;
        *scratch = mps_from_obj(d);
        if (mps_dict_update(t, d, src) < 0) {
            if (mps_exc_matches(t, MPS_EXCCLS(t, TypeError)) || mps_exc_matches(t, MPS_EXCCLS(t, AttributeError))) {
                mps_exc_clear(t);
                MpsValue who = callee_desc(t, fn);
                if (who) MPS_RAISE(t, TypeError, "%Sargument after ** must be a mapping, not %T", who, src);
            }
            return -1;
        }
    }
    MpsValue k, v;
    for (size_t pos = 0; mps_dict_next(d, &pos, &k, &v); ) {
        if (!mps_is_str(k)) { MPS_RAISE(t, TypeError, "keywords must be strings"); return -1; }
        MpsValue old;
        int r = mps_dict_lookup(t, dst, k, &old);
        if (r < 0) return -1;
        if (r > 0) {
            MpsValue who = callee_desc(t, fn);
            if (who) MPS_RAISE(t, TypeError, "%Sgot multiple values for keyword argument '%S'", who, k);
            return -1;
        }
        if (mps_dict_set(t, dst, k, v) < 0) return -1;
    }
    return 0;
}

static int print_expr(MpsThread *t, MpsValue v) {
    if (v == MPS_NONE) return 0;
    MpsBuf b;
    mps_buf_init(&b);
    if (mps_repr_buf(t, v, &b) < 0) { mps_buf_free(&b); return -1; }
    mps_buf_addc(&b, '\n');
    if (t->interp->hooks.write_out) t->interp->hooks.write_out(t, 1, b.data, b.len);
    else { fwrite(b.data, 1, b.len, stdout); fflush(stdout); }
    mps_buf_free(&b);
    return mps_dict_set_cstr(t, t->interp->builtins, "_", v);
}

static MpsValue do_raise(MpsThread *t, MpsValue exc, MpsValue cause) {
    if (cause) {
        if (mps_is_class(cause)) {
            cause = mps_call0(t, cause);
            if (!cause) return MPS_NULL;
        } else if (cause != MPS_NONE && !mps_is_exc(cause))
            return MPS_RAISE(t, TypeError, "exception causes must derive from BaseException");
        MPS_ROOT(t, cause);
    }
    mps_raise_value(t, exc);
    if (cause) {
        MPS_UNROOT(t, 1);
        if (mps_is_exc(t->exc)) {
            MPS_EXC(t->exc)->cause = cause;
            MPS_EXC(t->exc)->suppress_context = true;
        }
    }
    return MPS_NULL;
}

/* The C stack of this OS thread: keep a margin below which the VM refuses
 * to nest deeper (C code calling back into mps code recurses in C). */
static void cstack_limit_init(MpsThread *t) {
    pthread_attr_t attr;
    void *addr;
    size_t size;
    char probe;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        if (pthread_attr_getstack(&attr, &addr, &size) == 0 && (char *)addr < &probe) {
            size_t margin = size / 8;
            if (margin < (256u << 10)) margin = 256u << 10;
            if (margin > size / 2) margin = size / 2;
            t->vm_cstack_limit = (char *)addr + margin;
        }
        pthread_attr_destroy(&attr);
    }
    if (!t->vm_cstack_limit) t->vm_cstack_limit = (char *)1;
}

/* C code that recurses through nested containers (repr, ==, hash,
 * serialization) counts its levels against the recursion limit, as
 * CPython's Py_EnterRecursiveCall does, and never lets the C stack run
 * out: a list nested 100000 deep is a RecursionError, not a crash. */
int mps_recursion_enter(MpsThread *t, const char *where) {
    char probe;
    if (!t->vm_cstack_limit) cstack_limit_init(t);
    if (t->depth >= t->interp->recursion_limit || &probe < t->vm_cstack_limit) {
        MPS_RAISE(t, RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    t->depth++;
    return 0;
}

void mps_recursion_leave(MpsThread *t) {
    t->depth--;
}

/* the C stack alone (for hashing, which CPython does not limit) */
int mps_cstack_check(MpsThread *t) {
    char probe;
    if (!t->vm_cstack_limit) cstack_limit_init(t);
    if (&probe < t->vm_cstack_limit) {
        MPS_RAISE(t, RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

/* ================================================================ the loop */

MpsValue mps_vm_eval(MpsThread *t, MpsFrame *f, MpsValue throwexc) {
    MPS_ASSERT_GIL(t);
#ifdef __GNUC__
    static const void *const dispatch[] = {
#define MPS_LABEL(name, kind, eff) &&L_##name,
        MPS_OPCODES(MPS_LABEL)
#undef MPS_LABEL
    };
#define TARGET(name) L_##name:
#define DISPATCH() do { w = *ip++; f->ip = ip; arg = MPS_ARG(w); goto *dispatch[MPS_OP(w)]; } while (0)
#else
#define TARGET(name) case MPS_OP_##name:
#define DISPATCH() continue
#endif
    MpsInterp *in = t->interp;
    MpsCode *co;
    const uint32_t *ip;
    MpsValue *sp, *lp;
    MpsValue *consts, *names;
    uint32_t w, arg;
    MpsValue v, a, b, r;

    {
        char probe;
        if (!t->vm_cstack_limit) cstack_limit_init(t);
        if (++t->cdepth > MPS_MAX_CDEPTH || &probe < t->vm_cstack_limit) {
            raise_recursion(t);
            goto exit_error_noframe;
        }
    }

#define LOAD_FRAME() do { co = f->code; ip = f->ip; sp = f->sp; lp = f->localsplus; \
        consts = MPS_TUPLE(co->consts)->items; names = MPS_TUPLE(co->names)->items; } while (0)
#define PUSH(x) (*sp++ = (x))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(x) (sp[-1] = (x))
#define JUMPTO(x) (ip = co->code + (x))
/* conditional jumps: a backward one (comprehension filters) is a loop edge */
#define JUMPTO_COND(x) do { const uint32_t *dst_ = co->code + (x); bool back_ = dst_ < ip; ip = dst_; \
        if (back_) BACK_EDGE(); } while (0)
#ifdef __GNUC__
/* a loop edge: check the breaker; a FOR_ITER at the loop head is reached by
 * a direct jump, not a dispatch */
#define BACK_EDGE() do { BREAKER(); w = *ip; if (MPS_OP(w) == MPS_OP_FOR_ITER) { \
        ip++; f->ip = ip; arg = MPS_ARG(w); goto L_FOR_ITER; } } while (0)
#else
#define BACK_EDGE() BREAKER()
#endif
#define BREAKER() do { if (atomic_load_explicit(&in->eval_breaker, memory_order_relaxed)) { \
        f->sp = sp; if (vm_breaker(t) < 0) goto error; } } while (0)

    LOAD_FRAME();
    {
        int resumed = f->yielded;
        f->yielded = 0;
        if (throwexc) {
            t->exc = throwexc;
            /* the traceback gets the line of the yield */
            goto error;
        }
        if (!resumed) BREAKER();
    }

#ifdef __GNUC__
    DISPATCH();
#else
    for (;;) {
        w = *ip++; f->ip = ip; arg = MPS_ARG(w);
        switch (MPS_OP(w)) {
#endif

    TARGET(NOP) DISPATCH();
    TARGET(POP_TOP) sp--; DISPATCH();
    TARGET(ROT_TWO) v = sp[-1]; sp[-1] = sp[-2]; sp[-2] = v; DISPATCH();
    TARGET(ROT_THREE) v = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = v; DISPATCH();
    TARGET(ROT_FOUR) v = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[-4]; sp[-4] = v; DISPATCH();
    TARGET(DUP_TOP) v = TOP(); PUSH(v); DISPATCH();
    TARGET(DUP_TOP_TWO) a = sp[-2]; b = sp[-1]; PUSH(a); PUSH(b); DISPATCH();
    TARGET(SWAP) v = sp[-1]; sp[-1] = sp[-(int)arg]; sp[-(int)arg] = v; DISPATCH();
    TARGET(COPY) v = sp[-(int)arg]; PUSH(v); DISPATCH();
    TARGET(PUSH_NULL) PUSH(MPS_NULL); DISPATCH();
    TARGET(LOAD_CONST) PUSH(consts[arg]); DISPATCH();

    TARGET(LOAD_FAST)
        v = mps_frame_local(&lp[arg]);
        if (v == MPS_NULL) { unbound_local(t, MPS_TUPLE(co->varnames)->items[arg]); goto error; }
        PUSH(v);
        DISPATCH();
    TARGET(LOAD_FAST_LOAD_FAST)
        v = mps_frame_local(&lp[arg & 0xfff]);
        if (v == MPS_NULL) { unbound_local(t, MPS_TUPLE(co->varnames)->items[arg & 0xfff]); goto error; }
        a = mps_frame_local(&lp[arg >> 12]);
        if (a == MPS_NULL) { unbound_local(t, MPS_TUPLE(co->varnames)->items[arg >> 12]); goto error; }
        sp[0] = v; sp[1] = a; sp += 2;
        DISPATCH();
    TARGET(LOAD_FAST_AUG)
        /* the slot keeps its tag: INPLACE_OP checks it is still there */
        v = lp[arg];
        if (v == MPS_NULL) { unbound_local(t, MPS_TUPLE(co->varnames)->items[arg]); goto error; }
        PUSH(mps_is_unique_tagged(v) ? v & ~MPS_UNIQUE_TAG : v);
        DISPATCH();
    TARGET(STORE_FAST) lp[arg] = POP(); DISPATCH();
    TARGET(DELETE_FAST)
        if (lp[arg] == MPS_NULL) { unbound_local(t, MPS_TUPLE(co->varnames)->items[arg]); goto error; }
        lp[arg] = MPS_NULL;
        DISPATCH();

    TARGET(LOAD_DEREF)
        v = ((MpsCell *)lp[arg])->v;
        if (v == MPS_NULL) { unbound_deref(t, co, (int)arg); goto error; }
        PUSH(v);
        DISPATCH();
    TARGET(STORE_DEREF) ((MpsCell *)lp[arg])->v = POP(); DISPATCH();
    TARGET(DELETE_DEREF)
        if (((MpsCell *)lp[arg])->v == MPS_NULL) { unbound_deref(t, co, (int)arg); goto error; }
        ((MpsCell *)lp[arg])->v = MPS_NULL;
        DISPATCH();
    TARGET(LOAD_CLASSDEREF) {
        MpsValue name = deref_name(co, (int)arg);
        if (f->locals) {
            int rr = ns_lookup(t, f->locals, name, &v);
            if (rr < 0) goto error;
            if (rr > 0) { PUSH(v); DISPATCH(); }
        }
        v = ((MpsCell *)lp[arg])->v;
        if (v == MPS_NULL) { unbound_deref(t, co, (int)arg); goto error; }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) PUSH(lp[arg]); DISPATCH();

    TARGET(LOAD_GLOBAL)
    load_global: {
        MpsGlobalCache *gc = &co->gcache[arg];
        MpsDict *g = f->globals, *bd = f->builtins;
        if (gc->globals == g && gc->gver == g->version && gc->bver == bd->version) { PUSH(gc->value); DISPATCH(); }
        v = mps_dict_get_str(g, names[arg]);
        if (!v) {
            v = mps_dict_get_str(bd, names[arg]);
            if (!v) { name_error(t, f, names[arg]); goto error; }
        }
        gc->globals = g; gc->gver = g->version; gc->bver = bd->version; gc->value = v;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL)
        v = POP();
        if (mps_dict_set(t, f->globals, names[arg], v) < 0) goto error;
        DISPATCH();
    TARGET(DELETE_GLOBAL) {
        int rr = mps_dict_del(t, f->globals, names[arg]);
        if (rr < 0) goto error;
        if (rr == 0) { name_error(t, f, names[arg]); goto error; }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        MpsValue name = names[arg];
        /* module code run with locals == globals: LOAD_GLOBAL's cache */
        if (f->locals == mps_from_obj(f->globals)) goto load_global;
        int rr = ns_lookup(t, f->locals, name, &v);
        if (rr < 0) goto error;
        if (rr > 0) { PUSH(v); DISPATCH(); }
        v = mps_dict_get_str(f->globals, name);
        if (!v) v = mps_dict_get_str(f->builtins, name);
        if (!v) { name_error(t, f, name); goto error; }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME)
        v = POP();
        if (f->locals == mps_from_obj(f->globals)) { if (mps_dict_set(t, f->globals, names[arg], v) < 0) goto error; }
        else if (ns_store(t, f, names[arg], v) < 0) goto error;
        DISPATCH();
    TARGET(SETUP_ANNOTATIONS) {
        /* a body that annotates names: its __annotations__, kept if the
         * namespace has one (the REPL's __main__ keeps adding to it) */
        int rr = ns_lookup(t, f->locals, names[arg], &v);
        if (rr < 0) goto error;
        if (rr == 0) {
            MpsDict *ann = mps_dict_new(t);
            if (!ann || ns_set(t, f->locals, names[arg], mps_from_obj(ann)) < 0) goto error;
        }
        DISPATCH();
    }
    TARGET(DELETE_NAME)
        if (ns_store(t, f, names[arg], MPS_NULL) < 0) goto error;
        DISPATCH();

    TARGET(LOAD_ATTR) {
        a = TOP();
        MpsAttrCache *acs = ATTR_CACHE(co, ip), *ac = acs;
        if (acs && mps_is_obj(a))
        for (int e = 0; e < 2; e++, ac++) if (ac->version && mps_obj(a)->kind == ac->kind) {
            MpsObj *o = mps_obj(a);
            MpsDict *d = NULL;
            if (ac->mode == MPS_AC_INST && o->cls->version == ac->version) d = MPS_INST(a)->dict;
            else if (ac->mode == MPS_AC_MODULE) d = MPS_MODULE(a)->dict;
            else if (ac->mode == MPS_AC_CLASS && MPS_CLASS(a)->version == ac->version) { SET_TOP(ac->descr); DISPATCH(); }
            else if (ac->mode == MPS_AC_SLOT && o->cls->version == ac->version && (v = MPS_INST(a)->slots[ac->index])) {
                SET_TOP(v);
                DISPATCH();
            }
            if (d) {
                uint32_t ix = ac->index;
                if (ix < d->used && d->entries[ix].key == names[arg]) { SET_TOP(d->entries[ix].value); DISPATCH(); }
                int64_t j = mps_dict_index_str(d, names[arg]);
                if (j >= 0) { ac->index = (uint32_t)j; SET_TOP(d->entries[j].value); DISPATCH(); }
            }
        }
        v = mps_getattr(t, a, names[arg]);
        if (!v) goto error;
        if (acs) attr_cache_fill(acs, a, names[arg], v, false);
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        a = sp[-1];
        MpsAttrCache *acs = ATTR_CACHE(co, ip), *ac = acs;
        if (acs && mps_is_kind(a, MPS_K_INSTANCE))
        for (int e = 0; e < 2; e++, ac++) if (ac->version && mps_obj(a)->cls->version == ac->version) {
            if (ac->mode == MPS_AC_SLOT) {
                MPS_INST(a)->slots[ac->index] = sp[-2];
                sp -= 2;
                DISPATCH();
            }
            if (ac->mode != MPS_AC_STORE) continue;
            MpsDict *d = MPS_INST(a)->dict;
            if (!d && (d = mps_dict_new(t)) != NULL) MPS_INST(a)->dict = d;
            if (d) {
                uint32_t ix = ac->index;
                if (ix < d->used && d->entries[ix].key == names[arg]) {
                    d->entries[ix].value = sp[-2];
                    d->version++;
                    sp -= 2;
                    DISPATCH();
                }
                if (mps_dict_set(t, d, names[arg], sp[-2]) < 0) goto error;
                ac_set_index(ac, d, names[arg]);
                sp -= 2;
                DISPATCH();
            }
        }
        if (mps_setattr(t, a, names[arg], sp[-2]) < 0) goto error;
        if (acs) store_cache_fill(t, acs, a, names[arg]);
        sp -= 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR)
        if (mps_setattr(t, sp[-1], names[arg], MPS_NULL) < 0) goto error;
        sp--;
        DISPATCH();
    TARGET(LOAD_METHOD) {
        a = TOP();
        MpsAttrCache *acs = ATTR_CACHE(co, ip), *ac = acs;
        if (acs && mps_is_obj(a))
        for (int e = 0; e < 2; e++, ac++) if (ac->version && mps_obj(a)->kind == ac->kind) {
            MpsObj *o = mps_obj(a);
            if (ac->mode == MPS_AC_METHOD && o->cls->version == ac->version) {
                MpsDict *d = o->kind == MPS_K_INSTANCE ? MPS_INST(a)->dict : NULL;
                if (!d || !d->len || !mps_dict_get_str(d, names[arg])) {
                    SET_TOP(ac->descr);
                    PUSH(a);
                    DISPATCH();
                }
            } else if (ac->mode == MPS_AC_CLASS && MPS_CLASS(a)->version == ac->version) {
                SET_TOP(ac->descr);
                PUSH(MPS_NULL);
                DISPATCH();
            } else if (ac->mode == MPS_AC_SLOT && o->cls->version == ac->version && (v = MPS_INST(a)->slots[ac->index])) {
                SET_TOP(v);
                PUSH(MPS_NULL);
                DISPATCH();
            } else if (ac->mode == MPS_AC_MODULE || (ac->mode == MPS_AC_INST && o->cls->version == ac->version)) {
                MpsDict *d = ac->mode == MPS_AC_MODULE ? MPS_MODULE(a)->dict : MPS_INST(a)->dict;
                if (d) {
                    uint32_t ix = ac->index;
                    if (ix < d->used && d->entries[ix].key == names[arg]) v = d->entries[ix].value;
                    else {
                        int64_t j = mps_dict_index_str(d, names[arg]);
                        v = j >= 0 ? d->entries[j].value : MPS_NULL;
                        if (j >= 0) ac->index = (uint32_t)j;
                    }
                    if (v) { SET_TOP(v); PUSH(MPS_NULL); DISPATCH(); }
                }
            }
        }
        int rr = mps_get_method(t, a, names[arg], &v);
        if (rr < 0) goto error;
        if (acs) attr_cache_fill(acs, a, names[arg], v, rr == 1);
        SET_TOP(v);
        PUSH(rr ? a : MPS_NULL);
        DISPATCH();
    }

    {
        MpsValue *base, *argv, kwnames;
        int argc;
    TARGET(CALL_METHOD)
        base = sp - arg - 2;
        kwnames = MPS_NULL;
        goto method_common;
    TARGET(CALL_METHOD_KW)
        kwnames = sp[-1];
        base = sp - arg - 3;
    method_common:
        if (base[1] != MPS_NULL) { argv = base + 1; argc = (int)arg + 1; }
        else { argv = base + 2; argc = (int)arg; }
        goto call_common;
    TARGET(CALL)
        base = sp - arg - 1;
        kwnames = MPS_NULL;
        argv = base + 1; argc = (int)arg;
        goto call_common;
    TARGET(CALL_KW)
        kwnames = sp[-1];
        base = sp - arg - 2;
        argv = base + 1; argc = (int)arg;
    call_common:
        if (kwnames) argc -= (int)MPS_TUPLE(kwnames)->len;
        v = base[0];
        if (mps_is_kind(v, MPS_K_FUNCTION) && !(MPS_FUNC(v)->code->flags & MPS_CO_GENERATOR)) {
            /* Python-to-Python call: a new frame in this same loop */
            MpsFunction *fn = MPS_FUNC(v);
            MpsCode *fco = fn->code;
            MpsFrame *nf;
            f->sp = base;
            if (!kwnames && argc == fco->argcount && !(fco->flags & (MPS_CO_VARARGS | MPS_CO_VARKW)) &&
                !fco->kwonlyargcount && !fco->ncells && !fco->nfree &&
                (nf = frame_push_exact(t, fn, fco, argc, argv)) != NULL) {
                f = nf;
                LOAD_FRAME();
                BREAKER();
                DISPATCH();
            }
            nf = mps_frame_push(t, fco, fn, fn->globals, MPS_NULL);
            if (!nf) goto error;
            if (mps_bind_args(t, nf, fn, argc, argv, kwnames) < 0) { mps_frame_pop(t, nf); goto error; }
            f = nf;
            LOAD_FRAME();
            BREAKER();
            DISPATCH();
        }
        if (mps_is_kind(v, MPS_K_CLASS)) {
            MpsClass *cls = MPS_CLASS(v);
            if (cls == MPS_TYPE(t, STR) && argc == 1 && !kwnames && mps_is_small(argv[0])) {
                r = small_int_str(t, mps_small(argv[0]));
                if (!r) goto error;
                sp = base;
                PUSH(r);
                DISPATCH();
            }
            MpsValue init = class_plain_init(t, cls);
            if (init) {
                /* instance of a plain user class: __init__ runs inline, its
                 * frame returns the instance (argv[-1] is a slot of ours) */
                MpsFunction *fn = MPS_FUNC(init);
                MpsValue obj = in->types[MPS_T_OBJECT]->ctor(t, cls, 0, NULL, MPS_NULL);
                if (!obj) goto error;
                argv[-1] = obj;
                f->sp = base;
                MpsFrame *nf = mps_frame_push(t, fn->code, fn, fn->globals, MPS_NULL);
                if (!nf) goto error;
                if (mps_bind_args(t, nf, fn, argc + 1, argv - 1, kwnames) < 0) { mps_frame_pop(t, nf); goto error; }
                nf->init_self = obj;
                f = nf;
                LOAD_FRAME();
                BREAKER();
                DISPATCH();
            }
        }
        r = mps_call(t, v, argc, argv, kwnames);
        if (!r) goto error;
        sp = base;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_EX) {
        MpsValue kw = sp[-1], args = sp[-2], fn = sp[-3];
        r = mps_call_ex(t, fn, args, kw);
        if (!r) goto error;
        sp -= 3;
        PUSH(r);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR)
        a = sp[-2]; b = sp[-1];
        if (mps_is_small(b) && mps_is_obj(a)) {
            intptr_t i = mps_small(b);
            if (!mps_obj(a)->cls->is_builtin) {
                /* a subclass may define __getitem__: the slow path */
            } else if (mps_kind(a) == MPS_K_LIST) {
                MpsList *l = MPS_LIST(a);
                if (i < 0) i += (intptr_t)l->len;
                if (i >= 0 && (size_t)i < l->len) { sp--; SET_TOP(l->items[i]); DISPATCH(); }
            } else if (mps_kind(a) == MPS_K_TUPLE) {
                MpsTuple *tp = MPS_TUPLE(a);
                if (i < 0) i += (intptr_t)tp->len;
                if (i >= 0 && (size_t)i < tp->len) { sp--; SET_TOP(tp->items[i]); DISPATCH(); }
            }
        }
        v = mps_getitem(t, a, b);
        if (!v) goto error;
        sp--;
        SET_TOP(v);
        DISPATCH();
    TARGET(STORE_SUBSCR)
        a = sp[-2]; b = sp[-1];
        if (mps_is_small(b) && mps_is_kind(a, MPS_K_LIST) && mps_obj(a)->cls == MPS_TYPE(t, LIST)) {
            MpsList *l = MPS_LIST(a);
            intptr_t i = mps_small(b);
            if (i < 0) i += (intptr_t)l->len;
            if (i >= 0 && (size_t)i < l->len) { l->items[i] = sp[-3]; sp -= 3; DISPATCH(); }
        }
        if (mps_setitem(t, a, b, sp[-3]) < 0) goto error;
        sp -= 3;
        DISPATCH();
    TARGET(DELETE_SUBSCR)
        if (mps_delitem(t, sp[-2], sp[-1]) < 0) goto error;
        sp -= 2;
        DISPATCH();
    TARGET(BUILD_SLICE)
        if (arg == 3) { v = mps_slice_new(t, sp[-3], sp[-2], sp[-1]); sp -= 2; }
        else { v = mps_slice_new(t, sp[-2], sp[-1], MPS_NONE); sp -= 1; }
        if (!v) goto error;
        SET_TOP(v);
        DISPATCH();

    TARGET(BINARY_OP_CONST)
    TARGET(INPLACE_OP_CONST)
        PUSH(consts[arg & 0xffff]);
        arg >>= 16;
        w = MPS_INSTR(MPS_OP(w) == MPS_OP_BINARY_OP_CONST ? MPS_OP_BINARY_OP : MPS_OP_INPLACE_OP, arg);
        goto binop;
    TARGET(BINARY_OP)
    TARGET(INPLACE_OP)
    binop:
        a = sp[-2]; b = sp[-1];
        if (mps_is_small(a) && mps_is_small(b)) {
            intptr_t x = mps_small(a), y = mps_small(b), z;
            switch (arg) {
            case MPS_BIN_ADD: z = x + y; if (mps_fits_small(z)) goto small_ok; break;
            case MPS_BIN_SUB: z = x - y; if (mps_fits_small(z)) goto small_ok; break;
            case MPS_BIN_MUL: if (!__builtin_mul_overflow(x, y, &z) && mps_fits_small(z)) goto small_ok; break;
            case MPS_BIN_AND: z = x & y; goto small_ok;
            case MPS_BIN_OR: z = x | y; goto small_ok;
            case MPS_BIN_XOR: z = x ^ y; goto small_ok;
            case MPS_BIN_FLOORDIV:
                if (y == 0 || (y == -1 && x == MPS_SMALL_MIN)) break;
                z = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) z--;
                goto small_ok;
            case MPS_BIN_MOD:
                if (y == 0) break;
                z = x % y;
                if (z != 0 && ((z < 0) != (y < 0))) z += y;
                goto small_ok;
            case MPS_BIN_RSHIFT:
                if (y < 0) break;
                z = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
                goto small_ok;
            default: break;
            }
            goto binop_slow;
        small_ok:
            sp--;
            SET_TOP(mps_from_small(z));
            DISPATCH();
        }
        if (arg == MPS_BIN_ADD && mps_is_str(a) && mps_is_str(b) && mps_obj(a)->cls->is_builtin &&
            mps_obj(b)->cls->is_builtin) {
            if (MPS_OP(w) == MPS_OP_INPLACE_OP && MPS_OP(*ip) == MPS_OP_STORE_FAST) {
                /* `s += x` into a fast local: append in place when only
                 * that local references s (code.h), and give the result
                 * the tag so that the next += may */
                MpsValue *slot = &lp[MPS_ARG(*ip)];
                bool own;
                v = mps_str_append(t, a, b, *slot == (a | MPS_UNIQUE_TAG), &own);
                if (!v) goto error;
                sp -= 2;
                *slot = own ? v | MPS_UNIQUE_TAG : v;
                ip++;
                DISPATCH();
            }
            v = mps_str_concat(t, a, b);
            if (!v) goto error;
            sp--;
            SET_TOP(v);
            DISPATCH();
        }
        if (mps_is_float(a) && mps_is_float(b) && arg <= MPS_BIN_TRUEDIV) {
            double x = mps_float_val(a), y = mps_float_val(b), z;
            switch (arg) {
            case MPS_BIN_ADD: z = x + y; break;
            case MPS_BIN_SUB: z = x - y; break;
            case MPS_BIN_MUL: z = x * y; break;
            default: if (y == 0.0) goto binop_slow; z = x / y; break;
            }
            v = mps_float_new(t, z);
            if (!v) goto error;
            sp--;
            SET_TOP(v);
            DISPATCH();
        }
    binop_slow:
        v = MPS_OP(w) == MPS_OP_INPLACE_OP ? mps_inplace_op(t, (MpsBinOp)arg, a, b) : mps_binop(t, (MpsBinOp)arg, a, b);
        if (!v) goto error;
        sp--;
        SET_TOP(v);
        DISPATCH();

    TARGET(UNARY_OP)
        a = TOP();
        if (arg == MPS_UN_NOT) {
            int tr = a == MPS_TRUE ? 1 : a == MPS_FALSE ? 0 : mps_truthy(t, a);
            if (tr < 0) goto error;
            SET_TOP(mps_bool(!tr));
            DISPATCH();
        }
        if (arg == MPS_UN_NEG && mps_is_small(a) && mps_small(a) != MPS_SMALL_MIN) {
            SET_TOP(mps_from_small(-mps_small(a)));
            DISPATCH();
        }
        v = mps_unaryop(t, (MpsUnOp)arg, a);
        if (!v) goto error;
        SET_TOP(v);
        DISPATCH();

    TARGET(COMPARE_OP_CONST)
        PUSH(consts[arg & 0xffff]);
        arg >>= 16;
        goto compare;
    TARGET(COMPARE_OP)
    compare:
        a = sp[-2]; b = sp[-1];
        if (mps_is_small(a) && mps_is_small(b)) {
            intptr_t x = (intptr_t)a, y = (intptr_t)b;   /* tagging keeps the order */
            bool res;
            switch (arg) {
            case MPS_CMP_LT: res = x < y; break;
            case MPS_CMP_LE: res = x <= y; break;
            case MPS_CMP_EQ: res = x == y; break;
            case MPS_CMP_NE: res = x != y; break;
            case MPS_CMP_GT: res = x > y; break;
            default: res = x >= y; break;
            }
            /* COMPARE_OP + POP_JUMP_IF_FALSE/TRUE */
            w = *ip;
            if (MPS_OP(w) == MPS_OP_POP_JUMP_IF_FALSE) {
                sp -= 2;
                if (res) ip++; else JUMPTO_COND(MPS_ARG(w));
                DISPATCH();
            }
            if (MPS_OP(w) == MPS_OP_POP_JUMP_IF_TRUE) {
                sp -= 2;
                if (!res) ip++; else JUMPTO_COND(MPS_ARG(w));
                DISPATCH();
            }
            sp--;
            SET_TOP(mps_bool(res));
            DISPATCH();
        }
        v = mps_compare(t, (MpsCmpOp)arg, a, b);
        if (!v) goto error;
        sp--;
        SET_TOP(v);
        DISPATCH();
    TARGET(IS_OP)
        b = POP();
        SET_TOP(mps_bool((TOP() == b) != (arg != 0)));
        DISPATCH();
    TARGET(CONTAINS_OP) {
        b = sp[-1]; a = sp[-2];
        int rr = mps_contains(t, b, a);
        if (rr < 0) goto error;
        sp--;
        SET_TOP(mps_bool((rr != 0) != (arg != 0)));
        DISPATCH();
    }

    TARGET(BUILD_TUPLE)
        v = mps_tuple_from(t, arg, sp - arg);
        if (!v) goto error;
        sp -= arg;
        PUSH(v);
        DISPATCH();
    TARGET(BUILD_LIST)
        v = mps_list_from(t, arg, sp - arg);
        if (!v) goto error;
        sp -= arg;
        PUSH(v);
        DISPATCH();
    TARGET(BUILD_SET)
        v = mps_set_new(t, false);
        if (!v) goto error;
        sp[0] = v;
        for (uint32_t i = 0; i < arg; i++)
            if (mps_set_add(t, v, sp[(int)i - (int)arg]) < 0) goto error;
        sp -= arg;
        PUSH(v);
        DISPATCH();
    TARGET(BUILD_MAP) {
        MpsDict *d = mps_dict_new(t);
        if (!d) goto error;
        sp[0] = mps_from_obj(d);
        MpsValue *p = sp - 2 * arg;
        for (uint32_t i = 0; i < arg; i++)
            if (mps_dict_set(t, d, p[2 * i], p[2 * i + 1]) < 0) goto error;
        sp = p;
        PUSH(mps_from_obj(d));
        DISPATCH();
    }
    TARGET(BUILD_STRING)
        v = build_string(t, (int)arg, sp - arg);
        if (!v) goto error;
        sp -= arg;
        PUSH(v);
        DISPATCH();
    TARGET(LIST_APPEND)
        v = POP();
        if (mps_list_append(t, sp[-(int)arg], v) < 0) goto error;
        DISPATCH();
    TARGET(SET_ADD)
        v = POP();
        if (mps_set_add(t, sp[-(int)arg], v) < 0) goto error;
        DISPATCH();
    TARGET(MAP_ADD)
        b = POP(); a = POP();
        if (mps_dict_set(t, MPS_DICT(sp[-(int)arg]), a, b) < 0) goto error;
        DISPATCH();
    TARGET(LIST_EXTEND)
        v = POP();
        if (mps_list_extend(t, sp[-(int)arg], v) < 0) {
            if (mps_exc_matches(t, MPS_EXCCLS(t, TypeError)) && !mps_callable(v)) {
                /* keep the message of CPython for f(*x) / [*x] */
                MpsValue it = mps_iter(t, v);
                if (!it) { mps_exc_clear(t); MPS_RAISE(t, TypeError, "Value after * must be an iterable, not %T", v); }
            }
            goto error;
        }
        DISPATCH();
    TARGET(SET_UPDATE) {
        v = sp[-1];             /* stays on the stack (rooted) while iterated */
        if (mps_set_update(t, sp[-1 - (int)arg], v) < 0) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(DICT_UPDATE)
        v = POP();
        if (mps_dict_update(t, MPS_DICT(sp[-(int)arg]), v) < 0) goto error;
        DISPATCH();
    TARGET(DICT_MERGE) {
        /* arg: depth of the dict; | 0x100 in a call, where the callee
         * sits below the args tuple (for the error message) */
        int depth = (int)(arg & 0xff);
        v = POP();
        if (dict_merge_kwargs(t, MPS_DICT(sp[-depth]), v, (arg & 0x100) ? sp[-depth - 2] : MPS_NULL,
                              sp + 1) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE)
        v = mps_sequence_to_tuple(t, TOP());
        if (!v) goto error;
        SET_TOP(v);
        DISPATCH();
    TARGET(UNPACK_SEQUENCE) {
        a = TOP();
        MpsValue *items;
        int64_t n = mps_seq_items_iter(t, a, &items);
        if (n == (int64_t)arg) {
            sp--;
            for (int64_t i = n - 1; i >= 0; i--) PUSH(items[i]);
            DISPATCH();
        }
        if (n >= 0) {
            if (n < (int64_t)arg) MPS_RAISE(t, ValueError, "not enough values to unpack (expected %d, got %d)", (int)arg, (int)n);
            else MPS_RAISE(t, ValueError, "too many values to unpack (expected %d)", (int)arg);
            goto error;
        }
        /* general iterable: collect above, then reverse into place */
        MpsValue *dst = sp;     /* sp[0 .. arg] are inside the frame (arg - 1 <= spare) */
        if (unpack_iterable(t, a, (int)arg, dst) < 0) goto error;
        sp--;
        /* dst == old sp == new sp + 1: shift down by one while reversing */
        {
            MpsValue tmpv[256];
            MpsValue *tmp = arg <= 256 ? tmpv : malloc(arg * sizeof(MpsValue));
            if (!tmp) { mps_raise_nomem(t); goto error; }
            for (uint32_t i = 0; i < arg; i++) tmp[i] = dst[i];
            for (uint32_t i = 0; i < arg; i++) sp[i] = tmp[arg - 1 - i];
            if (tmp != tmpv) free(tmp);
        }
        sp += arg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = (int)(arg & 0xff), after = (int)(arg >> 8);
        a = TOP();
        MpsValue lst = mps_sequence_to_list(t, a);
        if (!lst) {
            if (mps_exc_matches(t, MPS_EXCCLS(t, TypeError))) {
                mps_exc_clear(t);
                MPS_RAISE(t, TypeError, "cannot unpack non-iterable %T object", a);
            }
            goto error;
        }
        MpsValue *base = sp - 1;
        int total = before + 1 + after;
        base[total] = lst;      /* keep it reachable: within the spare slots */
        MpsList *l = MPS_LIST(lst);
        if ((int64_t)l->len < before + after) {
            MPS_RAISE(t, ValueError, "not enough values to unpack (expected at least %d, got %d)", before + after, (int)l->len);
            goto error;
        }
        MpsValue mid = mps_list_from(t, l->len - (size_t)before - (size_t)after, l->items + before);
        if (!mid) goto error;
        l = MPS_LIST(lst);
        for (int i = 0; i < before; i++) base[total - 1 - i] = l->items[i];
        base[total - 1 - before] = mid;
        for (int i = 0; i < after; i++) base[after - 1 - i] = l->items[l->len - (size_t)after + (size_t)i];
        sp = base + total;
        DISPATCH();
    }

    TARGET(GET_ITER)
        a = TOP();
        if (mps_is_kind(a, MPS_K_RANGE) && mps_obj(a)->cls == MPS_TYPE(t, RANGE)) {
            v = mps_iter_new(t, vm_range_next, a, MPS_NONE, MPS_NONE);
            if (!v) goto error;
            SET_TOP(v);
        } else if (!mps_is_kind(a, MPS_K_GENERATOR)) {
            v = mps_iter(t, a);
            if (!v) goto error;
            SET_TOP(v);
        }
        DISPATCH();
    TARGET(FOR_ITER)
        a = TOP();
        if (mps_is_kind(a, MPS_K_ITER)) {
            MpsIter *it = (MpsIter *)a;
            v = MPS_NULL;
            if (it->next == vm_range_next) {
                MpsRange *rg = (MpsRange *)it->a;
                if (it->i < rg->len) {
                    int64_t x = rg->start + it->i * rg->step;
                    if (mps_fits_small(x)) { it->i++; v = mps_from_small(x); }
                }
            } else if (it->next == mps_list_iter_next) {
                MpsList *l = MPS_LIST(it->a);
                if ((size_t)it->i < l->len) v = l->items[it->i++];
            }
            if (v) {
                /* FOR_ITER + STORE_FAST */
                if (MPS_OP(*ip) == MPS_OP_STORE_FAST) { lp[MPS_ARG(*ip)] = v; ip++; DISPATCH(); }
                PUSH(v);
                DISPATCH();
            }
        }
        v = mps_next(t, a);
        if (v) { PUSH(v); DISPATCH(); }
        if (t->exc) goto error;
        sp--;
        JUMPTO(arg);
        DISPATCH();
    TARGET(CLOSE_ITER)
        /* leaving a for loop over a temporary generator early: close it
         * now, as CPython's reference counting would */
        v = POP();
        if (mps_is_kind(v, MPS_K_GENERATOR) && mps_gen_close(t, v) < 0) goto error;
        DISPATCH();
    TARGET(JUMP_FORWARD) JUMPTO(arg); DISPATCH();
    TARGET(JUMP_BACKWARD)
        JUMPTO(arg);
        BACK_EDGE();
        DISPATCH();
    TARGET(POP_JUMP_IF_FALSE) {
        v = POP();
        if (v == MPS_FALSE) { JUMPTO_COND(arg); DISPATCH(); }
        if (v == MPS_TRUE) DISPATCH();
        int tr = mps_truthy(t, v);
        if (tr < 0) goto error;
        if (!tr) JUMPTO_COND(arg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        v = POP();
        if (v == MPS_TRUE) { JUMPTO_COND(arg); DISPATCH(); }
        if (v == MPS_FALSE) DISPATCH();
        int tr = mps_truthy(t, v);
        if (tr < 0) goto error;
        if (tr) JUMPTO_COND(arg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        v = TOP();
        int tr = v == MPS_TRUE ? 1 : v == MPS_FALSE ? 0 : mps_truthy(t, v);
        if (tr < 0) goto error;
        if (!tr) JUMPTO(arg); else sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        v = TOP();
        int tr = v == MPS_TRUE ? 1 : v == MPS_FALSE ? 0 : mps_truthy(t, v);
        if (tr < 0) goto error;
        if (tr) JUMPTO(arg); else sp--;
        DISPATCH();
    }

    TARGET(RETURN_VALUE)
        v = POP();
        if (f->is_entry) {
            mps_frame_pop(t, f);
            t->cdepth--;
            return v;
        }
        {
            MpsFrame *caller = f->prev;
            MpsValue self = f->init_self;
            mps_frame_pop(t, f);
            f = caller;
            LOAD_FRAME();
            if (self) {
                if (v != MPS_NONE) {
                    MPS_RAISE(t, TypeError, "__init__() should return None, not '%T'", v);
                    goto error;
                }
                v = self;
            }
            PUSH(v);
        }
        DISPATCH();

    TARGET(YIELD_VALUE)
        v = POP();
        f->sp = sp;
        f->yielded = 1;
        mps_frame_pop(t, f);
        t->cdepth--;
        return v;
    TARGET(GET_YIELD_FROM_ITER)
        a = TOP();
        if (!mps_is_kind(a, MPS_K_GENERATOR)) {
            v = mps_iter(t, a);
            if (!v) goto error;
            SET_TOP(v);
        }
        DISPATCH();
    TARGET(SEND) {
        b = POP(); a = TOP();
        int st;
        if (mps_is_kind(a, MPS_K_GENERATOR)) {
            st = mps_gen_resume(t, MPS_GEN(a), b, MPS_NULL, &v);
        } else if (b == MPS_NONE && mps_obj(a)->cls->is_builtin) {
            v = mps_next(t, a);
            st = v ? 1 : t->exc ? -1 : 0;
            if (!v) v = MPS_NONE;
        } else {
            /* a user iterator's StopIteration may carry the result */
            v = b == MPS_NONE ? mps_call_method(t, a, "__next__", 0, NULL)
                              : mps_call_method(t, a, "send", 1, &b);
            st = v ? 1 : -1;
            if (!v && mps_exc_matches(t, MPS_EXCCLS(t, StopIteration))) {
                MpsValue e = mps_exc_fetch(t);
                MpsValue args = MPS_EXC(e)->args;
                v = mps_is_tuple(args) && MPS_TUPLE(args)->len ? MPS_TUPLE(args)->items[0] : MPS_NONE;
                st = 0;
            }
        }
        if (st < 0) goto error;
        if (st == 1) { PUSH(v); DISPATCH(); }
        SET_TOP(v);
        JUMPTO(arg);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        int nargs = 2 + (arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1);
        v = make_function(t, f, (int)arg, sp);
        if (!v) goto error;
        sp -= nargs;
        PUSH(v);
        DISPATCH();
    }
    TARGET(BUILD_CLASS) {
        /* operand: number of bases, + 0x10000 when a dict of keywords follows them */
        MpsValue *base = sp - (arg & 0xffff) - 2 - (arg >> 16);
        f->sp = sp;
        v = build_class(t, f, base, (int)(arg & 0xffff), (arg >> 16) ? sp[-1] : MPS_NULL, sp);
        if (!v) goto error;
        sp = base;
        PUSH(v);
        DISPATCH();
    }
    TARGET(PRINT_EXPR)
        v = POP();
        if (print_expr(t, v) < 0) goto error;
        DISPATCH();

    TARGET(RAISE_VARARGS)
        if (arg == 0) {
            MpsValue h = t->handled;
            if (!h || h == MPS_NONE) { MPS_RAISE(t, RuntimeError, "No active exception to reraise"); goto error; }
            t->exc = h;
            goto exception_unwind;
        }
        if (arg == 2) { b = POP(); a = POP(); }
        else { a = POP(); b = MPS_NULL; }
        sp[0] = a; sp[1] = b;
        do_raise(t, a, b);
        goto error;
    TARGET(RERAISE)
        t->exc = POP();
        goto exception_unwind;
    TARGET(PUSH_EXC_INFO)
        v = TOP();
        SET_TOP(t->handled ? t->handled : MPS_NONE);
        PUSH(v);
        t->handled = v;
        DISPATCH();
    TARGET(POP_EXCEPT)
        v = POP();
        t->handled = v == MPS_NONE ? MPS_NULL : v;
        DISPATCH();
    TARGET(POP_EXCEPT_RERAISE)
        a = POP(); v = POP();
        t->handled = v == MPS_NONE ? MPS_NULL : v;
        t->exc = a;
        goto exception_unwind;
    TARGET(CHECK_EXC_MATCH) {
        b = POP();
        int rr = exc_matches_class(t, TOP(), b);
        if (rr < 0) goto error;
        PUSH(mps_bool(rr));
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        a = TOP();
        MpsValue enter = mps_getattr_opt(t, a, in->s_enter);
        if (!enter) {
            if (!t->exc) MPS_RAISE(t, TypeError, "'%s' object does not support the context manager protocol", mps_type_name(t, a));
            goto error;
        }
        sp[0] = enter;
        MpsValue exitf = mps_getattr_opt(t, a, in->s_exit);
        if (!exitf) {
            if (!t->exc) MPS_RAISE(t, TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)", mps_type_name(t, a));
            goto error;
        }
        SET_TOP(exitf);
        v = mps_call0(t, enter);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(WITH_EXIT) {
        MpsValue args3[3] = { MPS_NONE, MPS_NONE, MPS_NONE };
        v = mps_call(t, TOP(), 3, args3, MPS_NULL);
        if (!v) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        a = TOP();   /* the exception */
        sp[0] = mps_from_obj(mps_class_of(t, a));
        sp[1] = a;
        sp[2] = mps_is_exc(a) ? MPS_EXC(a)->traceback : MPS_NONE;
        v = mps_call(t, sp[-3], 3, sp, MPS_NULL);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) PUSH(mps_from_obj(MPS_EXCCLS(t, AssertionError))); DISPATCH();

    TARGET(IMPORT_NAME) {
        MpsValue fromlist = POP(), level = TOP();
        if (!in->hooks.import) { MPS_RAISE(t, ImportError, "import is not available"); goto error; }
        v = in->hooks.import(t, names[arg], fromlist, mps_is_small(level) ? (int)mps_small(level) : 0);
        if (!v) goto error;
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(IMPORT_FROM)
        v = import_from(t, TOP(), names[arg]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    TARGET(IMPORT_STAR)
        a = POP();
        if (import_star(t, a, f->locals) < 0) goto error;
        DISPATCH();
    TARGET(FORMAT_VALUE) {
        MpsValue spec = MPS_NULL;
        if (arg & 4) spec = POP();
        v = TOP();
        if (mps_is_small(v) && ((arg & 3) == 0 || ((arg & 3) == 1 && !spec))) {
            /* FORMAT_VALUE [LOAD_CONST str]* BUILD_STRING: one allocation */
            int k = 0;
            while (k < 4 && MPS_OP(ip[k]) == MPS_OP_LOAD_CONST && mps_is_str(consts[MPS_ARG(ip[k])])) k++;
            if (MPS_OP(ip[k]) == MPS_OP_BUILD_STRING && (int)MPS_ARG(ip[k]) > k &&
                (int)MPS_ARG(ip[k]) - k - 1 <= sp - 1 - f->localsplus) {
                int below = (int)MPS_ARG(ip[k]) - k - 1;
                r = fstring_fuse(t, sp - 1 - below, below, mps_small(v), spec, consts, ip, k);
                if (r) {
                    sp -= below + 1;
                    PUSH(r);
                    ip += k + 1;
                    DISPATCH();
                }
                if (t->exc) goto error;
            }
            /* no spec, consumed by a later BUILD_STRING: format it there */
            if (!spec && fstring_int_deferrable(ip)) DISPATCH();
        }
        v = format_value(t, v, (int)arg, spec);
        if (!v) goto error;
        SET_TOP(v);
        DISPATCH();
    }

#ifndef __GNUC__
        default:
            MPS_RAISE(t, SystemError, "unknown opcode %d", (int)MPS_OP(w));
            goto error;
        }
    }
#endif

error:
    /* a new exception in this frame: record where, link the context */
    set_context(t);
    mps_traceback_add(t, f, (uint32_t)(ip - co->code) - 1);
exception_unwind: {
        uint32_t idx = (uint32_t)(ip - co->code) - 1;
        MpsExcEntry *e = co->exctab;
        for (uint32_t i = 0; i < co->nexctab; i++, e++) {
            if (idx >= e->start && idx < e->end) {
                sp = f->stack + e->depth;
                PUSH(t->exc);
                t->exc = MPS_NULL;
                JUMPTO(e->handler);
                DISPATCH();
            }
            if (e->start > idx) break;
        }
        if (f->is_entry) {
            mps_frame_pop(t, f);
            t->cdepth--;
            return MPS_NULL;
        }
        MpsFrame *caller = f->prev;
        mps_frame_pop(t, f);
        f = caller;
        LOAD_FRAME();
        goto error;
    }
exit_error_noframe:
    t->cdepth--;
    mps_frame_pop(t, f);
    return MPS_NULL;
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef SET_TOP
#undef JUMPTO
#undef JUMPTO_COND
#undef BREAKER
#undef LOAD_FRAME
#undef TARGET
#undef DISPATCH
}

/* ================================================================ public API */

MpsValue mps_vm_run_locals(MpsThread *t, MpsValue code, MpsDict *globals, MpsValue locals) {
    if (!mps_is_kind(code, MPS_K_CODE)) return MPS_RAISE(t, TypeError, "expected a code object");
    if (!mps_dict_get_str(globals, t->interp->s_builtins) && t->interp->builtins_module) {
        if (mps_dict_set(t, globals, t->interp->s_builtins, t->interp->builtins_module) < 0) return MPS_NULL;
    }
    MpsFrame *f = mps_frame_push(t, MPS_CODE(code), NULL, globals, locals ? locals : mps_from_obj(globals));
    if (!f) return MPS_NULL;
    if (mps_frame_cells(t, f) < 0) { mps_frame_pop(t, f); return MPS_NULL; }
    f->is_entry = 1;
    return mps_vm_eval(t, f, MPS_NULL);
}

MpsValue mps_vm_run(MpsThread *t, MpsValue code, MpsDict *globals) {
    return mps_vm_run_locals(t, code, globals, MPS_NULL);
}

MpsDict *mps_vm_globals(MpsThread *t) {
    if (t->frame) return t->frame->globals;
    MpsValue m = t->interp->main_module;
    if (mps_is_kind(m, MPS_K_MODULE)) return MPS_MODULE(m)->dict;
    return t->interp->builtins;
}

/* d[name] = v, or name removed from d when v is unbound */
static int locals_put(MpsThread *t, MpsDict *d, MpsValue name, MpsValue v) {
    if (v) return mps_dict_set(t, d, name, v);
    return mps_dict_del(t, d, name) < 0 ? -1 : 0;
}

MpsValue mps_vm_locals(MpsThread *t) {
    if (!t->frame) return mps_from_obj(mps_vm_globals(t));
    return mps_vm_frame_locals(t, t->frame);
}

MpsValue mps_vm_frame_locals(MpsThread *t, MpsFrame *f) {
    MpsCode *co = f->code;
    if (!(co->flags & MPS_CO_FUNCTION)) return f->locals ? f->locals : mps_from_obj(f->globals);
    /* a function: one dict per frame, refreshed from the fast locals at
     * each call, as CPython 3.11 (what exec() stored there stays) */
    MpsDict *d = mps_is_dict(f->locals) ? MPS_DICT(f->locals) : mps_dict_new(t);
    if (!d) return MPS_NULL;
    f->locals = mps_from_obj(d);
    for (int i = 0; i < co->nlocals; i++) {
        MpsValue v = mps_frame_local(&f->localsplus[i]);
        if (locals_put(t, d, MPS_TUPLE(co->varnames)->items[i], v) < 0) return MPS_NULL;
    }
    for (int i = 0; i < co->ncells + co->nfree; i++) {
        MpsValue c = f->localsplus[co->nlocals + i];
        MpsValue v = mps_is_kind(c, MPS_K_CELL) ? ((MpsCell *)c)->v : MPS_NULL;
        if (locals_put(t, d, deref_name(co, co->nlocals + i), v) < 0) return MPS_NULL;
    }
    return mps_from_obj(d);
}

int mps_vm_current_line(MpsThread *t) {
    MpsFrame *f = t->frame;
    if (!f) return 0;
    return mps_code_line(f->code, (uint32_t)(f->ip - f->code->code) - (f->ip > f->code->code ? 1 : 0));
}

MpsValue mps_vm_current_filename(MpsThread *t) {
    return t->frame ? t->frame->code->filename : MPS_NONE;
}

static void visit_value(MpsVisit visit, void *ctx, MpsValue v) {
    if (mps_is_obj(v)) visit(v, ctx);
}

void mps_vm_traverse_frame(MpsFrame *f, MpsVisit visit, void *ctx) {
    visit_value(visit, ctx, mps_from_obj(f->code));
    if (f->func) visit_value(visit, ctx, mps_from_obj(f->func));
    if (f->globals) visit_value(visit, ctx, mps_from_obj(f->globals));
    if (f->builtins) visit_value(visit, ctx, mps_from_obj(f->builtins));
    visit_value(visit, ctx, f->locals);
    visit_value(visit, ctx, f->init_self);
    if (f->gen) visit_value(visit, ctx, mps_from_obj(f->gen));
    for (MpsValue *p = f->localsplus; p < f->end; p++) visit_value(visit, ctx, mps_is_unique_tagged(*p) ? *p & ~MPS_UNIQUE_TAG : *p);
}

void mps_vm_traverse_thread(MpsThread *t, MpsVisit visit, void *ctx) {
    for (MpsFrame *f = t->frame; f; f = f->prev) mps_vm_traverse_frame(f, visit, ctx);
    visit_value(visit, ctx, t->exc);
    visit_value(visit, ctx, t->handled);
}

void mps_code_traverse(MpsObj *o, MpsVisit visit, void *ctx) {
    switch (o->kind) {
    case MPS_K_CODE: {
        MpsCode *co = (MpsCode *)o;
        visit_value(visit, ctx, co->consts);
        visit_value(visit, ctx, co->names);
        visit_value(visit, ctx, co->varnames);
        visit_value(visit, ctx, co->cellvars);
        visit_value(visit, ctx, co->freevars);
        visit_value(visit, ctx, co->name);
        visit_value(visit, ctx, co->qualname);
        visit_value(visit, ctx, co->filename);
        /* cached globals are still in their dicts while the cache is valid;
         * a stale entry is never read, but keep it alive to be safe */
        if (co->gcache && mps_is_tuple(co->names))
            for (size_t i = 0; i < MPS_TUPLE(co->names)->len; i++) visit_value(visit, ctx, co->gcache[i].value);
        if (co->acache)
            for (uint32_t i = 0; i < 2 * co->ncode; i++) if (co->acache[i].version) visit_value(visit, ctx, co->acache[i].descr);
        break;
    }
    case MPS_K_FUNCTION: {
        MpsFunction *fn = (MpsFunction *)o;
        if (fn->dict) visit_value(visit, ctx, mps_from_obj(fn->dict));
        if (fn->code) visit_value(visit, ctx, mps_from_obj(fn->code));
        if (fn->globals) visit_value(visit, ctx, mps_from_obj(fn->globals));
        visit_value(visit, ctx, fn->name);
        visit_value(visit, ctx, fn->qualname);
        visit_value(visit, ctx, fn->defaults);
        visit_value(visit, ctx, fn->kwdefaults);
        visit_value(visit, ctx, fn->closure);
        visit_value(visit, ctx, fn->doc);
        visit_value(visit, ctx, fn->module);
        visit_value(visit, ctx, fn->annotations);
        break;
    }
    case MPS_K_GENERATOR: {
        MpsGenerator *g = (MpsGenerator *)o;
        visit_value(visit, ctx, g->name);
        visit_value(visit, ctx, g->qualname);
        visit_value(visit, ctx, g->handled);
        if (g->frame) mps_vm_traverse_frame(g->frame, visit, ctx);
        break;
    }
    default: break;
    }
}

void mps_code_finalize(MpsObj *o) {
    switch (o->kind) {
    case MPS_K_CODE: {
        MpsCode *co = (MpsCode *)o;
        free(co->code); free(co->lines); free(co->positions); free(co->exctab); free(co->cell2arg); free(co->gcache); free(co->acache);
        co->code = NULL; co->lines = NULL; co->positions = NULL; co->exctab = NULL; co->cell2arg = NULL; co->gcache = NULL; co->acache = NULL;
        break;
    }
    case MPS_K_GENERATOR: {
        MpsGenerator *g = (MpsGenerator *)o;
        free(g->frame);
        g->frame = NULL;
        break;
    }
    default: break;
    }
}

void mps_vm_init(MpsThread *t) {
    mps_vm_stack_init(t);
    mps_call_init(t);
    mps_gen_init(t);
}
