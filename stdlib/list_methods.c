/* list_methods.c — methods of list and tuple. Prefix lm_. */
#include "lib.h"

#define SELF argv[0]
#define L(v) MPS_LIST(v)

static MpsValue lm_append(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "list.append", kw) < 0) return MPS_NULL;
    if (argc != 2) return MPS_RAISE(t, TypeError, "list.append() takes exactly one argument (%d given)", argc - 1);
    return mps_list_append(t, SELF, argv[1]) < 0 ? MPS_NULL : MPS_NONE;
}

static MpsValue lm_extend(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "list.extend", kw) < 0) return MPS_NULL;
    if (argc != 2) return MPS_RAISE(t, TypeError, "list.extend() takes exactly one argument (%d given)", argc - 1);
    return mps_list_extend(t, SELF, argv[1]) < 0 ? MPS_NULL : MPS_NONE;
}

static MpsValue lm_insert(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "insert", kw) < 0) return MPS_NULL;
    if (argc != 3) return MPS_RAISE(t, TypeError, "insert expected 2 arguments, got %d", argc - 1);
    int64_t i;
    if (mps_index(t, argv[1], &i) < 0) return MPS_NULL;
    int64_t n = (int64_t)L(SELF)->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    return mps_list_insert(t, SELF, i, argv[2]) < 0 ? MPS_NULL : MPS_NONE;
}

static MpsValue lm_pop(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "pop", kw) < 0) return MPS_NULL;
    if (argc > 2) return MPS_RAISE(t, TypeError, "pop expected at most 1 argument, got %d", argc - 1);
    int64_t i = -1;
    if (argc == 2 && mps_index(t, argv[1], &i) < 0) return MPS_NULL;
    int64_t n = (int64_t)L(SELF)->len;
    if (n == 0) return MPS_RAISE(t, IndexError, "pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return MPS_RAISE(t, IndexError, "pop index out of range");
    return mps_list_pop(t, SELF, i);
}

static MpsValue lm_clear(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "clear", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    L(SELF)->len = 0;
    return MPS_NONE;
}

static MpsValue lm_copy(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "copy", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    return mps_list_from(t, L(SELF)->len, L(SELF)->items);
}

static MpsValue lm_reverse(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "reverse", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    MpsList *l = L(SELF);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        MpsValue x = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = x;
    }
    return MPS_NONE;
}

static MpsValue lm_sort(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (argc > 1) return MPS_RAISE(t, TypeError, "sort() takes no positional arguments");
    static const char *const names[] = {"key", "reverse"};
    MpsValue a[2];
    if (mps_args(t, "sort", 0, argv + 1, kw, names, 0, 2, a) < 0) return MPS_NULL;
    int rev = a[1] ? mps_truthy(t, a[1]) : 0;
    if (rev < 0) return MPS_NULL;
    return mps_list_sort(t, SELF, a[0] ? a[0] : MPS_NONE, rev) < 0 ? MPS_NULL : MPS_NONE;
}

/* items of a list or tuple, re-read each step (a list may change under __eq__) */
static int64_t lm_items(MpsValue s, MpsValue **items)
{
    return mps_seq_items(s, items);
}

static int lm_bounds(MpsThread *t, int argc, const MpsValue *argv, int64_t n, int64_t *st, int64_t *en)
{
    *st = 0;
    *en = n;
    if (argc > 2 && mps_index(t, argv[2], st) < 0) return -1;
    if (argc > 3 && mps_index(t, argv[3], en) < 0) return -1;
    if (*st < 0) { *st += n; if (*st < 0) *st = 0; }
    if (*en < 0) { *en += n; if (*en < 0) *en = 0; }
    return 0;
}

static MpsValue lm_index_impl(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool tuple)
{
    if (mpsl_no_kw(t, "index", kw) < 0) return MPS_NULL;
    if (argc < 2 || argc > 4) return MPS_RAISE(t, TypeError, "index expected at least 1 argument, got %d", argc - 1);
    MpsValue *items;
    int64_t st, en;
    if (lm_bounds(t, argc, argv, lm_items(SELF, &items), &st, &en) < 0) return MPS_NULL;
    for (int64_t i = st; i < en && i < lm_items(SELF, &items); i++) {
        int eq = mps_eq(t, items[i], argv[1]);
        if (eq < 0) return MPS_NULL;
        if (eq) return mps_from_small(i);
    }
    if (tuple) return MPS_RAISE(t, ValueError, "tuple.index(x): x not in tuple");
    return MPS_RAISE(t, ValueError, "%R is not in list", argv[1]);
}

static MpsValue lm_index(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return lm_index_impl(t, argc, argv, kw, false); }
static MpsValue lm_tindex(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return lm_index_impl(t, argc, argv, kw, true); }

static MpsValue lm_count(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "count", kw) < 0) return MPS_NULL;
    if (argc != 2) return MPS_RAISE(t, TypeError, "count() takes exactly one argument (%d given)", argc - 1);
    MpsValue *items;
    int64_t c = 0;
    for (int64_t i = 0; i < lm_items(SELF, &items); i++) {
        int eq = mps_eq(t, items[i], argv[1]);
        if (eq < 0) return MPS_NULL;
        c += eq;
    }
    return mps_from_small(c);
}

static MpsValue lm_remove(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mpsl_no_kw(t, "remove", kw) < 0) return MPS_NULL;
    if (argc != 2) return MPS_RAISE(t, TypeError, "list.remove() takes exactly one argument (%d given)", argc - 1);
    MpsList *l = L(SELF);
    for (size_t i = 0; i < l->len; i++) {
        int eq = mps_eq(t, l->items[i], argv[1]);
        if (eq < 0) return MPS_NULL;
        if (eq && i < l->len) {
            memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(MpsValue));
            l->len--;
            return MPS_NONE;
        }
    }
    return MPS_RAISE(t, ValueError, "list.remove(x): x not in list");
}

/* position of x in range r, or -1 */
static int lm_range_pos(MpsThread *t, MpsValue r, MpsValue x, int64_t *pos)
{
    MpsRange *g = (MpsRange *)r;
    *pos = -1;
    if (mps_is_int(x)) {
        int64_t v;
        if (mps_int_to_i64(t, x, &v) < 0) { mps_exc_clear(t); return 0; }
        if (g->len == 0 || (v - g->start) % g->step != 0) return 0;
        int64_t i = (v - g->start) / g->step;
        if (i >= 0 && i < g->len) *pos = i;
        return 0;
    }
    for (int64_t i = 0; i < g->len; i++) {
        int eq = mps_eq(t, mps_int_from_i64(t, g->start + i * g->step), x);
        if (eq < 0) return -1;
        if (eq) { *pos = i; return 0; }
    }
    return 0;
}

static MpsValue lm_range_index(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "index", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    int64_t pos;
    if (lm_range_pos(t, SELF, argv[1], &pos) < 0) return MPS_NULL;
    if (pos < 0) return MPS_RAISE(t, ValueError, "%R is not in range", argv[1]);
    return mps_int_from_i64(t, pos);
}

static MpsValue lm_range_count(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "count", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    if (!mps_is_int(argv[1])) {
        MpsRange *g = (MpsRange *)SELF;
        int64_t c = 0;
        for (int64_t i = 0; i < g->len; i++) {
            int eq = mps_eq(t, mps_int_from_i64(t, g->start + i * g->step), argv[1]);
            if (eq < 0) return MPS_NULL;
            c += eq;
        }
        return mps_from_small(c);
    }
    int64_t pos;
    if (lm_range_pos(t, SELF, argv[1], &pos) < 0) return MPS_NULL;
    return mps_from_small(pos >= 0);
}

static const MpsMethodDef lm_range_methods[] = {
    {"index", lm_range_index}, {"count", lm_range_count}, {NULL, NULL}
};

static MpsValue lm_slice_indices(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "indices", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    int64_t n, st, sp, step;
    if (mps_index(t, argv[1], &n) < 0) return MPS_NULL;
    if (n < 0) return MPS_RAISE(t, ValueError, "length should not be negative");
    if (mps_slice_indices(t, SELF, n, &st, &sp, &step) < 0) return MPS_NULL;
    return mps_tuple_pack(t, 3, mps_int_from_i64(t, st), mps_int_from_i64(t, sp), mps_int_from_i64(t, step));
}

static const MpsMethodDef lm_slice_methods[] = {{"indices", lm_slice_indices}, {NULL, NULL}};

static const MpsMethodDef lm_list_methods[] = {
    {"append", lm_append}, {"extend", lm_extend}, {"insert", lm_insert}, {"pop", lm_pop},
    {"remove", lm_remove}, {"index", lm_index}, {"count", lm_count}, {"sort", lm_sort},
    {"reverse", lm_reverse}, {"copy", lm_copy}, {"clear", lm_clear},
    {NULL, NULL}
};

static const MpsMethodDef lm_tuple_methods[] = {
    {"index", lm_tindex}, {"count", lm_count}, {NULL, NULL}
};

void mpsl_list_init(MpsThread *t)
{
    mps_class_add_methods(t, MPS_TYPE(t, LIST), lm_list_methods);
    mps_class_add_methods(t, MPS_TYPE(t, TUPLE), lm_tuple_methods);
    mps_class_add_methods(t, MPS_TYPE(t, RANGE), lm_range_methods);
    mps_class_add_methods(t, MPS_TYPE(t, SLICE), lm_slice_methods);
}
