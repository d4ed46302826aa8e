/*
 * interp.c — creating and destroying the interpreter and thread states.
 *
 * Bootstrap order matters: a class needs str (its name), tuple (bases,
 * MRO) and dict (its attributes), and those objects need their classes.
 * So every built-in class is first allocated bare, then the interned-string
 * table is made, and only then are names, dicts and MROs filled in.
 */
#include "code.h"
#include <stdlib.h>
#include <string.h>

_Thread_local MpsThread *mps_tls_thread;

#define VALUE_STACK_SLOTS (64 * 1024)

MpsThread *mps_thread_new(MpsInterp *in)
{
    MpsThread *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->interp = in;
    t->stack = calloc(VALUE_STACK_SLOTS, sizeof(MpsValue));
    if (!t->stack) { free(t); return NULL; }
    t->stack_end = t->stack + VALUE_STACK_SLOTS;
    t->vm_top = t->stack;
    t->next = in->threads;
    in->threads = t;
    return t;
}

void mps_thread_free(MpsThread *t)
{
    MpsInterp *in = t->interp;
    for (MpsThread **p = &in->threads; *p; p = &(*p)->next)
        if (*p == t) { *p = t->next; break; }
    if (in->main_thread == t) in->main_thread = NULL;
    mps_vm_thread_free(t);          /* the VM owns (and may have regrown) the value stack */
    free(t->roots);
    free(t->repr_stack);
    for (int i = 0; i < 4; i++) free(t->os_path_ring[i]);
    if (mps_tls_thread == t) mps_tls_thread = NULL;
    free(t);
}

/* the built-in classes: slot in types[], name, base slot (-1: object), kind of instances */
static const struct {
    int slot;
    const char *name;
    int base;
    MpsKind kind;
} builtin_types[] = {
    { MPS_T_OBJECT, "object", -2, MPS_K_INSTANCE },
    { MPS_K_CLASS, "type", -1, MPS_K_CLASS },
    { MPS_K_STR, "str", -1, MPS_K_STR },
    { MPS_K_BYTES, "bytes", -1, MPS_K_BYTES },
    { MPS_K_BYTEARRAY, "bytearray", -1, MPS_K_BYTEARRAY },
    { MPS_K_FLOAT, "float", -1, MPS_K_FLOAT },
    { MPS_K_COMPLEX, "complex", -1, MPS_K_COMPLEX },
    { MPS_T_INT, "int", -1, MPS_K_BIGINT },
    { MPS_T_BOOL, "bool", MPS_T_INT, MPS_K_BIGINT },
    { MPS_T_NONE, "NoneType", -1, MPS_K_INSTANCE },
    { MPS_T_NOTIMPL, "NotImplementedType", -1, MPS_K_INSTANCE },
    { MPS_T_ELLIPSIS, "ellipsis", -1, MPS_K_INSTANCE },
    /* tuples underneath (code.h: frame and traceback snapshots) */
    { MPS_T_FRAME, "frame", -1, MPS_K_TUPLE },
    { MPS_T_TRACEBACK, "traceback", -1, MPS_K_TUPLE },
    { MPS_K_LIST, "list", -1, MPS_K_LIST },
    { MPS_K_TUPLE, "tuple", -1, MPS_K_TUPLE },
    { MPS_K_DICT, "dict", -1, MPS_K_DICT },
    { MPS_K_SET, "set", -1, MPS_K_SET },
    { MPS_K_FROZENSET, "frozenset", -1, MPS_K_FROZENSET },
    { MPS_K_RANGE, "range", -1, MPS_K_RANGE },
    { MPS_K_SLICE, "slice", -1, MPS_K_SLICE },
    { MPS_K_CODE, "code", -1, MPS_K_CODE },
    { MPS_K_FUNCTION, "function", -1, MPS_K_FUNCTION },
    { MPS_K_CELL, "cell", -1, MPS_K_CELL },
    { MPS_K_BOUNDMETHOD, "method", -1, MPS_K_BOUNDMETHOD },
    { MPS_K_BUILTIN, "builtin_function_or_method", -1, MPS_K_BUILTIN },
    { MPS_K_MODULE, "module", -1, MPS_K_MODULE },
    { MPS_K_GENERATOR, "generator", -1, MPS_K_GENERATOR },
    { MPS_K_ITER, "iterator", -1, MPS_K_ITER },
    { MPS_K_PROPERTY, "property", -1, MPS_K_PROPERTY },
    { MPS_K_STATICMETHOD, "staticmethod", -1, MPS_K_STATICMETHOD },
    { MPS_K_CLASSMETHOD, "classmethod", -1, MPS_K_CLASSMETHOD },
    { MPS_K_SUPER, "super", -1, MPS_K_SUPER },
    { MPS_K_MEMBER, "member_descriptor", -1, MPS_K_MEMBER },
};
#define NTYPES (sizeof builtin_types / sizeof builtin_types[0])

static void fatal(const char *what)
{
    fprintf(stderr, "mps: cannot create the interpreter: %s\n", what);
    exit(1);
}

MpsThread *mps_interp_new(void)
{
    MpsInterp *in = calloc(1, sizeof *in);
    if (!in) return NULL;
#ifdef MPS_GC_MIN_BUDGET
    in->gc_threshold = MPS_GC_MIN_BUDGET;
#else
    in->gc_threshold = (size_t)8 << 20;
#endif
    in->recursion_limit = 1000;
    in->switch_interval_us = 5000;
    in->argv = in->path = in->builtins_module = in->main_module = MPS_NONE;
    MpsThread *t = mps_thread_new(in);
    if (!t) { free(in); return NULL; }
    in->main_thread = t;
    mps_tls_thread = t;

    /* 1. bare classes, so that str/tuple/dict objects get a class */
    for (size_t i = 0; i < NTYPES; i++) {
        MpsClass *c = mps_gc_alloc(t, sizeof(MpsClass), MPS_K_CLASS, NULL);
        if (!c) fatal("out of memory");
        c->inst_kind = (uint16_t)builtin_types[i].kind;
        c->module = MPS_NONE;
        in->types[builtin_types[i].slot] = c;
    }
    for (size_t i = 0; i < NTYPES; i++) in->types[builtin_types[i].slot]->hdr.cls = in->types[MPS_K_CLASS];
    /* kinds whose objects' class is a user class or another built-in one */
    in->types[MPS_K_BIGINT] = in->types[MPS_T_INT];
    in->types[MPS_K_INSTANCE] = in->types[MPS_T_OBJECT];
    in->types[MPS_K_NATIVE] = in->types[MPS_T_OBJECT];

    /* 2. the interned-string table, then names, dicts and MROs (bases first) */
    if (!(in->interned = mps_dict_new(t))) fatal("out of memory");
    for (size_t i = 0; i < NTYPES; i++) {
        int b = builtin_types[i].base;
        MpsClass *base = b == -2 ? NULL : b == -1 ? in->types[MPS_T_OBJECT] : in->types[b];
        mps_class_setup_builtin(t, in->types[builtin_types[i].slot], builtin_types[i].name, base);
    }
    if (t->exc) fatal("bootstrap of the built-in classes failed");

    /* 3. frequently used names */
#define S(field, text) if (!(in->field = mps_intern_cstr(t, text))) fatal("out of memory");
    S(s_init, "__init__") S(s_name, "__name__") S(s_main, "__main__") S(s_call, "__call__")
    S(s_repr, "__repr__") S(s_str, "__str__") S(s_iter, "__iter__") S(s_next, "__next__")
    S(s_len, "__len__") S(s_getitem, "__getitem__") S(s_setitem, "__setitem__")
    S(s_delitem, "__delitem__") S(s_contains, "__contains__") S(s_eq, "__eq__")
    S(s_ne, "__ne__") S(s_lt, "__lt__") S(s_le, "__le__") S(s_gt, "__gt__") S(s_ge, "__ge__")
    S(s_hash, "__hash__") S(s_bool, "__bool__") S(s_enter, "__enter__") S(s_exit, "__exit__")
    S(s_getattr, "__getattr__") S(s_module, "__module__") S(s_qualname, "__qualname__")
    S(s_doc, "__doc__") S(s_dict, "__dict__") S(s_class, "__class__")
    S(s_builtins, "__builtins__") S(s_file, "__file__") S(s_args, "args") S(s_new, "__new__")
#undef S

    /* 4. exceptions, the methods of object and type, empty builtins and modules */
    mps_error_init(t);
    in->types[MPS_K_EXCEPTION] = in->exc[MPS_EXC_BaseException];
    mps_class_init(t);
    if (!(in->builtins = mps_dict_new(t)) || !(in->modules = mps_dict_new(t)))
        fatal("out of memory");
    if (t->exc) fatal("bootstrap of the exception classes failed");

    mps_vm_init(t);
    mps_class_modified(t, NULL);    /* mps_vm_init fills built-in class dicts directly */
    return t;
}

void mps_interp_free(MpsInterp *in)
{
    while (in->threads) mps_thread_free(in->threads);
    mps_gc_free_all(in);
    free(in->attr_names);
    free(in);
}
