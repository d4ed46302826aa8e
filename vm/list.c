/*
 * list.c — growable arrays (items malloc'd, freed by the GC's sweep) and a
 * stable merge sort.
 */
#include "objimpl.h"
#include <stdlib.h>
#include <string.h>

int mps_list_reserve(MpsThread *t, MpsList *l, size_t n)
{
    if (n <= l->cap) return 0;
    if (n > ((size_t)1 << 56) / sizeof(MpsValue)) { mps_raise_nomem(t); return -1; }
    size_t cap = l->cap + (l->cap >> 1) + 4;
    if (cap < n) cap = n;
    MpsValue *p = realloc(l->items, cap * sizeof *p);
    if (!p) { mps_raise_nomem(t); return -1; }
    mps_gc_note_extra(t, (cap - l->cap) * sizeof *p);
    l->items = p;
    l->cap = cap;
    return 0;
}

MpsValue mps_list_new(MpsThread *t, size_t len)
{
    MpsValue *items = len ? malloc(len * sizeof *items) : NULL;
    if (len && !items) return mps_raise_nomem(t);
    MpsList *l = mps_gc_alloc(t, sizeof(MpsList), MPS_K_LIST, MPS_TYPE(t, LIST));
    if (!l) { free(items); return mps_raise_nomem(t); }
    for (size_t i = 0; i < len; i++) items[i] = MPS_NONE;
    if (len) mps_gc_note_extra(t, len * sizeof *items);
    l->items = items;
    l->len = l->cap = len;
    return mps_from_obj(l);
}

MpsValue mps_list_from(MpsThread *t, size_t n, const MpsValue *items)
{
    MpsValue v = mps_list_new(t, n);
    if (v && n) memcpy(MPS_LIST(v)->items, items, n * sizeof *items);
    return v;
}

int mps_list_append(MpsThread *t, MpsValue list, MpsValue v)
{
    MpsList *l = MPS_LIST(list);
    if (l->len == l->cap && mps_list_reserve(t, l, l->len + 1) < 0) return -1;
    l->items[l->len++] = v;
    return 0;
}

int mps_list_extend(MpsThread *t, MpsValue list, MpsValue iterable)
{
    MpsList *l = MPS_LIST(list);
    MpsValue *src;
    int64_t n = mps_seq_items_iter(t, iterable, &src);
    if (n >= 0) {
        if (mps_list_reserve(t, l, l->len + (size_t)n) < 0) return -1;
        src = mps_is_list(iterable) ? MPS_LIST(iterable)->items : src;   /* may have moved (l += l) */
        if (n) memmove(l->items + l->len, src, (size_t)n * sizeof *src);
        l->len += (size_t)n;
        return 0;
    }
    /* a range knows its length: room at once (list(range(2**62)) is a
     * MemoryError straight away, not after filling the memory) */
    if (mps_is_kind(iterable, MPS_K_RANGE) && mps_obj(iterable)->cls->is_builtin &&
        mps_list_reserve(t, l, l->len + (size_t)((MpsRange *)iterable)->len) < 0)
        return -1;
    MpsValue it = mps_iter(t, iterable);
    if (!it) return -1;
    MPS_ROOT(t, it);
    int rc = 0;
    for (;;) {
        MpsValue v = mps_next(t, it);
        if (!v) { if (t->exc) rc = -1; break; }
        if (mps_list_append(t, list, v) < 0) { rc = -1; break; }
    }
    MPS_UNROOT(t, 1);
    return rc;
}

MpsValue mps_list_pop(MpsThread *t, MpsValue list, int64_t i)
{
    MpsList *l = MPS_LIST(list);
    if (l->len == 0) return MPS_RAISE(t, IndexError, "pop from empty list");
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len) return MPS_RAISE(t, IndexError, "pop index out of range");
    MpsValue v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(MpsValue));
    l->len--;
    return v;
}

int mps_list_insert(MpsThread *t, MpsValue list, int64_t i, MpsValue v)
{
    MpsList *l = MPS_LIST(list);
    int64_t n = (int64_t)l->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    if (l->len == l->cap && mps_list_reserve(t, l, l->len + 1) < 0) return -1;
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(MpsValue));
    l->items[i] = v;
    l->len++;
    return 0;
}

/* ---------------------------------------------------------------- slices */

MpsValue mps_list_slice(MpsThread *t, MpsValue list, int64_t start, int64_t step, int64_t n)
{
    MpsValue r = mps_list_new(t, (size_t)n);
    if (!r) return r;
    MpsValue *src = MPS_LIST(list)->items, *dst = MPS_LIST(r)->items;
    for (int64_t k = 0; k < n; k++) dst[k] = src[start + k * step];
    return r;
}

int mps_list_del_slice(MpsThread *t, MpsValue list, MpsValue slice)
{
    MpsList *l = MPS_LIST(list);
    int64_t start, stop, step;
    int64_t n = mps_slice_indices(t, slice, (int64_t)l->len, &start, &stop, &step);
    if (n < 0) return -1;
    if (n == 0) return 0;
    if (step < 0) { start = start + (n - 1) * step; step = -step; }   /* same set, ascending */
    size_t w = (size_t)start;
    int64_t next = start, k = 0;
    for (size_t r = (size_t)start; r < l->len; r++) {
        if (k < n && (int64_t)r == next) { k++; next += step; continue; }
        l->items[w++] = l->items[r];
    }
    l->len = w;
    return 0;
}

int mps_list_set_slice(MpsThread *t, MpsValue list, MpsValue slice, MpsValue v)
{
    MpsList *l = MPS_LIST(list);
    /* take a snapshot of the new items (v may be the list itself or any iterable) */
    MpsValue seq = v;
    MpsValue *src;
    int64_t m = mps_seq_items(v, &src);
    if (m < 0 || v == list) {
        seq = mps_sequence_to_list(t, v);
        if (!seq) {
            if (mps_exc_matches(t, MPS_EXCCLS(t, TypeError))) {
                mps_exc_clear(t);
                MPS_RAISE(t, TypeError, "must assign iterable to extended slice");
            }
            return -1;
        }
        m = mps_seq_items(seq, &src);
    }
    MPS_ROOT(t, seq);
    int rc = -1;
    int64_t start, stop, step;
    int64_t n = mps_slice_indices(t, slice, (int64_t)l->len, &start, &stop, &step);
    if (n < 0) goto out;
    if (step == 1) {
        if (stop < start) stop = start;
        size_t newlen = l->len - (size_t)n + (size_t)m;
        if (mps_list_reserve(t, l, newlen) < 0) goto out;
        m = mps_seq_items(seq, &src);           /* re-fetch: reserve may move l->items */
        MpsValue *tmp = malloc((size_t)(m ? m : 1) * sizeof *tmp);
        if (!tmp) { mps_raise_nomem(t); goto out; }
        if (m) memcpy(tmp, src, (size_t)m * sizeof *tmp);
        if (l->len > (size_t)stop) memmove(l->items + start + m, l->items + stop, (l->len - (size_t)stop) * sizeof(MpsValue));
        if (m) memcpy(l->items + start, tmp, (size_t)m * sizeof *tmp);
        free(tmp);
        l->len = newlen;
        rc = 0;
        goto out;
    }
    if (m != n) {
        MPS_RAISE(t, ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                  (long long)m, (long long)n);
        goto out;
    }
    for (int64_t k = 0; k < n; k++) l->items[start + k * step] = src[k];
    rc = 0;
out:
    MPS_UNROOT(t, 1);
    return rc;
}

/* ---------------------------------------------------------------- sort */

enum { SORT_GENERIC, SORT_SMALL, SORT_STR, SORT_FLOAT };

typedef struct {
    MpsThread *t;
    const MpsValue *keys;
    int mode;
} SortCtx;

/* a < b: 1/0/-1 */
static int sort_lt(SortCtx *c, MpsValue a, MpsValue b)
{
    switch (c->mode) {
    case SORT_SMALL: return mps_small(a) < mps_small(b);
    case SORT_STR: return mps_str_cmp(a, b) < 0;
    case SORT_FLOAT: return mps_float_val(a) < mps_float_val(b);
    default: return mps_compare_bool(c->t, MPS_CMP_LT, a, b);
    }
}

/* stable merge sort of index array idx[0..n) by keys */
static int sort_run(SortCtx *c, uint32_t *idx, uint32_t *tmp, size_t n)
{
    if (n <= 12) {                 /* binary-free insertion sort: stable */
        for (size_t i = 1; i < n; i++) {
            uint32_t x = idx[i];
            size_t j = i;
            while (j > 0) {
                int lt = sort_lt(c, c->keys[x], c->keys[idx[j - 1]]);
                if (lt < 0) return -1;
                if (!lt) break;
                idx[j] = idx[j - 1];
                j--;
            }
            idx[j] = x;
        }
        return 0;
    }
    size_t h = n / 2;
    if (sort_run(c, idx, tmp, h) < 0 || sort_run(c, idx + h, tmp, n - h) < 0) return -1;
    /* already ordered halves: skip the merge (presorted input is linear) */
    int lt = sort_lt(c, c->keys[idx[h]], c->keys[idx[h - 1]]);
    if (lt < 0) return -1;
    if (!lt) return 0;
    memcpy(tmp, idx, h * sizeof *tmp);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        lt = sort_lt(c, c->keys[idx[j]], c->keys[tmp[i]]);
        if (lt < 0) {
            while (i < h) idx[k++] = tmp[i++];   /* keep idx a permutation */
            return -1;
        }
        idx[k++] = lt ? idx[j++] : tmp[i++];
    }
    while (i < h) idx[k++] = tmp[i++];
    return 0;
}

int mps_list_sort(MpsThread *t, MpsValue list, MpsValue key, bool reverse)
{
    MpsList *l = MPS_LIST(list);
    size_t n = l->len;
    if (n < 2 && (key == MPS_NULL || key == MPS_NONE)) return 0;
    /* snapshot values (and keys) in GC-visible lists: key functions and
     * __lt__ may run arbitrary code, including a collection */
    MpsValue vals = mps_list_from(t, n, l->items);   /* n == 0: items may be NULL */
    if (!vals) return -1;
    MPS_ROOT(t, vals);
    /* as CPython, key functions and comparisons see an empty list, and
     * a list they change is an error (the sort's result is kept) */
    l->len = 0;
    MpsValue keys = vals;
    int rc = -1;
    uint32_t *idx = NULL;
    if (key != MPS_NULL && key != MPS_NONE) {
        keys = mps_list_new(t, n);
        if (!keys) goto out;
        MPS_ROOT(t, keys);
        for (size_t i = 0; i < n; i++) {
            MpsValue k = mps_call1(t, key, MPS_LIST(vals)->items[i]);
            if (!k) { MPS_UNROOT(t, 1); goto out; }
            MPS_LIST(keys)->items[i] = k;
        }
    }
    idx = malloc(2 * (n ? n : 1) * sizeof *idx);
    if (!idx) { mps_raise_nomem(t); goto unroot; }
    /* reverse keeps stability: reverse, stable sort, reverse */
    for (size_t i = 0; i < n; i++) idx[i] = (uint32_t)(reverse ? n - 1 - i : i);
    SortCtx c = { t, MPS_LIST(keys)->items, SORT_GENERIC };
    {
        MpsValue *k = MPS_LIST(keys)->items;
        bool sm = true, st = true, fl = true;
        for (size_t i = 0; i < n && (sm || st || fl); i++) {
            if (!mps_is_small(k[i])) sm = false;
            if (!mps_is_str(k[i])) st = false;
            if (!mps_is_float(k[i])) fl = false;
        }
        c.mode = sm ? SORT_SMALL : st ? SORT_STR : fl ? SORT_FLOAT : SORT_GENERIC;
    }
    if (sort_run(&c, idx, idx + n, n) < 0) goto unroot;
    rc = 0;
unroot:
    if (keys != vals) MPS_UNROOT(t, 1);
out:
    {
        bool modified = l->len != 0;
        MpsValue *v = MPS_LIST(vals)->items;
        l->len = 0;
        if (mps_list_reserve(t, l, n) < 0) {
            rc = -1;
        } else {
            for (size_t i = 0; i < n; i++) l->items[i] = rc == 0 ? v[idx[reverse ? n - 1 - i : i]] : v[i];
            l->len = n;
            if (modified && rc == 0) {
                MPS_RAISE(t, ValueError, "list modified during sort");
                rc = -1;
            }
        }
    }
    MPS_UNROOT(t, 1);
    free(idx);
    return rc;
}

/* ---------------------------------------------------------------- iterator */

MpsValue mps_list_iter_next(MpsThread *t, MpsIter *it);   /* the VM inlines it (code.h) */
MpsValue mps_list_iter_next(MpsThread *t, MpsIter *it)
{
    (void)t;
    MpsList *l = MPS_LIST(it->a);
    if ((size_t)it->i >= l->len) { it->i = INT64_MAX / 2; return MPS_NULL; }
    return l->items[it->i++];
}

MpsValue mps_list_iter(MpsThread *t, MpsValue list)
{
    return mps_iter_new(t, mps_list_iter_next, list, MPS_NONE, MPS_NONE);
}
