/* lib.c — small helpers shared by the files of stdlib/. */
#include "lib.h"

void mpsl_keep(MpsThread *t, const char *name, MpsValue v)
{
    mps_dict_set_cstr(t, MPS_MODULE(MPSL(t)->keep)->dict, name, v);
}

size_t mpsl_nkw(MpsValue kwnames)
{
    return kwnames ? MPS_TUPLE(kwnames)->len : 0;
}

/* the value of keyword `name`, or MPS_NULL */
MpsValue mpsl_kwarg(MpsValue kwnames, int argc, const MpsValue *argv, const char *name)
{
    size_t n = mpsl_nkw(kwnames);
    for (size_t i = 0; i < n; i++)
        if (strcmp(mps_str_data(MPS_TUPLE(kwnames)->items[i]), name) == 0)
            return argv[argc + (int)i];
    return MPS_NULL;
}

int mpsl_no_kw(MpsThread *t, const char *fname, MpsValue kwnames)
{
    if (mpsl_nkw(kwnames) == 0) return 0;
    MPS_RAISE(t, TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

MpsValue mpsl_cstr(MpsThread *t, const char *s) { return mps_str_cstr_new(t, s); }

MpsClass *mpsl_class(MpsThread *t, const char *name, MpsClass *base, MpsKind kind,
                     const MpsMethodDef *methods)
{
    MpsClass *c = mps_class_new_builtin(t, name, base ? base : MPS_TTYPE(t, OBJECT), kind);
    if (methods) mps_class_add_methods(t, c, methods);
    mpsl_keep(t, name, mps_from_obj(c));
    return c;
}

MpsValue mpsl_module(MpsThread *t, const char *name, const MpsMethodDef *fns)
{
    MpsValue m = mps_module_new(t, name);
    if (m && fns) mps_dict_add_functions(t, MPS_MODULE(m)->dict, fns, MPS_NULL);
    return m;
}

int mpsl_set(MpsThread *t, MpsValue module, const char *name, MpsValue v)
{
    if (!v) return -1;
    return mps_dict_set_cstr(t, MPS_MODULE(module)->dict, name, v);
}

uint32_t mpsl_utf8_next(const char **pp)
{
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0];
    int n = 0;
    if (c < 0x80) n = 1;
    else if ((c & 0xE0) == 0xC0) { n = 2; c &= 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 3; c &= 0x0F; }
    else { n = 4; c &= 0x07; }
    for (int i = 1; i < n; i++) c = (c << 6) | (p[i] & 0x3F);
    *pp += n;
    return c;
}

int mpsl_int_arg(MpsThread *t, MpsValue v, int64_t *out)
{
    return mps_index(t, v, out);
}

MpsValue mpsl_property(MpsThread *t, const char *name, MpsCFunc get)
{
    MpsProperty *p = mps_gc_alloc(t, sizeof(MpsProperty), MPS_K_PROPERTY, MPS_TYPE(t, PROPERTY));
    if (!p) return mps_raise_nomem(t);
    p->fget = mps_builtin_new(t, name, get, MPS_NULL);
    p->fset = p->fdel = p->doc = MPS_NONE;
    return mps_from_obj(p);
}

MpsValue mpsl_hold(MpsThread *t, size_t n)
{
    MpsValue h = mps_list_new(t, n);
    if (!h) return MPS_NULL;
    for (size_t i = 0; i < n; i++) MPS_LIST(h)->items[i] = MPS_NONE;
    MPS_ROOT(t, h);
    return h;
}

void mpsl_class_set(MpsThread *t, MpsClass *c, const char *name, MpsValue v)
{
    if (!v) return;
    mps_dict_set(t, c->dict, mps_intern_cstr(t, name), v);
    mps_class_modified(t, c);
}

/* ---------------------------------------------------------------- struct sequences */

/* A tuple subclass whose items are also named attributes, with CPython's
 * repr "module.name(field=value, ...)": time.struct_time, sys.version_info.
 * The field names live in the class attribute _fields. */
static MpsValue seq_field(const MpsValue *argv, size_t i)
{
    MpsValue s = argv[0];
    if (!mps_is_tuple(s) || MPS_TUPLE(s)->len <= i) return MPS_NONE;
    return MPS_TUPLE(s)->items[i];
}
#define SEQ_FIELD(i) \
    static MpsValue seq_f##i(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) \
    { (void)t; (void)argc; (void)kw; return seq_field(argv, i); }
SEQ_FIELD(0) SEQ_FIELD(1) SEQ_FIELD(2) SEQ_FIELD(3) SEQ_FIELD(4) SEQ_FIELD(5) SEQ_FIELD(6)
SEQ_FIELD(7) SEQ_FIELD(8) SEQ_FIELD(9) SEQ_FIELD(10)
static const MpsCFunc seq_getters[] = {seq_f0, seq_f1, seq_f2, seq_f3, seq_f4, seq_f5, seq_f6,
                                       seq_f7, seq_f8, seq_f9, seq_f10};

static MpsValue seq_repr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    MpsValue s = argv[0];
    MpsClass *c = mps_obj(s)->cls;
    MpsValue fields = mps_getattr_cstr(t, mps_from_obj(c), "_fields");
    if (!fields) return MPS_NULL;
    MpsBuf b;
    mps_buf_init(&b);
    mps_buf_printf(&b, "%s.%s(", mps_str_data(c->module), mps_str_data(c->name));
    for (size_t i = 0; i < MPS_TUPLE(s)->len && i < MPS_TUPLE(fields)->len; i++) {
        if (i) mps_buf_adds(&b, ", ");
        mps_buf_printf(&b, "%s=", mps_str_data(MPS_TUPLE(fields)->items[i]));
        if (mps_repr_buf(t, MPS_TUPLE(s)->items[i], &b) < 0) { mps_buf_free(&b); return MPS_NULL; }
    }
    mps_buf_addc(&b, ')');
    return mps_buf_to_str(t, &b);
}

static const MpsMethodDef seq_methods[] = {
    {"__repr__", seq_repr}, {"__str__", seq_repr}, {NULL, NULL}
};

MpsClass *mpsl_struct_seq(MpsThread *t, const char *module, const char *name,
                          const char *const *fields, int n)
{
    MpsClass *c = mpsl_class(t, name, MPS_TYPE(t, TUPLE), MPS_K_TUPLE, seq_methods);
    c->module = mpsl_cstr(t, module);
    c->is_builtin = 0;    /* so that its own __repr__ is used */
    MpsValue names = mps_tuple_new(t, (size_t)n);
    if (!names) return c;
    mpsl_class_set(t, c, "_fields", names);
    for (int i = 0; i < n && i < (int)(sizeof seq_getters / sizeof *seq_getters); i++) {
        MPS_TUPLE(names)->items[i] = mpsl_cstr(t, fields[i]);
        mpsl_class_set(t, c, fields[i], mpsl_property(t, fields[i], seq_getters[i]));
    }
    return c;
}

/* a new instance of a struct sequence (its class made on first use into
 * *cls), every field None: the caller roots it while filling the fields */
MpsValue mpsl_struct_seq_new(MpsThread *t, MpsClass **cls, const char *module, const char *name,
                             const char *const *fields, int n)
{
    if (!*cls && !(*cls = mpsl_struct_seq(t, module, name, fields, n))) return MPS_NULL;
    MpsValue r = mps_tuple_new(t, (size_t)n);
    if (!r) return MPS_NULL;
    for (int i = 0; i < n; i++) MPS_TUPLE(r)->items[i] = MPS_NONE;
    mps_obj(r)->cls = *cls;
    return r;
}

/* a classmethod or staticmethod of a built-in class, implemented in C */
void mpsl_class_wrapped(MpsThread *t, MpsClass *c, const char *name, MpsCFunc fn, MpsKind kind)
{
    MpsValue f = mps_builtin_new(t, name, fn, MPS_NULL);
    MpsWrapper *w = mps_gc_alloc(t, sizeof(MpsWrapper), kind,
                                 kind == MPS_K_CLASSMETHOD ? MPS_TYPE(t, CLASSMETHOD) : MPS_TYPE(t, STATICMETHOD));
    if (f && w) {
        w->func = f;
        mpsl_class_set(t, c, name, mps_from_obj(w));
    }
}
