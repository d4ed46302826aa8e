/*
 * ops.c — the generic object protocol: operators, comparison, truth, hash,
 * repr/str, len, containment, subscripts and iteration for every kind.
 * Built-in kinds are handled in C first; user classes (and native objects
 * of stdlib modules) through their __dunder__ methods.
 */
#include "objimpl.h"
#include "code.h"
#include <stdlib.h>
#include <string.h>
#include <math.h>

/* ---------------------------------------------------------------- dunder lookup */

/* interned name without allocating once it exists */
static MpsValue ops_name(MpsThread *t, const char *name)
{
    MpsValue n = mps_dict_get_cstr(t, t->interp->interned, name);
    return n ? n : mps_intern_cstr(t, name);
}

/* The special method `name` of v's class, or MPS_NULL. Objects of plain
 * classes and native objects see every method, built-in or not, except the
 * defaults of `object` (their behaviour is the C code here); built-in kinds
 * (a user subclass of list…) see only methods written in mps. */
static MpsValue dunder(MpsThread *t, MpsValue v, const char *name)
{
    if (!mps_is_obj(v)) return MPS_NULL;
    MpsObj *o = mps_obj(v);
    if (o->kind != MPS_K_INSTANCE && o->kind != MPS_K_NATIVE) {
        if (o->cls->is_builtin) return MPS_NULL;
        MpsValue m = mps_lookup_special(t, v, name);
        if (t->exc) return MPS_NULL;
        return m;
    }
    MpsValue n = ops_name(t, name);
    if (!n) { mps_exc_clear(t); return MPS_NULL; }
    MpsValue m = mps_class_lookup(o->cls, n);
    if (m && mps_is_kind(m, MPS_K_BUILTIN) && m == mps_class_lookup(MPS_TTYPE(t, OBJECT), n))
        return MPS_NULL;
    return m;
}

static bool is_generic(MpsValue v)
{
    return mps_is_obj(v) && (mps_kind(v) == MPS_K_INSTANCE || mps_kind(v) == MPS_K_NATIVE);
}

/* call a special method found on the class: self first */
static MpsValue call_d(MpsThread *t, MpsValue m, MpsValue self, int argc, const MpsValue *args)
{
    MpsValue argv[4];
    if (mps_is_kind(m, MPS_K_STATICMETHOD))
        return mps_call(t, ((MpsWrapper *)m)->func, argc, args, MPS_NULL);
    if (mps_is_kind(m, MPS_K_CLASSMETHOD)) {
        m = ((MpsWrapper *)m)->func;
        self = mps_from_obj(mps_class_of(t, self));
    } else if (mps_is_kind(m, MPS_K_BUILTIN) && !((MpsBuiltin *)m)->is_method)
        return mps_call(t, m, argc, args, MPS_NULL);
    argv[0] = self;
    for (int i = 0; i < argc && i < 3; i++) argv[i + 1] = args[i];
    return mps_call(t, m, argc + 1, argv, MPS_NULL);
}

static MpsValue call_d0(MpsThread *t, MpsValue m, MpsValue self) { return call_d(t, m, self, 0, NULL); }
static MpsValue call_d1(MpsThread *t, MpsValue m, MpsValue self, MpsValue a) { return call_d(t, m, self, 1, &a); }

/* ---------------------------------------------------------------- binary operators */

static const char *const op_sym[] = {
#define X(n, s, d, r) s,
    MPS_BINOPS(X)
#undef X
};
static const char *const op_dunder[] = {
#define X(n, s, d, r) d,
    MPS_BINOPS(X)
#undef X
};
static const char *const op_rdunder[] = {
#define X(n, s, d, r) r,
    MPS_BINOPS(X)
#undef X
};
static const char *const op_idunder[] = {
    "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__",
    "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__", "__imatmul__",
};

static MpsValue seq_repeat(MpsThread *t, MpsValue seq, MpsValue n)
{
    int64_t k;
    n = mps_int_norm(n);
    if (mps_is_bigint(n)) {
        /* beyond 64 bits either way: OverflowError; merely huge: MemoryError below */
        if (mps_int_to_i64(t, n, &k) < 0) {
            mps_exc_clear(t);
            return MPS_RAISE(t, OverflowError, "cannot fit 'int' into an index-sized integer");
        }
    } else k = mps_small(mps_int_norm(n));
    if (k < 0) k = 0;
    if (mps_is_str(seq) && mps_str_size(seq) && (uint64_t)k > (uint64_t)INT64_MAX / mps_str_size(seq))
        return MPS_RAISE(t, OverflowError, "repeated string is too long");
    if (mps_is_str(seq)) return mps_str_repeat(t, seq, k);
    if (mps_is_bytes_like(seq)) return mps_bytes_repeat(t, seq, k);
    MpsValue *items;
    int64_t len = mps_seq_items(seq, &items);
    if (len && (uint64_t)k > (uint64_t)(INT32_MAX * 16LL) / (uint64_t)len) return mps_raise_nomem(t);
    size_t total = (size_t)(len * k);
    MpsValue r = mps_is_list(seq) ? mps_list_new(t, total) : mps_tuple_new(t, total);
    if (!r) return r;
    MpsValue *dst;
    mps_seq_items(r, &dst);
    mps_seq_items(seq, &items);
    if (len) for (int64_t i = 0; i < k; i++) memcpy(dst + i * len, items, (size_t)len * sizeof *items);
    return r;
}

static MpsValue seq_concat(MpsThread *t, MpsValue a, MpsValue b)
{
    MpsValue *x, *y;
    int64_t n = mps_seq_items(a, &x), m = mps_seq_items(b, &y);
    MpsValue r = mps_is_list(a) ? mps_list_new(t, (size_t)(n + m)) : mps_tuple_new(t, (size_t)(n + m));
    if (!r) return r;
    MpsValue *dst;
    mps_seq_items(r, &dst);
    mps_seq_items(a, &x);
    mps_seq_items(b, &y);
    if (n) memcpy(dst, x, (size_t)n * sizeof *x);
    if (m) memcpy(dst + n, y, (size_t)m * sizeof *y);
    return r;
}

/* built-in behaviour; NotImplemented when the types do not apply */
static MpsValue native_binop(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b)
{
    bool ia = mps_is_int(a), ib = mps_is_int(b);
    if (ia && ib) {
        if (mps_is_bool(a) && mps_is_bool(b)) {     /* bool & | ^ bool stays bool */
            if (op == MPS_BIN_AND) return mps_bool(a == MPS_TRUE && b == MPS_TRUE);
            if (op == MPS_BIN_OR) return mps_bool(a == MPS_TRUE || b == MPS_TRUE);
            if (op == MPS_BIN_XOR) return mps_bool(a != b);
        }
        return mps_int_binop(t, op, a, b);
    }
    bool fa = mps_is_float(a), fb = mps_is_float(b);
    if ((fa || ia) && (fb || ib)) {
        double x, y;
        if (mps_to_double(t, a, &x) < 0 || mps_to_double(t, b, &y) < 0) return MPS_NULL;
        return mps_float_binop(t, op, x, y);
    }
    if ((mps_is_complex(a) && (ib || fb || mps_is_complex(b))) || (mps_is_complex(b) && (ia || fa))) {
        double ar, ai, br, bi;
        if (mps_as_complex(t, a, &ar, &ai) < 0 || mps_as_complex(t, b, &br, &bi) < 0) return MPS_NULL;
        return mps_complex_binop(t, op, ar, ai, br, bi);
    }
    if (!mps_is_obj(a) && !mps_is_obj(b)) return MPS_NOTIMPLEMENTED;
    int ka = mps_is_obj(a) ? mps_kind(a) : -1, kb = mps_is_obj(b) ? mps_kind(b) : -1;
    switch (op) {
    case MPS_BIN_ADD:
        if (ka == MPS_K_STR && kb == MPS_K_STR) return mps_str_concat(t, a, b);
        if ((ka == MPS_K_LIST && kb == MPS_K_LIST) || (ka == MPS_K_TUPLE && kb == MPS_K_TUPLE))
            return seq_concat(t, a, b);
        if (mps_is_bytes_like(a) && mps_is_bytes_like(b)) return mps_bytes_concat(t, a, b);
        break;
    case MPS_BIN_MUL:
        if ((ka == MPS_K_STR || ka == MPS_K_LIST || ka == MPS_K_TUPLE || ka == MPS_K_BYTES || ka == MPS_K_BYTEARRAY) && ib)
            return seq_repeat(t, a, b);
        if ((kb == MPS_K_STR || kb == MPS_K_LIST || kb == MPS_K_TUPLE || kb == MPS_K_BYTES || kb == MPS_K_BYTEARRAY) && ia)
            return seq_repeat(t, b, a);
        break;
    case MPS_BIN_MOD:
        if (ka == MPS_K_STR) return mps_str_mod(t, a, b);
        break;
    case MPS_BIN_OR: case MPS_BIN_AND: case MPS_BIN_SUB: case MPS_BIN_XOR:
        if (mps_is_anyset(a) && mps_is_anyset(b)) return mps_set_binop(t, op, a, b);
        if (op == MPS_BIN_OR && ka == MPS_K_DICT && kb == MPS_K_DICT) {
            MpsDict *d = mps_dict_copy(t, MPS_DICT(a));
            if (!d) return MPS_NULL;
            MPS_ROOT(t, mps_from_obj(d));
            int rc = mps_dict_update(t, d, b);
            MPS_UNROOT(t, 1);
            return rc < 0 ? MPS_NULL : mps_from_obj(d);
        }
        break;
    default:
        break;
    }
    return MPS_NOTIMPLEMENTED;
}

/* seq * n where n is not an int but has __index__, as CPython's sequence
 * repeat; NotImplemented when that does not apply */
static MpsValue seq_repeat_index(MpsThread *t, MpsValue a, MpsValue b)
{
    bool sa = mps_is_str(a) || mps_is_list(a) || mps_is_tuple(a) || mps_is_bytes_like(a);
    bool sb = mps_is_str(b) || mps_is_list(b) || mps_is_tuple(b) || mps_is_bytes_like(b);
    MpsValue cnt = sa ? b : sb ? a : MPS_NULL;
    if (!cnt || !mps_is_obj(cnt) || mps_obj(cnt)->cls->is_builtin) return MPS_NOTIMPLEMENTED;
    MpsValue m = mps_lookup_special(t, cnt, "__index__");
    if (!m) return t->exc ? MPS_NULL : MPS_NOTIMPLEMENTED;
    MpsValue k = mps_call1(t, m, cnt);
    if (!k) return MPS_NULL;
    if (!mps_is_int(k)) return MPS_RAISE(t, TypeError, "__index__ returned non-int (type %T)", k);
    return seq_repeat(t, sa ? a : b, k);
}

static MpsValue binop_error(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b, bool inplace)
{
    if (op == MPS_BIN_ADD) {
        if (mps_is_str(a))
            return MPS_RAISE(t, TypeError, "can only concatenate str (not \"%T\") to str", b);
        if (mps_is_list(a))
            return MPS_RAISE(t, TypeError, "can only concatenate list (not \"%T\") to list", b);
        if (mps_is_tuple(a))
            return MPS_RAISE(t, TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
        if (mps_is_bytes_like(a) && mps_is_str(b))
            return MPS_RAISE(t, TypeError, "can't concat str to %T", a);
    }
    if (op == MPS_BIN_MUL) {
        bool sa = mps_is_str(a) || mps_is_list(a) || mps_is_tuple(a) || mps_is_bytes_like(a);
        bool sb = mps_is_str(b) || mps_is_list(b) || mps_is_tuple(b) || mps_is_bytes_like(b);
        if (sa) return MPS_RAISE(t, TypeError, "can't multiply sequence by non-int of type '%T'", b);
        if (sb) return MPS_RAISE(t, TypeError, "can't multiply sequence by non-int of type '%T'", a);
    }
    if (inplace)        /* x -= y: CPython names the augmented operator */
        return MPS_RAISE(t, TypeError, "unsupported operand type(s) for %s=: '%T' and '%T'", op_sym[op], a, b);
    if (op == MPS_BIN_POW)
        return MPS_RAISE(t, TypeError, "unsupported operand type(s) for ** or pow(): '%T' and '%T'", a, b);
    return MPS_RAISE(t, TypeError, "unsupported operand type(s) for %s: '%T' and '%T'", op_sym[op], a, b);
}

/* forward, native, reflected; NotImplemented if nothing applies */
static MpsValue binop1(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b)
{
    MpsValue r = MPS_NOTIMPLEMENTED;
    MpsValue ma = dunder(t, a, op_dunder[op]);
    MpsValue mb = MPS_NULL;
    if (mps_class_of(t, a) != mps_class_of(t, b)) {
        mb = dunder(t, b, op_rdunder[op]);
        /* a subclass's own reflected method wins over its base's forward one
         * (one it merely inherits from that base does not) */
        if (mb && mps_is_subclass(mps_class_of(t, b), mps_class_of(t, a)) &&
            mb != dunder(t, a, op_rdunder[op])) {
            r = call_d1(t, mb, b, a);
            if (r != MPS_NOTIMPLEMENTED) return r;
            mb = MPS_NULL;
        }
    }
    if (ma) {
        r = call_d1(t, ma, a, b);
        if (r != MPS_NOTIMPLEMENTED) return r;
    }
    /* str % x formats any x; other built-in behaviour needs built-in operands */
    if ((!is_generic(a) && !is_generic(b)) || (op == MPS_BIN_MOD && mps_is_str(a))) {
        r = native_binop(t, op, a, b);
        if (r != MPS_NOTIMPLEMENTED) return r;
    }
    if (mb) r = call_d1(t, mb, b, a);
    if (r == MPS_NOTIMPLEMENTED && op == MPS_BIN_MUL) r = seq_repeat_index(t, a, b);
    return r;
}

static MpsValue binop_impl(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b, bool inplace);

MpsValue mps_binop(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b)
{
    return binop_impl(t, op, a, b, false);
}

/* A function of the `types` module (stdlib/lib/types.mps), through the
 * import hook: the hint objects list[int] and int | None are written in
 * mps, and only made when a program asks for one. */
static MpsValue types_call(MpsThread *t, const char *fn, MpsValue a, MpsValue b)
{
    MpsInterp *in = t->interp;
    if (!in->hooks.import) return MPS_NOTIMPLEMENTED;
    MpsValue name = mps_str_cstr_new(t, "types");
    if (!name) return MPS_NULL;
    MPS_ROOT(t, a); MPS_ROOT(t, b);
    MpsValue mod = in->hooks.import(t, name, MPS_NONE, 0);
    MpsValue f = mod ? mps_getattr_cstr(t, mod, fn) : MPS_NULL;
    MpsValue args[2] = {a, b};
    MpsValue r = f ? mps_call(t, f, 2, args, MPS_NULL) : MPS_NULL;
    MPS_UNROOT(t, 2);
    return r;
}

static MpsValue binop_impl(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b, bool inplace)
{
    if (mps_is_small(a) && mps_is_small(b) && op != MPS_BIN_MATMUL) return mps_int_binop(t, op, a, b);
    MpsValue r;
    if (!is_generic(a) && !is_generic(b) && (!mps_is_obj(a) || mps_obj(a)->cls->is_builtin)
        && (!mps_is_obj(b) || mps_obj(b)->cls->is_builtin))
        r = native_binop(t, op, a, b);
    else
        r = binop1(t, op, a, b);
    /* type.__or__ / type.__ror__: int | None is a types.UnionType */
    if (r == MPS_NOTIMPLEMENTED && op == MPS_BIN_OR && (mps_is_class(a) || mps_is_class(b)))
        r = types_call(t, "_type_or", a, b);
    if (r == MPS_NOTIMPLEMENTED) return binop_error(t, op, a, b, inplace);
    return r;
}

MpsValue mps_inplace_op(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b)
{
    if (mps_is_small(a) && mps_is_small(b) && op != MPS_BIN_MATMUL) return mps_int_binop(t, op, a, b);
    if (mps_is_obj(a)) {
        int k = mps_kind(a);
        if (k == MPS_K_LIST && mps_obj(a)->cls->is_builtin) {
            if (op == MPS_BIN_ADD) return mps_list_extend(t, a, b) < 0 ? MPS_NULL : a;
            if (op == MPS_BIN_MUL && mps_is_int(b)) {
                MpsValue r = seq_repeat(t, a, b);
                if (!r) return r;
                MpsList *l = MPS_LIST(a), *s = MPS_LIST(r);
                MpsValue *tmp = l->items;
                size_t cap = l->cap;
                l->items = s->items; l->len = s->len; l->cap = s->cap;
                s->items = tmp; s->len = 0; s->cap = cap;
                return a;
            }
        }
        if (k == MPS_K_SET && mps_obj(a)->cls->is_builtin && mps_is_anyset(b)
            && (op == MPS_BIN_OR || op == MPS_BIN_AND || op == MPS_BIN_SUB || op == MPS_BIN_XOR)) {
            /* vm/set.c: CPython's in-place algorithms (they decide the order) */
            extern int mps_set_difference_update(MpsThread *, MpsValue, MpsValue);
            extern int mps_set_symmetric_difference_update(MpsThread *, MpsValue, MpsValue);
            if (op == MPS_BIN_OR) return mps_set_update(t, a, b) < 0 ? MPS_NULL : a;
            if (op == MPS_BIN_SUB) return mps_set_difference_update(t, a, b) < 0 ? MPS_NULL : a;
            if (op == MPS_BIN_XOR) return mps_set_symmetric_difference_update(t, a, b) < 0 ? MPS_NULL : a;
            MpsValue r = mps_set_binop(t, op, a, b);
            if (!r) return r;
            MpsSet *s = MPS_SET(a);
            s->table = MPS_SET(r)->table;   /* adopt the result's table */
            return a;
        }
        if (k == MPS_K_DICT && op == MPS_BIN_OR && mps_obj(a)->cls->is_builtin)
            return mps_dict_update(t, MPS_DICT(a), b) < 0 ? MPS_NULL : a;
        MpsValue m = dunder(t, a, op_idunder[op]);
        if (m) {
            MpsValue r = call_d1(t, m, a, b);
            if (r != MPS_NOTIMPLEMENTED) return r;
        } else if (t->exc) return MPS_NULL;
    }
    return binop_impl(t, op, a, b, true);
}

MpsValue mps_unaryop(MpsThread *t, MpsUnOp op, MpsValue a)
{
    if (op == MPS_UN_NOT) {
        int r = mps_truthy(t, a);
        return r < 0 ? MPS_NULL : mps_bool(!r);
    }
    /* an int or float subclass may define its own (IntFlag's ~) */
    bool user = mps_is_obj(a) && !mps_obj(a)->cls->is_builtin;
    static const char *const names[] = { "__neg__", "__pos__", "__invert__" };
    static const char *const syms[] = { "-", "+", "~" };
    if (user) {
        MpsValue m = dunder(t, a, names[op]);
        if (m) return call_d0(t, m, a);
        if (t->exc) return MPS_NULL;
    }
    if (mps_is_int(a)) {
        switch (op) {
        case MPS_UN_NEG: return mps_int_neg(t, a);
        case MPS_UN_POS: return mps_int_norm(a);
        default: return mps_int_invert(t, a);
        }
    }
    if (mps_is_float(a) && op != MPS_UN_INVERT)
        return op == MPS_UN_POS ? a : mps_float_new(t, -mps_float_val(a));
    if (mps_is_complex(a) && op != MPS_UN_INVERT) {
        if (op == MPS_UN_POS && mps_obj(a)->cls->is_builtin) return a;
        double s = op == MPS_UN_POS ? 1.0 : -1.0;
        return mps_complex_new(t, s * MPS_COMPLEX(a)->re, s * MPS_COMPLEX(a)->im);
    }
    return MPS_RAISE(t, TypeError, "bad operand type for unary %s: '%T'", syms[op], a);
}

/* ---------------------------------------------------------------- comparison */

static const char *const cmp_sym[] = { "<", "<=", "==", "!=", ">", ">=" };
static const char *const cmp_dunder[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
static const MpsCmpOp cmp_swap[] = { MPS_CMP_GT, MPS_CMP_GE, MPS_CMP_EQ, MPS_CMP_NE, MPS_CMP_LT, MPS_CMP_LE };

static int cmp_result(MpsCmpOp op, int c)
{
    switch (op) {
    case MPS_CMP_LT: return c < 0;
    case MPS_CMP_LE: return c <= 0;
    case MPS_CMP_EQ: return c == 0;
    case MPS_CMP_NE: return c != 0;
    case MPS_CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static int seq_compare_items(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b);

static int seq_compare(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b)
{
    if (mps_recursion_enter(t, " in comparison") < 0) return -1;
    int r = seq_compare_items(t, op, a, b);
    mps_recursion_leave(t);
    return r;
}

static int seq_compare_items(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b)
{
    MpsValue *x, *y;
    int64_t n = mps_seq_items(a, &x), m = mps_seq_items(b, &y);
    if ((op == MPS_CMP_EQ || op == MPS_CMP_NE) && n != m) return op == MPS_CMP_NE;
    int64_t i;
    for (i = 0;; i++) {
        n = mps_seq_items(a, &x);      /* re-read: __eq__ may mutate */
        m = mps_seq_items(b, &y);
        if (i >= n || i >= m) break;
        MpsValue u = x[i], v = y[i];
        int eq = mps_eq(t, u, v);
        if (eq < 0) return -1;
        if (!eq) {
            if (op == MPS_CMP_EQ) return 0;
            if (op == MPS_CMP_NE) return 1;
            return mps_compare_bool(t, op, u, v);
        }
    }
    return cmp_result(op, (n > m) - (n < m));
}

static int dict_equal(MpsThread *t, MpsDict *a, MpsDict *b)
{
    if (a->len != b->len) return 0;
    MpsValue k, v;
    for (size_t i = 0; mps_dict_next(a, &i, &k, &v); ) {
        MpsValue w;
        int r = mps_dict_lookup(t, b, k, &w);
        if (r <= 0) return r;
        r = mps_eq(t, v, w);
        if (r <= 0) return r;
    }
    return 1;
}

/* 1/0, -1 error, 2 not implemented */
static int native_compare(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b)
{
    bool ia = mps_is_int(a), ib = mps_is_int(b);
    if (ia && ib) return cmp_result(op, mps_int_cmp(a, b));
    if (mps_is_complex(a) || mps_is_complex(b)) {
        if (mps_is_complex(b) && !mps_is_complex(a)) { MpsValue x = a; a = b; b = x; }
        if (op != MPS_CMP_EQ && op != MPS_CMP_NE) return 2;
        double re = MPS_COMPLEX(a)->re, im = MPS_COMPLEX(a)->im;
        int eq;
        if (mps_is_complex(b)) eq = re == MPS_COMPLEX(b)->re && im == MPS_COMPLEX(b)->im;
        else if (mps_is_float(b)) eq = im == 0.0 && re == mps_float_val(b);
        else if (mps_is_int(b)) eq = im == 0.0 && mps_int_cmp_double(b, re) == 0;
        else return 2;
        return op == MPS_CMP_EQ ? eq : !eq;
    }
    bool fa = mps_is_float(a), fb = mps_is_float(b);
    if (fa || fb) {
        if (fa && fb) {
            double x = mps_float_val(a), y = mps_float_val(b);
            if (isnan(x) || isnan(y)) return op == MPS_CMP_NE;
            return cmp_result(op, (x > y) - (x < y));
        }
        if (fa && ib) {
            int c = mps_int_cmp_double(b, mps_float_val(a));
            return c == 2 ? op == MPS_CMP_NE : cmp_result(op, -c);
        }
        if (fb && ia) {
            int c = mps_int_cmp_double(a, mps_float_val(b));
            return c == 2 ? op == MPS_CMP_NE : cmp_result(op, c);
        }
        return 2;
    }
    if (!mps_is_obj(a) || !mps_is_obj(b)) {
        if (a == b && (op == MPS_CMP_EQ || op == MPS_CMP_NE)) return op == MPS_CMP_EQ;
        return 2;
    }
    int ka = mps_kind(a), kb = mps_kind(b);
    if (ka == MPS_K_STR && kb == MPS_K_STR) {
        if (op == MPS_CMP_EQ) return mps_str_eq(a, b);
        if (op == MPS_CMP_NE) return !mps_str_eq(a, b);
        return cmp_result(op, mps_str_cmp(a, b));
    }
    if (mps_is_bytes_like(a) && mps_is_bytes_like(b)) return cmp_result(op, mps_bytes_cmp(a, b));
    if ((ka == MPS_K_LIST && kb == MPS_K_LIST) || (ka == MPS_K_TUPLE && kb == MPS_K_TUPLE))
        return seq_compare(t, op, a, b);
    if (mps_is_anyset(a) && mps_is_anyset(b)) return mps_set_cmp(t, op, a, b);
    if (ka == MPS_K_DICT && kb == MPS_K_DICT && (op == MPS_CMP_EQ || op == MPS_CMP_NE)) {
        if (mps_recursion_enter(t, " in comparison") < 0) return -1;
        int r = dict_equal(t, MPS_DICT(a), MPS_DICT(b));
        mps_recursion_leave(t);
        return r < 0 ? r : op == MPS_CMP_EQ ? r : !r;
    }
    if (ka == MPS_K_RANGE && kb == MPS_K_RANGE && (op == MPS_CMP_EQ || op == MPS_CMP_NE)) {
        MpsRange *x = (MpsRange *)a, *y = (MpsRange *)b;
        bool eq = x->len == y->len && (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
        return op == MPS_CMP_EQ ? eq : !eq;
    }
    if (ka == MPS_K_SLICE && kb == MPS_K_SLICE) {
        MpsSlice *x = (MpsSlice *)a, *y = (MpsSlice *)b;
        MpsValue tx = mps_tuple_pack(t, 3, x->start, x->stop, x->step);
        if (!tx) return -1;
        MPS_ROOT(t, tx);
        MpsValue ty = mps_tuple_pack(t, 3, y->start, y->stop, y->step);
        int r = ty ? seq_compare(t, op, tx, ty) : -1;
        MPS_UNROOT(t, 1);
        return r;
    }
    if (ka == MPS_K_BOUNDMETHOD && kb == MPS_K_BOUNDMETHOD && (op == MPS_CMP_EQ || op == MPS_CMP_NE)) {
        MpsBoundMethod *x = (MpsBoundMethod *)a, *y = (MpsBoundMethod *)b;
        bool eq = x->self == y->self && x->func == y->func;
        return op == MPS_CMP_EQ ? eq : !eq;
    }
    return 2;
}

/* rich compare: value (any object from a user method), NotImplemented if
 * nobody implements it; MPS_NULL on error */
static MpsValue rich_compare(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b, int *native)
{
    *native = 2;
    MpsValue ma = dunder(t, a, cmp_dunder[op]);
    MpsValue mb = MPS_NULL;
    MpsCmpOp rop = cmp_swap[op];
    if (mps_is_obj(b)) {     /* unlike binops, tried for the same type too */
        mb = dunder(t, b, cmp_dunder[rop]);
        if (mb && mps_class_of(t, a) != mps_class_of(t, b)
            && mps_is_subclass(mps_class_of(t, b), mps_class_of(t, a))) {
            MpsValue r = call_d1(t, mb, b, a);
            if (r != MPS_NOTIMPLEMENTED) return r;
            mb = MPS_NULL;
        }
    }
    if (ma) {
        MpsValue r = call_d1(t, ma, a, b);
        if (r != MPS_NOTIMPLEMENTED) return r;
    } else if (op == MPS_CMP_NE) {
        /* default __ne__ inverts __eq__ */
        MpsValue me = dunder(t, a, "__eq__");
        if (me) {
            MpsValue r = call_d1(t, me, a, b);
            if (r != MPS_NOTIMPLEMENTED) {
                if (!r) return r;
                int tr = mps_truthy(t, r);
                return tr < 0 ? MPS_NULL : mps_bool(!tr);
            }
        }
    }
    if (t->exc) return MPS_NULL;
    if (!is_generic(a) && !is_generic(b)) {
        int c = native_compare(t, op, a, b);
        if (c < 0) return MPS_NULL;
        if (c != 2) { *native = c; return mps_bool(c); }
    }
    if (mb) {
        MpsValue r = call_d1(t, mb, b, a);
        if (r != MPS_NOTIMPLEMENTED) return r;
    } else if (rop == MPS_CMP_NE && is_generic(b)) {
        MpsValue me = dunder(t, b, "__eq__");
        if (me && mps_class_of(t, a) != mps_class_of(t, b)) {
            MpsValue r = call_d1(t, me, b, a);
            if (r != MPS_NOTIMPLEMENTED) {
                if (!r) return r;
                int tr = mps_truthy(t, r);
                return tr < 0 ? MPS_NULL : mps_bool(!tr);
            }
        }
    }
    if (t->exc) return MPS_NULL;
    if (op == MPS_CMP_EQ) return mps_bool(a == b);
    if (op == MPS_CMP_NE) return mps_bool(a != b);
    return MPS_RAISE(t, TypeError, "'%s' not supported between instances of '%T' and '%T'", cmp_sym[op], a, b);
}

MpsValue mps_compare(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b)
{
    if (mps_is_small(a) && mps_is_small(b)) {
        intptr_t x = mps_small(a), y = mps_small(b);
        return mps_bool(cmp_result(op, (x > y) - (x < y)));
    }
    int native;
    return rich_compare(t, op, a, b, &native);
}

int mps_compare_bool(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b)
{
    if (mps_is_small(a) && mps_is_small(b)) {
        intptr_t x = mps_small(a), y = mps_small(b);
        return cmp_result(op, (x > y) - (x < y));
    }
    if (mps_is_str(a) && mps_is_str(b) && mps_obj(a)->cls->is_builtin && mps_obj(b)->cls->is_builtin) {
        if (op == MPS_CMP_EQ) return mps_str_eq(a, b);
        if (op == MPS_CMP_NE) return !mps_str_eq(a, b);
        return cmp_result(op, mps_str_cmp(a, b));
    }
    int native;
    MpsValue r = rich_compare(t, op, a, b, &native);
    if (!r) return -1;
    if (native != 2) return native;
    if (r == MPS_TRUE) return 1;
    if (r == MPS_FALSE) return 0;
    MPS_ROOT(t, r);
    int c = mps_truthy(t, r);
    MPS_UNROOT(t, 1);
    return c;
}

int mps_eq(MpsThread *t, MpsValue a, MpsValue b)
{
    if (a == b) return 1;
    if (mps_is_small(a) && mps_is_small(b)) return 0;
    if (mps_is_str(a) && mps_is_str(b)) return mps_str_eq(a, b);
    return mps_compare_bool(t, MPS_CMP_EQ, a, b);
}

/* ---------------------------------------------------------------- truth, hash, len */

int mps_truthy(MpsThread *t, MpsValue v)
{
    if (v == MPS_TRUE) return 1;
    if (v == MPS_FALSE || v == MPS_NONE) return 0;
    if (mps_is_small(v)) return mps_small(v) != 0;
    if (!mps_is_obj(v)) return 1;
    MpsObj *o = mps_obj(v);
    if (o->cls->is_builtin || o->kind == MPS_K_INSTANCE || o->kind == MPS_K_NATIVE || o->kind == MPS_K_EXCEPTION) {
        switch (o->kind) {
        case MPS_K_STR: return MPS_STR(v)->size != 0;
        case MPS_K_LIST: return MPS_LIST(v)->len != 0;
        case MPS_K_TUPLE: return MPS_TUPLE(v)->len != 0;
        case MPS_K_DICT: return MPS_DICT(v)->len != 0;
        case MPS_K_SET: case MPS_K_FROZENSET: return MPS_SET(v)->table->len != 0;
        case MPS_K_FLOAT: return mps_float_val(v) != 0;
        case MPS_K_COMPLEX: return MPS_COMPLEX(v)->re != 0 || MPS_COMPLEX(v)->im != 0;
        case MPS_K_BIGINT: return mpz_sgn(MPS_BIG(v)->z) != 0;   /* 0 in a subclass of int */
        case MPS_K_BYTES: case MPS_K_BYTEARRAY: return MPS_BYTES(v)->size != 0;
        case MPS_K_RANGE: return ((MpsRange *)v)->len != 0;
        default: break;
        }
    }
    MpsValue m = dunder(t, v, "__bool__");
    if (m) {
        MpsValue r = call_d0(t, m, v);
        if (!r) return -1;
        if (!mps_is_bool(r)) {
            MPS_RAISE(t, TypeError, "__bool__ should return bool, returned %T", r);
            return -1;
        }
        return r == MPS_TRUE;
    }
    if (t->exc) return -1;
    switch (o->kind) {      /* user subclasses of built-in containers */
    case MPS_K_STR: return MPS_STR(v)->size != 0;
    case MPS_K_LIST: return MPS_LIST(v)->len != 0;
    case MPS_K_TUPLE: return MPS_TUPLE(v)->len != 0;
    case MPS_K_DICT: return MPS_DICT(v)->len != 0;
    case MPS_K_SET: case MPS_K_FROZENSET: return MPS_SET(v)->table->len != 0;
    case MPS_K_BIGINT: return mpz_sgn(MPS_BIG(v)->z) != 0;
    case MPS_K_FLOAT: return mps_float_val(v) != 0;
    case MPS_K_COMPLEX: return MPS_COMPLEX(v)->re != 0 || MPS_COMPLEX(v)->im != 0;
    default: break;
    }
    m = dunder(t, v, "__len__");
    if (m) {
        int64_t n = mps_len(t, v);
        return n < 0 ? -1 : n != 0;
    }
    if (t->exc) return -1;
    return 1;
}

uint64_t mps_identity_hash(MpsValue v)
{
    uint64_t p = (uint64_t)v;
    uint64_t h = (p >> 4) | (p << 60);
    return h == (uint64_t)-1 ? (uint64_t)-2 : h;
}

/* CPython's tuple hash (xxHash-based) so tuples of ints hash like CPython */
static int tuple_hash(MpsThread *t, MpsValue v, uint64_t *out)
{
    const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
    MpsTuple *tp = MPS_TUPLE(v);
    uint64_t acc = P5;
    if (mps_cstack_check(t) < 0) return -1;
    for (size_t i = 0; i < tp->len; i++) {
        uint64_t h;
        if (mps_hash(t, tp->items[i], &h) < 0) return -1;
        acc += h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += tp->len ^ (P5 ^ 3527539UL);
    if (acc == (uint64_t)-1) acc = 1546275796;
    *out = acc;
    return 0;
}

/* CPython's frozenset hash: order independent */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static int frozenset_hash(MpsValue v, uint64_t *out)
{
    MpsDict *d = MPS_SET(v)->table;
    uint64_t hash = 0;
    for (size_t i = 0; i < d->used; i++)
        if (d->entries[i].key != MPS_NULL) hash ^= shuffle_bits(d->entries[i].hash);
    hash ^= ((uint64_t)d->len + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    *out = hash;
    return 0;
}

static int unhashable(MpsThread *t, MpsValue v)
{
    MPS_RAISE(t, TypeError, "unhashable type: '%T'", v);
    return -1;
}

int mps_hash(MpsThread *t, MpsValue v, uint64_t *out)
{
    if (mps_is_small(v) || mps_is_bool(v)) { *out = mps_int_hash(v); return 0; }
    if (!mps_is_obj(v)) { *out = mps_identity_hash(v); return 0; }
    MpsObj *o = mps_obj(v);
    if (!o->cls->is_builtin) {
        MpsValue n = ops_name(t, "__hash__");
        if (!n) return -1;
        MpsValue m = mps_class_lookup(o->cls, n);
        if (m == MPS_NONE) return unhashable(t, v);
        /* `__hash__ = object.__hash__` in a class that defines __eq__ */
        MpsValue oh = mps_class_lookup(MPS_TTYPE(t, OBJECT), n);
        if (m == oh && o->cls != MPS_TTYPE(t, OBJECT)) {
            MpsTuple *mro = MPS_TUPLE(o->cls->mro);
            for (size_t i = 0; i < mro->len; i++) {
                MpsClass *c = MPS_CLASS(mro->items[i]);
                if (c == MPS_TTYPE(t, OBJECT)) break;
                if (mps_dict_get_str(c->dict, n) == oh) { *out = mps_identity_hash(v); return 0; }
            }
        }
        MpsValue um = dunder(t, v, "__hash__");
        if (um) {
            MpsValue r = call_d0(t, um, v);
            if (!r) return -1;
            if (!mps_is_int(r)) {
                MPS_RAISE(t, TypeError, "__hash__ method should return an integer");
                return -1;
            }
            /* a result that fits a machine word is the hash as it is (-1,
             * the C error value, becomes -2); a bigger one is hashed */
            int64_t h;
            if (mps_int_to_i64(t, r, &h) == 0) *out = (uint64_t)(h == -1 ? -2 : h);
            else { mps_exc_clear(t); *out = mps_int_hash(r); }
            return 0;
        }
        if (dunder(t, v, "__eq__")) return unhashable(t, v);
        if (t->exc) return -1;
    }
    switch (o->kind) {
    case MPS_K_STR: *out = mps_str_hash(v); return 0;
    case MPS_K_BIGINT: *out = mps_int_hash(v); return 0;
    case MPS_K_FLOAT: *out = mps_float_hash(mps_float_val(v)); return 0;
    case MPS_K_COMPLEX: *out = mps_complex_hash(MPS_COMPLEX(v)->re, MPS_COMPLEX(v)->im); return 0;
    case MPS_K_TUPLE: return tuple_hash(t, v, out);
    case MPS_K_BYTES: *out = mps_bytes_hash(v); return 0;
    case MPS_K_FROZENSET: return frozenset_hash(v, out);
    case MPS_K_LIST: case MPS_K_DICT: case MPS_K_SET: case MPS_K_BYTEARRAY: case MPS_K_SLICE:
        return unhashable(t, v);
    case MPS_K_RANGE: {
        MpsRange *r = (MpsRange *)v;
        MpsValue tp = mps_tuple_pack(t, 3, mps_from_small(r->len),
                                     r->len ? mps_from_small(r->start) : MPS_NONE,
                                     r->len > 1 ? mps_from_small(r->step) : MPS_NONE);
        return tp ? tuple_hash(t, tp, out) : -1;
    }
    case MPS_K_BOUNDMETHOD: {
        uint64_t h;
        if (mps_hash(t, ((MpsBoundMethod *)v)->self, &h) < 0) return -1;
        *out = h ^ mps_identity_hash(((MpsBoundMethod *)v)->func);
        return 0;
    }
    default: *out = mps_identity_hash(v); return 0;
    }
}

int64_t mps_len(MpsThread *t, MpsValue v)
{
    if (mps_is_obj(v)) {
        MpsObj *o = mps_obj(v);
        if (o->cls->is_builtin || (!dunder(t, v, "__len__") && !t->exc)) {
            switch (o->kind) {
            case MPS_K_STR: return (int64_t)MPS_STR(v)->len;
            case MPS_K_LIST: return (int64_t)MPS_LIST(v)->len;
            case MPS_K_TUPLE: return (int64_t)MPS_TUPLE(v)->len;
            case MPS_K_DICT: return (int64_t)MPS_DICT(v)->len;
            case MPS_K_SET: case MPS_K_FROZENSET: return (int64_t)MPS_SET(v)->table->len;
            case MPS_K_BYTES: case MPS_K_BYTEARRAY: return (int64_t)MPS_BYTES(v)->size;
            case MPS_K_RANGE: return ((MpsRange *)v)->len;
            default: break;
            }
        }
        if (t->exc) return -1;
        MpsValue m = dunder(t, v, "__len__");
        if (m) {
            MpsValue r = call_d0(t, m, v);
            if (!r) return -1;
            if (!mps_is_int(r)) {
                MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", r);
                return -1;
            }
            int64_t n;
            if (mps_int_to_i64(t, r, &n) < 0) return -1;
            if (n < 0) { MPS_RAISE(t, ValueError, "__len__() should return >= 0"); return -1; }
            return n;
        }
        if (t->exc) return -1;
    }
    MPS_RAISE(t, TypeError, "object of type '%T' has no len()", v);
    return -1;
}

/* ---------------------------------------------------------------- repr / str */

int mps_repr_enter(MpsThread *t, MpsValue v)
{
    for (int i = 0; i < t->repr_n; i++)
        if (t->repr_stack[i] == v) return 1;
    if (mps_recursion_enter(t, " while getting the repr of an object") < 0) return -1;
    if (t->repr_n == t->repr_cap) {
        int cap = t->repr_cap ? t->repr_cap * 2 : 16;
        MpsValue *p = realloc(t->repr_stack, (size_t)cap * sizeof *p);
        if (!p) { mps_recursion_leave(t); mps_raise_nomem(t); return -1; }
        t->repr_stack = p;
        t->repr_cap = cap;
    }
    t->repr_stack[t->repr_n++] = v;
    return 0;
}

void mps_repr_leave(MpsThread *t, MpsValue v)
{
    if (t->repr_n > 0 && t->repr_stack[t->repr_n - 1] == v) {
        t->repr_n--;
        mps_recursion_leave(t);
    }
}

static const char *str_or(MpsValue s, const char *dflt)
{
    return s && mps_is_str(s) ? mps_str_data(s) : dflt;
}

static void class_name_to(MpsBuf *b, MpsClass *c)
{
    const char *mod = str_or(c->module, NULL);
    if (mod && strcmp(mod, "builtins") != 0) { mps_buf_adds(b, mod); mps_buf_addc(b, '.'); }
    mps_buf_adds(b, str_or(c->qualname, str_or(c->name, "?")));
}

/* object.__repr__: <module.Qualname object at 0x…> */
void mps_object_repr_buf(MpsBuf *b, MpsClass *cls, const void *addr)
{
    mps_buf_addc(b, '<');
    class_name_to(b, cls);
    mps_buf_printf(b, " object at %p>", addr);
}

static int items_repr(MpsThread *t, MpsBuf *b, const MpsValue *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i) mps_buf_adds(b, ", ");
        if (mps_repr_buf(t, items[i], b) < 0) return -1;
    }
    return 0;
}

static int container_repr(MpsThread *t, MpsValue v, MpsBuf *b)
{
    MpsObj *o = mps_obj(v);
    bool sub = !o->cls->is_builtin;     /* user subclass: Name(...) like CPython for sets */
    if (o->kind == MPS_K_SET || o->kind == MPS_K_FROZENSET) {
        MpsDict *d = MPS_SET(v)->table;
        const char *name = str_or(o->cls->name, "set");
        if (d->len == 0) { mps_buf_printf(b, "%s()", name); return 0; }
        int rec = mps_repr_enter(t, v);
        if (rec) { if (rec > 0) mps_buf_printf(b, "%s(...)", name); return rec < 0 ? -1 : 0; }
        bool wrap = o->kind == MPS_K_FROZENSET || sub;
        if (wrap) mps_buf_printf(b, "%s(", name);
        mps_buf_addc(b, '{');
        bool first = true;
        MpsValue k;
        int rc = 0;
        for (size_t i = 0; mps_dict_next(d, &i, &k, NULL); first = false) {
            if (!first) mps_buf_adds(b, ", ");
            if ((rc = mps_repr_buf(t, k, b)) < 0) break;
        }
        mps_repr_leave(t, v);
        if (rc < 0) return -1;
        mps_buf_addc(b, '}');
        if (wrap) mps_buf_addc(b, ')');
        return 0;
    }
    int rec = mps_repr_enter(t, v);
    if (rec < 0) return -1;
    int rc = 0;
    switch (o->kind) {
    case MPS_K_LIST:
        if (rec) { mps_buf_adds(b, "[...]"); return 0; }
        mps_buf_addc(b, '[');
        /* items may change under a user __repr__: index each time */
        for (size_t i = 0; i < MPS_LIST(v)->len && rc == 0; i++) {
            if (i) mps_buf_adds(b, ", ");
            rc = mps_repr_buf(t, MPS_LIST(v)->items[i], b);
        }
        mps_buf_addc(b, ']');
        break;
    case MPS_K_TUPLE:
        if (rec) { mps_buf_adds(b, "(...)"); return 0; }
        mps_buf_addc(b, '(');
        rc = items_repr(t, b, MPS_TUPLE(v)->items, MPS_TUPLE(v)->len);
        if (MPS_TUPLE(v)->len == 1) mps_buf_addc(b, ',');
        mps_buf_addc(b, ')');
        break;
    default: {   /* dict */
        if (rec) { mps_buf_adds(b, "{...}"); return 0; }
        MpsDict *d = MPS_DICT(v);
        mps_buf_addc(b, '{');
        bool first = true;
        for (size_t i = 0; i < d->used && rc == 0; i++) {
            MpsDictEntry e = d->entries[i];
            if (e.key == MPS_NULL) continue;
            if (!first) mps_buf_adds(b, ", ");
            first = false;
            rc = mps_repr_buf(t, e.key, b);
            if (rc == 0) { mps_buf_adds(b, ": "); rc = mps_repr_buf(t, e.value, b); }
        }
        mps_buf_addc(b, '}');
    }
    }
    mps_repr_leave(t, v);
    return rc;
}

static int add_str_value(MpsThread *t, MpsBuf *b, MpsValue s, const char *what)
{
    if (!s) return -1;
    if (!mps_is_str(s)) {
        MPS_RAISE(t, TypeError, "%s returned non-string (type %T)", what, s);
        return -1;
    }
    mps_buf_add(b, mps_str_data(s), mps_str_size(s));
    return 0;
}

static MpsValue func_qualname(MpsThread *t, MpsValue f)
{
    if (mps_is_kind(f, MPS_K_FUNCTION)) return MPS_FUNC(f)->qualname;
    if (mps_is_kind(f, MPS_K_BUILTIN)) return MPS_NULL;
    MpsValue q = mps_getattr_opt(t, f, t->interp->s_qualname);
    if (!q && t->exc) mps_exc_clear(t);
    return q;
}

int mps_repr_buf(MpsThread *t, MpsValue v, MpsBuf *b)
{
    if (mps_is_small(v)) { mps_buf_printf(b, "%lld", (long long)mps_small(v)); return 0; }
    switch (v) {
    case MPS_NONE: mps_buf_adds(b, "None"); return 0;
    case MPS_TRUE: mps_buf_adds(b, "True"); return 0;
    case MPS_FALSE: mps_buf_adds(b, "False"); return 0;
    case MPS_NOTIMPLEMENTED: mps_buf_adds(b, "NotImplemented"); return 0;
    case MPS_ELLIPSIS: mps_buf_adds(b, "Ellipsis"); return 0;
    default: break;
    }
    if (!mps_is_obj(v)) { mps_buf_printf(b, "<? %#lx>", (unsigned long)v); return 0; }
    MpsObj *o = mps_obj(v);
    if (mps_is_frame_obj(t, v)) {
        MpsValue *it = MPS_TUPLE(v)->items;
        MpsCode *co = MPS_CODE(it[MPS_FR_CODE]);
        mps_buf_printf(b, "<frame at %p, file '%s', line %ld, code %s>", (void *)o, mps_str_data(co->filename),
                       (long)mps_small(it[MPS_FR_LINENO]), mps_str_data(co->name));
        return 0;
    }
    if (mps_is_traceback_obj(t, v)) { mps_buf_printf(b, "<traceback object at %p>", (void *)o); return 0; }
    if (!o->cls->is_builtin || o->kind == MPS_K_NATIVE) {
        MpsValue m = dunder(t, v, "__repr__");
        if (m) return add_str_value(t, b, call_d0(t, m, v), "__repr__");
        if (t->exc) return -1;
    }
    switch (o->kind) {
    case MPS_K_STR: mps_str_repr_to(b, v); return 0;
    case MPS_K_BYTES: case MPS_K_BYTEARRAY: mps_bytes_repr_to(b, v); return 0;
    case MPS_K_FLOAT: mps_float_repr_buf(mps_float_val(v), b); return 0;
    case MPS_K_COMPLEX: mps_complex_repr_buf(MPS_COMPLEX(v)->re, MPS_COMPLEX(v)->im, b); return 0;
    case MPS_K_BIGINT: {
        MpsValue s = mps_int_to_str(t, v, 10);
        return add_str_value(t, b, s, "int");
    }
    case MPS_K_LIST: case MPS_K_TUPLE: case MPS_K_DICT: case MPS_K_SET: case MPS_K_FROZENSET:
        return container_repr(t, v, b);
    case MPS_K_RANGE: {
        MpsRange *r = (MpsRange *)v;
        if (r->step == 1) mps_buf_printf(b, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
        else mps_buf_printf(b, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
        return 0;
    }
    case MPS_K_SLICE: {
        MpsSlice *s = (MpsSlice *)v;
        mps_buf_adds(b, "slice(");
        if (mps_repr_buf(t, s->start, b) < 0) return -1;
        mps_buf_adds(b, ", ");
        if (mps_repr_buf(t, s->stop, b) < 0) return -1;
        mps_buf_adds(b, ", ");
        if (mps_repr_buf(t, s->step, b) < 0) return -1;
        mps_buf_addc(b, ')');
        return 0;
    }
    case MPS_K_CLASS:
        mps_buf_adds(b, "<class '");
        class_name_to(b, MPS_CLASS(v));
        mps_buf_adds(b, "'>");
        return 0;
    case MPS_K_FUNCTION:
        mps_buf_printf(b, "<function %s at %p>", str_or(MPS_FUNC(v)->qualname, "?"), (void *)o);
        return 0;
    case MPS_K_GENERATOR:
        mps_buf_printf(b, "<generator object %s at %p>", str_or(MPS_GEN(v)->qualname, "?"), (void *)o);
        return 0;
    case MPS_K_CODE:
        mps_buf_printf(b, "<code object %s at %p, file \"%s\", line %d>", str_or(MPS_CODE(v)->name, "?"),
                       (void *)o, str_or(MPS_CODE(v)->filename, "?"), MPS_CODE(v)->firstline);
        return 0;
    case MPS_K_BUILTIN: {
        MpsBuiltin *f = (MpsBuiltin *)v;
        if (!f->self || mps_is_kind(f->self, MPS_K_MODULE))
            mps_buf_printf(b, "<built-in function %s>", f->name);
        else
            mps_buf_printf(b, "<built-in method %s of %s object at %p>", f->name,
                           mps_type_name(t, f->self), (void *)f->self);
        return 0;
    }
    case MPS_K_BOUNDMETHOD: {
        MpsBoundMethod *m = (MpsBoundMethod *)v;
        if (mps_is_kind(m->func, MPS_K_BUILTIN)) {
            mps_buf_printf(b, "<built-in method %s of %s object at %p>", ((MpsBuiltin *)m->func)->name,
                           mps_type_name(t, m->self), (void *)m->self);
            return 0;
        }
        MpsValue q = func_qualname(t, m->func);
        mps_buf_printf(b, "<bound method %s of ", str_or(q, "?"));
        if (mps_repr_buf(t, m->self, b) < 0) return -1;
        mps_buf_addc(b, '>');
        return 0;
    }
    case MPS_K_MODULE: {
        MpsModule *m = MPS_MODULE(v);
        MpsValue file = m->dict ? mps_dict_get_cstr(t, m->dict, "__file__") : MPS_NULL;
        if (file && mps_is_str(file))
            mps_buf_printf(b, "<module '%s' from '%s'>", str_or(m->name, "?"), mps_str_data(file));
        else
            mps_buf_printf(b, "<module '%s' (built-in)>", str_or(m->name, "?"));
        return 0;
    }
    case MPS_K_EXCEPTION:
        return add_str_value(t, b, mps_exc_repr(t, v), "__repr__");
    case MPS_K_CELL:
        mps_buf_printf(b, "<cell at %p: ", (void *)o);
        if (((MpsCell *)v)->v) mps_buf_printf(b, "%s object at %p>", mps_type_name(t, ((MpsCell *)v)->v), (void *)((MpsCell *)v)->v);
        else mps_buf_adds(b, "empty>");
        return 0;
    case MPS_K_STATICMETHOD: case MPS_K_CLASSMETHOD:
        mps_buf_printf(b, "<%s(", o->kind == MPS_K_STATICMETHOD ? "staticmethod" : "classmethod");
        if (mps_repr_buf(t, ((MpsWrapper *)v)->func, b) < 0) return -1;
        mps_buf_adds(b, ")>");
        return 0;
    case MPS_K_SUPER: {
        MpsSuper *s = (MpsSuper *)v;
        mps_buf_adds(b, "<super: <class '");
        mps_buf_adds(b, s->start ? str_or(s->start->name, "?") : "NULL");
        mps_buf_adds(b, "'>, ");
        if (s->self) {
            mps_buf_addc(b, '<');
            mps_buf_adds(b, mps_type_name(t, s->self));
            mps_buf_adds(b, " object>");
        } else mps_buf_adds(b, "NULL");
        mps_buf_addc(b, '>');
        return 0;
    }
    case MPS_K_MEMBER: {
        MpsMember *m = (MpsMember *)v;
        mps_buf_printf(b, "<member '%s' of '%s' objects>", str_or(m->name, "?"),
                       m->owner ? str_or(m->owner->name, "?") : "?");
        return 0;
    }
    default:
        mps_object_repr_buf(b, o->cls, o);
        return 0;
    }
}

int mps_str_buf(MpsThread *t, MpsValue v, MpsBuf *b)
{
    if (mps_is_obj(v)) {
        MpsObj *o = mps_obj(v);
        if (o->kind == MPS_K_STR && o->cls->is_builtin) { mps_buf_add(b, mps_str_data(v), mps_str_size(v)); return 0; }
        if (!o->cls->is_builtin || o->kind == MPS_K_NATIVE) {
            MpsValue m = dunder(t, v, "__str__");
            if (m) return add_str_value(t, b, call_d0(t, m, v), "__str__");
            if (t->exc) return -1;
        }
        if (o->kind == MPS_K_STR) { mps_buf_add(b, mps_str_data(v), mps_str_size(v)); return 0; }
        if (o->kind == MPS_K_EXCEPTION) return add_str_value(t, b, mps_exc_str(t, v), "__str__");
    }
    return mps_repr_buf(t, v, b);
}

MpsValue mps_repr(MpsThread *t, MpsValue v)
{
    if (mps_is_obj(v) && mps_obj(v)->cls->is_builtin) {
        if (mps_kind(v) == MPS_K_BIGINT) return mps_int_to_str(t, v, 10);
        if (mps_kind(v) == MPS_K_EXCEPTION) return mps_exc_repr(t, v);
    }
    if (mps_is_obj(v) && !mps_obj(v)->cls->is_builtin && mps_kind(v) != MPS_K_NATIVE) {
        MpsValue m = dunder(t, v, "__repr__");
        if (m) {
            MpsValue r = call_d0(t, m, v);
            if (r && !mps_is_str(r)) return MPS_RAISE(t, TypeError, "__repr__ returned non-string (type %T)", r);
            return r;
        }
        if (t->exc) return MPS_NULL;
    }
    MpsBuf b;
    mps_buf_init(&b);
    if (mps_repr_buf(t, v, &b) < 0) { mps_buf_free(&b); return MPS_NULL; }
    return mps_buf_to_str(t, &b);
}

/* ascii(v): the repr with every non-ASCII character escaped */
MpsValue mps_ascii(MpsThread *t, MpsValue v)
{
    MpsValue r = mps_repr(t, v);
    if (!r) return MPS_NULL;
    const unsigned char *p = (const unsigned char *)mps_str_data(r), *end = p + mps_str_size(r);
    bool plain = true;
    for (const unsigned char *q = p; q < end; q++) if (*q >= 0x80) { plain = false; break; }
    if (plain) return r;
    MpsBuf b;
    mps_buf_init(&b);
    while (p < end) {
        if (*p < 0x80) { mps_buf_addc(&b, (char)*p++); continue; }
        uint32_t c = mps_utf8_decode(&p);
        if (c < 0x100) mps_buf_printf(&b, "\\x%02x", (unsigned)c);
        else if (c < 0x10000) mps_buf_printf(&b, "\\u%04x", (unsigned)c);
        else mps_buf_printf(&b, "\\U%08x", (unsigned)c);
    }
    return mps_buf_to_str(t, &b);
}

MpsValue mps_to_str(MpsThread *t, MpsValue v)
{
    if (mps_is_obj(v)) {
        MpsObj *o = mps_obj(v);
        if (o->kind == MPS_K_STR && o->cls->is_builtin) return v;
        if (o->kind == MPS_K_EXCEPTION && o->cls->is_builtin) return mps_exc_str(t, v);
        if (!o->cls->is_builtin || o->kind == MPS_K_NATIVE) {
            MpsValue m = dunder(t, v, "__str__");
            if (m) {
                MpsValue r = call_d0(t, m, v);
                if (r && !mps_is_str(r)) return MPS_RAISE(t, TypeError, "__str__ returned non-string (type %T)", r);
                return r;
            }
            if (t->exc) return MPS_NULL;
            if (o->kind == MPS_K_EXCEPTION) return mps_exc_str(t, v);
            if (o->kind == MPS_K_STR) return mps_str_new(t, mps_str_data(v), mps_str_size(v));
        }
    }
    MpsBuf b;
    mps_buf_init(&b);
    if (mps_str_buf(t, v, &b) < 0) { mps_buf_free(&b); return MPS_NULL; }
    return mps_buf_to_str(t, &b);
}

/* ---------------------------------------------------------------- containment */

int mps_contains(MpsThread *t, MpsValue c, MpsValue v)
{
    if (mps_is_obj(c)) {
        MpsObj *o = mps_obj(c);
        if (!o->cls->is_builtin || o->kind == MPS_K_NATIVE) {
            MpsValue m = dunder(t, c, "__contains__");
            if (m) {
                MpsValue r = call_d1(t, m, c, v);
                if (!r) return -1;
                return mps_truthy(t, r);
            }
            if (t->exc) return -1;
        }
        switch (o->kind) {
        case MPS_K_STR:
            if (!mps_is_str(v)) {
                MPS_RAISE(t, TypeError, "'in <string>' requires string as left operand, not %T", v);
                return -1;
            }
            return mps_str_find_bytes(mps_str_data(c), mps_str_size(c), mps_str_data(v), mps_str_size(v), 0) >= 0;
        case MPS_K_BYTES: case MPS_K_BYTEARRAY: {
            MpsBytes *bs = MPS_BYTES(c);
            if (mps_is_int(v)) {
                int64_t x;
                if (mps_int_to_i64(t, v, &x) < 0) return -1;
                if (x < 0 || x > 255) { MPS_RAISE(t, ValueError, "byte must be in range(0, 256)"); return -1; }
                return bs->size && memchr(bs->data, (int)x, bs->size) != NULL;
            }
            if (mps_is_bytes_like(v))
                return mps_str_find_bytes((const char *)bs->data, bs->size, (const char *)MPS_BYTES(v)->data,
                                          MPS_BYTES(v)->size, 0) >= 0;
            MPS_RAISE(t, TypeError, "a bytes-like object is required, not '%T'", v);
            return -1;
        }
        case MPS_K_LIST: case MPS_K_TUPLE: {
            MpsValue *items;
            for (int64_t i = 0; i < mps_seq_items(c, &items); i++) {
                int r = mps_eq(t, items[i], v);
                if (r) return r;
            }
            return 0;
        }
        case MPS_K_DICT: {
            MpsValue dummy;
            return mps_dict_lookup(t, MPS_DICT(c), v, &dummy);
        }
        case MPS_K_SET: case MPS_K_FROZENSET:
            return mps_set_contains(t, c, v);
        case MPS_K_RANGE: {
            MpsRange *r = (MpsRange *)c;
            v = mps_int_norm(v);
            if (mps_is_small(v) || mps_is_bool(v)) {
                int64_t x = mps_small(mps_int_norm(v));
                if (r->len == 0) return 0;
                if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
                return (x - r->start) % r->step == 0;
            }
            if (mps_is_bigint(v)) return 0;
            break;
        }
        default: break;
        }
    }
    /* iterate */
    MpsValue it = mps_iter(t, c);
    if (!it) {
        if (mps_exc_matches(t, MPS_EXCCLS(t, TypeError))) {
            mps_exc_clear(t);
            MPS_RAISE(t, TypeError, "argument of type '%T' is not iterable", c);
        }
        return -1;
    }
    MPS_ROOT(t, it);
    int found = 0;
    for (;;) {
        MpsValue x = mps_next(t, it);
        if (!x) { if (t->exc) found = -1; break; }
        int r = mps_eq(t, x, v);
        if (r) { found = r; break; }
    }
    MPS_UNROOT(t, 1);
    return found;
}

/* ---------------------------------------------------------------- subscripts */

static const char *seq_word(int kind)
{
    switch (kind) {
    case MPS_K_LIST: return "list";
    case MPS_K_TUPLE: return "tuple";
    case MPS_K_STR: return "string";
    case MPS_K_RANGE: return "range object";
    default: return "index";
    }
}

/* normalise an int index against len: 0 ok, -1 error raised */
static int seq_index(MpsThread *t, MpsValue key, int64_t len, int64_t *out, int kind, bool assign)
{
    int64_t i;
    key = mps_int_norm(key);
    if (mps_is_small(key)) i = mps_small(key);
    else if (mps_is_bigint(key)) {
        MPS_RAISE(t, IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    } else if (mps_index(t, key, &i) < 0) return -1;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        if (kind == MPS_K_BYTEARRAY) MPS_RAISE(t, IndexError, "bytearray index out of range");
        else if (assign) MPS_RAISE(t, IndexError, "list assignment index out of range");
        else if (kind == MPS_K_BYTES) MPS_RAISE(t, IndexError, "index out of range");
        else MPS_RAISE(t, IndexError, "%s index out of range", seq_word(kind));
        return -1;
    }
    *out = i;
    return 0;
}

static bool is_index_like(MpsThread *t, MpsValue key)
{
    return mps_is_int(key) || (is_generic(key) && dunder(t, key, "__index__"));
}

static MpsValue bad_index_type(MpsThread *t, int kind, MpsValue key)
{
    switch (kind) {
    case MPS_K_STR: return MPS_RAISE(t, TypeError, "string indices must be integers, not '%T'", key);
    case MPS_K_BYTES: case MPS_K_BYTEARRAY:
        return MPS_RAISE(t, TypeError, "byte indices must be integers or slices, not %T", key);
    case MPS_K_RANGE: return MPS_RAISE(t, TypeError, "range indices must be integers or slices, not %T", key);
    default: return MPS_RAISE(t, TypeError, "%s indices must be integers or slices, not %T", seq_word(kind), key);
    }
}

static MpsValue native_getitem(MpsThread *t, MpsValue obj, MpsValue key, bool *handled)
{
    *handled = true;
    int kind = mps_kind(obj);
    int64_t len, i, start, stop, step, n;
    switch (kind) {
    case MPS_K_LIST: case MPS_K_TUPLE: {
        MpsValue *items;
        len = mps_seq_items(obj, &items);
        if (mps_is_small(key)) {           /* hot path */
            i = mps_small(key);
            if (i < 0) i += len;
            if (i >= 0 && i < len) return items[i];
        }
        if (mps_is_kind(key, MPS_K_SLICE)) {
            n = mps_slice_indices(t, key, len, &start, &stop, &step);
            if (n < 0) return MPS_NULL;
            if (kind == MPS_K_LIST) return mps_list_slice(t, obj, start, step, n);
            if (step == 1 && n == len && mps_obj(obj)->cls->is_builtin) return obj;
            MpsValue r = mps_tuple_new(t, (size_t)n);
            if (!r) return r;
            mps_seq_items(obj, &items);
            for (int64_t k = 0; k < n; k++) MPS_TUPLE(r)->items[k] = items[start + k * step];
            return r;
        }
        if (!is_index_like(t, key)) return bad_index_type(t, kind, key);
        if (seq_index(t, key, len, &i, kind, false) < 0) return MPS_NULL;
        mps_seq_items(obj, &items);
        return items[i];
    }
    case MPS_K_STR:
        len = (int64_t)mps_str_len(obj);
        if (mps_is_kind(key, MPS_K_SLICE)) {
            n = mps_slice_indices(t, key, len, &start, &stop, &step);
            if (n < 0) return MPS_NULL;
            if (step > 0) stop = start + n * step;
            return mps_str_slice(t, obj, start, step > 0 ? start + (n - 1) * step + 1 : stop, step);
        }
        if (!is_index_like(t, key)) return bad_index_type(t, kind, key);
        if (seq_index(t, key, len, &i, kind, false) < 0) return MPS_NULL;
        return mps_str_index(t, obj, i);
    case MPS_K_BYTES: case MPS_K_BYTEARRAY: {
        MpsBytes *b = MPS_BYTES(obj);
        len = (int64_t)b->size;
        if (mps_is_kind(key, MPS_K_SLICE)) {
            n = mps_slice_indices(t, key, len, &start, &stop, &step);
            if (n < 0) return MPS_NULL;
            uint8_t *tmp = malloc((size_t)(n ? n : 1));
            if (!tmp) return mps_raise_nomem(t);
            for (int64_t k = 0; k < n; k++) tmp[k] = b->data[start + k * step];
            MpsValue r = kind == MPS_K_BYTES ? mps_bytes_new(t, tmp, (size_t)n) : mps_bytearray_new(t, tmp, (size_t)n);
            free(tmp);
            return r;
        }
        if (!is_index_like(t, key)) return bad_index_type(t, kind, key);
        if (seq_index(t, key, len, &i, kind, false) < 0) return MPS_NULL;
        return mps_from_small(b->data[i]);
    }
    case MPS_K_RANGE: {
        MpsRange *r = (MpsRange *)obj;
        if (mps_is_kind(key, MPS_K_SLICE)) {
            n = mps_slice_indices(t, key, r->len, &start, &stop, &step);
            if (n < 0) return MPS_NULL;
            int64_t s0 = r->start + start * r->step, st = r->step * step;
            return mps_range_new(t, s0, s0 + n * st, st);
        }
        if (!is_index_like(t, key)) return bad_index_type(t, kind, key);
        if (seq_index(t, key, r->len, &i, kind, false) < 0) return MPS_NULL;
        return mps_int_from_i64(t, r->start + i * r->step);
    }
    case MPS_K_DICT: {
        MpsValue v;
        int r = mps_dict_lookup(t, MPS_DICT(obj), key, &v);
        if (r < 0) return MPS_NULL;
        if (r) return v;
        if (!mps_obj(obj)->cls->is_builtin) {
            MpsValue m = dunder(t, obj, "__missing__");
            if (m) return call_d1(t, m, obj, key);
            if (t->exc) return MPS_NULL;
        }
        MpsValue args = mps_tuple_pack(t, 1, key);
        MpsValue exc = args ? mps_exc_new(t, MPS_EXCCLS(t, KeyError), args) : MPS_NULL;
        return exc ? mps_raise_value(t, exc) : MPS_NULL;
    }
    default:
        *handled = false;
        return MPS_NULL;
    }
}

MpsValue mps_getitem(MpsThread *t, MpsValue obj, MpsValue key)
{
    if (mps_is_obj(obj)) {
        MpsObj *o = mps_obj(obj);
        if (!o->cls->is_builtin || o->kind == MPS_K_NATIVE) {
            MpsValue m = dunder(t, obj, "__getitem__");
            if (m) return call_d1(t, m, obj, key);
            if (t->exc) return MPS_NULL;
        }
        bool handled;
        MpsValue r = native_getitem(t, obj, key, &handled);
        if (handled) return r;
        if (o->kind == MPS_K_CLASS) {
            MpsValue n = ops_name(t, "__class_getitem__");
            MpsValue m = n ? mps_class_lookup(MPS_CLASS(obj), n) : MPS_NULL;
            if (m && mps_is_kind(m, MPS_K_CLASSMETHOD)) {   /* implicit classmethod: cls first */
                MpsValue args[2] = {obj, key};
                return mps_call(t, ((MpsWrapper *)mps_obj(m))->func, 2, args, MPS_NULL);
            }
            if (m) return mps_call1(t, m, key);
            static const MpsKind generic[] = {MPS_K_CLASS, MPS_K_LIST, MPS_K_DICT, MPS_K_TUPLE,
                                              MPS_K_SET, MPS_K_FROZENSET};
            for (size_t i = 0; i < sizeof generic / sizeof *generic; i++)
                if (obj == mps_from_obj(t->interp->types[generic[i]]))
                    return types_call(t, "_generic_alias", obj, key);   /* list[int] */
            return MPS_RAISE(t, TypeError, "type '%S' is not subscriptable", MPS_CLASS(obj)->name);
        }
    }
    return MPS_RAISE(t, TypeError, "'%T' object is not subscriptable", obj);
}

int mps_setitem(MpsThread *t, MpsValue obj, MpsValue key, MpsValue v)
{
    if (mps_is_obj(obj)) {
        MpsObj *o = mps_obj(obj);
        if (!o->cls->is_builtin || o->kind == MPS_K_NATIVE) {
            MpsValue m = dunder(t, obj, "__setitem__");
            if (m) {
                MpsValue args[2] = { key, v };
                return call_d(t, m, obj, 2, args) ? 0 : -1;
            }
            if (t->exc) return -1;
        }
        int64_t i;
        switch (o->kind) {
        case MPS_K_LIST:
            if (mps_is_small(key)) {
                i = mps_small(key);
                if (i < 0) i += (int64_t)MPS_LIST(obj)->len;
                if (i >= 0 && i < (int64_t)MPS_LIST(obj)->len) { MPS_LIST(obj)->items[i] = v; return 0; }
            }
            if (mps_is_kind(key, MPS_K_SLICE)) return mps_list_set_slice(t, obj, key, v);
            if (!is_index_like(t, key)) { bad_index_type(t, MPS_K_LIST, key); return -1; }
            if (seq_index(t, key, (int64_t)MPS_LIST(obj)->len, &i, MPS_K_LIST, true) < 0) return -1;
            MPS_LIST(obj)->items[i] = v;
            return 0;
        case MPS_K_DICT:
            return mps_dict_set(t, MPS_DICT(obj), key, v);
        case MPS_K_BYTEARRAY: {
            MpsBytes *b = MPS_BYTES(obj);
            if (mps_is_kind(key, MPS_K_SLICE)) return mps_bytearray_splice(t, obj, key, v);
            if (!is_index_like(t, key)) {
                MPS_RAISE(t, TypeError, "bytearray indices must be integers or slices, not %T", key);
                return -1;
            }
            if (seq_index(t, key, (int64_t)b->size, &i, MPS_K_BYTEARRAY, true) < 0) return -1;
            int64_t x;
            if (!mps_is_int(v)) { MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", v); return -1; }
            if (mps_int_to_i64(t, v, &x) < 0) return -1;
            if (x < 0 || x > 255) { MPS_RAISE(t, ValueError, "byte must be in range(0, 256)"); return -1; }
            b->data[i] = (uint8_t)x;
            b->hash = 0;
            return 0;
        }
        default: break;
        }
    }
    MPS_RAISE(t, TypeError, "'%T' object does not support item assignment", obj);
    return -1;
}

int mps_delitem(MpsThread *t, MpsValue obj, MpsValue key)
{
    if (mps_is_obj(obj)) {
        MpsObj *o = mps_obj(obj);
        if (!o->cls->is_builtin || o->kind == MPS_K_NATIVE) {
            MpsValue m = dunder(t, obj, "__delitem__");
            if (m) return call_d1(t, m, obj, key) ? 0 : -1;
            if (t->exc) return -1;
        }
        int64_t i;
        switch (o->kind) {
        case MPS_K_LIST:
            if (mps_is_kind(key, MPS_K_SLICE)) return mps_list_del_slice(t, obj, key);
            if (!is_index_like(t, key)) { bad_index_type(t, MPS_K_LIST, key); return -1; }
            if (seq_index(t, key, (int64_t)MPS_LIST(obj)->len, &i, MPS_K_LIST, true) < 0) return -1;
            mps_list_pop(t, obj, i);
            return 0;
        case MPS_K_DICT: {
            int r = mps_dict_del(t, MPS_DICT(obj), key);
            if (r < 0) return -1;
            if (r == 0) {
                MpsValue args = mps_tuple_pack(t, 1, key);
                MpsValue exc = args ? mps_exc_new(t, MPS_EXCCLS(t, KeyError), args) : MPS_NULL;
                if (exc) mps_raise_value(t, exc);
                return -1;
            }
            return 0;
        }
        case MPS_K_BYTEARRAY: {
            if (mps_is_kind(key, MPS_K_SLICE)) return mps_bytearray_splice(t, obj, key, MPS_NULL);
            if (!is_index_like(t, key)) {
                MPS_RAISE(t, TypeError, "bytearray indices must be integers or slices, not %T", key);
                return -1;
            }
            MpsBytes *b = MPS_BYTES(obj);
            if (seq_index(t, key, (int64_t)b->size, &i, MPS_K_BYTEARRAY, true) < 0) return -1;
            memmove(b->data + i, b->data + i + 1, b->size - (size_t)i - 1);
            b->size--;
            b->hash = 0;
            return 0;
        }
        default: break;
        }
    }
    MPS_RAISE(t, TypeError, "'%T' object doesn't support item deletion", obj);
    return -1;
}

/* ---------------------------------------------------------------- iteration */

/* iterator over an object with only __getitem__: a = object, i = index */
static MpsValue seqiter_next(MpsThread *t, MpsIter *it)
{
    if (it->i < 0) return MPS_NULL;
    MpsValue v = mps_getitem(t, it->a, mps_from_small(it->i));
    if (!v) {
        if (mps_exc_matches(t, MPS_EXCCLS(t, IndexError)) || mps_exc_matches(t, MPS_EXCCLS(t, StopIteration))) {
            mps_exc_clear(t);
            it->i = -1;
        }
        return MPS_NULL;
    }
    it->i++;
    return v;
}

MpsValue mps_iter(MpsThread *t, MpsValue v)
{
    if (mps_is_obj(v)) {
        MpsObj *o = mps_obj(v);
        if (!o->cls->is_builtin || o->kind == MPS_K_NATIVE) {
            MpsValue m = dunder(t, v, "__iter__");
            if (m == MPS_NONE)      /* __iter__ = None: explicitly not iterable */
                return MPS_RAISE(t, TypeError, "'%T' object is not iterable", v);
            if (m) {
                MpsValue r = call_d0(t, m, v);
                if (!r) return r;
                bool ok = mps_is_kind(r, MPS_K_ITER) || mps_is_kind(r, MPS_K_GENERATOR);
                if (!ok) {
                    MPS_ROOT(t, r);
                    ok = dunder(t, r, "__next__") != MPS_NULL;
                    MPS_UNROOT(t, 1);
                }
                if (!ok) return MPS_RAISE(t, TypeError, "iter() returned non-iterator of type '%T'", r);
                return r;
            }
            if (t->exc) return MPS_NULL;
        }
        switch (o->kind) {
        case MPS_K_LIST: return mps_list_iter(t, v);
        case MPS_K_TUPLE: return mps_tuple_iter(t, v);
        case MPS_K_STR: return mps_str_iter(t, v);
        case MPS_K_BYTES: case MPS_K_BYTEARRAY: return mps_bytes_iter(t, v);
        case MPS_K_DICT: return mps_dict_iter(t, MPS_DICT(v), v, 0);
        case MPS_K_SET: case MPS_K_FROZENSET: return mps_dict_iter(t, MPS_SET(v)->table, v, 0);
        case MPS_K_RANGE: return mps_range_iter(t, v);
        case MPS_K_ITER: case MPS_K_GENERATOR: return v;
        default: break;
        }
        if (dunder(t, v, "__getitem__")) return mps_iter_new(t, seqiter_next, v, MPS_NONE, MPS_NONE);
        if (t->exc) return MPS_NULL;
    }
    return MPS_RAISE(t, TypeError, "'%T' object is not iterable", v);
}

MpsValue mps_next(MpsThread *t, MpsValue it)
{
    if (mps_is_obj(it)) {
        MpsObj *o = mps_obj(it);
        if (o->kind == MPS_K_ITER) return ((MpsIter *)it)->next(t, (MpsIter *)it);
        if (o->kind == MPS_K_GENERATOR) return mps_gen_next(t, it);
        MpsValue m = dunder(t, it, "__next__");
        if (m) {
            MpsValue r = call_d0(t, m, it);
            if (!r && mps_exc_matches(t, MPS_EXCCLS(t, StopIteration))) mps_exc_clear(t);
            return r;
        }
        if (t->exc) return MPS_NULL;
    }
    return MPS_RAISE(t, TypeError, "'%T' object is not an iterator", it);
}
