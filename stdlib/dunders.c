/* dunders.c — the special methods of the built-in types as attributes
 * (`(7).__add__(3)`, `[].__len__()`, `super().__setitem__(k, v)` in a dict
 * subclass). Each runs the generic protocol. Operators never dispatch to
 * these (vm/ops.c does the work in C); they exist for explicit calls.
 *
 * On an object of a user subclass the protocol would find the subclass's
 * own method again, so the object is shown to the protocol under its
 * built-in base class for the duration of the call. Prefix du_. */
#include "lib.h"

typedef enum { DU_LEN, DU_ITER, DU_REPR, DU_STR, DU_HASH, DU_BOOL, DU_GETITEM, DU_SETITEM,
               DU_DELITEM, DU_CONTAINS, DU_CMP, DU_BIN, DU_RBIN, DU_IBIN, DU_UN, DU_INT, DU_FLOAT,
               DU_INDEX, DU_NEXT } DuKind;

typedef struct DuDef { const char *name; DuKind kind; int op; } DuDef;

/* the built-in class whose C behaviour an object of cls has */
static MpsClass *du_base(MpsClass *cls)
{
    while (cls && !cls->is_builtin) cls = cls->base;
    return cls;
}

static MpsValue du_run(MpsThread *t, const DuDef *d, int argc, const MpsValue *argv)
{
    MpsValue self = argv[0], o = argc > 1 ? argv[1] : MPS_NULL;
    switch (d->kind) {
    case DU_LEN: { int64_t n = mps_len(t, self); return n < 0 ? MPS_NULL : mps_int_from_i64(t, n); }
    case DU_ITER: return mps_iter(t, self);
    case DU_NEXT: {
        MpsValue v = mps_next(t, self);
        if (v || t->exc) return v;
        return mps_raise_value(t, mps_from_obj(MPS_EXCCLS(t, StopIteration)));
    }
    case DU_REPR: return mps_repr(t, self);
    case DU_STR: return mps_to_str(t, self);
    case DU_HASH: { uint64_t h; return mps_hash(t, self, &h) < 0 ? MPS_NULL : mps_int_from_i64(t, (int64_t)h); }
    case DU_BOOL: { int b = mps_truthy(t, self); return b < 0 ? MPS_NULL : mps_bool(b); }
    case DU_GETITEM: return mps_getitem(t, self, o);
    case DU_SETITEM: return mps_setitem(t, self, o, argv[2]) < 0 ? MPS_NULL : MPS_NONE;
    case DU_DELITEM: return mps_delitem(t, self, o) < 0 ? MPS_NULL : MPS_NONE;
    case DU_CONTAINS: { int r = mps_contains(t, self, o); return r < 0 ? MPS_NULL : mps_bool(r); }
    case DU_CMP: return mps_compare(t, (MpsCmpOp)d->op, self, o);
    case DU_BIN: return mps_binop(t, (MpsBinOp)d->op, self, o);
    case DU_RBIN: return mps_binop(t, (MpsBinOp)d->op, o, self);
    case DU_IBIN: return mps_inplace_op(t, (MpsBinOp)d->op, self, o);
    case DU_UN: return mps_unaryop(t, (MpsUnOp)d->op, self);
    case DU_INT: case DU_INDEX:
        if (mps_is_bool(self)) return mps_from_small(self == MPS_TRUE);
        if (mps_is_int(self)) return self;
        if (mps_is_float(self)) return mps_int_from_double(t, mps_float_val(self));
        return MPS_RAISE(t, TypeError, "int() argument must be a number");
    case DU_FLOAT: {
        double x;
        return mps_to_double(t, self, &x) < 0 ? MPS_NULL : mps_float_new(t, x);
    }
    }
    return MPS_NULL;
}

static MpsValue du_call(MpsThread *t, const DuDef *d, int argc, const MpsValue *argv, MpsValue kw)
{
    int need = d->kind == DU_SETITEM ? 3 : (d->kind >= DU_GETITEM && d->kind <= DU_IBIN && d->kind != DU_SETITEM) ? 2 : 1;
    if (mpsl_no_kw(t, d->name, kw) < 0) return MPS_NULL;
    if (argc != need)
        return MPS_RAISE(t, TypeError, "expected %d argument%s, got %d", need - 1, need == 2 ? "" : "s", argc - 1);
    MpsValue self = argv[0];
    MpsClass *cls = mps_is_obj(self) ? mps_obj(self)->cls : NULL;
    MpsClass *base = cls ? du_base(cls) : NULL;
    MpsValue r;
    if (cls && base && base != cls) {
        MPS_ROOT(t, mps_from_obj(cls));     /* keep the class alive while hidden */
        mps_obj(self)->cls = base;
        r = du_run(t, d, argc, argv);
        mps_obj(self)->cls = cls;
        MPS_UNROOT(t, 1);
    } else
        r = du_run(t, d, argc, argv);
    /* an operand of the wrong type: NotImplemented, as the slot wrappers do */
    if (!r && (d->kind == DU_BIN || d->kind == DU_RBIN || d->kind == DU_CMP) &&
        mps_exc_matches(t, MPS_EXCCLS(t, TypeError))) {
        mps_exc_clear(t);
        return MPS_NOTIMPLEMENTED;
    }
    return r;
}

/* one C function per entry: the table index is baked in */
static const DuDef du_defs[] = {
#define DU_ENTRIES(X)                                                                    \
    X(0, "__len__", DU_LEN, 0) X(1, "__iter__", DU_ITER, 0) X(2, "__repr__", DU_REPR, 0)     \
    X(3, "__str__", DU_STR, 0) X(4, "__hash__", DU_HASH, 0) X(5, "__bool__", DU_BOOL, 0)     \
    X(6, "__getitem__", DU_GETITEM, 0) X(7, "__setitem__", DU_SETITEM, 0)                    \
    X(8, "__delitem__", DU_DELITEM, 0) X(9, "__contains__", DU_CONTAINS, 0)                  \
    X(10, "__lt__", DU_CMP, MPS_CMP_LT) X(11, "__le__", DU_CMP, MPS_CMP_LE)                  \
    X(12, "__eq__", DU_CMP, MPS_CMP_EQ) X(13, "__ne__", DU_CMP, MPS_CMP_NE)                  \
    X(14, "__gt__", DU_CMP, MPS_CMP_GT) X(15, "__ge__", DU_CMP, MPS_CMP_GE)                  \
    X(16, "__add__", DU_BIN, MPS_BIN_ADD) X(17, "__sub__", DU_BIN, MPS_BIN_SUB)              \
    X(18, "__mul__", DU_BIN, MPS_BIN_MUL) X(19, "__truediv__", DU_BIN, MPS_BIN_TRUEDIV)      \
    X(20, "__floordiv__", DU_BIN, MPS_BIN_FLOORDIV) X(21, "__mod__", DU_BIN, MPS_BIN_MOD)    \
    X(22, "__pow__", DU_BIN, MPS_BIN_POW) X(23, "__lshift__", DU_BIN, MPS_BIN_LSHIFT)        \
    X(24, "__rshift__", DU_BIN, MPS_BIN_RSHIFT) X(25, "__and__", DU_BIN, MPS_BIN_AND)        \
    X(26, "__or__", DU_BIN, MPS_BIN_OR) X(27, "__xor__", DU_BIN, MPS_BIN_XOR)                \
    X(28, "__radd__", DU_RBIN, MPS_BIN_ADD) X(29, "__rsub__", DU_RBIN, MPS_BIN_SUB)          \
    X(30, "__rmul__", DU_RBIN, MPS_BIN_MUL) X(31, "__rtruediv__", DU_RBIN, MPS_BIN_TRUEDIV)  \
    X(32, "__rfloordiv__", DU_RBIN, MPS_BIN_FLOORDIV) X(33, "__rmod__", DU_RBIN, MPS_BIN_MOD) \
    X(34, "__rpow__", DU_RBIN, MPS_BIN_POW) X(35, "__rlshift__", DU_RBIN, MPS_BIN_LSHIFT)    \
    X(36, "__rrshift__", DU_RBIN, MPS_BIN_RSHIFT) X(37, "__rand__", DU_RBIN, MPS_BIN_AND)    \
    X(38, "__ror__", DU_RBIN, MPS_BIN_OR) X(39, "__rxor__", DU_RBIN, MPS_BIN_XOR)            \
    X(40, "__iadd__", DU_IBIN, MPS_BIN_ADD) X(41, "__imul__", DU_IBIN, MPS_BIN_MUL)          \
    X(42, "__ior__", DU_IBIN, MPS_BIN_OR) X(43, "__neg__", DU_UN, MPS_UN_NEG)                \
    X(44, "__pos__", DU_UN, MPS_UN_POS) X(45, "__invert__", DU_UN, MPS_UN_INVERT)            \
    X(46, "__int__", DU_INT, 0) X(47, "__float__", DU_FLOAT, 0) X(48, "__index__", DU_INDEX, 0) \
    X(49, "__next__", DU_NEXT, 0) X(50, "__iand__", DU_IBIN, MPS_BIN_AND)                    \
    X(51, "__isub__", DU_IBIN, MPS_BIN_SUB) X(52, "__ixor__", DU_IBIN, MPS_BIN_XOR)
#define DU_DEF(i, n, k, o) {n, k, o},
    DU_ENTRIES(DU_DEF)
};

#define DU_FN(i, n, k, o) \
    static MpsValue du_f##i(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return du_call(t, &du_defs[i], argc, argv, kw); }
DU_ENTRIES(DU_FN)
#define DU_PTR(i, n, k, o) du_f##i,
static const MpsCFunc du_fns[] = { DU_ENTRIES(DU_PTR) };

/* which special methods each built-in class shows, by table index */
static const int du_cmp[] = {10, 11, 12, 13, 14, 15, -1};
static const int du_num[] = {2, 3, 4, 5, 16, 17, 18, 19, 20, 21, 22, 28, 29, 30, 31, 32, 33, 34,
                             43, 44, 46, 47, -1};
static const int du_intonly[] = {23, 24, 25, 26, 27, 35, 36, 37, 38, 39, 45, 48, -1};
static const int du_str[] = {0, 1, 2, 3, 4, 6, 9, 16, 18, 30, 21, -1};
static const int du_tuple[] = {0, 1, 2, 4, 6, 9, 16, 18, 30, -1};
static const int du_list[] = {0, 1, 2, 6, 7, 8, 9, 16, 18, 30, 40, 41, -1};
static const int du_dict[] = {0, 1, 2, 6, 7, 8, 9, 26, 42, -1};
static const int du_set[] = {0, 1, 2, 9, 17, 25, 26, 27, 50, 51, 52, 42, -1};
static const int du_fset[] = {0, 1, 2, 4, 9, 17, 25, 26, 27, -1};
static const int du_range[] = {0, 1, 2, 4, 6, 9, -1};
static const int du_eq[] = {12, 13, -1};
static const int du_complex[] = {2, 3, 4, 5, 16, 17, 18, 19, 22, 28, 29, 30, 31, 34, 43, 44, -1};
static const int du_iter[] = {1, 49, -1};

static void du_add(MpsThread *t, MpsClass *c, const int *which)
{
    if (!c) return;
    for (; *which >= 0; which++) {
        MpsValue f = mps_builtin_new(t, du_defs[*which].name, du_fns[*which], MPS_NULL);
        if (!f) return;
        ((MpsBuiltin *)f)->is_method = 1;
        ((MpsBuiltin *)f)->owner = c;
        /* never shadow a method another file put there on purpose */
        if (mps_dict_get_cstr(t, c->dict, du_defs[*which].name)) continue;
        mpsl_class_set(t, c, du_defs[*which].name, f);
    }
}

void mpsl_dunders_init(MpsThread *t)
{
    MpsClass *ic = MPS_TTYPE(t, INT), *fc = MPS_TYPE(t, FLOAT);
    du_add(t, ic, du_num); du_add(t, ic, du_intonly); du_add(t, ic, du_cmp);
    du_add(t, fc, du_num); du_add(t, fc, du_cmp);
    du_add(t, MPS_TYPE(t, COMPLEX), du_complex); du_add(t, MPS_TYPE(t, COMPLEX), du_eq);
    du_add(t, MPS_TYPE(t, STR), du_str); du_add(t, MPS_TYPE(t, STR), du_cmp);
    du_add(t, MPS_TYPE(t, BYTES), du_str); du_add(t, MPS_TYPE(t, BYTES), du_cmp);
    du_add(t, MPS_TYPE(t, TUPLE), du_tuple); du_add(t, MPS_TYPE(t, TUPLE), du_cmp);
    du_add(t, MPS_TYPE(t, LIST), du_list); du_add(t, MPS_TYPE(t, LIST), du_cmp);
    du_add(t, MPS_TYPE(t, DICT), du_dict); du_add(t, MPS_TYPE(t, DICT), du_eq);
    du_add(t, MPS_TYPE(t, SET), du_set); du_add(t, MPS_TYPE(t, SET), du_cmp);
    du_add(t, MPS_TYPE(t, FROZENSET), du_fset); du_add(t, MPS_TYPE(t, FROZENSET), du_cmp);
    du_add(t, MPS_TYPE(t, RANGE), du_range); du_add(t, MPS_TYPE(t, RANGE), du_eq);
    du_add(t, MPS_TYPE(t, ITER), du_iter);
    du_add(t, MPS_TYPE(t, GENERATOR), du_iter);
    /* the mutable containers are unhashable: __hash__ is None, as CPython
     * (code such as dataclasses' mutable-default check reads it) */
    MpsClass *unhashable[] = {MPS_TYPE(t, LIST), MPS_TYPE(t, DICT), MPS_TYPE(t, SET), MPS_TYPE(t, BYTEARRAY)};
    for (size_t i = 0; i < sizeof unhashable / sizeof unhashable[0]; i++)
        if (unhashable[i]) mpsl_class_set(t, unhashable[i], "__hash__", MPS_NONE);
}
