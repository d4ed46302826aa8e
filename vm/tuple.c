/*
 * tuple.c — immutable arrays with inline items; conversions of iterables
 * to tuples and lists.
 */
#include "objimpl.h"
#include <string.h>

MpsValue mps_tuple_new(MpsThread *t, size_t len)
{
    MpsTuple *o = mps_gc_alloc(t, sizeof(MpsTuple) + len * sizeof(MpsValue), MPS_K_TUPLE, MPS_TYPE(t, TUPLE));
    if (!o) return mps_raise_nomem(t);
    o->len = len;
    for (size_t i = 0; i < len; i++) o->items[i] = MPS_NONE;
    return mps_from_obj(o);
}

MpsValue mps_tuple_from(MpsThread *t, size_t n, const MpsValue *items)
{
    MpsValue v = mps_tuple_new(t, n);
    if (v && n) memcpy(MPS_TUPLE(v)->items, items, n * sizeof *items);
    return v;
}

MpsValue mps_tuple_pack(MpsThread *t, size_t n, ...)
{
    MpsValue v = mps_tuple_new(t, n);
    if (!v) return v;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) MPS_TUPLE(v)->items[i] = va_arg(ap, MpsValue);
    va_end(ap);
    return v;
}

int64_t mps_seq_items(MpsValue v, MpsValue **items)
{
    if (mps_is_list(v)) { *items = MPS_LIST(v)->items; return (int64_t)MPS_LIST(v)->len; }
    if (mps_is_tuple(v)) { *items = MPS_TUPLE(v)->items; return (int64_t)MPS_TUPLE(v)->len; }
    return -1;
}

int64_t mps_seq_items_iter(MpsThread *t, MpsValue v, MpsValue **items)
{
    int64_t n = mps_seq_items(v, items);
    if (n >= 0 && !mps_obj(v)->cls->is_builtin && mps_lookup_special(t, v, "__iter__")) return -1;
    return n;
}

MpsValue mps_sequence_to_list(MpsThread *t, MpsValue iterable)
{
    MpsValue *items;
    int64_t n = mps_seq_items_iter(t, iterable, &items);
    if (n >= 0) return mps_list_from(t, (size_t)n, items);
    MpsValue l = mps_list_new(t, 0);
    if (!l) return l;
    MPS_ROOT(t, l);
    int rc = mps_list_extend(t, l, iterable);
    MPS_UNROOT(t, 1);
    return rc < 0 ? MPS_NULL : l;
}

MpsValue mps_sequence_to_tuple(MpsThread *t, MpsValue iterable)
{
    if (mps_is_tuple(iterable) && MPS_TUPLE(iterable)->hdr.cls == MPS_TYPE(t, TUPLE)) return iterable;
    MpsValue *items;
    int64_t n = mps_seq_items_iter(t, iterable, &items);
    if (n >= 0) return mps_tuple_from(t, (size_t)n, items);
    MpsValue l = mps_sequence_to_list(t, iterable);
    if (!l) return l;
    return mps_tuple_from(t, MPS_LIST(l)->len, MPS_LIST(l)->items);
}

static MpsValue tuple_iter_next(MpsThread *t, MpsIter *it)
{
    (void)t;
    MpsTuple *tp = MPS_TUPLE(it->a);
    if ((size_t)it->i >= tp->len) return MPS_NULL;
    return tp->items[it->i++];
}

MpsValue mps_tuple_iter(MpsThread *t, MpsValue tup)
{
    return mps_iter_new(t, tuple_iter_next, tup, MPS_NONE, MPS_NONE);
}
