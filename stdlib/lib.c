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
