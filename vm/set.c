/*
 * set.c — set and frozenset on top of a dict table (values MPS_NONE).
 */
#include "objimpl.h"

MpsValue mps_set_new(MpsThread *t, bool frozen)
{
    MpsDict *d = mps_dict_new(t);
    if (!d) return MPS_NULL;
    MpsKind k = frozen ? MPS_K_FROZENSET : MPS_K_SET;
    MpsSet *s = mps_gc_alloc(t, sizeof(MpsSet), k, t->interp->types[k]);
    if (!s) return mps_raise_nomem(t);
    s->table = d;
    return mps_from_obj(s);
}

int mps_set_add(MpsThread *t, MpsValue set, MpsValue v)
{
    return mps_dict_set(t, MPS_SET(set)->table, v, MPS_NONE);
}

int mps_set_contains(MpsThread *t, MpsValue set, MpsValue v)
{
    MpsValue dummy;
    return mps_dict_lookup(t, MPS_SET(set)->table, v, &dummy);
}

int mps_set_discard(MpsThread *t, MpsValue set, MpsValue v)
{
    return mps_dict_del(t, MPS_SET(set)->table, v);
}

int mps_set_update(MpsThread *t, MpsValue set, MpsValue iterable)
{
    MpsDict *src = mps_is_anyset(iterable) ? MPS_SET(iterable)->table
                 : mps_is_dict(iterable) ? MPS_DICT(iterable) : NULL;
    if (src) {
        MpsValue k;
        for (size_t i = 0; mps_dict_next(src, &i, &k, NULL); )
            if (mps_set_add(t, set, k) < 0) return -1;
        return 0;
    }
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

/* a | b, a & b, a - b, a ^ b; both sets; result has a's type */
MpsValue mps_set_binop(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b)
{
    MpsValue r = mps_set_new(t, mps_is_kind(a, MPS_K_FROZENSET));
    if (!r) return r;
    MPS_ROOT(t, r);
    MpsDict *da = MPS_SET(a)->table, *db = MPS_SET(b)->table;
    MpsValue k;
    int rc = 0;
    switch (op) {
    case MPS_BIN_OR:
        rc = mps_set_update(t, r, a);
        if (rc == 0) rc = mps_set_update(t, r, b);
        break;
    case MPS_BIN_AND: {
        MpsDict *small = da->len <= db->len ? da : db;
        MpsValue other = small == da ? b : a;
        for (size_t i = 0; rc == 0 && mps_dict_next(small, &i, &k, NULL); ) {
            int c = mps_set_contains(t, other, k);
            rc = c < 0 ? -1 : c ? mps_set_add(t, r, k) : 0;
        }
        break;
    }
    case MPS_BIN_SUB:
        for (size_t i = 0; rc == 0 && mps_dict_next(da, &i, &k, NULL); ) {
            int c = mps_set_contains(t, b, k);
            rc = c < 0 ? -1 : !c ? mps_set_add(t, r, k) : 0;
        }
        break;
    case MPS_BIN_XOR:
        for (size_t i = 0; rc == 0 && mps_dict_next(da, &i, &k, NULL); ) {
            int c = mps_set_contains(t, b, k);
            rc = c < 0 ? -1 : !c ? mps_set_add(t, r, k) : 0;
        }
        for (size_t i = 0; rc == 0 && mps_dict_next(db, &i, &k, NULL); ) {
            int c = mps_set_contains(t, a, k);
            rc = c < 0 ? -1 : !c ? mps_set_add(t, r, k) : 0;
        }
        break;
    default:
        r = MPS_NOTIMPLEMENTED;
    }
    MPS_UNROOT(t, 1);
    return rc < 0 ? MPS_NULL : r;
}

/* is every element of a in b */
static int set_issubset(MpsThread *t, MpsValue a, MpsValue b)
{
    MpsDict *da = MPS_SET(a)->table;
    if (da->len > MPS_SET(b)->table->len) return 0;
    MpsValue k;
    for (size_t i = 0; mps_dict_next(da, &i, &k, NULL); ) {
        int c = mps_set_contains(t, b, k);
        if (c <= 0) return c;
    }
    return 1;
}

int mps_set_cmp(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b)
{
    size_t la = MPS_SET(a)->table->len, lb = MPS_SET(b)->table->len;
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
