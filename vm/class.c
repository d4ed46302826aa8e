/*
 * class.c — classes (MRO, versions), built-in object constructors and the
 * attribute protocol: mps_getattr / mps_setattr / mps_get_method.
 *
 * Lookup order for `obj.name` (CPython's object.__getattribute__):
 *   1. a data descriptor (property) found on type(obj) along its MRO;
 *   2. the instance dict (instances, exceptions, natives, functions);
 *   3. the class attribute, bound when it is a function or a builtin method
 *      (→ MpsBoundMethod), unwrapped for staticmethod, bound to the class
 *      for classmethod, __get__ called for user descriptors;
 *   4. special attributes of built-in kinds (__name__ of functions, …);
 *   5. __getattr__ of a user class.
 * Classes, modules and super objects have their own lookups below.
 *
 * Versions: every change to a class dict assigns the class and all its
 * subclasses (transitively, via MpsClass.subclasses) a fresh number from
 * interp->class_epoch, so (class, version) keys of the VM's caches stay
 * valid exactly as long as nothing along the MRO changed.
 */
#include "code.h"
#include <stdlib.h>
#include <string.h>

#define TYPEERR(t)  ((t)->interp->exc[MPS_EXC_TypeError])
#define ATTRERR(t)  ((t)->interp->exc[MPS_EXC_AttributeError])

/* ---------------------------------------------------------------- C string → interned str */

/* Callers pass string literals ("__repr__"): cache them by address, and
 * check the text so a reused buffer can never alias. */
#define NAME_CACHE 256
typedef struct { const char *key; MpsValue s; } NameSlot;

/* Method cache (CPython's type attribute cache): the result of
 * mps_class_lookup keyed by (class version, interned name). Versions are
 * unique across classes and change whenever a dict along the MRO changes,
 * so an entry is valid exactly while its version matches; absent names
 * are cached too (value MPS_NULL). Only interned names are cached: they
 * are immortal, so their address can never be reused by another string. */
#define TYPE_CACHE 4096
typedef struct { uint32_t version; MpsValue name, value; } TypeSlot;

typedef struct ClassState {
    NameSlot names[NAME_CACHE];
    TypeSlot types[TYPE_CACHE];
} ClassState;

static ClassState *class_state(MpsInterp *in)
{
    if (!in->attr_names) {
        in->attr_names = calloc(1, sizeof(ClassState));
        if (!in->attr_names) { fputs("mps: out of memory\n", stderr); abort(); }
    }
    return in->attr_names;
}

static MpsValue cname(MpsThread *t, const char *name)
{
    MpsInterp *in = t->interp;
    NameSlot *tab = class_state(in)->names;
    NameSlot *e = &tab[((uintptr_t)name >> 3) & (NAME_CACHE - 1)];
    if (e->key == name && strcmp(mps_str_data(e->s), name) == 0) return e->s;
    MpsValue s = mps_intern_cstr(t, name);   /* interned strings are immortal */
    if (s) { e->key = name; e->s = s; }
    return s;
}

static bool name_is(MpsValue name, const char *s)
{
    return strcmp(mps_str_data(name), s) == 0;
}

static bool is_dunder(MpsValue name)
{
    const char *s = mps_str_data(name);
    return s[0] == '_' && s[1] == '_';
}

/* ---------------------------------------------------------------- classes */

MpsClass *mps_class_of(MpsThread *t, MpsValue v)
{
    if (mps_is_obj(v)) return mps_obj(v)->cls;
    MpsInterp *in = (t ? t : mps_tls_thread)->interp;
    if (mps_is_small(v)) return in->types[MPS_T_INT];
    switch (v) {
    case MPS_NONE: return in->types[MPS_T_NONE];
    case MPS_TRUE: case MPS_FALSE: return in->types[MPS_T_BOOL];
    case MPS_NOTIMPLEMENTED: return in->types[MPS_T_NOTIMPL];
    case MPS_ELLIPSIS: return in->types[MPS_T_ELLIPSIS];
    default: return in->types[MPS_T_OBJECT];
    }
}

const char *mps_type_name(MpsThread *t, MpsValue v)
{
    MpsClass *c = mps_class_of(t, v);
    return c && c->name ? mps_str_data(c->name) : "?";
}

static MpsValue lookup_mro(MpsClass *c, MpsValue name);

MpsValue mps_class_lookup(MpsClass *c, MpsValue name)
{
    MpsThread *t = mps_tls_thread;
    if (!t || !c->version || !(MPS_STR(name)->hdr.flags & MPS_STR_INTERNED) || !c->mro)
        return lookup_mro(c, name);
    TypeSlot *e = &class_state(t->interp)->types[
        ((c->version * 2654435761u) ^ (uint32_t)(name >> 4)) & (TYPE_CACHE - 1)];
    if (e->version == c->version && e->name == name) return e->value;
    MpsValue v = lookup_mro(c, name);
    e->version = c->version;
    e->name = name;
    e->value = v;
    return v;
}

/* forget every cached lookup: after built-in class dicts were filled
 * behind our back at start-up */
static void type_cache_clear(MpsInterp *in)
{
    if (in->attr_names) memset(class_state(in)->types, 0, sizeof(class_state(in)->types));
}

static MpsValue lookup_mro(MpsClass *c, MpsValue name)
{
    if (c->mro) {
        MpsTuple *mro = MPS_TUPLE(c->mro);
        for (size_t i = 0; i < mro->len; i++) {
            MpsDict *d = MPS_CLASS(mro->items[i])->dict;
            MpsValue v = d ? mps_dict_get_str(d, name) : MPS_NULL;
            if (v) return v;
        }
        return MPS_NULL;
    }
    for (; c; c = c->base) {            /* during bootstrap, before MROs exist */
        MpsValue v = c->dict ? mps_dict_get_str(c->dict, name) : MPS_NULL;
        if (v) return v;
    }
    return MPS_NULL;
}

int mps_is_subclass(MpsClass *c, MpsClass *base)
{
    if (c == base) return 1;
    if (!c->mro) {
        for (c = c->base; c; c = c->base) if (c == base) return 1;
        return 0;
    }
    MpsTuple *mro = MPS_TUPLE(c->mro);
    for (size_t i = 1; i < mro->len; i++)
        if (mro->items[i] == mps_from_obj(base)) return 1;
    return 0;
}

int mps_isinstance(MpsThread *t, MpsValue v, MpsClass *c)
{
    return mps_is_subclass(mps_class_of(t, v), c);
}

static uint32_t next_version(MpsInterp *in)
{
    if (++in->class_epoch == 0) ++in->class_epoch;
    return in->class_epoch;
}

static void bump(MpsInterp *in, MpsClass *c, int depth)
{
    c->version = next_version(in);
    c->slot_bits = 0;
    if (!c->subclasses || depth > 1000) return;
    MpsList *l = MPS_LIST(c->subclasses);
    for (size_t i = 0; i < l->len; i++) bump(in, MPS_CLASS(l->items[i]), depth + 1);
}

void mps_class_modified(MpsThread *t, MpsClass *c)
{
    if (c) bump(t->interp, c, 0);
    else type_cache_clear(t->interp);
}

static int add_subclass(MpsThread *t, MpsClass *base, MpsClass *sub)
{
    if (!base->subclasses && !(base->subclasses = mps_list_new(t, 0))) return -1;
    return mps_list_append(t, base->subclasses, mps_from_obj(sub));
}

/* C3 linearisation: [c] + merge(mro(b1) … mro(bn), [b1 … bn]). NULL on error. */
static MpsValue c3_mro(MpsThread *t, MpsClass *c, MpsTuple *bases)
{
    size_t nb = bases->len;
    if (nb == 1) {
        MpsTuple *bm = MPS_TUPLE(MPS_CLASS(bases->items[0])->mro);
        MpsValue r = mps_tuple_new(t, bm->len + 1);
        if (!r) return MPS_NULL;
        MPS_TUPLE(r)->items[0] = mps_from_obj(c);
        memcpy(MPS_TUPLE(r)->items + 1, bm->items, bm->len * sizeof(MpsValue));
        return r;
    }
    size_t nseq = nb + 1, total = 1;
    MpsTuple **seq = malloc(nseq * sizeof *seq);
    size_t *pos = calloc(nseq, sizeof *pos);
    if (!seq || !pos) { free(seq); free(pos); return mps_raise_nomem(t); }
    for (size_t i = 0; i < nb; i++) {
        seq[i] = MPS_TUPLE(MPS_CLASS(bases->items[i])->mro);
        total += seq[i]->len;
    }
    seq[nb] = bases;
    MpsValue *out = malloc(total * sizeof *out);
    if (!out) { free(seq); free(pos); return mps_raise_nomem(t); }
    size_t n = 0;
    out[n++] = mps_from_obj(c);
    for (;;) {
        bool left = false, found = false;
        for (size_t i = 0; i < nseq && !found; i++) {
            if (pos[i] >= seq[i]->len) continue;
            left = true;
            MpsValue cand = seq[i]->items[pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++)
                for (size_t k = pos[j] + 1; k < seq[j]->len; k++)
                    if (seq[j]->items[k] == cand) { in_tail = true; break; }
            if (in_tail) continue;
            found = true;
            out[n++] = cand;
            for (size_t j = 0; j < nseq; j++)
                if (pos[j] < seq[j]->len && seq[j]->items[pos[j]] == cand) pos[j]++;
        }
        if (!left) break;
        if (!found) {
            MpsBuf b;
            mps_buf_init(&b);
            for (size_t i = 0; i < nb; i++) {
                if (i) mps_buf_adds(&b, ", ");
                mps_buf_adds(&b, mps_str_data(MPS_CLASS(bases->items[i])->name));
            }
            free(seq); free(pos); free(out);
            mps_raise(t, TYPEERR(t), "Cannot create a consistent method resolution\n"
                      "order (MRO) for bases %s", b.data ? b.data : "");
            mps_buf_free(&b);
            return MPS_NULL;
        }
    }
    MpsValue r = mps_tuple_from(t, n, out);
    free(seq); free(pos); free(out);
    return r;
}

static MpsClass *class_alloc(MpsThread *t)
{
    MpsClass *c = mps_gc_alloc(t, sizeof(MpsClass), MPS_K_CLASS, t->interp->types[MPS_K_CLASS]);
    if (!c) { mps_raise_nomem(t); return NULL; }
    c->module = MPS_NONE;
    c->version = next_version(t->interp);
    return c;
}

void mps_class_setup_builtin(MpsThread *t, MpsClass *c, const char *name, MpsClass *base)
{
    MpsInterp *in = t->interp;
    c->hdr.cls = in->types[MPS_K_CLASS];
    c->name = c->qualname = mps_intern_cstr(t, name);
    c->module = cname(t, "builtins");
    c->base = base;
    c->is_builtin = 1;
    if (!c->dict) c->dict = mps_dict_new(t);
    if (base) {
        c->bases = mps_tuple_from(t, 1, (MpsValue[]){ mps_from_obj(base) });
        if (base->mro) c->mro = c3_mro(t, c, MPS_TUPLE(c->bases));
        add_subclass(t, base, c);
    } else {
        c->bases = mps_tuple_new(t, 0);
        c->mro = mps_tuple_from(t, 1, (MpsValue[]){ mps_from_obj(c) });
    }
    if (!c->version) c->version = next_version(in);
}

MpsClass *mps_class_new_builtin(MpsThread *t, const char *name, MpsClass *base, MpsKind inst_kind)
{
    MpsClass *c = class_alloc(t);
    if (!c) return NULL;
    c->inst_kind = (uint16_t)inst_kind;
    mps_class_setup_builtin(t, c, name, base ? base : t->interp->types[MPS_T_OBJECT]);
    return c;
}

/* ---------------------------------------------------------------- __slots__ */

/* the instances of b have a __dict__ */
static bool class_has_dict(MpsThread *t, MpsClass *b)
{
    if (!b->is_builtin) return !(b->cflags & MPS_CLASS_NODICT);
    switch (b->inst_kind) {
    case MPS_K_INSTANCE: return b != t->interp->types[MPS_T_OBJECT];
    case MPS_K_EXCEPTION: case MPS_K_NATIVE: case MPS_K_FUNCTION: case MPS_K_MODULE: return true;
    default: return false;
    }
}

/* ASCII letters, digits and '_' (not first a digit); other characters
 * pass as letters */
static bool slot_identifier(MpsValue s)
{
    const unsigned char *p = (const unsigned char *)mps_str_data(s);
    if (!*p || (*p >= '0' && *p <= '9')) return false;
    for (; *p; p++)
        if (*p < 0x80 && !(*p == '_' || (*p >= '0' && *p <= '9') || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')))
            return false;
    return true;
}

/* a private name __x of class C is _C__x, as the compiler mangles it */
static MpsValue slot_mangle(MpsThread *t, MpsValue cls_name, MpsValue s)
{
    const char *n = mps_str_data(s), *c = mps_str_data(cls_name);
    size_t len = mps_str_size(s);
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_') || strchr(n, '.'))
        return mps_intern(t, s);
    while (*c == '_') c++;
    if (!*c) return mps_intern(t, s);
    MpsValue m = mps_str_printf(t, "_%s%s", c, n);
    return m ? mps_intern(t, m) : MPS_NULL;
}

/* The slots of a new class c: the layout of its bases (the one with most
 * slots; every other base's members must be its first ones), then a member
 * descriptor in the class dict for each name of its own __slots__ (`slots`:
 * their tuple, or MPS_NULL), sorted as CPython; whether instances get a
 * __dict__. CPython's checks and messages. */
static int class_setup_slots(MpsThread *t, MpsClass *c, MpsTuple *bt, MpsDict *dict, MpsValue slots)
{
    MpsInterp *in = t->interp;
    MpsClass *best = NULL;
    bool has_dict = false, has_weak = false, varsize = false;
    for (size_t i = 0; i < bt->len; i++) {
        MpsClass *b = MPS_CLASS(bt->items[i]);
        if (b->nslots && (!best || b->nslots > best->nslots)) best = b;
        has_dict |= class_has_dict(t, b);
        has_weak |= (b->cflags & MPS_CLASS_WEAKREF) != 0;
        varsize |= b->inst_kind == MPS_K_BIGINT || b->inst_kind == MPS_K_TUPLE || b->inst_kind == MPS_K_BYTES;
    }
    for (size_t i = 0; best && i < bt->len; i++) {
        MpsClass *b = MPS_CLASS(bt->items[i]);
        for (uint32_t j = 0; j < b->nslots; j++)
            if (MPS_TUPLE(b->members)->items[j] != MPS_TUPLE(best->members)->items[j]) {
                mps_raise(t, TYPEERR(t), "multiple bases have instance lay-out conflict");
                return -1;
            }
    }
    c->members = best ? best->members : MPS_NULL;
    c->nslots = best ? best->nslots : 0;
    if (!slots) {
        c->cflags = MPS_CLASS_WEAKREF;
        return 0;
    }
    MpsTuple *st = MPS_TUPLE(slots);
    bool add_dict = false, add_weak = false;
    size_t count = 0;
    for (size_t i = 0; i < st->len; i++) {
        MpsValue s = st->items[i];
        if (!mps_is_str(s)) {
            mps_raise(t, TYPEERR(t), "__slots__ items must be strings, not '%s'", mps_type_name(t, s));
            return -1;
        }
        if (!slot_identifier(s)) {
            mps_raise(t, TYPEERR(t), "__slots__ must be identifiers");
            return -1;
        }
        if (name_is(s, "__dict__")) {
            if (has_dict || add_dict) {
                mps_raise(t, TYPEERR(t), "__dict__ slot disallowed: we already got one");
                return -1;
            }
            add_dict = true;
        } else if (name_is(s, "__weakref__")) {
            if (has_weak || varsize || add_weak) {
                mps_raise(t, TYPEERR(t), "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                return -1;
            }
            add_weak = true;
        } else count++;
    }
    if (count && varsize) {
        mps_raise(t, TYPEERR(t), "nonempty __slots__ not supported for subtype of '%s'", mps_str_data(c->base->name));
        return -1;
    }
    MpsValue names = mps_list_new(t, 0);
    if (!names) return -1;
    for (size_t i = 0; i < st->len; i++) {
        MpsValue s = st->items[i];
        if (name_is(s, "__dict__") || name_is(s, "__weakref__")) continue;
        MpsValue m = slot_mangle(t, c->name, s);
        if (!m) return -1;
        if (mps_dict_get_str(dict, m)) {
            mps_raise(t, in->exc[MPS_EXC_ValueError], "%R in __slots__ conflicts with class variable", m);
            return -1;
        }
        if (mps_list_append(t, names, m) < 0) return -1;
    }
    if (mps_list_sort(t, names, MPS_NONE, false) < 0) return -1;
    MpsValue members = mps_tuple_new(t, c->nslots + count);
    if (!members) return -1;
    for (uint32_t j = 0; j < c->nslots; j++) MPS_TUPLE(members)->items[j] = MPS_TUPLE(c->members)->items[j];
    for (size_t i = 0; i < count; i++) {
        MpsMember *m = mps_gc_alloc(t, sizeof(MpsMember), MPS_K_MEMBER, in->types[MPS_K_MEMBER]);
        if (!m) { mps_raise_nomem(t); return -1; }
        m->name = MPS_LIST(names)->items[i];
        m->owner = c;
        m->index = c->nslots + (uint32_t)i;
        MPS_TUPLE(members)->items[m->index] = mps_from_obj(m);
        if (mps_dict_set(t, dict, m->name, mps_from_obj(m)) < 0) return -1;
    }
    c->members = members;
    c->nslots += (uint32_t)count;
    c->cflags = (has_dict || add_dict ? 0 : MPS_CLASS_NODICT) | (has_weak || add_weak ? MPS_CLASS_WEAKREF : 0);
    return 0;
}

MpsClass *mps_class_new(MpsThread *t, MpsValue name, MpsValue bases, MpsDict *dict)
{
    MpsClass *c = mps_class_create(t, name, bases, dict);
    if (!c || mps_class_finish(t, c, MPS_NULL) < 0) return NULL;
    return c;
}

MpsClass *mps_class_create(MpsThread *t, MpsValue name, MpsValue bases, MpsDict *dict)
{
    MpsInterp *in = t->interp;
    MpsClass *object = in->types[MPS_T_OBJECT];
    if (!mps_is_str(name)) {
        mps_raise(t, TYPEERR(t), "type.__new__() argument 1 must be str, not %T", name);
        return NULL;
    }
    if (!bases || MPS_TUPLE(bases)->len == 0) {
        MpsValue o = mps_from_obj(object);
        if (!(bases = mps_tuple_from(t, 1, &o))) return NULL;
    }
    MpsTuple *bt = MPS_TUPLE(bases);
    uint16_t kind = MPS_K_INSTANCE;
    for (size_t i = 0; i < bt->len; i++) {
        MpsValue b = bt->items[i];
        if (!mps_is_class(b)) {
            mps_raise(t, TYPEERR(t), "bases must be types");
            return NULL;
        }
        MpsClass *bc = MPS_CLASS(b);
        if (bc == in->types[MPS_T_BOOL] ||
            bc == in->types[MPS_T_NONE] || bc == in->types[MPS_K_FUNCTION] ||
            bc == in->types[MPS_K_GENERATOR] || bc == in->types[MPS_K_RANGE] ||
            bc == in->types[MPS_K_SLICE]) {
            mps_raise(t, TYPEERR(t), "type '%s' is not an acceptable base type", mps_str_data(bc->name));
            return NULL;
        }
        for (size_t j = 0; j < i; j++)
            if (bt->items[j] == b) {
                mps_raise(t, TYPEERR(t), "duplicate base class %s", mps_str_data(bc->name));
                return NULL;
            }
        /* the instance layout comes from the one non-plain base (CPython's "solid base") */
        if (bc->inst_kind != MPS_K_INSTANCE) {
            if (kind != MPS_K_INSTANCE && kind != bc->inst_kind) {
                mps_raise(t, TYPEERR(t), "multiple bases have instance lay-out conflict");
                return NULL;
            }
            kind = bc->inst_kind;
        }
    }
    if (!dict && !(dict = mps_dict_new(t))) return NULL;
    /* __slots__: a str or an iterable of them (mps code may run: before
     * the class exists) */
    MpsValue slots = mps_dict_get_str(dict, cname(t, "__slots__"));
    if (slots) {
        slots = mps_is_str(slots) ? mps_tuple_from(t, 1, &slots) : mps_sequence_to_tuple(t, slots);
        if (!slots) return NULL;
    }
    MpsClass *c = class_alloc(t);
    if (!c) return NULL;
    c->inst_kind = kind;
    c->name = mps_intern(t, name);
    c->qualname = c->name;
    MpsValue q = mps_dict_get_str(dict, in->s_qualname);
    if (q) {
        if (!mps_is_str(q)) {
            mps_raise(t, TYPEERR(t), "type __qualname__ must be a str, not %T", q);
            return NULL;
        }
        c->qualname = q;
        if (mps_dict_del(t, dict, in->s_qualname) < 0) return NULL;
    }
    MpsValue m = mps_dict_get_str(dict, in->s_module);
    if (!m) {
        /* type(name, bases, dict): the calling module's name, as CPython */
        MpsDict *g = mps_vm_globals(t);
        m = g ? mps_dict_get_str(g, in->s_name) : MPS_NULL;
        if (m && mps_dict_set(t, dict, in->s_module, m) < 0) return NULL;
    }
    if (m) c->module = m;
    /* __base__ is the base that gives the layout (CPython's best_base):
     * class K(Mixin, int) is built by int's constructor */
    c->base = MPS_CLASS(bt->items[0]);
    for (size_t i = 0; kind != MPS_K_INSTANCE && i < bt->len; i++)
        if (MPS_CLASS(bt->items[i])->inst_kind == kind) { c->base = MPS_CLASS(bt->items[i]); break; }
    c->bases = bases;
    c->dict = dict;
    if (!(c->mro = c3_mro(t, c, bt))) return NULL;
    if (class_setup_slots(t, c, bt, dict, slots) < 0) return NULL;
    /* __init_subclass__ and __class_getitem__ are implicit classmethods, as CPython */
    static const char *const implicit_cm[] = {"__init_subclass__", "__class_getitem__"};
    for (int k = 0; k < 2; k++) {
        MpsValue f = mps_dict_get_str(dict, cname(t, implicit_cm[k]));
        if (!f || !mps_is_kind(f, MPS_K_FUNCTION)) continue;
        MpsWrapper *w = mps_gc_alloc(t, sizeof(MpsWrapper), MPS_K_CLASSMETHOD, in->types[MPS_K_CLASSMETHOD]);
        if (!w) { mps_raise_nomem(t); return NULL; }
        w->func = f;
        if (mps_dict_set(t, dict, cname(t, implicit_cm[k]), mps_from_obj(w)) < 0) return NULL;
    }
    /* defining __eq__ without __hash__ makes instances unhashable, as CPython */
    if (mps_dict_get_str(dict, in->s_eq) && !mps_dict_get_str(dict, in->s_hash))
        if (mps_dict_set(t, dict, in->s_hash, MPS_NONE) < 0) return NULL;
    for (size_t i = 0; i < bt->len; i++)
        if (add_subclass(t, MPS_CLASS(bt->items[i]), c) < 0) return NULL;
    return c;
}

static MpsValue bind_class(MpsThread *t, MpsValue descr, MpsClass *cls);
static MpsValue bound_new(MpsThread *t, MpsValue self, MpsValue func);

/* the end of type.__new__: __set_name__ of the attributes, then the
 * __init_subclass__ of the parent (super(c, c).__init_subclass__(**kwargs));
 * kwargs: dict of the class keywords or MPS_NULL */
int mps_class_finish(MpsThread *t, MpsClass *c, MpsValue kwargs)
{
    MpsInterp *in = t->interp;
    MPS_ROOT(t, mps_from_obj(c));
    int rc = -1;
    MpsDict *snap = mps_dict_copy(t, c->dict);    /* the dict may change meanwhile */
    if (!snap) goto out;
    MPS_ROOT(t, mps_from_obj(snap));
    MpsValue k, v;
    for (size_t pos = 0; mps_dict_next(snap, &pos, &k, &v); ) {
        if (!mps_is_obj(v) || mps_obj(v)->cls->is_builtin) continue;
        MpsValue f = mps_lookup_special(t, v, "__set_name__");
        if (!f) { if (t->exc) goto out1; continue; }
        MpsValue args[3] = { v, mps_from_obj(c), k };
        if (mps_call(t, f, 3, args, MPS_NULL)) continue;
        MpsValue cause = mps_exc_fetch(t);
        MPS_ROOT(t, cause);
        mps_raise(t, in->exc[MPS_EXC_RuntimeError], "Error calling __set_name__ on '%s' instance %R in '%s'",
                  mps_type_name(t, v), k, mps_str_data(c->name));
        MPS_UNROOT(t, 1);
        if (t->exc && mps_is_exc(t->exc) && mps_is_exc(cause)) {
            MPS_EXC(t->exc)->cause = cause;
            MPS_EXC(t->exc)->context = cause;
            MPS_EXC(t->exc)->suppress_context = true;
        }
        goto out1;
    }
    MpsValue isc = MPS_NULL, name = cname(t, "__init_subclass__");
    MpsTuple *mro = MPS_TUPLE(c->mro);
    for (size_t i = 1; i < mro->len && !isc; i++) {
        MpsDict *d = MPS_CLASS(mro->items[i])->dict;
        isc = d ? mps_dict_get_str(d, name) : MPS_NULL;
    }
    bool nokw = !kwargs || !mps_is_dict(kwargs) || MPS_DICT(kwargs)->len == 0;
    if (!isc || (nokw && isc == mps_dict_get_str(in->types[MPS_T_OBJECT]->dict, name))) { rc = 0; goto out1; }
    MpsValue f = mps_is_kind(isc, MPS_K_FUNCTION) ? bound_new(t, mps_from_obj(c), isc) : bind_class(t, isc, c);
    if (!f) goto out1;
    MPS_ROOT(t, f);
    MpsValue noargs = mps_tuple_new(t, 0);
    MpsValue r = noargs ? mps_call_ex(t, f, noargs, nokw ? MPS_NULL : kwargs) : MPS_NULL;
    MPS_UNROOT(t, 1);
    if (r) rc = 0;
out1:
    MPS_UNROOT(t, 1);
out:
    MPS_UNROOT(t, 1);
    return rc;
}

/* ---------------------------------------------------------------- built-in objects */

MpsValue mps_builtin_new(MpsThread *t, const char *name, MpsCFunc fn, MpsValue self)
{
    MpsBuiltin *b = mps_gc_alloc(t, sizeof(MpsBuiltin), MPS_K_BUILTIN, t->interp->types[MPS_K_BUILTIN]);
    if (!b) return mps_raise_nomem(t);
    b->name = name;
    b->fn = fn;
    b->self = self;
    return mps_from_obj(b);
}

void mps_class_add_methods(MpsThread *t, MpsClass *c, const MpsMethodDef *defs)
{
    for (; defs->name; defs++) {
        MpsValue f = mps_builtin_new(t, defs->name, defs->fn, MPS_NULL);
        MpsValue k = mps_intern_cstr(t, defs->name);
        if (!f || !k) return;
        ((MpsBuiltin *)f)->is_method = 1;
        ((MpsBuiltin *)f)->owner = c;
        if (mps_dict_set(t, c->dict, k, f) < 0) return;
    }
    bump(t->interp, c, 0);
}

void mps_dict_add_functions(MpsThread *t, MpsDict *d, const MpsMethodDef *defs, MpsValue self)
{
    for (; defs->name; defs++) {
        MpsValue f = mps_builtin_new(t, defs->name, defs->fn, self);
        MpsValue k = mps_intern_cstr(t, defs->name);
        if (!f || !k) return;
        if (mps_dict_set(t, d, k, f) < 0) return;
    }
}

MpsValue mps_native_new(MpsThread *t, MpsClass *cls, const MpsNativeType *nt, size_t size)
{
    if (size < sizeof(MpsNative)) size = sizeof(MpsNative);
    MpsNative *n = mps_gc_alloc(t, size, MPS_K_NATIVE, cls);
    if (!n) return mps_raise_nomem(t);
    n->ntype = nt;
    return mps_from_obj(n);
}

MpsValue mps_module_new(MpsThread *t, const char *name)
{
    MpsInterp *in = t->interp;
    MpsModule *m = mps_gc_alloc(t, sizeof(MpsModule), MPS_K_MODULE, in->types[MPS_K_MODULE]);
    if (!m) return mps_raise_nomem(t);
    if (!(m->name = mps_str_cstr_new(t, name))) return MPS_NULL;
    if (!(m->dict = mps_dict_new(t))) return MPS_NULL;
    if (mps_dict_set(t, m->dict, in->s_name, m->name) < 0 ||
        mps_dict_set(t, m->dict, in->s_doc, MPS_NONE) < 0)
        return MPS_NULL;
    return mps_from_obj(m);
}

MpsValue mps_iter_new(MpsThread *t, MpsValue (*next)(MpsThread *, MpsIter *),
                      MpsValue a, MpsValue b, MpsValue c)
{
    MpsIter *it = mps_gc_alloc(t, sizeof(MpsIter), MPS_K_ITER, t->interp->types[MPS_K_ITER]);
    if (!it) return mps_raise_nomem(t);
    it->next = next;
    it->a = a;
    it->b = b;
    it->c = c;
    return mps_from_obj(it);
}

static MpsValue bound_new(MpsThread *t, MpsValue self, MpsValue func)
{
    MpsBoundMethod *m = mps_gc_alloc(t, sizeof(MpsBoundMethod), MPS_K_BOUNDMETHOD,
                                     t->interp->types[MPS_K_BOUNDMETHOD]);
    if (!m) return mps_raise_nomem(t);
    m->self = self;
    m->func = func;
    return mps_from_obj(m);
}

/* ---------------------------------------------------------------- attribute helpers */

/* the dict slot of kinds that carry per-object attributes, or NULL */
static MpsDict **dict_slot(MpsValue obj, bool create)
{
    if (!mps_is_obj(obj)) return NULL;
    switch (mps_kind(obj)) {
    case MPS_K_LIST: case MPS_K_DICT: case MPS_K_TUPLE: case MPS_K_SET: case MPS_K_FROZENSET:
    case MPS_K_STR: case MPS_K_BIGINT: case MPS_K_FLOAT: case MPS_K_COMPLEX: case MPS_K_BYTES: case MPS_K_BYTEARRAY:
        /* user subclasses of built-in kinds: a dict in the collector's side table */
        if (mps_obj(obj)->cls->is_builtin || (mps_obj(obj)->cls->cflags & MPS_CLASS_NODICT)) return NULL;
        return mps_gc_ext_dict_slot(mps_tls_thread, mps_obj(obj), create);
    case MPS_K_INSTANCE:
        /* __slots__ without __dict__: none */
        return (mps_obj(obj)->cls->cflags & MPS_CLASS_NODICT) ? NULL : &MPS_INST(obj)->dict;
    case MPS_K_EXCEPTION: return &MPS_EXC(obj)->dict;
    case MPS_K_NATIVE: return &((MpsNative *)obj)->dict;
    case MPS_K_FUNCTION: return &MPS_FUNC(obj)->dict;
    case MPS_K_MODULE: return &MPS_MODULE(obj)->dict;
    default: return NULL;
    }
}

static MpsValue attr_error_raise(MpsThread *t, MpsValue obj, MpsValue name);

/* AttributeError; the object and the name stay with it so that a printed
 * traceback can offer the closest attribute (worked out only then:
 * hasattr-style code raises these by the thousand) */
static MpsValue attr_error(MpsThread *t, MpsValue obj, MpsValue name)
{
    attr_error_raise(t, obj, name);
    if (mps_is_exc(t->exc)) {
        MPS_EXC(t->exc)->attr_obj = obj;
        MPS_EXC(t->exc)->attr_name = name;
    }
    return MPS_NULL;
}

/* the names dir(obj) would list, sorted: its own dict, then its class's MRO */
MpsValue mps_attr_names(MpsThread *t, MpsValue obj)
{
    MpsValue l = mps_list_new(t, 0);
    if (!l) return MPS_NULL;
    MPS_ROOT(t, l);
    MpsValue seen = mps_set_new(t, false);
    if (!seen) { MPS_UNROOT(t, 1); return MPS_NULL; }
    MPS_ROOT(t, seen);
    MpsDict *dicts[64];
    int nd = 0;
    if (mps_is_kind(obj, MPS_K_MODULE)) dicts[nd++] = MPS_MODULE(obj)->dict;
    else {
        MpsDict **slot = dict_slot(obj, false);
        if (slot && *slot) dicts[nd++] = *slot;
        MpsClass *c = mps_is_class(obj) ? MPS_CLASS(obj) : mps_class_of(t, obj);
        MpsTuple *mro = MPS_TUPLE(c->mro);
        for (size_t i = 0; i < mro->len && nd < 64; i++) dicts[nd++] = MPS_CLASS(mro->items[i])->dict;
    }
    int rc = 0;
    for (int k = 0; k < nd && rc == 0; k++) {
        MpsValue key;
        if (!dicts[k]) continue;
        for (size_t i = 0; rc == 0 && mps_dict_next(dicts[k], &i, &key, NULL); ) {
            if (!mps_is_str(key)) continue;
            int has = mps_set_contains(t, seen, key);
            if (has < 0) { rc = -1; break; }
            if (!has && (mps_set_add(t, seen, key) < 0 || mps_list_append(t, l, key) < 0)) rc = -1;
        }
    }
    if (rc == 0) rc = mps_list_sort(t, l, MPS_NONE, false);
    MPS_UNROOT(t, 2);
    return rc < 0 ? MPS_NULL : l;
}

static MpsValue attr_error_raise(MpsThread *t, MpsValue obj, MpsValue name)
{
    if (mps_is_class(obj))
        return mps_raise(t, ATTRERR(t), "type object '%s' has no attribute '%s'",
                         mps_str_data(MPS_CLASS(obj)->name), mps_str_data(name));
    if (mps_is_kind(obj, MPS_K_MODULE)) {
        MpsValue mn = MPS_MODULE(obj)->name;
        if (mps_is_str(mn))
            return mps_raise(t, ATTRERR(t), "module '%s' has no attribute '%s'",
                             mps_str_data(mn), mps_str_data(name));
        return mps_raise(t, ATTRERR(t), "module has no attribute '%s'", mps_str_data(name));
    }
    return mps_raise(t, ATTRERR(t), "'%s' object has no attribute '%s'",
                     mps_type_name(t, obj), mps_str_data(name));
}

static MpsValue call_root(MpsThread *t, MpsValue f, int argc, const MpsValue *argv)
{
    MPS_ROOT(t, f);
    MpsValue r = mps_call(t, f, argc, argv, MPS_NULL);
    MPS_UNROOT(t, 1);
    return r;
}

/* a user descriptor: an instance whose class defines __get__ */
static MpsValue user_get(MpsThread *t, MpsValue descr)
{
    if (!mps_is_kind(descr, MPS_K_INSTANCE)) return MPS_NULL;
    MpsClass *dc = mps_obj(descr)->cls;
    return mps_class_lookup(dc, cname(t, "__get__"));
}

/* a user data descriptor (its class defines __set__ or __delete__): the
 * function for the operation (get: __get__, set: __set__, delete:
 * __delete__) in *f, MPS_NULL when its class lacks that one; false when
 * descr is no user data descriptor */
enum { UD_GET, UD_SET, UD_DEL };
static bool user_data_descr(MpsThread *t, MpsValue descr, int op, MpsValue *f)
{
    if (!mps_is_kind(descr, MPS_K_INSTANCE)) return false;
    MpsClass *dc = mps_obj(descr)->cls;
    MpsValue fs = mps_class_lookup(dc, cname(t, "__set__"));
    MpsValue fd = mps_class_lookup(dc, cname(t, "__delete__"));
    if (!fs && !fd) return false;
    *f = op == UD_SET ? fs : op == UD_DEL ? fd : mps_class_lookup(dc, cname(t, "__get__"));
    return true;
}

static MpsValue property_get(MpsThread *t, MpsValue prop, MpsValue obj, MpsValue name)
{
    MpsProperty *p = (MpsProperty *)prop;
    if (!p->fget || p->fget == MPS_NONE)
        return mps_raise(t, ATTRERR(t), "property '%s' of '%s' object has no getter",
                         mps_str_data(name), mps_type_name(t, obj));
    return mps_call(t, p->fget, 1, &obj, MPS_NULL);
}

/* ---------------------------------------------------------------- member descriptors */

/* where slot values live for kinds other than plain instances (user
 * subclasses of list, Exception, …): a dict by name in the collector's
 * side table */
static MpsDict **member_dict(MpsThread *t, MpsValue obj, bool create)
{
    return mps_gc_ext_slots_slot(t, mps_obj(obj), create);
}

/* the descriptor serves instances of its class (and subclasses) only */
static bool member_check(MpsThread *t, MpsMember *m, MpsValue obj)
{
    MpsClass *c = mps_class_of(t, obj);
    if (mps_is_obj(obj) && m->owner && mps_is_subclass(c, m->owner) &&
        (mps_kind(obj) != MPS_K_INSTANCE || m->index < c->nslots))
        return true;
    mps_raise(t, TYPEERR(t), "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
              mps_str_data(m->name), m->owner ? mps_str_data(m->owner->name) : "?", mps_type_name(t, obj));
    return false;
}

static MpsValue member_get(MpsThread *t, MpsValue descr, MpsValue obj)
{
    MpsMember *m = (MpsMember *)descr;
    if (!member_check(t, m, obj)) return MPS_NULL;
    MpsValue v;
    if (mps_kind(obj) == MPS_K_INSTANCE) v = MPS_INST(obj)->slots[m->index];
    else {
        MpsDict **d = member_dict(t, obj, false);
        v = d && *d ? mps_dict_get_str(*d, m->name) : MPS_NULL;
    }
    /* an unset slot: 3.11's message, without a "Did you mean" */
    if (!v) attr_error_raise(t, obj, m->name);
    return v;
}

/* v == MPS_NULL: delete */
static int member_set(MpsThread *t, MpsValue descr, MpsValue obj, MpsValue v)
{
    MpsMember *m = (MpsMember *)descr;
    if (!member_check(t, m, obj)) return -1;
    if (mps_kind(obj) == MPS_K_INSTANCE) {
        MpsValue *p = &MPS_INST(obj)->slots[m->index];
        if (!v && !*p) { mps_raise(t, ATTRERR(t), "%s", mps_str_data(m->name)); return -1; }
        *p = v;
        return 0;
    }
    MpsDict **d = member_dict(t, obj, v != MPS_NULL);
    if (v) {
        if (!*d && !(*d = mps_dict_new(t))) return -1;
        return mps_dict_set(t, *d, m->name, v);
    }
    int r = *d ? mps_dict_del(t, *d, m->name) : 0;
    if (r == 0) mps_raise(t, ATTRERR(t), "%s", mps_str_data(m->name));
    return r > 0 ? 0 : -1;
}

/* member_descriptor.__get__(obj, type=None), __set__(obj, v), __delete__(obj) */
static MpsValue member_m_get(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__get__", argc, kwnames, 2, 3) < 0) return MPS_NULL;
    if (argv[1] == MPS_NONE) return argv[0];
    return member_get(t, argv[0], argv[1]);
}

static MpsValue member_m_set(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__set__", argc, kwnames, 3, 3) < 0) return MPS_NULL;
    return member_set(t, argv[0], argv[1], argv[2]) < 0 ? MPS_NULL : MPS_NONE;
}

static MpsValue member_m_delete(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__delete__", argc, kwnames, 2, 2) < 0) return MPS_NULL;
    return member_set(t, argv[0], argv[1], MPS_NULL) < 0 ? MPS_NULL : MPS_NONE;
}

/* bind a class attribute found for an instance `obj` of `cls` */
static MpsValue bind(MpsThread *t, MpsValue descr, MpsValue obj, MpsClass *cls)
{
    if (!mps_is_obj(descr)) return descr;
    switch (mps_kind(descr)) {
    case MPS_K_FUNCTION:
        return bound_new(t, obj, descr);
    case MPS_K_BUILTIN:
        return ((MpsBuiltin *)descr)->is_method ? bound_new(t, obj, descr) : descr;
    case MPS_K_STATICMETHOD:
        return ((MpsWrapper *)descr)->func;
    case MPS_K_CLASSMETHOD:
        return bound_new(t, mps_from_obj(cls), ((MpsWrapper *)descr)->func);
    case MPS_K_MEMBER:
        return member_get(t, descr, obj);
    case MPS_K_INSTANCE: {
        MpsValue get = user_get(t, descr);
        if (!get) return descr;
        MpsValue args[3] = { descr, obj, mps_from_obj(cls) };
        return mps_call(t, get, 3, args, MPS_NULL);
    }
    default:
        return descr;
    }
}

/* bind a class attribute looked up on the class `cls` itself (C.name) */
static MpsValue bind_class(MpsThread *t, MpsValue descr, MpsClass *cls)
{
    if (!mps_is_obj(descr)) return descr;
    switch (mps_kind(descr)) {
    case MPS_K_STATICMETHOD:
        return ((MpsWrapper *)descr)->func;
    case MPS_K_CLASSMETHOD:
        return bound_new(t, mps_from_obj(cls), ((MpsWrapper *)descr)->func);
    case MPS_K_INSTANCE: {
        MpsValue get = user_get(t, descr);
        if (!get) return descr;
        MpsValue args[3] = { descr, MPS_NONE, mps_from_obj(cls) };
        return mps_call(t, get, 3, args, MPS_NULL);
    }
    default:
        return descr;
    }
}

/* ---------------------------------------------------------------- getattr by kind */

/* Each returns the value; MPS_NULL with t->exc set on error; MPS_NULL
 * without exception when the attribute does not exist. */

static MpsValue exc_special(MpsThread *t, MpsValue obj, MpsValue name)
{
    MpsException *e = MPS_EXC(obj);
    const char *s = mps_str_data(name);
    if (strcmp(s, "args") == 0) return e->args ? e->args : mps_tuple_new(t, 0);
    if (s[0] != '_' || s[1] != '_') return MPS_NULL;
    if (strcmp(s, "__cause__") == 0) return e->cause;
    if (strcmp(s, "__context__") == 0) return e->context;
    if (strcmp(s, "__traceback__") == 0) return e->traceback;
    if (strcmp(s, "__suppress_context__") == 0) return mps_bool(e->suppress_context);
    return MPS_NULL;
}

/* special attributes of built-in kinds that have no dict entry */
static MpsValue kind_special(MpsThread *t, MpsValue obj, MpsValue name)
{
    MpsInterp *in = t->interp;
    if (!mps_is_obj(obj)) return MPS_NULL;
    switch (mps_kind(obj)) {
    case MPS_K_FUNCTION: {
        MpsFunction *f = MPS_FUNC(obj);
        if (!is_dunder(name)) return MPS_NULL;
        if (name == in->s_name) return f->name;
        if (name == in->s_qualname) return f->qualname;
        if (name == in->s_module) return f->module ? f->module : MPS_NONE;
        if (name == in->s_doc) return f->doc ? f->doc : MPS_NONE;
        if (name_is(name, "__defaults__")) return f->defaults ? f->defaults : MPS_NONE;
        if (name_is(name, "__kwdefaults__")) return f->kwdefaults ? f->kwdefaults : MPS_NONE;
        if (name_is(name, "__code__")) return mps_from_obj(f->code);
        if (name_is(name, "__globals__")) return mps_from_obj(f->globals);
        if (name_is(name, "__closure__")) return f->closure ? f->closure : MPS_NONE;
        if (name_is(name, "__builtins__")) return mps_from_obj(in->builtins);
        if (name_is(name, "__annotations__")) {
            if (!f->annotations) {
                MpsDict *d = mps_dict_new(t);
                if (!d) return MPS_NULL;
                f->annotations = mps_from_obj(d);
            }
            return f->annotations;
        }
        return MPS_NULL;
    }
    case MPS_K_CODE: {
        MpsCode *c = MPS_CODE(obj);
        const char *s = mps_str_data(name);
        if (strcmp(s, "co_name") == 0) return c->name;
        if (strcmp(s, "co_qualname") == 0) return c->qualname;
        if (strcmp(s, "co_filename") == 0) return c->filename;
        if (strcmp(s, "co_firstlineno") == 0) return mps_from_small(c->firstline);
        if (strcmp(s, "co_argcount") == 0) return mps_from_small(c->argcount);
        if (strcmp(s, "co_kwonlyargcount") == 0) return mps_from_small(c->kwonlyargcount);
        if (strcmp(s, "co_posonlyargcount") == 0) return mps_from_small(c->posonlyargcount);
        if (strcmp(s, "co_nlocals") == 0) return mps_from_small(c->nlocals);
        if (strcmp(s, "co_flags") == 0) return mps_from_small(c->flags);
        if (strcmp(s, "co_varnames") == 0) return c->varnames;
        if (strcmp(s, "co_names") == 0) return c->names;
        if (strcmp(s, "co_consts") == 0) return c->consts;
        if (strcmp(s, "co_freevars") == 0) return c->freevars;
        if (strcmp(s, "co_cellvars") == 0) return c->cellvars;
        return MPS_NULL;
    }
    case MPS_K_GENERATOR: {
        MpsGenerator *g = MPS_GEN(obj);
        if (name == in->s_name) return g->name;
        if (name == in->s_qualname) return g->qualname;
        if (name_is(name, "gi_running")) return mps_bool(g->running);
        if (name_is(name, "gi_frame")) return MPS_NONE;
        return MPS_NULL;
    }
    case MPS_K_BUILTIN: {
        MpsBuiltin *b = (MpsBuiltin *)obj;
        if (name == in->s_name || name == in->s_qualname) return mps_str_cstr_new(t, b->name);
        if (name_is(name, "__self__")) return b->self ? b->self : MPS_NONE;
        if (name == in->s_module) {
            if (b->self && mps_is_kind(b->self, MPS_K_MODULE)) return MPS_MODULE(b->self)->name;
            return MPS_NONE;
        }
        if (name == in->s_doc) return MPS_NONE;
        return MPS_NULL;
    }
    case MPS_K_BOUNDMETHOD: {
        MpsBoundMethod *m = (MpsBoundMethod *)obj;
        if (name_is(name, "__self__")) return m->self;
        if (name_is(name, "__func__")) return m->func;
        /* everything else comes from the function, as CPython's method_getattro */
        MpsValue v = mps_getattr_opt(t, m->func, name);
        return v;
    }
    case MPS_K_PROPERTY: {
        MpsProperty *p = (MpsProperty *)obj;
        const char *s = mps_str_data(name);
        if (strcmp(s, "fget") == 0) return p->fget ? p->fget : MPS_NONE;
        if (strcmp(s, "fset") == 0) return p->fset ? p->fset : MPS_NONE;
        if (strcmp(s, "fdel") == 0) return p->fdel ? p->fdel : MPS_NONE;
        if (name == in->s_doc) return p->doc ? p->doc : MPS_NONE;
        return MPS_NULL;
    }
    case MPS_K_MEMBER: {
        MpsMember *m = (MpsMember *)obj;
        if (name == in->s_name) return m->name;
        if (name == in->s_qualname)
            return mps_str_printf(t, "%s.%s", m->owner ? mps_str_data(m->owner->qualname) : "?", mps_str_data(m->name));
        if (name_is(name, "__objclass__")) return m->owner ? mps_from_obj(m->owner) : MPS_NONE;
        return MPS_NULL;
    }
    case MPS_K_STATICMETHOD: case MPS_K_CLASSMETHOD:
        if (name_is(name, "__func__") || name_is(name, "__wrapped__"))
            return ((MpsWrapper *)obj)->func;
        return MPS_NULL;
    case MPS_K_SLICE: {
        MpsSlice *s = (MpsSlice *)obj;
        if (name_is(name, "start")) return s->start;
        if (name_is(name, "stop")) return s->stop;
        if (name_is(name, "step")) return s->step;
        return MPS_NULL;
    }
    case MPS_K_RANGE: {
        MpsRange *r = (MpsRange *)obj;
        if (name_is(name, "start")) return mps_int_from_i64(t, r->start);
        if (name_is(name, "stop")) return mps_int_from_i64(t, r->stop);
        if (name_is(name, "step")) return mps_int_from_i64(t, r->step);
        return MPS_NULL;
    }
    case MPS_K_CELL:
        if (name_is(name, "cell_contents")) {
            MpsValue v = ((MpsCell *)obj)->v;
            if (!v) return mps_raise(t, t->interp->exc[MPS_EXC_ValueError], "Cell is empty");
            return v;
        }
        return MPS_NULL;
    default:
        return MPS_NULL;
    }
}

static MpsValue getattr_hook(MpsThread *t, MpsValue obj, MpsClass *cls, MpsValue name)
{
    if (cls->is_builtin) return MPS_NULL;
    MpsValue ga = mps_class_lookup(cls, t->interp->s_getattr);
    if (!ga) return MPS_NULL;
    MpsValue f = bind(t, ga, obj, cls);
    if (!f) return MPS_NULL;
    return call_root(t, f, 1, &name);
}

/* slot_bits (object.h): the attribute hooks a user class overrides, found
 * on first use after each change to the class or a base (bump() clears
 * them), so that plain lookups pay one test */
enum { SB_KNOWN = 1, SB_GETATTRIBUTE = 2 };

static uint64_t class_hooks(MpsThread *t, MpsClass *c)
{
    if (c->is_builtin) return SB_KNOWN;
    if (!c->slot_bits) {
        uint64_t b = SB_KNOWN;
        MpsValue n = cname(t, "__getattribute__");
        if (!n) { mps_exc_clear(t); return SB_KNOWN; }
        MpsValue ga = mps_class_lookup(c, n);
        if (ga && ga != mps_dict_get_str(t->interp->types[MPS_T_OBJECT]->dict, n)) b |= SB_GETATTRIBUTE;
        c->slot_bits = b;
    }
    return c->slot_bits;
}

bool mps_class_overrides_getattribute(MpsThread *t, MpsClass *c)
{
    return (class_hooks(t, c) & SB_GETATTRIBUTE) != 0;
}

/* a __getattribute__ of the class's own: it sees every lookup; its
 * AttributeError falls back to __getattr__ */
static MpsValue getattribute_hook(MpsThread *t, MpsValue obj, MpsClass *cls, MpsValue name)
{
    MpsValue f = bind(t, mps_class_lookup(cls, cname(t, "__getattribute__")), obj, cls);
    if (!f) return MPS_NULL;
    MpsValue r = call_root(t, f, 1, &name);
    if (r || !mps_exc_matches(t, ATTRERR(t)) || !mps_class_lookup(cls, t->interp->s_getattr)) return r;
    mps_exc_clear(t);
    return getattr_hook(t, obj, cls, name);
}

static MpsValue generic_getattr(MpsThread *t, MpsValue obj, MpsValue name, bool hook)
{
    MpsInterp *in = t->interp;
    MpsClass *cls = mps_class_of(t, obj);
    if (hook && !cls->is_builtin && (class_hooks(t, cls) & SB_GETATTRIBUTE))
        return getattribute_hook(t, obj, cls, name);
    MpsDict **slot = dict_slot(obj, false);
    if (is_dunder(name)) {
        if (name == in->s_class) return mps_from_obj(cls);
        if (name == in->s_dict && slot && cls != in->types[MPS_T_OBJECT]) {
            slot = dict_slot(obj, true);
            if (!*slot && !(*slot = mps_dict_new(t))) return MPS_NULL;
            return mps_from_obj(*slot);
        }
    }
    MpsValue descr = mps_class_lookup(cls, name), get, r = MPS_NULL;
    bool described = false;
    if (descr && mps_is_kind(descr, MPS_K_PROPERTY)) {
        r = property_get(t, descr, obj, name);
        described = true;
    } else if (descr && mps_is_kind(descr, MPS_K_MEMBER)) {
        r = member_get(t, descr, obj);
        described = true;
    } else if (descr && user_data_descr(t, descr, UD_GET, &get) && get) {
        MpsValue args[3] = { descr, obj, mps_from_obj(cls) };
        r = mps_call(t, get, 3, args, MPS_NULL);
        described = true;
    }
    if (described) {
        /* an AttributeError from the getter falls back to __getattr__ */
        if (r || !hook || !mps_exc_matches(t, in->exc[MPS_EXC_AttributeError]) || cls->is_builtin ||
            !mps_class_lookup(cls, in->s_getattr))
            return r;
        mps_exc_clear(t);
        return getattr_hook(t, obj, cls, name);
    }
    if (mps_is_exc(obj)) {
        MpsValue v = exc_special(t, obj, name);
        if (v) return v;
    }
    if (slot && *slot) {
        MpsValue v = mps_dict_get_str(*slot, name);
        if (v) return v;
    }
    if (descr) return bind(t, descr, obj, cls);
    MpsValue v = kind_special(t, obj, name);
    if (v || t->exc) return v;
    if (name == in->s_doc) return MPS_NONE;
    /* no weak references in mps: the slot is always empty */
    if ((cls->cflags & MPS_CLASS_WEAKREF) && name_is(name, "__weakref__")) return MPS_NONE;
    if (hook) return getattr_hook(t, obj, cls, name);
    return MPS_NULL;
}

static MpsValue class_getattr(MpsThread *t, MpsValue obj, MpsValue name)
{
    MpsInterp *in = t->interp;
    MpsClass *c = MPS_CLASS(obj);
    if (is_dunder(name)) {
        if (name == in->s_name) return c->name;
        if (name == in->s_qualname) return c->qualname;
        if (name == in->s_module) {
            MpsValue m = c->dict ? mps_dict_get_str(c->dict, in->s_module) : MPS_NULL;
            return m ? m : c->module;
        }
        if (name == in->s_dict) return mps_from_obj(c->dict);
        if (name == in->s_class) return mps_from_obj(c->hdr.cls);
        const char *s = mps_str_data(name);
        if (strcmp(s, "__mro__") == 0) return c->mro;
        if (strcmp(s, "__bases__") == 0) return c->bases;
        if (strcmp(s, "__base__") == 0) return c->base ? mps_from_obj(c->base) : MPS_NONE;
        if (strcmp(s, "__annotations__") == 0 && !c->is_builtin && c->dict) {
            /* a class's own annotations, never a base's; made empty on
             * first use when the body had none (CPython 3.10+) */
            MpsValue a = mps_dict_get_str(c->dict, name);
            if (a) return a;
            MpsDict *d = mps_dict_new(t);
            if (!d || mps_dict_set(t, c->dict, name, mps_from_obj(d)) < 0) return MPS_NULL;
            mps_class_modified(t, c);
            return mps_from_obj(d);
        }
    }
    /* a property of a metaclass of its own comes before the class's
     * attributes (a data descriptor of type(C)) */
    MpsClass *meta = c->hdr.cls;
    if (meta && !meta->is_builtin) {
        MpsValue m = mps_class_lookup(meta, name);
        if (m && mps_is_kind(m, MPS_K_PROPERTY)) {
            MpsProperty *p = (MpsProperty *)mps_obj(m);
            if (p->fget == MPS_NONE) { mps_raise(t, ATTRERR(t), "property '%s' has no getter", mps_str_data(name)); return MPS_NULL; }
            return mps_call(t, p->fget, 1, &obj, MPS_NULL);
        }
    }
    MpsValue v = mps_class_lookup(c, name);
    if (v) return bind_class(t, v, c);
    /* the metaclass (type): its methods bind to the class, e.g. C.mro() */
    if (meta && meta != c) {
        MpsValue m = mps_class_lookup(meta, name);
        if (m) return bind(t, m, obj, meta);
    }
    if (name == in->s_doc) return MPS_NONE;
    return MPS_NULL;
}

static MpsValue module_getattr(MpsThread *t, MpsValue obj, MpsValue name)
{
    MpsInterp *in = t->interp;
    MpsModule *m = MPS_MODULE(obj);
    MpsValue v = m->dict ? mps_dict_get_str(m->dict, name) : MPS_NULL;
    if (v) return v;
    if (name == in->s_dict) return mps_from_obj(m->dict);
    if (name == in->s_class) return mps_from_obj(m->hdr.cls);
    /* PEP 562: a module-level __getattr__ */
    MpsValue ga = m->dict ? mps_dict_get_str(m->dict, in->s_getattr) : MPS_NULL;
    if (!ga) return MPS_NULL;
    v = call_root(t, ga, 1, &name);
    /* the hook's AttributeError still gets "Did you mean" from the module */
    if (!v && mps_is_exc(t->exc) && !MPS_EXC(t->exc)->attr_obj && mps_exc_matches(t, ATTRERR(t))) {
        MPS_EXC(t->exc)->attr_obj = obj;
        MPS_EXC(t->exc)->attr_name = name;
    }
    return v;
}

static MpsValue super_getattr(MpsThread *t, MpsValue obj, MpsValue name)
{
    MpsSuper *s = (MpsSuper *)obj;
    MpsValue self = s->self;
    /* super(C, cls) in a classmethod: self is a class, search its own MRO */
    bool on_class = mps_is_class(self) && s->start && mps_is_subclass(MPS_CLASS(self), s->start);
    MpsClass *type = on_class ? MPS_CLASS(self) : mps_class_of(t, self);
    if (s->start && type->mro) {
        MpsTuple *mro = MPS_TUPLE(type->mro);
        size_t i = 0;
        while (i < mro->len && mro->items[i] != mps_from_obj(s->start)) i++;
        for (i++; i < mro->len; i++) {
            MpsDict *d = MPS_CLASS(mro->items[i])->dict;
            MpsValue v = d ? mps_dict_get_str(d, name) : MPS_NULL;
            if (!v) continue;
            if (on_class) return bind_class(t, v, type);
            if (mps_is_kind(v, MPS_K_PROPERTY)) return property_get(t, v, self, name);
            return bind(t, v, self, type);
        }
    }
    MpsInterp *in = t->interp;
    if (name == in->s_class) return mps_from_obj(s->hdr.cls);
    if (name_is(name, "__self__")) return self;
    if (name_is(name, "__thisclass__")) return s->start ? mps_from_obj(s->start) : MPS_NONE;
    return MPS_NULL;
}

/* lookup without raising AttributeError for a missing name */
static MpsValue getattr_impl(MpsThread *t, MpsValue obj, MpsValue name)
{
    if (mps_is_obj(obj)) {
        switch (mps_kind(obj)) {
        case MPS_K_CLASS: {
            MpsClass *meta = MPS_CLASS(obj)->hdr.cls;
            if (!meta->is_builtin && (class_hooks(t, meta) & SB_GETATTRIBUTE))
                return getattribute_hook(t, obj, meta, name);
            /* a metaclass's __getattr__ for what the class lacks */
            MpsValue v = class_getattr(t, obj, name);
            if (v || t->exc) return v;
            return getattr_hook(t, obj, MPS_CLASS(obj)->hdr.cls, name);
        }
        case MPS_K_MODULE: return module_getattr(t, obj, name);
        case MPS_K_SUPER: return super_getattr(t, obj, name);
        default: break;
        }
    }
    return generic_getattr(t, obj, name, true);
}

MpsValue mps_getattr(MpsThread *t, MpsValue obj, MpsValue name)
{
    if (!mps_is_str(name))
        return mps_raise(t, TYPEERR(t), "attribute name must be string, not '%s'", mps_type_name(t, name));
    MpsValue v = getattr_impl(t, obj, name);
    if (v || t->exc) return v;
    return attr_error(t, obj, name);
}

MpsValue mps_getattr_cstr(MpsThread *t, MpsValue obj, const char *name)
{
    MpsValue n = cname(t, name);
    return n ? mps_getattr(t, obj, n) : MPS_NULL;
}

MpsValue mps_getattr_opt(MpsThread *t, MpsValue obj, MpsValue name)
{
    MpsValue v = getattr_impl(t, obj, name);
    if (!v && t->exc && mps_exc_matches(t, ATTRERR(t))) mps_exc_clear(t);
    return v;
}

int mps_get_method(MpsThread *t, MpsValue obj, MpsValue name, MpsValue *out)
{
    bool plain = !mps_is_obj(obj) || (mps_kind(obj) != MPS_K_CLASS &&
                 mps_kind(obj) != MPS_K_MODULE && mps_kind(obj) != MPS_K_SUPER);
    MpsClass *cls = plain ? mps_class_of(t, obj) : NULL;
    if (plain && !cls->is_builtin && (class_hooks(t, cls) & SB_GETATTRIBUTE))
        plain = false;
    if (plain) {
        MpsValue descr = mps_class_lookup(cls, name);
        if (descr && mps_is_obj(descr) &&
            (mps_kind(descr) == MPS_K_FUNCTION ||
             (mps_kind(descr) == MPS_K_BUILTIN && ((MpsBuiltin *)descr)->is_method))) {
            MpsDict **slot = dict_slot(obj, false);
            MpsValue v = slot && *slot ? mps_dict_get_str(*slot, name) : MPS_NULL;
            if (!v) { *out = descr; return 1; }
            *out = v;
            return 0;
        }
    }
    MpsValue v = mps_getattr(t, obj, name);
    if (!v) return -1;
    *out = v;
    return 0;
}

/* Built-in kinds (int, list, exceptions, … and user subclasses of them)
 * see only methods written in mps: their built-in behaviour is the
 * caller's C code. Plain instances and native objects see every method
 * (natives' classes are built-in classes with C methods) except the
 * defaults of `object`. Same rule as ops.c's dunder(). */
MpsValue mps_lookup_special(MpsThread *t, MpsValue v, const char *name)
{
    if (!mps_is_obj(v)) return MPS_NULL;
    MpsClass *cls = mps_obj(v)->cls;
    bool generic = mps_kind(v) == MPS_K_INSTANCE || mps_kind(v) == MPS_K_NATIVE;
    if (cls->is_builtin && !generic) return MPS_NULL;
    MpsValue n = cname(t, name);
    if (!n) { mps_exc_clear(t); return MPS_NULL; }
    MpsClass *object = t->interp->types[MPS_T_OBJECT];
    MpsTuple *mro = MPS_TUPLE(cls->mro);
    for (size_t i = 0; i < mro->len; i++) {
        MpsClass *c = MPS_CLASS(mro->items[i]);
        if (c->is_builtin && (!generic || c == object)) {
            /* a built-in base that has the method comes before later
             * bases (class J(int, H): int's + wins over H's) */
            if (c != object && !generic && c->dict && mps_dict_get_str(c->dict, n)) return MPS_NULL;
            continue;
        }
        MpsValue f = mps_dict_get_str(c->dict, n);
        if (f) return f;
    }
    return MPS_NULL;
}

MpsValue mps_call_method(MpsThread *t, MpsValue obj, const char *name, int argc, const MpsValue *argv)
{
    MpsValue n = cname(t, name);
    if (!n) return MPS_NULL;
    MpsValue f;
    int r = mps_get_method(t, obj, n, &f);
    if (r < 0) return MPS_NULL;
    if (r == 0) return call_root(t, f, argc, argv);
    MpsValue small[8], *args = small;
    if (argc + 1 > 8 && !(args = malloc((size_t)(argc + 1) * sizeof *args))) return mps_raise_nomem(t);
    args[0] = obj;
    for (int i = 0; i < argc; i++) args[i + 1] = argv[i];
    MpsValue res = mps_call(t, f, argc + 1, args, MPS_NULL);
    if (args != small) free(args);
    return res;
}

/* ---------------------------------------------------------------- setattr */

static int exc_set_special(MpsThread *t, MpsValue obj, MpsValue name, MpsValue v)
{
    MpsException *e = MPS_EXC(obj);
    const char *s = mps_str_data(name);
    int which = strcmp(s, "args") == 0 ? 1 : strcmp(s, "__cause__") == 0 ? 2 :
                strcmp(s, "__context__") == 0 ? 3 : strcmp(s, "__traceback__") == 0 ? 4 :
                strcmp(s, "__suppress_context__") == 0 ? 5 : 0;
    if (!which) return 0;
    if (!v) {
        if (which == 1) { mps_raise(t, TYPEERR(t), "args may not be deleted"); return -1; }
        v = MPS_NONE;
    }
    switch (which) {
    case 1: {
        MpsValue tup = mps_sequence_to_tuple(t, v);
        if (!tup) return -1;
        e->args = tup;
        break;
    }
    case 2: case 3:
        if (v != MPS_NONE && !mps_is_exc(v)) {
            mps_raise(t, TYPEERR(t), "exception %s must be None or derive from BaseException",
                      which == 2 ? "cause" : "context");
            return -1;
        }
        if (which == 2) { e->cause = v; e->suppress_context = true; }
        else e->context = v;
        break;
    case 4:
        if (v != MPS_NONE && !mps_is_traceback_obj(t, v)) {
            mps_raise(t, TYPEERR(t), "__traceback__ must be a traceback or None");
            return -1;
        }
        e->traceback = v;
        break;
    case 5: {
        int b = mps_truthy(t, v);
        if (b < 0) return -1;
        e->suppress_context = b;
        break;
    }
    }
    return 1;
}

static int class_setattr(MpsThread *t, MpsClass *c, MpsValue name, MpsValue v)
{
    MpsInterp *in = t->interp;
    if (c->is_builtin) {
        mps_raise(t, TYPEERR(t), "cannot set '%s' attribute of immutable type '%s'",
                  mps_str_data(name), mps_str_data(c->name));
        return -1;
    }
    if (is_dunder(name)) {
        if (name == in->s_name || name == in->s_qualname) {
            if (!v || !mps_is_str(v)) {
                mps_raise(t, TYPEERR(t), "can only assign string to %s.%s, not '%s'",
                          mps_str_data(c->name), mps_str_data(name), v ? mps_type_name(t, v) : "NoneType");
                return -1;
            }
            if (name == in->s_name) c->name = v; else c->qualname = v;
            bump(in, c, 0);
            return 0;
        }
        if (name == in->s_module) c->module = v ? v : MPS_NONE;
    }
    if (v) {
        if (mps_dict_set(t, c->dict, name, v) < 0) return -1;
    } else {
        int r = mps_dict_del(t, c->dict, name);
        if (r < 0) return -1;
        if (r == 0) { attr_error(t, mps_from_obj(c), name); return -1; }
    }
    bump(in, c, 0);
    return 0;
}

/* obj.__class__ = c: between user classes whose instances have the same
 * layout (the same kind of object), as CPython's object.__class__ */
static int class_assign(MpsThread *t, MpsValue obj, MpsClass *cls, MpsValue v)
{
    if (!v) { mps_raise(t, TYPEERR(t), "can't delete __class__ attribute"); return -1; }
    if (!mps_is_class(v)) {
        mps_raise(t, TYPEERR(t), "__class__ must be set to a class, not '%s' object", mps_type_name(t, v));
        return -1;
    }
    MpsClass *nc = MPS_CLASS(v);
    if (cls->is_builtin || nc->is_builtin) {
        mps_raise(t, TYPEERR(t), "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    bool same_slots = nc->nslots == cls->nslots &&
                      (nc->cflags & MPS_CLASS_NODICT) == (cls->cflags & MPS_CLASS_NODICT);
    for (uint32_t i = 0; same_slots && i < nc->nslots; i++)
        same_slots = MPS_MEMBER(MPS_TUPLE(nc->members)->items[i])->name ==
                     MPS_MEMBER(MPS_TUPLE(cls->members)->items[i])->name;
    if (nc->inst_kind != cls->inst_kind || !same_slots || mps_kind(obj) == MPS_K_CLASS) {
        mps_raise(t, TYPEERR(t), "__class__ assignment: '%s' object layout differs from '%s'",
                  mps_str_data(nc->name), mps_str_data(cls->name));
        return -1;
    }
    mps_obj(obj)->cls = nc;
    return 0;
}

static int generic_setattr(MpsThread *t, MpsValue obj, MpsValue name, MpsValue v, bool hook)
{
    MpsInterp *in = t->interp;
    MpsClass *cls = mps_class_of(t, obj);
    /* a __setattr__ / __delattr__ of the class (for a class: of its
     * metaclass) comes first, as CPython */
    if (hook && !cls->is_builtin) {
        MpsValue h = mps_class_lookup(cls, v ? cname(t, "__setattr__") : cname(t, "__delattr__"));
        if (h && mps_is_kind(h, MPS_K_FUNCTION)) {
            MpsValue args[3] = { obj, name, v };
            return mps_call(t, h, v ? 3 : 2, args, MPS_NULL) ? 0 : -1;
        }
    }
    if (mps_is_kind(obj, MPS_K_CLASS)) return class_setattr(t, MPS_CLASS(obj), name, v);
    MpsValue descr = mps_class_lookup(cls, name), df;
    if (name == in->s_class) return class_assign(t, obj, cls, v);
    if (descr && user_data_descr(t, descr, v ? UD_SET : UD_DEL, &df)) {
        if (!df) {
            mps_raise(t, ATTRERR(t), v ? "__set__" : "__delete__");
            return -1;
        }
        MpsValue args[3] = { descr, obj, v };
        return mps_call(t, df, v ? 3 : 2, args, MPS_NULL) ? 0 : -1;
    }
    if (descr && mps_is_kind(descr, MPS_K_PROPERTY)) {
        MpsProperty *p = (MpsProperty *)descr;
        MpsValue f = v ? p->fset : p->fdel;
        if (!f || f == MPS_NONE) {
            mps_raise(t, ATTRERR(t), "property '%s' of '%s' object has no %s",
                      mps_str_data(name), mps_str_data(cls->name), v ? "setter" : "deleter");
            return -1;
        }
        MpsValue args[2] = { obj, v };
        MpsValue r = mps_call(t, f, v ? 2 : 1, args, MPS_NULL);
        return r ? 0 : -1;
    }
    if (descr && mps_is_kind(descr, MPS_K_MEMBER)) return member_set(t, descr, obj, v);
    if (mps_is_exc(obj)) {
        int r = exc_set_special(t, obj, name, v);
        if (r) return r < 0 ? -1 : 0;
    }
    MpsDict **slot = dict_slot(obj, true);
    if (slot && cls != in->types[MPS_T_OBJECT]) {
        if (name == in->s_dict && mps_kind(obj) != MPS_K_MODULE) {
            if (!v || !mps_is_dict(v)) {
                mps_raise(t, TYPEERR(t), "__dict__ must be set to a dictionary, not a '%s'",
                          v ? mps_type_name(t, v) : "NoneType");
                return -1;
            }
            *slot = MPS_DICT(v);
            return 0;
        }
        if (mps_is_kind(obj, MPS_K_FUNCTION) && is_dunder(name)) {
            MpsFunction *f = MPS_FUNC(obj);
            MpsValue *field = name == in->s_name ? &f->name : name == in->s_qualname ? &f->qualname :
                              name == in->s_doc ? &f->doc : name == in->s_module ? &f->module :
                              name_is(name, "__defaults__") ? &f->defaults : NULL;
            if (name_is(name, "__annotations__")) {
                if (v && v != MPS_NONE && !mps_is_dict(v)) {
                    mps_raise(t, TYPEERR(t), "__annotations__ must be set to a dict object");
                    return -1;
                }
                f->annotations = v == MPS_NONE ? MPS_NULL : v;
                return 0;
            }
            if (field) {
                if (field == &f->defaults) *field = (v && v != MPS_NONE) ? v : MPS_NULL;
                else *field = v ? v : MPS_NONE;
                return 0;
            }
        }
        if (v) {
            if (!*slot && !(*slot = mps_dict_new(t))) return -1;
            return mps_dict_set(t, *slot, name, v) < 0 ? -1 : 0;
        }
        int r = *slot ? mps_dict_del(t, *slot, name) : 0;
        if (r < 0) return -1;
        if (r == 0) { attr_error(t, obj, name); return -1; }
        return 0;
    }
    if (descr) {
        /* a class attribute, no instance dict to shadow it (set or delete) */
        mps_raise(t, ATTRERR(t), "'%s' object attribute '%s' is read-only",
                  mps_str_data(cls->name), mps_str_data(name));
        return -1;
    }
    attr_error(t, obj, name);
    return -1;
}

int mps_setattr(MpsThread *t, MpsValue obj, MpsValue name, MpsValue v)
{
    if (!mps_is_str(name)) {
        mps_raise(t, TYPEERR(t), "attribute name must be string, not '%s'", mps_type_name(t, name));
        return -1;
    }
    return generic_setattr(t, obj, name, v, true);
}

/* ---------------------------------------------------------------- object and type methods */

static MpsValue obj_init(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    int nkw = kwnames ? (int)MPS_TUPLE(kwnames)->len : 0;
    if (argc < 1)
        return mps_raise(t, TYPEERR(t), "descriptor '__init__' of 'object' object needs an argument");
    if (argc > 1 || nkw > 0) {
        MpsClass *cls = mps_class_of(t, argv[0]);
        MpsValue init = mps_class_lookup(cls, t->interp->s_init);
        MpsDict *od = t->interp->types[MPS_T_OBJECT]->dict;
        /* CPython's object_init: complain about the arguments only when
         * neither __init__ nor __new__ is overridden, or when called from
         * an overriding __init__ (super().__init__(x)) */
        if (init != mps_dict_get_str(od, t->interp->s_init))
            return mps_raise(t, TYPEERR(t),
                             "object.__init__() takes exactly one argument (the instance to initialize)");
        if (mps_class_lookup(cls, t->interp->s_new) == mps_dict_get_str(od, t->interp->s_new))
            return mps_raise(t, TYPEERR(t), "%s() takes no arguments", mps_str_data(cls->name));
    }
    return MPS_NONE;
}

static MpsValue obj_setattr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__setattr__", argc, kwnames, 3, 3) < 0) return MPS_NULL;
    if (!mps_is_str(argv[1]))
        return mps_raise(t, TYPEERR(t), "attribute name must be string, not '%s'", mps_type_name(t, argv[1]));
    MpsValue n = mps_intern(t, argv[1]);
    if (!n || generic_setattr(t, argv[0], n, argv[2], false) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue obj_delattr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__delattr__", argc, kwnames, 2, 2) < 0) return MPS_NULL;
    if (!mps_is_str(argv[1]))
        return mps_raise(t, TYPEERR(t), "attribute name must be string, not '%s'", mps_type_name(t, argv[1]));
    MpsValue n = mps_intern(t, argv[1]);
    if (!n || generic_setattr(t, argv[0], n, MPS_NULL, false) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue obj_getattribute(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__getattribute__", argc, kwnames, 2, 2) < 0) return MPS_NULL;
    if (!mps_is_str(argv[1]))
        return mps_raise(t, TYPEERR(t), "attribute name must be string, not '%s'", mps_type_name(t, argv[1]));
    MpsValue n = mps_intern(t, argv[1]);
    if (!n) return MPS_NULL;
    MpsValue obj = argv[0], v;
    if (mps_is_obj(obj) && mps_kind(obj) == MPS_K_CLASS) v = class_getattr(t, obj, n);
    else if (mps_is_obj(obj) && mps_kind(obj) == MPS_K_MODULE) v = module_getattr(t, obj, n);
    else v = generic_getattr(t, obj, n, false);
    if (v || t->exc) return v;
    return attr_error(t, obj, n);
}

static MpsValue type_mro(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "mro", argc, kwnames, 1, 1) < 0) return MPS_NULL;
    if (!mps_is_class(argv[0])) return mps_raise(t, TYPEERR(t), "descriptor 'mro' requires a 'type' object");
    return mps_sequence_to_list(t, MPS_CLASS(argv[0])->mro);
}

static MpsValue type_subclasses(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__subclasses__", argc, kwnames, 1, 1) < 0) return MPS_NULL;
    if (!mps_is_class(argv[0]))
        return mps_raise(t, TYPEERR(t), "descriptor '__subclasses__' requires a 'type' object");
    MpsValue s = MPS_CLASS(argv[0])->subclasses;
    return s ? mps_sequence_to_list(t, s) : mps_list_new(t, 0);
}

static MpsValue obj_init_subclass(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (kwnames && MPS_TUPLE(kwnames)->len > 0)
        return mps_raise(t, TYPEERR(t), "%s.__init_subclass__() takes no keyword arguments",
                         argc > 0 && mps_is_class(argv[0]) ? mps_str_data(MPS_CLASS(argv[0])->name) : "object");
    if (argc != 1)
        return mps_raise(t, TYPEERR(t), "object.__init_subclass__() takes no arguments (%d given)", argc - 1);
    return MPS_NONE;
}

/* object's own __repr__/__str__/__eq__/__ne__/__hash__, for explicit calls
 * (super().__repr__(), object.__hash__(x)); the VM's protocols skip them
 * and do the same work in C (see dunder() in vm/ops.c) */
static MpsValue obj_repr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__repr__", argc, kwnames, 1, 1) < 0) return MPS_NULL;
    MpsBuf b;
    mps_buf_init(&b);
    mps_object_repr_buf(&b, mps_class_of(t, argv[0]),
                        mps_is_obj(argv[0]) ? (void *)mps_obj(argv[0]) : (void *)argv[0]);
    return mps_buf_to_str(t, &b);
}

static MpsValue obj_str(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__str__", argc, kwnames, 1, 1) < 0) return MPS_NULL;
    return mps_repr(t, argv[0]);
}

static MpsValue obj_eq(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__eq__", argc, kwnames, 2, 2) < 0) return MPS_NULL;
    return argv[0] == argv[1] ? MPS_TRUE : MPS_NOTIMPLEMENTED;
}

static MpsValue obj_ne(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__ne__", argc, kwnames, 2, 2) < 0) return MPS_NULL;
    /* the inverse of the type's __eq__, unless that is NotImplemented */
    MpsValue eq = mps_lookup_special(t, argv[0], "__eq__");
    MpsValue r = eq ? mps_call(t, eq, 2, argv, MPS_NULL)
                    : argv[0] == argv[1] ? MPS_TRUE : MPS_NOTIMPLEMENTED;
    if (!r || r == MPS_NOTIMPLEMENTED) return r;
    MPS_ROOT(t, r);
    int b = mps_truthy(t, r);
    MPS_UNROOT(t, 1);
    return b < 0 ? MPS_NULL : mps_bool(!b);
}

static MpsValue obj_hash(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__hash__", argc, kwnames, 1, 1) < 0) return MPS_NULL;
    return mps_int_from_i64(t, (int64_t)mps_identity_hash(argv[0]));
}

static const MpsMethodDef object_methods[] = {
    {"__repr__", obj_repr},
    {"__str__", obj_str},
    {"__eq__", obj_eq},
    {"__ne__", obj_ne},
    {"__hash__", obj_hash},
    {"__init__", obj_init},
    {"__setattr__", obj_setattr},
    {"__delattr__", obj_delattr},
    {"__getattribute__", obj_getattribute},
    {NULL, NULL}
};

/* type.__init__(cls, name, bases, ns, **kw): the work is type.__new__'s;
 * a metaclass's super().__init__(…) lands here */
static MpsValue type_init(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    (void)argv; (void)kwnames;
    if (argc != 2 && argc != 4)
        return mps_raise(t, TYPEERR(t), "type.__init__() takes 1 or 3 arguments");
    return MPS_NONE;
}

static MpsValue type_instancecheck(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__instancecheck__", argc, kwnames, 2, 2) < 0) return MPS_NULL;
    if (!mps_is_class(argv[0])) return mps_raise(t, TYPEERR(t), "descriptor requires a 'type' object");
    return mps_bool(mps_isinstance(t, argv[1], MPS_CLASS(argv[0])));
}

static MpsValue type_subclasscheck(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames)
{
    if (mps_args_count(t, "__subclasscheck__", argc, kwnames, 2, 2) < 0) return MPS_NULL;
    if (!mps_is_class(argv[0])) return mps_raise(t, TYPEERR(t), "descriptor requires a 'type' object");
    if (!mps_is_class(argv[1])) return mps_raise(t, TYPEERR(t), "issubclass() arg 1 must be a class");
    return mps_bool(mps_is_subclass(MPS_CLASS(argv[1]), MPS_CLASS(argv[0])));
}

static const MpsMethodDef type_methods[] = {
    {"__init__", type_init},
    {"__instancecheck__", type_instancecheck},
    {"__subclasscheck__", type_subclasscheck},
    {"mro", type_mro},
    {"__subclasses__", type_subclasses},
    {NULL, NULL}
};

void mps_class_init(MpsThread *t)
{
    mps_class_add_methods(t, t->interp->types[MPS_T_OBJECT], object_methods);
    /* object.__init_subclass__: a classmethod */
    MpsValue isc = mps_builtin_new(t, "__init_subclass__", obj_init_subclass, MPS_NULL);
    MpsWrapper *w = isc ? mps_gc_alloc(t, sizeof(MpsWrapper), MPS_K_CLASSMETHOD,
                                       t->interp->types[MPS_K_CLASSMETHOD]) : NULL;
    if (w) {
        w->func = isc;
        mps_dict_set(t, t->interp->types[MPS_T_OBJECT]->dict, cname(t, "__init_subclass__"), mps_from_obj(w));
        bump(t->interp, t->interp->types[MPS_T_OBJECT], 0);
    }
    mps_class_add_methods(t, t->interp->types[MPS_K_CLASS], type_methods);
    static const MpsMethodDef member_methods[] = {
        {"__get__", member_m_get}, {"__set__", member_m_set}, {"__delete__", member_m_delete}, {NULL, NULL}
    };
    mps_class_add_methods(t, t->interp->types[MPS_K_MEMBER], member_methods);
}
