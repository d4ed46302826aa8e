/* dict_methods.c — methods of dict (with the live key/value/item views),
 * set and frozenset. Prefix dm_. */
#include "lib.h"

#define SELF argv[0]
#define D(v) MPS_DICT(v)

static MpsValue dm_keyerror(MpsThread *t, MpsValue key)
{
    MpsValue args = mps_tuple_pack(t, 1, key);
    if (!args) return MPS_NULL;
    MpsValue e = mps_exc_new(t, MPS_EXCCLS(t, KeyError), args);
    return e ? mps_raise_value(t, e) : MPS_NULL;
}

/* ---------------------------------------------------------------- views */

typedef struct DmView { MpsNative n; MpsValue dict; int what; } DmView;

static void dm_view_traverse(MpsObj *o, void (*visit)(MpsValue, void *), void *ctx)
{
    visit(((DmView *)o)->dict, ctx);
}

static const MpsNativeType dm_view_type = {"dict_view", dm_view_traverse, NULL};

static MpsValue dm_view_new(MpsThread *t, MpsValue d, int what)
{
    MpsValue v = mps_native_new(t, MPSL(t)->view_cls[what], &dm_view_type, sizeof(DmView));
    if (!v) return MPS_NULL;
    mps_native_data(v, DmView)->dict = d;
    mps_native_data(v, DmView)->what = what;
    return v;
}

/* values/items iterator: a = dict, i = entry position, j = length at start, c = what */
static MpsValue dm_iter_next(MpsThread *t, MpsIter *it)
{
    if (!it->a) return MPS_NULL;
    MpsDict *d = D(it->a);
    if ((int64_t)d->len != it->j) {
        it->a = MPS_NULL;
        return MPS_RAISE(t, RuntimeError, "dictionary changed size during iteration");
    }
    while ((size_t)it->i < d->used) {
        MpsDictEntry *e = &d->entries[it->i++];
        if (!e->key) continue;
        if (it->c == mps_from_small(0)) return e->key;
        if (it->c == mps_from_small(1)) return e->value;
        return mps_tuple_pack(t, 2, e->key, e->value);
    }
    it->a = MPS_NULL;
    return MPS_NULL;
}

static MpsValue dm_dict_iter(MpsThread *t, MpsValue d, int what)
{
    MpsValue r = mps_iter_new(t, dm_iter_next, d, MPS_NULL, mps_from_small(what));
    if (r) ((MpsIter *)r)->j = (int64_t)D(d)->len;
    return r;
}

static MpsValue dm_view_len(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    return mps_int_from_i64(t, (int64_t)D(mps_native_data(SELF, DmView)->dict)->len);
}

static MpsValue dm_view_iter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    DmView *v = mps_native_data(SELF, DmView);
    return dm_dict_iter(t, v->dict, v->what);
}

static MpsValue dm_view_contains(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__contains__", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    DmView *v = mps_native_data(SELF, DmView);
    MpsDict *d = D(v->dict);
    MpsValue x = argv[1], got;
    if (v->what == 0) {
        int r = mps_dict_lookup(t, d, x, &got);
        return r < 0 ? MPS_NULL : mps_bool(r);
    }
    if (v->what == 2) {
        if (!mps_is_tuple(x) || MPS_TUPLE(x)->len != 2) return MPS_FALSE;
        int r = mps_dict_lookup(t, d, MPS_TUPLE(x)->items[0], &got);
        if (r <= 0) return r < 0 ? MPS_NULL : MPS_FALSE;
        r = mps_eq(t, got, MPS_TUPLE(x)->items[1]);
        return r < 0 ? MPS_NULL : mps_bool(r);
    }
    MpsValue k, val;
    for (size_t i = 0; mps_dict_next(d, &i, &k, &val); ) {
        int r = mps_eq(t, val, x);
        if (r) return r < 0 ? MPS_NULL : MPS_TRUE;
    }
    return MPS_FALSE;
}

static MpsValue dm_view_list(MpsThread *t, MpsValue view)
{
    DmView *v = mps_native_data(view, DmView);
    MpsValue it = dm_dict_iter(t, v->dict, v->what);
    return it ? mps_sequence_to_list(t, it) : MPS_NULL;
}

static MpsValue dm_view_repr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    static const char *const names[] = {"dict_keys", "dict_values", "dict_items"};
    MpsValue l = dm_view_list(t, SELF);
    if (!l) return MPS_NULL;
    MPS_ROOT(t, l);
    MpsValue r = mps_str_printf(t, "%s(%R)", names[mps_native_data(SELF, DmView)->what], l);
    MPS_UNROOT(t, 1);
    return r;
}

/* keys views behave as sets for & | - ^ */
static MpsValue dm_view_setop(MpsThread *t, const MpsValue *argv, MpsBinOp op, bool reflected)
{
    MpsValue l = dm_view_list(t, argv[0]);
    if (!l) return MPS_NULL;
    MPS_ROOT(t, l);
    MpsValue setc = mps_from_obj(MPS_TYPE(t, SET));
    MpsValue s = mps_call1(t, setc, l);
    MpsValue r = MPS_NULL;
    if (s) {
        MPS_ROOT(t, s);
        MpsValue o = argv[1];
        if (mps_is_kind(o, MPS_K_NATIVE) && ((MpsNative *)o)->ntype == &dm_view_type) o = dm_view_list(t, o);
        MpsValue os = o ? mps_call1(t, setc, o) : MPS_NULL;
        if (os) r = reflected ? mps_binop(t, op, os, s) : mps_binop(t, op, s, os);
        MPS_UNROOT(t, 1);
    }
    MPS_UNROOT(t, 1);
    return r;
}

static MpsValue dm_view_and(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { (void)argc; (void)kw; return dm_view_setop(t, argv, MPS_BIN_AND, false); }
static MpsValue dm_view_or(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { (void)argc; (void)kw; return dm_view_setop(t, argv, MPS_BIN_OR, false); }
static MpsValue dm_view_sub(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { (void)argc; (void)kw; return dm_view_setop(t, argv, MPS_BIN_SUB, false); }
static MpsValue dm_view_xor(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { (void)argc; (void)kw; return dm_view_setop(t, argv, MPS_BIN_XOR, false); }
static MpsValue dm_view_rsub(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { (void)argc; (void)kw; return dm_view_setop(t, argv, MPS_BIN_SUB, true); }

static MpsValue dm_view_eq(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    DmView *v = mps_native_data(SELF, DmView);
    if (v->what == 1) return mps_bool(SELF == argv[1]);
    MpsValue l = dm_view_list(t, SELF);
    if (!l) return MPS_NULL;
    MPS_ROOT(t, l);
    MpsValue setc = mps_from_obj(MPS_TYPE(t, SET));
    MpsValue s = mps_call1(t, setc, l), r = MPS_NULL;
    if (s) {
        MPS_ROOT(t, s);
        MpsValue o = argv[1];
        if (mps_is_kind(o, MPS_K_NATIVE) && ((MpsNative *)o)->ntype == &dm_view_type) {
            o = dm_view_list(t, o);
            o = o ? mps_call1(t, setc, o) : MPS_NULL;
        } else if (!mps_is_kind(o, MPS_K_SET) && !mps_is_kind(o, MPS_K_FROZENSET)) {
            o = MPS_NULL;
            r = MPS_FALSE;
        }
        if (o) r = mps_compare(t, MPS_CMP_EQ, s, o);
        MPS_UNROOT(t, 1);
    }
    MPS_UNROOT(t, 1);
    return r;
}

static MpsValue dm_view_reversed(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    MpsValue l = dm_view_list(t, SELF);
    if (!l) return MPS_NULL;
    MpsList *x = MPS_LIST(l);
    for (size_t i = 0, j = x->len; i + 1 < j; i++, j--) {
        MpsValue tmp = x->items[i]; x->items[i] = x->items[j - 1]; x->items[j - 1] = tmp;
    }
    return mps_iter(t, l);
}

static const MpsMethodDef dm_view_methods[] = {
    {"__len__", dm_view_len}, {"__iter__", dm_view_iter}, {"__contains__", dm_view_contains},
    {"__repr__", dm_view_repr}, {"__reversed__", dm_view_reversed}, {NULL, NULL}
};

/* keys/items view .isdisjoint(iterable) */
static MpsValue dm_view_isdisjoint(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "isdisjoint", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue it = mps_iter(t, argv[1]);
    if (!it) return MPS_NULL;
    MPS_ROOT(t, it);
    MpsValue x, res = MPS_TRUE;
    while ((x = mps_next(t, it))) {
        int c = mps_contains(t, SELF, x);
        if (c != 0) { res = c < 0 ? MPS_NULL : MPS_FALSE; break; }
    }
    if (!x && t->exc) res = MPS_NULL;
    MPS_UNROOT(t, 1);
    return res;
}

static const MpsMethodDef dm_keys_methods[] = {
    {"isdisjoint", dm_view_isdisjoint},
    {"__and__", dm_view_and}, {"__or__", dm_view_or}, {"__sub__", dm_view_sub},
    {"__xor__", dm_view_xor}, {"__rand__", dm_view_and}, {"__ror__", dm_view_or},
    {"__rsub__", dm_view_rsub}, {"__rxor__", dm_view_xor}, {"__eq__", dm_view_eq},
    {NULL, NULL}
};

/* ---------------------------------------------------------------- dict */

static MpsValue dm_keys(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "keys", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    return dm_view_new(t, SELF, 0);
}

static MpsValue dm_values(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "values", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    return dm_view_new(t, SELF, 1);
}

static MpsValue dm_items(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "items", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    return dm_view_new(t, SELF, 2);
}

static MpsValue dm_get(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "get", argc - 1, kw, 1, 2) < 0) return MPS_NULL;
    MpsValue v;
    int r = mps_dict_lookup(t, D(SELF), argv[1], &v);
    if (r < 0) return MPS_NULL;
    return r ? v : argc > 2 ? argv[2] : MPS_NONE;
}

static MpsValue dm_setdefault(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "setdefault", argc - 1, kw, 1, 2) < 0) return MPS_NULL;
    MpsValue v;
    int r = mps_dict_lookup(t, D(SELF), argv[1], &v);
    if (r < 0) return MPS_NULL;
    if (r) return v;
    v = argc > 2 ? argv[2] : MPS_NONE;
    return mps_dict_set(t, D(SELF), argv[1], v) < 0 ? MPS_NULL : v;
}

static MpsValue dm_pop(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "pop", argc - 1, kw, 1, 2) < 0) return MPS_NULL;
    MpsValue v;
    int r = mps_dict_lookup(t, D(SELF), argv[1], &v);
    if (r < 0) return MPS_NULL;
    if (!r) return argc > 2 ? argv[2] : dm_keyerror(t, argv[1]);
    MPS_ROOT(t, v);
    r = mps_dict_del(t, D(SELF), argv[1]);
    MPS_UNROOT(t, 1);
    return r < 0 ? MPS_NULL : v;
}

static MpsValue dm_popitem(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "popitem", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    MpsDict *d = D(SELF);
    for (size_t i = d->used; i-- > 0; ) {
        MpsDictEntry *e = &d->entries[i];
        if (!e->key) continue;
        MpsValue r = mps_tuple_pack(t, 2, e->key, e->value);
        if (!r) return MPS_NULL;
        MPS_ROOT(t, r);
        int rc = mps_dict_del(t, d, MPS_TUPLE(r)->items[0]);
        MPS_UNROOT(t, 1);
        return rc < 0 ? MPS_NULL : r;
    }
    return MPS_RAISE(t, KeyError, "popitem(): dictionary is empty");
}

static MpsValue dm_update(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (argc > 2) return MPS_RAISE(t, TypeError, "update expected at most 1 argument, got %d", argc - 1);
    if (argc == 2 && mps_dict_update(t, D(SELF), argv[1]) < 0) return MPS_NULL;
    size_t nkw = mpsl_nkw(kw);
    for (size_t i = 0; i < nkw; i++)
        if (mps_dict_set(t, D(SELF), MPS_TUPLE(kw)->items[i], argv[argc + (int)i]) < 0) return MPS_NULL;
    return MPS_NONE;
}

static MpsValue dm_copy(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "copy", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    MpsDict *d = mps_dict_copy(t, D(SELF));
    if (d) d->hdr.cls = MPS_TYPE(t, DICT);
    return d ? mps_from_obj(d) : MPS_NULL;
}

static MpsValue dm_clear(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "clear", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    mps_dict_clear(D(SELF));
    return MPS_NONE;
}

/* classmethod: argv[0] is the class */
static MpsValue dm_fromkeys(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "fromkeys", argc - 1, kw, 1, 2) < 0) return MPS_NULL;
    MpsValue v = argc > 2 ? argv[2] : MPS_NONE;
    MpsValue d = mps_call0(t, argv[0]);
    if (!d) return MPS_NULL;
    if (!mps_is_dict(d)) return MPS_RAISE(t, TypeError, "fromkeys() needs a dict class");
    MPS_ROOT(t, d);
    MpsValue it = mps_iter(t, argv[1]);
    MpsValue res = d;
    if (!it) res = MPS_NULL;
    else {
        MPS_ROOT(t, it);
        for (;;) {
            MpsValue k = mps_next(t, it);
            if (!k) { if (t->exc) res = MPS_NULL; break; }
            if (mps_dict_set(t, D(d), k, v) < 0) { res = MPS_NULL; break; }
        }
        MPS_UNROOT(t, 1);
    }
    MPS_UNROOT(t, 1);
    return res;
}

static const MpsMethodDef dm_dict_methods[] = {
    {"keys", dm_keys}, {"values", dm_values}, {"items", dm_items}, {"get", dm_get},
    {"setdefault", dm_setdefault}, {"pop", dm_pop}, {"popitem", dm_popitem},
    {"update", dm_update}, {"copy", dm_copy}, {"clear", dm_clear},
    {NULL, NULL}
};

/* ---------------------------------------------------------------- set */

static bool dm_anyset(MpsValue v) { return mps_is_kind(v, MPS_K_SET) || mps_is_kind(v, MPS_K_FROZENSET); }

/* vm/set.c: CPython's set algorithms (they decide the iteration order) */
int mps_set_update(MpsThread *t, MpsValue set, MpsValue iterable);
MpsValue mps_set_copy(MpsThread *t, MpsValue so);
MpsValue mps_set_pop(MpsThread *t, MpsValue set);
void mps_set_clear(MpsValue set);
MpsValue mps_set_intersection(MpsThread *t, MpsValue so, MpsValue other);
int mps_set_intersection_update(MpsThread *t, MpsValue so, MpsValue other);
MpsValue mps_set_difference(MpsThread *t, MpsValue so, MpsValue other);
int mps_set_difference_update(MpsThread *t, MpsValue so, MpsValue other);
MpsValue mps_set_symmetric_difference(MpsThread *t, MpsValue so, MpsValue other);
int mps_set_symmetric_difference_update(MpsThread *t, MpsValue so, MpsValue other);

static int dm_set_add_all(MpsThread *t, MpsValue s, MpsValue src)
{
    return mps_set_update(t, s, src);
}

/* a set holding the items of any iterable (the argument itself when it is a set) */
static MpsValue dm_as_set(MpsThread *t, MpsValue v)
{
    if (dm_anyset(v)) return v;
    MpsValue s = mps_set_new(t, false);
    if (!s) return MPS_NULL;
    MPS_ROOT(t, s);
    int rc = dm_set_add_all(t, s, v);
    MPS_UNROOT(t, 1);
    return rc < 0 ? MPS_NULL : s;
}

static MpsValue dm_set_copy_of(MpsThread *t, MpsValue self)
{
    return mps_set_copy(t, self);
}

static MpsValue dm_add(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "add", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    return mps_set_add(t, SELF, argv[1]) < 0 ? MPS_NULL : MPS_NONE;
}

static MpsValue dm_discard(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "discard", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    return mps_set_discard(t, SELF, argv[1]) < 0 ? MPS_NULL : MPS_NONE;
}

static MpsValue dm_remove(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "remove", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    int r = mps_set_discard(t, SELF, argv[1]);
    if (r < 0) return MPS_NULL;
    return r ? MPS_NONE : dm_keyerror(t, argv[1]);
}

static MpsValue dm_set_pop(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "pop", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    return mps_set_pop(t, SELF);
}

static MpsValue dm_set_clear(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "clear", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    mps_set_clear(SELF);
    return MPS_NONE;
}

static MpsValue dm_set_copy(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "copy", argc - 1, kw, 0, 0) < 0) return MPS_NULL;
    if (mps_is_kind(SELF, MPS_K_FROZENSET) && mps_obj(SELF)->cls == MPS_TYPE(t, FROZENSET)) return SELF;
    return dm_set_copy_of(t, SELF);
}

/* op: 0 union, 1 intersection, 2 difference, 3 symmetric difference.
 * into: update self in place instead of building a new set. */
static MpsValue dm_setop(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int op, bool into)
{
    static const char *const fn[] = {"union", "intersection", "difference", "symmetric_difference"};
    if (mpsl_no_kw(t, fn[op], kw) < 0) return MPS_NULL;
    if (op == 3 && argc != 2)
        return MPS_RAISE(t, TypeError, "%s() takes exactly one argument (%d given)", fn[op], argc - 1);
    MpsValue self = SELF;
    const MpsValue *o = argv + 1;
    int n = argc - 1;
    if (into) {
        if (op == 1 && n == 0) return mps_set_intersection_update(t, self, self) < 0 ? MPS_NULL : MPS_NONE;
        for (int i = 0; i < n; i++) {
            int rc = op == 0 ? mps_set_update(t, self, o[i])
                   : op == 1 ? mps_set_intersection_update(t, self, o[i])
                   : op == 2 ? mps_set_difference_update(t, self, o[i])
                   : mps_set_symmetric_difference_update(t, self, o[i]);
            if (rc < 0) return MPS_NULL;
        }
        return MPS_NONE;
    }
    if (op == 3) return mps_set_symmetric_difference(t, self, o[0]);
    if (n == 0) return mps_set_copy(t, self);
    MpsValue r = op == 0 ? mps_set_copy(t, self)
               : op == 1 ? mps_set_intersection(t, self, o[0])
               : mps_set_difference(t, self, o[0]);
    if (!r) return MPS_NULL;
    MPS_ROOT(t, r);
    for (int i = op == 0 ? 0 : 1; r && i < n; i++) {
        if (op == 0) {
            if (o[i] != self && mps_set_update(t, r, o[i]) < 0) r = MPS_NULL;
        } else if (op == 1) {
            MpsValue nr = mps_set_intersection(t, r, o[i]);
            MPS_UNROOT(t, 1);
            r = nr;
            MPS_ROOT(t, r);
        } else if (mps_set_difference_update(t, r, o[i]) < 0) r = MPS_NULL;
    }
    MPS_UNROOT(t, 1);
    return r;
}

#define DM_OP(name, op, into) \
    static MpsValue dm_##name(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return dm_setop(t, argc, argv, kw, op, into); }
DM_OP(union, 0, false) DM_OP(intersection, 1, false) DM_OP(difference, 2, false)
DM_OP(symmetric_difference, 3, false) DM_OP(set_update, 0, true) DM_OP(intersection_update, 1, true)
DM_OP(difference_update, 2, true) DM_OP(symmetric_difference_update, 3, true)

/* 0 issubset, 1 issuperset, 2 isdisjoint */
static MpsValue dm_setcmp(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int kind)
{
    static const char *const fn[] = {"issubset", "issuperset", "isdisjoint"};
    if (mps_args_count(t, fn[kind], argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue other = dm_as_set(t, argv[1]);
    if (!other) return MPS_NULL;
    MPS_ROOT(t, other);
    MpsValue a = kind == 1 ? other : SELF, b = kind == 1 ? SELF : other;
    MpsValue k, v, res = kind == 2 ? MPS_TRUE : MPS_TRUE;
    for (size_t i = 0; mps_dict_next(MPS_SET(a)->table, &i, &k, &v); ) {
        int c = mps_set_contains(t, b, k);
        if (c < 0) { res = MPS_NULL; break; }
        if (kind == 2 ? c : !c) { res = MPS_FALSE; break; }
    }
    MPS_UNROOT(t, 1);
    return res;
}

static MpsValue dm_issubset(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return dm_setcmp(t, argc, argv, kw, 0); }
static MpsValue dm_issuperset(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return dm_setcmp(t, argc, argv, kw, 1); }
static MpsValue dm_isdisjoint(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return dm_setcmp(t, argc, argv, kw, 2); }

static const MpsMethodDef dm_frozenset_methods[] = {
    {"copy", dm_set_copy}, {"union", dm_union}, {"intersection", dm_intersection},
    {"difference", dm_difference}, {"symmetric_difference", dm_symmetric_difference},
    {"issubset", dm_issubset}, {"issuperset", dm_issuperset}, {"isdisjoint", dm_isdisjoint},
    {NULL, NULL}
};

static const MpsMethodDef dm_set_methods[] = {
    {"add", dm_add}, {"discard", dm_discard}, {"remove", dm_remove}, {"pop", dm_set_pop},
    {"clear", dm_set_clear}, {"update", dm_set_update}, {"intersection_update", dm_intersection_update},
    {"difference_update", dm_difference_update},
    {"symmetric_difference_update", dm_symmetric_difference_update},
    {NULL, NULL}
};

void mpsl_dict_init(MpsThread *t)
{
    static const char *const vnames[] = {"dict_keys", "dict_values", "dict_items"};
    for (int i = 0; i < 3; i++) {
        MPSL(t)->view_cls[i] = mpsl_class(t, vnames[i], NULL, MPS_K_NATIVE, dm_view_methods);
        if (i != 1) mps_class_add_methods(t, MPSL(t)->view_cls[i], dm_keys_methods);
    }
    MpsClass *dc = MPS_TYPE(t, DICT);
    mps_class_add_methods(t, dc, dm_dict_methods);
    mpsl_class_wrapped(t, dc, "fromkeys", dm_fromkeys, MPS_K_CLASSMETHOD);
    mps_class_add_methods(t, MPS_TYPE(t, SET), dm_frozenset_methods);
    mps_class_add_methods(t, MPS_TYPE(t, SET), dm_set_methods);
    mps_class_add_methods(t, MPS_TYPE(t, FROZENSET), dm_frozenset_methods);
}
