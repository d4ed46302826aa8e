/*
 * range.c — lazy int ranges (64-bit bounds) and slice objects.
 */
#include "objimpl.h"

static int64_t range_len(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0 && start < stop) return (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1);
    if (step < 0 && start > stop) return (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1);
    return 0;
}

MpsValue mps_range_new(MpsThread *t, int64_t start, int64_t stop, int64_t step)
{
    if (step == 0) return MPS_RAISE(t, ValueError, "range() arg 3 must not be zero");
    MpsRange *r = mps_gc_alloc(t, sizeof(MpsRange), MPS_K_RANGE, MPS_TYPE(t, RANGE));
    if (!r) return mps_raise_nomem(t);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_len(start, stop, step);
    return mps_from_obj(r);
}

static MpsValue range_iter_next(MpsThread *t, MpsIter *it)
{
    MpsRange *r = (MpsRange *)it->a;
    if (it->i >= r->len) return MPS_NULL;
    int64_t v = r->start + it->i++ * r->step;
    return mps_int_from_i64(t, v);
}

MpsValue mps_range_iter(MpsThread *t, MpsValue r)
{
    return mps_iter_new(t, range_iter_next, r, MPS_NONE, MPS_NONE);
}

MpsValue mps_slice_new(MpsThread *t, MpsValue start, MpsValue stop, MpsValue step)
{
    MpsSlice *s = mps_gc_alloc(t, sizeof(MpsSlice), MPS_K_SLICE, MPS_TYPE(t, SLICE));
    if (!s) return mps_raise_nomem(t);
    s->start = start ? start : MPS_NONE;
    s->stop = stop ? stop : MPS_NONE;
    s->step = step ? step : MPS_NONE;
    return mps_from_obj(s);
}

/* a slice bound: None → dflt; big ints clamp (as CPython does) */
static int slice_bound(MpsThread *t, MpsValue v, int64_t dflt, int64_t *out)
{
    if (v == MPS_NONE) { *out = dflt; return 0; }
    v = mps_int_norm(v);
    if (mps_is_bigint(v)) {
        *out = mps_int_sign(v) < 0 ? -(INT64_MAX / 4) : INT64_MAX / 4;
        return 0;
    }
    if (mps_is_int(v)) return mps_int_to_i64(t, v, out);
    if (mps_index(t, v, out) == 0) return 0;
    if (mps_exc_matches(t, MPS_EXCCLS(t, TypeError))) {
        mps_exc_clear(t);
        MPS_RAISE(t, TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    return -1;
}

int64_t mps_slice_indices(MpsThread *t, MpsValue slice, int64_t len,
                          int64_t *start, int64_t *stop, int64_t *step)
{
    MpsSlice *s = (MpsSlice *)slice;
    if (slice_bound(t, s->step, 1, step) < 0) return -1;
    if (*step == 0) { MPS_RAISE(t, ValueError, "slice step cannot be zero"); return -1; }
    bool neg = *step < 0;
    if (slice_bound(t, s->start, neg ? len - 1 : 0, start) < 0) return -1;
    if (slice_bound(t, s->stop, neg ? -1 : len, stop) < 0) return -1;
    if (s->start != MPS_NONE) {
        if (*start < 0) { *start += len; if (*start < 0) *start = neg ? -1 : 0; }
        else if (*start >= len) *start = neg ? len - 1 : len;
    }
    if (s->stop != MPS_NONE) {
        if (*stop < 0) { *stop += len; if (*stop < 0) *stop = neg ? -1 : 0; }
        else if (*stop >= len) *stop = neg ? len - 1 : len;
    }
    return range_len(*start, *stop, *step);
}
