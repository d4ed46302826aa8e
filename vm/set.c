/*
 * set.c — set and frozenset on top of a set table (vm/dict.c, "set tables":
 * CPython's open-addressing layout, so iteration order matches CPython).
 * The algorithms below follow CPython's Objects/setobject.c where the order
 * of the result depends on them (which operand is walked, which table is
 * copied, when the table is resized).
 */
#include "objimpl.h"

/* vm/dict.c, set tables */
void mps_settab_init(MpsDict *d);
int mps_settab_add(MpsThread *t, MpsDict *d, MpsValue key);
int mps_settab_add_hash(MpsThread *t, MpsDict *d, MpsValue key, uint64_t h);
int mps_settab_contains(MpsThread *t, MpsDict *d, MpsValue key);
int mps_settab_contains_hash(MpsThread *t, MpsDict *d, MpsValue key, uint64_t h);
int mps_settab_discard(MpsThread *t, MpsDict *d, MpsValue key);
int mps_settab_discard_hash(MpsThread *t, MpsDict *d, MpsValue key, uint64_t h);
MpsValue mps_settab_pop(MpsDict *d);
void mps_settab_clear(MpsDict *d);
int mps_settab_compact(MpsThread *t, MpsDict *d);
int mps_settab_merge(MpsThread *t, MpsDict *so, MpsDict *other);
int mps_settab_merge_dict(MpsThread *t, MpsDict *so, MpsDict *d);

#define TAB(s) (MPS_SET(s)->table)
#define LEN(s) (TAB(s)->len)

MpsValue mps_set_new(MpsThread *t, bool frozen)
{
    MpsDict *d = mps_dict_new(t);
    if (!d) return MPS_NULL;
    mps_settab_init(d);
    MpsKind k = frozen ? MPS_K_FROZENSET : MPS_K_SET;
    MpsSet *s = mps_gc_alloc(t, sizeof(MpsSet), k, t->interp->types[k]);
    if (!s) return mps_raise_nomem(t);
    s->table = d;
    return mps_from_obj(s);
}

int mps_set_add(MpsThread *t, MpsValue set, MpsValue v)
{
    return mps_settab_add(t, TAB(set), v);
}

int mps_set_contains(MpsThread *t, MpsValue set, MpsValue v)
{
    return mps_settab_contains(t, TAB(set), v);
}

int mps_set_discard(MpsThread *t, MpsValue set, MpsValue v)
{
    return mps_settab_discard(t, TAB(set), v);
}

MpsValue mps_set_pop(MpsThread *t, MpsValue set)
{
    MpsValue k = mps_settab_pop(TAB(set));
    return k ? k : MPS_RAISE(t, KeyError, "pop from an empty set");
}

void mps_set_clear(MpsValue set)
{
    mps_settab_clear(TAB(set));
}

static bool exact_dict(MpsThread *t, MpsValue v)
{
    return mps_is_dict(v) && mps_obj(v)->cls == MPS_TYPE(t, DICT);
}

/* CPython set_update_internal */
int mps_set_update(MpsThread *t, MpsValue set, MpsValue iterable)
{
    if (mps_is_anyset(iterable)) return mps_settab_merge(t, TAB(set), TAB(iterable));
    if (exact_dict(t, iterable)) return mps_settab_merge_dict(t, TAB(set), MPS_DICT(iterable));
    MpsValue it = mps_iter(t, iterable);
    if (!it) return -1;
    MPS_ROOT(t, it);
    int rc = -1;
    for (;;) {
        MpsValue v = mps_next(t, it);
        if (!v) { if (!t->exc) rc = 0; break; }
        if (mps_set_add(t, set, v) < 0) break;
    }
    MPS_UNROOT(t, 1);
    return rc;
}

/* a new plain set/frozenset (the flavour of `like`) holding the items of src */
static MpsValue set_new_from(MpsThread *t, MpsValue like, MpsValue src)
{
    MpsValue r = mps_set_new(t, mps_is_kind(like, MPS_K_FROZENSET));
    if (!r || !src) return r;
    MPS_ROOT(t, r);
    int rc = mps_set_update(t, r, src);
    MPS_UNROOT(t, 1);
    return rc < 0 ? MPS_NULL : r;
}

MpsValue mps_set_copy(MpsThread *t, MpsValue so)
{
    return set_new_from(t, so, so);
}

/* replace the contents of `so` with those of the set `tmp` */
static void set_swap(MpsValue so, MpsValue tmp)
{
    MpsDict *d = TAB(so);
    TAB(so) = TAB(tmp);
    TAB(tmp) = d;
}

/* CPython set_intersection: other is any iterable */
MpsValue mps_set_intersection(MpsThread *t, MpsValue so, MpsValue other)
{
    if (so == other) return mps_set_copy(t, so);
    MpsValue r = set_new_from(t, so, MPS_NULL);
    if (!r) return r;
    MPS_ROOT(t, r);
    int rc = 0;
    if (mps_is_anyset(other)) {
        if (LEN(other) > LEN(so)) { MpsValue tmp = so; so = other; other = tmp; }
        MpsDict *od = TAB(other);
        for (size_t i = 0; rc == 0 && i < od->used; i++) {
            MpsDictEntry e = od->entries[i];
            if (e.key == MPS_NULL) continue;
            MPS_ROOT(t, e.key);
            int c = mps_settab_contains_hash(t, TAB(so), e.key, e.hash);
            rc = c < 0 ? -1 : c ? mps_settab_add_hash(t, TAB(r), e.key, e.hash) : 0;
            MPS_UNROOT(t, 1);
        }
    } else {
        MpsValue it = mps_iter(t, other);
        if (!it) rc = -1;
        else {
            MPS_ROOT(t, it);
            for (;;) {
                MpsValue k = mps_next(t, it);
                if (!k) { if (t->exc) rc = -1; break; }
                MPS_ROOT(t, k);
                int c = mps_set_contains(t, so, k);
                if (c > 0) c = mps_set_add(t, r, k) < 0 ? -1 : 2;
                MPS_UNROOT(t, 1);
                if (c < 0) { rc = -1; break; }
                if (c == 2 && LEN(r) >= LEN(so)) break;
            }
            MPS_UNROOT(t, 1);
        }
    }
    MPS_UNROOT(t, 1);
    return rc < 0 ? MPS_NULL : r;
}

int mps_set_intersection_update(MpsThread *t, MpsValue so, MpsValue other)
{
    MpsValue r = mps_set_intersection(t, so, other);
    if (!r) return -1;
    set_swap(so, r);
    return 0;
}

/* CPython set_difference_update_internal */
int mps_set_difference_update(MpsThread *t, MpsValue so, MpsValue other)
{
    if (so == other) { mps_set_clear(so); return 0; }
    int rc = 0;
    if (mps_is_anyset(other)) {
        if ((LEN(other) >> 3) > LEN(so)) {
            other = mps_set_intersection(t, so, other);
            if (!other) return -1;
        }
        MPS_ROOT(t, other);
        MpsDict *od = TAB(other);
        for (size_t i = 0; rc == 0 && i < od->used; i++) {
            MpsDictEntry e = od->entries[i];
            if (e.key == MPS_NULL) continue;
            MPS_ROOT(t, e.key);
            rc = mps_settab_discard_hash(t, TAB(so), e.key, e.hash) < 0 ? -1 : 0;
            MPS_UNROOT(t, 1);
        }
        MPS_UNROOT(t, 1);
    } else {
        MpsValue it = mps_iter(t, other);
        if (!it) return -1;
        MPS_ROOT(t, it);
        for (;;) {
            MpsValue k = mps_next(t, it);
            if (!k) { if (t->exc) rc = -1; break; }
            if (mps_set_discard(t, so, k) < 0) { rc = -1; break; }
        }
        MPS_UNROOT(t, 1);
    }
    if (rc < 0) return -1;
    return mps_settab_compact(t, TAB(so));
}

/* CPython set_difference */
MpsValue mps_set_difference(MpsThread *t, MpsValue so, MpsValue other)
{
    size_t other_size;
    if (mps_is_anyset(other)) other_size = LEN(other);
    else if (exact_dict(t, other)) other_size = MPS_DICT(other)->len;
    else other_size = (size_t)-1;
    if (other_size == (size_t)-1 || (LEN(so) >> 2) > other_size) {
        MpsValue r = mps_set_copy(t, so);
        if (!r) return r;
        MPS_ROOT(t, r);
        int rc = mps_set_difference_update(t, r, other);
        MPS_UNROOT(t, 1);
        return rc < 0 ? MPS_NULL : r;
    }
    MpsValue r = set_new_from(t, so, MPS_NULL);
    if (!r) return r;
    MPS_ROOT(t, r);
    MpsDict *sd = TAB(so);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < sd->used; i++) {
        MpsDictEntry e = sd->entries[i];
        if (e.key == MPS_NULL) continue;
        MPS_ROOT(t, e.key);
        int c;
        if (mps_is_anyset(other)) c = mps_settab_contains_hash(t, TAB(other), e.key, e.hash);
        else { MpsValue dummy; c = mps_dict_lookup(t, MPS_DICT(other), e.key, &dummy); }
        rc = c < 0 ? -1 : !c ? mps_settab_add_hash(t, TAB(r), e.key, e.hash) : 0;
        MPS_UNROOT(t, 1);
    }
    MPS_UNROOT(t, 1);
    return rc < 0 ? MPS_NULL : r;
}

/* CPython set_symmetric_difference_update */
int mps_set_symmetric_difference_update(MpsThread *t, MpsValue so, MpsValue other)
{
    if (so == other) { mps_set_clear(so); return 0; }
    int rc = 0;
    if (exact_dict(t, other)) {
        MpsDict *d = MPS_DICT(other);
        for (size_t i = 0; rc == 0 && i < d->used; i++) {
            MpsDictEntry e = d->entries[i];
            if (e.key == MPS_NULL) continue;
            MPS_ROOT(t, e.key);
            int c = mps_settab_discard_hash(t, TAB(so), e.key, e.hash);
            rc = c < 0 ? -1 : !c ? mps_settab_add_hash(t, TAB(so), e.key, e.hash) : 0;
            MPS_UNROOT(t, 1);
        }
        return rc;
    }
    MpsValue os = mps_is_anyset(other) ? other : set_new_from(t, so, other);
    if (!os) return -1;
    MPS_ROOT(t, os);
    MpsDict *od = TAB(os);
    for (size_t i = 0; rc == 0 && i < od->used; i++) {
        MpsDictEntry e = od->entries[i];
        if (e.key == MPS_NULL) continue;
        MPS_ROOT(t, e.key);
        int c = mps_settab_discard_hash(t, TAB(so), e.key, e.hash);
        rc = c < 0 ? -1 : !c ? mps_settab_add_hash(t, TAB(so), e.key, e.hash) : 0;
        MPS_UNROOT(t, 1);
    }
    MPS_UNROOT(t, 1);
    return rc;
}

MpsValue mps_set_symmetric_difference(MpsThread *t, MpsValue so, MpsValue other)
{
    MpsValue r = set_new_from(t, so, other);
    if (!r) return r;
    MPS_ROOT(t, r);
    int rc = mps_set_symmetric_difference_update(t, r, so);
    MPS_UNROOT(t, 1);
    return rc < 0 ? MPS_NULL : r;
}

/* a | b, a & b, a - b, a ^ b; both sets; result has a's type */
MpsValue mps_set_binop(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b)
{
    switch (op) {
    case MPS_BIN_OR: {
        MpsValue r = mps_set_copy(t, a);
        if (!r || a == b) return r;
        MPS_ROOT(t, r);
        int rc = mps_set_update(t, r, b);
        MPS_UNROOT(t, 1);
        return rc < 0 ? MPS_NULL : r;
    }
    case MPS_BIN_AND: return mps_set_intersection(t, a, b);
    case MPS_BIN_SUB: return mps_set_difference(t, a, b);
    case MPS_BIN_XOR: return mps_set_symmetric_difference(t, a, b);
    default: return MPS_NOTIMPLEMENTED;
    }
}

/* is every element of a in b */
static int set_issubset(MpsThread *t, MpsValue a, MpsValue b)
{
    MpsDict *da = TAB(a);
    if (da->len > LEN(b)) return 0;
    for (size_t i = 0; i < da->used; i++) {
        MpsDictEntry e = da->entries[i];
        if (e.key == MPS_NULL) continue;
        MPS_ROOT(t, e.key);
        int c = mps_settab_contains_hash(t, TAB(b), e.key, e.hash);
        MPS_UNROOT(t, 1);
        if (c <= 0) return c;
        if (TAB(a) != da) return 0;
    }
    return 1;
}

int mps_set_cmp(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b)
{
    size_t la = LEN(a), lb = LEN(b);
    int r;
    switch (op) {
    case MPS_CMP_EQ: return la == lb ? set_issubset(t, a, b) : 0;
    case MPS_CMP_NE: r = la == lb ? set_issubset(t, a, b) : 0; return r < 0 ? r : !r;
    case MPS_CMP_LE: return set_issubset(t, a, b);
    case MPS_CMP_LT: return la < lb ? set_issubset(t, a, b) : 0;
    case MPS_CMP_GE: return set_issubset(t, b, a);
    case MPS_CMP_GT: return la > lb ? set_issubset(t, b, a) : 0;
    }
    return 0;
}
