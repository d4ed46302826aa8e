/*
 * call.c — calling any callable: functions (argument binding with
 * CPython's error messages), builtins, bound methods, classes (built-in
 * constructor, then __init__), instances with __call__; argument parsing
 * helpers for builtins; super(); the attributes of function objects.
 *
 * Prepending `self` needs a contiguous argv: it is built in scratch space
 * just above the thread's innermost frame (t->vm_top), bumped for the
 * duration of the call, so no malloc. Everything in that scratch area is
 * also referenced from the caller's frame, so the GC need not scan it.
 */
#include <stddef.h>
#include "code.h"
#include <string.h>

static MpsValue call_function(MpsThread *t, MpsFunction *fn, int argc, const MpsValue *argv, MpsValue kwnames) {
    if (fn->code->flags & MPS_CO_GENERATOR) return mps_gen_new(t, fn, argc, argv, kwnames);
    MpsFrame *f = mps_frame_push(t, fn->code, fn, fn->globals, MPS_NULL);
    if (!f) return MPS_NULL;
    if (mps_bind_args(t, f, fn, argc, argv, kwnames) < 0) { mps_frame_pop(t, f); return MPS_NULL; }
    f->is_entry = 1;
    return mps_vm_eval(t, f, MPS_NULL);
}

/* call fn(self, *argv); a builtin with a bound self gets its C function
 * called directly (fn == NULL, b set) */
static MpsValue prepend_call(MpsThread *t, MpsValue fn, MpsBuiltin *b, MpsValue self, int argc,
                             const MpsValue *argv, MpsValue kwnames) {
    int nkw = kwnames ? (int)MPS_TUPLE(kwnames)->len : 0;
    int total = argc + nkw + 1;
    if (!t->vm_top && mps_vm_stack_init(t) < 0) return MPS_NULL;
    MpsValue *buf = t->vm_top;
    if (buf + total > t->stack_end) return MPS_RAISE(t, RecursionError, "maximum recursion depth exceeded");
    buf[0] = self;
    if (argc + nkw) memcpy(buf + 1, argv, (size_t)(argc + nkw) * sizeof(MpsValue));
    t->vm_top = buf + total;
    MpsValue r = b ? b->fn(t, argc + 1, buf, kwnames) : mps_call(t, fn, argc + 1, buf, kwnames);
    t->vm_top = buf;
    return r;
}
#define call_prepend(t, fn, self, argc, argv, kw) prepend_call((t), (fn), NULL, (self), (argc), (argv), (kw))

/* the class along the MRO whose dict defines name, and the value */
static MpsValue mro_lookup(MpsClass *cls, MpsValue name, MpsClass **owner) {
    if (mps_is_tuple(cls->mro)) {
        MpsTuple *m = MPS_TUPLE(cls->mro);
        for (size_t i = 0; i < m->len; i++) {
            MpsClass *c = MPS_CLASS(m->items[i]);
            MpsValue v = c->dict ? mps_dict_get_str(c->dict, name) : MPS_NULL;
            if (v) { *owner = c; return v; }
        }
        *owner = NULL;
        return MPS_NULL;
    }
    for (MpsClass *c = cls; c; c = c->base) {
        MpsValue v = c->dict ? mps_dict_get_str(c->dict, name) : MPS_NULL;
        if (v) { *owner = c; return v; }
    }
    *owner = NULL;
    return MPS_NULL;
}

/* a method of a built-in class called through the class (str.upper(x),
 * map(str.strip, xs)): C code trusts the type of argv[0], so check it */
static bool builtin_self_ok(MpsThread *t, MpsBuiltin *b, int argc, const MpsValue *argv) {
    MpsClass *owner = b->owner;
    if (owner == MPS_TTYPE(t, OBJECT)) return true;
    if (argc < 1) {
        MPS_RAISE(t, TypeError, "unbound method %S.%s() needs an argument", owner->name, b->name);
        return false;
    }
    MpsClass *c = mps_class_of(t, argv[0]);
    if (c == owner || mps_is_subclass(c, owner)) return true;
    MPS_RAISE(t, TypeError, "descriptor '%s' for '%S' objects doesn't apply to a '%T' object",
              b->name, owner->name, argv[0]);
    return false;
}

static MpsValue call_class_default(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kwnames);

/* Calling a class: a metaclass's own __call__ comes first (its
 * super().__call__ is type.__call__, the default below). */
static MpsValue call_class(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kwnames) {
    MpsClass *meta = cls->hdr.cls;
    if (!meta->is_builtin) {
        MpsClass *owner;
        MpsValue f = mro_lookup(meta, t->interp->s_call, &owner);
        if (f && owner && !owner->is_builtin) return call_prepend(t, f, mps_from_obj(cls), argc, argv, kwnames);
    }
    return call_class_default(t, cls, argc, argv, kwnames);
}

/* type.__call__(cls, *args, **kwargs) */
static MpsValue type_call(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames) {
    if (argc < 1 || !mps_is_class(argv[0]))
        return MPS_RAISE(t, TypeError, "descriptor '__call__' requires a 'type' object");
    return call_class_default(t, MPS_CLASS(argv[0]), argc - 1, argv + 1, kwnames);
}

static MpsValue call_class_default(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kwnames) {
    MpsInterp *in = t->interp;
    /* the singletons' types give back the singleton */
    static const struct { int type; MpsValue v; const char *name; } singletons[] = {
        { MPS_T_NONE, MPS_NONE, "NoneType" }, { MPS_T_NOTIMPL, MPS_NOTIMPLEMENTED, "NotImplementedType" },
        { MPS_T_ELLIPSIS, MPS_ELLIPSIS, "EllipsisType" } };
    for (size_t i = 0; i < sizeof singletons / sizeof *singletons; i++) {
        if (cls != in->types[singletons[i].type]) continue;
        if (argc || (kwnames && MPS_TUPLE(kwnames)->len))
            return MPS_RAISE(t, TypeError, "%s takes no arguments", singletons[i].name);
        return singletons[i].v;
    }
    MpsClass *c = cls;
    while (c && !c->ctor) c = c->base;
    if (!c) return MPS_RAISE(t, TypeError, "cannot create '%S' instances", cls->qualname);
    int nkw = kwnames ? (int)MPS_TUPLE(kwnames)->len : 0;
    MpsClass *owner;
    MpsValue obj;
    bool user_new = false;
    if (!cls->is_builtin) {
        MpsValue newf = mro_lookup(cls, in->s_new, &owner);
        if (newf && owner && !owner->is_builtin) {
            if (mps_is_kind(newf, MPS_K_STATICMETHOD)) newf = ((MpsWrapper *)newf)->func;
            obj = call_prepend(t, newf, mps_from_obj(cls), argc, argv, kwnames);
            if (!obj) return MPS_NULL;
            if (!mps_isinstance(t, obj, cls)) return obj;
            user_new = true;
        }
    }
    MpsValue init = MPS_NULL;
    if (!cls->is_builtin) {
        init = mro_lookup(cls, in->s_init, &owner);
        if (init && (!owner || owner->is_builtin)) init = MPS_NULL;
    }
    if (!user_new) {
        bool mutable_base = c->inst_kind == MPS_K_INSTANCE || c->inst_kind == MPS_K_LIST ||
                            c->inst_kind == MPS_K_DICT || c->inst_kind == MPS_K_SET;
        if (!init && c == MPS_TTYPE(t, OBJECT) && cls != c && (argc || nkw))
            return MPS_RAISE(t, TypeError, "%S() takes no arguments", cls->qualname);
        if (init && mutable_base) obj = c->ctor(t, cls, 0, NULL, MPS_NULL);
        else obj = c->ctor(t, cls, argc, argv, kwnames);
        if (!obj) return MPS_NULL;
    }
    if (!init) return obj;
    MPS_ROOT(t, obj);
    MpsValue r = call_prepend(t, init, obj, argc, argv, kwnames);
    MPS_UNROOT(t, 1);
    if (!r) return MPS_NULL;
    if (r != MPS_NONE) return MPS_RAISE(t, TypeError, "__init__() should return None, not '%T'", r);
    return obj;
}

MpsValue mps_call(MpsThread *t, MpsValue callable, int argc, const MpsValue *argv, MpsValue kwnames) {
    if (kwnames && MPS_TUPLE(kwnames)->len == 0) kwnames = MPS_NULL;
    if (mps_is_obj(callable)) {
        switch (mps_kind(callable)) {
        case MPS_K_FUNCTION:
            return call_function(t, MPS_FUNC(callable), argc, argv, kwnames);
        case MPS_K_BUILTIN: {
            MpsBuiltin *b = (MpsBuiltin *)callable;
            if (b->self) return prepend_call(t, MPS_NULL, b, b->self, argc, argv, kwnames);
            if (b->owner && !builtin_self_ok(t, b, argc, argv)) return MPS_NULL;
            return b->fn(t, argc, argv, kwnames);
        }
        case MPS_K_BOUNDMETHOD: {
            MpsBoundMethod *m = (MpsBoundMethod *)callable;
            return call_prepend(t, m->func, m->self, argc, argv, kwnames);
        }
        case MPS_K_CLASS:
            return call_class(t, MPS_CLASS(callable), argc, argv, kwnames);
        case MPS_K_STATICMETHOD:         /* callable since Python 3.10 */
            return mps_call(t, ((MpsWrapper *)callable)->func, argc, argv, kwnames);
        default: break;
        }
    }
    MpsClass *cls = mps_class_of(t, callable);
    MpsValue f = cls ? mps_class_lookup(cls, t->interp->s_call) : MPS_NULL;
    if (f) return call_prepend(t, f, callable, argc, argv, kwnames);
    return MPS_RAISE(t, TypeError, "'%s' object is not callable", mps_type_name(t, callable));
}

MpsValue mps_call0(MpsThread *t, MpsValue callable) { return mps_call(t, callable, 0, NULL, MPS_NULL); }
MpsValue mps_call1(MpsThread *t, MpsValue callable, MpsValue a) { return mps_call(t, callable, 1, &a, MPS_NULL); }
MpsValue mps_call2(MpsThread *t, MpsValue callable, MpsValue a, MpsValue b) {
    MpsValue args[2] = { a, b };
    return mps_call(t, callable, 2, args, MPS_NULL);
}

int mps_callable(MpsValue v) {
    if (!mps_is_obj(v)) return 0;
    switch (mps_kind(v)) {
    case MPS_K_FUNCTION: case MPS_K_BUILTIN: case MPS_K_BOUNDMETHOD: case MPS_K_CLASS:
    case MPS_K_STATICMETHOD:
        return 1;
    default: break;
    }
    MpsThread *t = mps_tls_thread;
    if (!t) return 0;
    return mps_class_lookup(mps_obj(v)->cls, t->interp->s_call) != MPS_NULL;
}

MpsValue mps_call_ex(MpsThread *t, MpsValue callable, MpsValue args, MpsValue kwargs) {
    MpsValue *items;
    int64_t n = mps_seq_items(args, &items);
    if (n < 0) {
        MpsValue tup = mps_sequence_to_tuple(t, args);
        if (!tup) return MPS_NULL;
        args = tup;
        n = mps_seq_items(args, &items);
    }
    if (!kwargs || !mps_is_dict(kwargs) || MPS_DICT(kwargs)->len == 0) {
        if (kwargs && !mps_is_dict(kwargs) && kwargs != MPS_NONE)
            return MPS_RAISE(t, TypeError, "argument after ** must be a mapping, not %T", kwargs);
        MPS_ROOT(t, args);
        MpsValue r = mps_call(t, callable, (int)n, items, MPS_NULL);
        MPS_UNROOT(t, 1);
        return r;
    }
    MpsDict *d = MPS_DICT(kwargs);
    int nkw = (int)d->len;
    if (!t->vm_top && mps_vm_stack_init(t) < 0) return MPS_NULL;
    MpsValue *buf = t->vm_top;
    if (buf + n + nkw > t->stack_end) return MPS_RAISE(t, RecursionError, "maximum recursion depth exceeded");
    MpsValue names = mps_tuple_new(t, (size_t)nkw);
    if (!names) return MPS_NULL;
    mps_seq_items(args, &items);
    if (n) memcpy(buf, items, (size_t)n * sizeof(MpsValue));
    MpsValue k, v;
    int i = 0;
    for (size_t pos = 0; mps_dict_next(d, &pos, &k, &v) && i < nkw; i++) {
        if (!mps_is_str(k)) return MPS_RAISE(t, TypeError, "keywords must be strings");
        MPS_TUPLE(names)->items[i] = mps_intern(t, k);
        buf[n + i] = v;
    }
    t->vm_top = buf + n + nkw;
    MPS_ROOT(t, names);
    MPS_ROOT(t, args);
    MPS_ROOT(t, kwargs);
    MpsValue r = mps_call(t, callable, (int)n, buf, names);
    MPS_UNROOT(t, 3);
    t->vm_top = buf;
    return r;
}

/* ---------------------------------------------------------------- binding */

static bool name_eq(MpsValue a, MpsValue b) {
    return a == b || (mps_is_str(a) && mps_is_str(b) && mps_str_eq(a, b));
}

static void name_list(MpsBuf *b, MpsValue *names, int n) {
    for (int i = 0; i < n; i++) {
        if (i > 0) mps_buf_adds(b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        mps_buf_addc(b, '\'');
        mps_buf_add(b, mps_str_data(names[i]), mps_str_size(names[i]));
        mps_buf_addc(b, '\'');
    }
}

static int missing_error(MpsThread *t, MpsFunction *fn, MpsValue *names, int n, const char *kind) {
    MpsBuf b;
    mps_buf_init(&b);
    name_list(&b, names, n);
    mps_buf_addc(&b, '\0');
    MPS_RAISE(t, TypeError, "%S() missing %d required %s argument%s: %s", fn->qualname, n, kind, n == 1 ? "" : "s", b.data);
    mps_buf_free(&b);
    return -1;
}

/* CPython names every positional-only parameter passed by keyword, in
 * parameter order: "'a, b'" */
static int posonly_error(MpsThread *t, MpsFunction *fn, MpsValue kwnames) {
    MpsCode *co = fn->code;
    MpsValue *vn = MPS_TUPLE(co->varnames)->items;
    MpsTuple *kw = MPS_TUPLE(kwnames);
    MpsBuf b;
    mps_buf_init(&b);
    for (int k = 0; k < co->posonlyargcount; k++)
        for (size_t i = 0; i < kw->len; i++)
            if (name_eq(vn[k], kw->items[i])) {
                if (b.len) mps_buf_adds(&b, ", ");
                mps_buf_add(&b, mps_str_data(vn[k]), mps_str_size(vn[k]));
                break;
            }
    mps_buf_addc(&b, '\0');
    MPS_RAISE(t, TypeError, "%S() got some positional-only arguments passed as keyword arguments: '%s'", fn->qualname, b.data);
    mps_buf_free(&b);
    return -1;
}

int mps_bind_args(MpsThread *t, MpsFrame *f, MpsFunction *fn, int argc, const MpsValue *argv, MpsValue kwnames) {
    MpsCode *co = fn->code;
    MpsValue *lp = f->localsplus;
    int npos = co->argcount, nkwo = co->kwonlyargcount, total = npos + nkwo;
    int nkw = kwnames ? (int)MPS_TUPLE(kwnames)->len : 0;
    int flags = co->flags;
    if (nkw == 0 && argc == npos && !(flags & (MPS_CO_VARARGS | MPS_CO_VARKW)) && nkwo == 0) {
        if (argc) memcpy(lp, argv, (size_t)argc * sizeof(MpsValue));
        return (co->ncells || co->nfree) ? mps_frame_cells(t, f) : 0;
    }
    int n = argc < npos ? argc : npos;
    if (n) memcpy(lp, argv, (size_t)n * sizeof(MpsValue));
    int slot = total;
    if (flags & MPS_CO_VARARGS) {
        MpsValue rest = mps_tuple_from(t, argc > npos ? (size_t)(argc - npos) : 0, argv + n);
        if (!rest) return -1;
        lp[slot++] = rest;
    } else if (argc > npos) {
        int ndef = mps_is_tuple(fn->defaults) ? (int)MPS_TUPLE(fn->defaults)->len : 0;
        int kwgiven = 0;
        for (int i = 0; i < nkw; i++)
            for (int j = npos; j < total; j++)
                if (name_eq(MPS_TUPLE(kwnames)->items[i], MPS_TUPLE(co->varnames)->items[j])) kwgiven++;
        char extra[96] = "";
        if (kwgiven)
            snprintf(extra, sizeof extra, " positional argument%s (and %d keyword-only argument%s)",
                     argc == 1 ? "" : "s", kwgiven, kwgiven == 1 ? "" : "s");
        if (ndef)
            MPS_RAISE(t, TypeError, "%S() takes from %d to %d positional arguments but %d%s %s given",
                      fn->qualname, npos - ndef, npos, argc, extra, argc == 1 && !kwgiven ? "was" : "were");
        else
            MPS_RAISE(t, TypeError, "%S() takes %d positional argument%s but %d%s %s given",
                      fn->qualname, npos, npos == 1 ? "" : "s", argc, extra, argc == 1 && !kwgiven ? "was" : "were");
        return -1;
    }
    MpsDict *kwdict = NULL;
    if (flags & MPS_CO_VARKW) {
        kwdict = mps_dict_new(t);
        if (!kwdict) return -1;
        lp[slot++] = mps_from_obj(kwdict);
    }
    MpsValue *vn = MPS_TUPLE(co->varnames)->items;
    for (int i = 0; i < nkw; i++) {
        MpsValue name = MPS_TUPLE(kwnames)->items[i], val = argv[argc + i];
        int j = co->posonlyargcount;
        for (; j < total; j++) if (vn[j] == name) break;
        if (j == total)
            for (j = co->posonlyargcount; j < total; j++) if (name_eq(vn[j], name)) break;
        if (j == total) {
            if (kwdict) { if (mps_dict_set(t, kwdict, name, val) < 0) return -1; continue; }
            for (int k = 0; k < co->posonlyargcount; k++)
                if (name_eq(vn[k], name)) return posonly_error(t, fn, kwnames);
            MPS_RAISE(t, TypeError, "%S() got an unexpected keyword argument '%S'", fn->qualname, name);
            return -1;
        }
        if (lp[j]) {
            MPS_RAISE(t, TypeError, "%S() got multiple values for argument '%S'", fn->qualname, name);
            return -1;
        }
        lp[j] = val;
    }
    if (argc < npos) {
        int ndef = mps_is_tuple(fn->defaults) ? (int)MPS_TUPLE(fn->defaults)->len : 0;
        int first = npos - ndef;
        MpsValue missing[64];
        int nm = 0;
        for (int j = argc; j < npos; j++) {
            if (lp[j]) continue;
            if (j >= first) lp[j] = MPS_TUPLE(fn->defaults)->items[j - first];
            else if (nm < 64) missing[nm++] = vn[j];
        }
        if (nm) return missing_error(t, fn, missing, nm, "positional");
    }
    if (nkwo) {
        MpsValue missing[64];
        int nm = 0;
        for (int j = npos; j < total; j++) {
            if (lp[j]) continue;
            MpsValue d = MPS_NULL;
            if (mps_is_dict(fn->kwdefaults)) d = mps_dict_get_str(MPS_DICT(fn->kwdefaults), vn[j]);
            if (d) lp[j] = d;
            else if (nm < 64) missing[nm++] = vn[j];
        }
        if (nm) return missing_error(t, fn, missing, nm, "keyword-only");
    }
    return (co->ncells || co->nfree) ? mps_frame_cells(t, f) : 0;
}

/* ---------------------------------------------------------------- builtin argument helpers */

int mps_args(MpsThread *t, const char *fname, int argc, const MpsValue *argv,
             MpsValue kwnames, const char *const *names, int nreq, int nmax, MpsValue *out) {
    if (argc > nmax) {
        if (nmax == 0) MPS_RAISE(t, TypeError, "%s() takes no arguments (%d given)", fname, argc);
        else MPS_RAISE(t, TypeError, "%s() takes %s %d argument%s (%d given)", fname,
                       nreq == nmax ? "exactly" : "at most", nmax, nmax == 1 ? "" : "s", argc);
        return -1;
    }
    for (int i = 0; i < nmax; i++) out[i] = i < argc ? argv[i] : MPS_NULL;
    int nkw = kwnames ? (int)MPS_TUPLE(kwnames)->len : 0;
    for (int k = 0; k < nkw; k++) {
        MpsValue kn = MPS_TUPLE(kwnames)->items[k];
        int j = 0;
        for (; j < nmax; j++)
            if (names[j] && strcmp(names[j], mps_str_data(kn)) == 0) break;
        if (j == nmax) {
            MPS_RAISE(t, TypeError, "%s() got an unexpected keyword argument '%S'", fname, kn);
            return -1;
        }
        if (out[j]) {
            MPS_RAISE(t, TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, names[j], j + 1);
            return -1;
        }
        out[j] = argv[argc + k];
    }
    for (int i = 0; i < nreq; i++)
        if (!out[i]) {
            MPS_RAISE(t, TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i] ? names[i] : "?", i + 1);
            return -1;
        }
    return 0;
}

int mps_args_count(MpsThread *t, const char *fname, int argc, MpsValue kwnames, int min, int max) {
    if (kwnames && MPS_TUPLE(kwnames)->len) {
        MPS_RAISE(t, TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (argc >= min && argc <= max) return 0;
    if (min == max) {
        if (max == 0) MPS_RAISE(t, TypeError, "%s() takes no arguments (%d given)", fname, argc);
        else if (max == 1) MPS_RAISE(t, TypeError, "%s() takes exactly one argument (%d given)", fname, argc);
        else MPS_RAISE(t, TypeError, "%s expected %d arguments, got %d", fname, max, argc);
    } else if (argc < min)
        MPS_RAISE(t, TypeError, "%s expected at least %d argument%s, got %d", fname, min, min == 1 ? "" : "s", argc);
    else
        MPS_RAISE(t, TypeError, "%s expected at most %d argument%s, got %d", fname, max, max == 1 ? "" : "s", argc);
    return -1;
}

/* ---------------------------------------------------------------- super */

static MpsValue super_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kwnames) {
    if (kwnames && MPS_TUPLE(kwnames)->len) return MPS_RAISE(t, TypeError, "super() takes no keyword arguments");
    MpsValue klass, self;
    if (argc == 0) {
        MpsFrame *f = t->frame;
        if (!f || !(f->code->flags & MPS_CO_FUNCTION)) return MPS_RAISE(t, RuntimeError, "super(): no arguments");
        MpsCode *co = f->code;
        if (co->argcount == 0 && !(co->flags & MPS_CO_VARARGS)) return MPS_RAISE(t, RuntimeError, "super(): no arguments");
        self = mps_frame_local(&f->localsplus[0]);
        if (co->cell2arg)
            for (int i = 0; i < co->ncells; i++)
                if (co->cell2arg[i] == 0) { self = ((MpsCell *)f->localsplus[co->nlocals + i])->v; break; }
        if (co->flags & MPS_CO_VARARGS && co->argcount == 0) {
            MpsValue va = f->localsplus[co->kwonlyargcount];
            self = mps_is_tuple(va) && MPS_TUPLE(va)->len ? MPS_TUPLE(va)->items[0] : MPS_NULL;
        }
        if (!self) return MPS_RAISE(t, RuntimeError, "super(): arg[0] deleted");
        klass = MPS_NULL;
        for (int i = 0; i < co->nfree; i++) {
            MpsValue n = MPS_TUPLE(co->freevars)->items[i];
            if (strcmp(mps_str_data(n), "__class__") == 0) {
                klass = ((MpsCell *)f->localsplus[co->nlocals + co->ncells + i])->v;
                if (!klass) return MPS_RAISE(t, RuntimeError, "super(): empty __class__ cell");
                break;
            }
        }
        if (!klass) return MPS_RAISE(t, RuntimeError, "super(): __class__ cell not found");
    } else if (argc == 2) {
        klass = argv[0];
        self = argv[1];
    } else return MPS_RAISE(t, TypeError, "super() takes 0 or 2 arguments (%d given)", argc);
    if (!mps_is_class(klass)) return MPS_RAISE(t, TypeError, "super() argument 1 must be a type, not %T", klass);
    bool ok = mps_isinstance(t, self, MPS_CLASS(klass)) ||
              (mps_is_class(self) && mps_is_subclass(MPS_CLASS(self), MPS_CLASS(klass)));
    if (!ok) return MPS_RAISE(t, TypeError, "super(type, obj): obj must be an instance or subtype of type");
    MpsSuper *s = mps_gc_alloc(t, sizeof(MpsSuper), MPS_K_SUPER, cls);
    if (!s) return MPS_NULL;
    s->start = MPS_CLASS(klass);
    s->self = self;
    return mps_from_obj(s);
}

/* ---------------------------------------------------------------- function attributes */

static MpsFunction *func_arg(MpsThread *t, int argc, const MpsValue *argv) {
    if (argc < 1 || !mps_is_kind(argv[0], MPS_K_FUNCTION)) {
        MPS_RAISE(t, TypeError, "descriptor requires a 'function' object");
        return NULL;
    }
    return MPS_FUNC(argv[0]);
}

#define FUNC_GETTER(fname, expr) \
    static MpsValue fname(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { \
        (void)kw; MpsFunction *fn = func_arg(t, argc, argv); if (!fn) return MPS_NULL; \
        MpsValue r_ = (expr); return r_ ? r_ : MPS_NONE; }

FUNC_GETTER(fn_get_name, fn->name)
FUNC_GETTER(fn_get_qualname, fn->qualname)
FUNC_GETTER(fn_get_doc, fn->doc)
FUNC_GETTER(fn_get_module, fn->module)
FUNC_GETTER(fn_get_code, mps_from_obj(fn->code))
FUNC_GETTER(fn_get_defaults, fn->defaults)
FUNC_GETTER(fn_get_kwdefaults, fn->kwdefaults)
FUNC_GETTER(fn_get_closure, fn->closure)
FUNC_GETTER(fn_get_globals, mps_from_obj(fn->globals))

static MpsValue fn_get_annotations(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    (void)kw;
    MpsFunction *fn = func_arg(t, argc, argv);
    if (!fn) return MPS_NULL;
    if (!fn->annotations) {
        MpsDict *d = mps_dict_new(t);
        if (!d) return MPS_NULL;
        fn->annotations = mps_from_obj(d);
    }
    return fn->annotations;
}

static MpsValue fn_get_dict(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    (void)kw;
    MpsFunction *fn = func_arg(t, argc, argv);
    if (!fn) return MPS_NULL;
    if (!fn->dict) { fn->dict = mps_dict_new(t); if (!fn->dict) return MPS_NULL; }
    return mps_from_obj(fn->dict);
}

static MpsValue fn_set_str(MpsThread *t, int argc, const MpsValue *argv, MpsValue *field, const char *what) {
    if (argc < 2 || !mps_is_str(argv[1])) return MPS_RAISE(t, TypeError, "%s must be set to a string object", what);
    *field = argv[1];
    return MPS_NONE;
}
static MpsValue fn_set_name(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    (void)kw; MpsFunction *fn = func_arg(t, argc, argv); if (!fn) return MPS_NULL;
    return fn_set_str(t, argc, argv, &fn->name, "__name__");
}
static MpsValue fn_set_qualname(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    (void)kw; MpsFunction *fn = func_arg(t, argc, argv); if (!fn) return MPS_NULL;
    return fn_set_str(t, argc, argv, &fn->qualname, "__qualname__");
}
static MpsValue fn_set_doc(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    (void)kw; MpsFunction *fn = func_arg(t, argc, argv); if (!fn) return MPS_NULL;
    fn->doc = argc > 1 && argv[1] ? argv[1] : MPS_NONE;
    return MPS_NONE;
}
static MpsValue fn_set_module(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    (void)kw; MpsFunction *fn = func_arg(t, argc, argv); if (!fn) return MPS_NULL;
    fn->module = argc > 1 && argv[1] ? argv[1] : MPS_NONE;
    return MPS_NONE;
}
static MpsValue fn_set_defaults(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    (void)kw; MpsFunction *fn = func_arg(t, argc, argv); if (!fn) return MPS_NULL;
    MpsValue v = argc > 1 ? argv[1] : MPS_NONE;
    if (v != MPS_NONE && !mps_is_tuple(v)) return MPS_RAISE(t, TypeError, "__defaults__ must be set to a tuple object");
    fn->defaults = v == MPS_NONE ? MPS_NULL : v;
    return MPS_NONE;
}
/* __kwdefaults__ and __annotations__: a dict, or None for none */
static MpsValue fn_set_dict(MpsThread *t, int argc, const MpsValue *argv, size_t off, const char *what) {
    MpsFunction *fn = func_arg(t, argc, argv);
    if (!fn) return MPS_NULL;
    MpsValue v = argc > 1 ? argv[1] : MPS_NONE;
    if (v != MPS_NONE && !mps_is_dict(v)) return MPS_RAISE(t, TypeError, "%s must be set to a dict object", what);
    *(MpsValue *)((char *)fn + off) = v == MPS_NONE ? MPS_NULL : v;
    return MPS_NONE;
}
static MpsValue fn_set_kwdefaults(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    (void)kw; return fn_set_dict(t, argc, argv, offsetof(MpsFunction, kwdefaults), "__kwdefaults__");
}

static MpsValue fn_set_annotations(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    (void)kw; return fn_set_dict(t, argc, argv, offsetof(MpsFunction, annotations), "__annotations__");
}

static MpsValue fn_del_annotations(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    (void)kw; MpsFunction *fn = func_arg(t, argc, argv); if (!fn) return MPS_NULL;
    fn->annotations = MPS_NULL;
    return MPS_NONE;
}

static void add_property(MpsThread *t, MpsClass *cls, const char *name, MpsCFunc get, MpsCFunc set) {
    MpsProperty *p = mps_gc_alloc(t, sizeof(MpsProperty), MPS_K_PROPERTY, MPS_TYPE(t, PROPERTY));
    if (!p) return;
    MPS_ROOT(t, mps_from_obj(p));
    p->fget = mps_builtin_new(t, name, get, MPS_NULL);
    p->fset = set ? mps_builtin_new(t, name, set, MPS_NULL) : MPS_NONE;
    p->fdel = MPS_NONE;
    p->doc = MPS_NONE;
    if (!p->fget) p->fget = MPS_NONE;
    if (!p->fset) p->fset = MPS_NONE;
    if (cls->dict) mps_dict_set_cstr(t, cls->dict, name, mps_from_obj(p));
    MPS_UNROOT(t, 1);
}

/* code object attributes */
static MpsValue code_get(MpsThread *t, int argc, const MpsValue *argv, int which) {
    if (argc < 1 || !mps_is_kind(argv[0], MPS_K_CODE)) return MPS_RAISE(t, TypeError, "descriptor requires a 'code' object");
    MpsCode *co = MPS_CODE(argv[0]);
    switch (which) {
    case 0: return co->name;
    case 1: return co->filename;
    case 2: return mps_from_small(co->firstline);
    case 3: return mps_from_small(co->argcount);
    case 4: return co->varnames;
    default: return co->qualname;
    }
}
static MpsValue co_name(MpsThread *t, int c, const MpsValue *a, MpsValue k) { (void)k; return code_get(t, c, a, 0); }
static MpsValue co_filename(MpsThread *t, int c, const MpsValue *a, MpsValue k) { (void)k; return code_get(t, c, a, 1); }
static MpsValue co_firstlineno(MpsThread *t, int c, const MpsValue *a, MpsValue k) { (void)k; return code_get(t, c, a, 2); }
static MpsValue co_argcount(MpsThread *t, int c, const MpsValue *a, MpsValue k) { (void)k; return code_get(t, c, a, 3); }
static MpsValue co_varnames(MpsThread *t, int c, const MpsValue *a, MpsValue k) { (void)k; return code_get(t, c, a, 4); }
static MpsValue co_qualname(MpsThread *t, int c, const MpsValue *a, MpsValue k) { (void)k; return code_get(t, c, a, 5); }

/* co_positions(): (line, end_line, col, end_col) of each instruction, as
 * CPython's (None where unknown); an instruction is one entry, and
 * f_lasti / tb_lasti are 2 * its index, as CPython's code units */
static MpsValue co_positions(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    (void)kw;
    if (argc < 1 || !mps_is_kind(argv[0], MPS_K_CODE)) return MPS_RAISE(t, TypeError, "descriptor requires a 'code' object");
    MpsCode *co = MPS_CODE(argv[0]);
    MpsValue l = mps_list_new(t, co->ncode);
    if (!l) return MPS_NULL;
    MPS_ROOT(t, l);
    for (uint32_t i = 0; i < co->ncode; i++) {
        int p[4];
        mps_code_position(co, i, &p[0], &p[1], &p[2], &p[3]);
        MpsValue tup = mps_tuple_new(t, 4);
        if (!tup) { MPS_UNROOT(t, 1); return MPS_NULL; }
        for (int k = 0; k < 4; k++)
            MPS_TUPLE(tup)->items[k] = p[k] < 0 || (k >= 2 && p[2] < 0) ? MPS_NONE : mps_from_small(p[k]);
        MPS_LIST(l)->items[i] = tup;
    }
    MpsValue it = mps_iter(t, l);
    MPS_UNROOT(t, 1);
    return it;
}

/* frame and traceback attributes: items of the snapshot tuple (code.h) */
static MpsValue snap_get(MpsThread *t, int argc, const MpsValue *argv, bool frame, int i) {
    if (argc < 1 || !(frame ? mps_is_frame_obj(t, argv[0]) : mps_is_traceback_obj(t, argv[0])))
        return MPS_RAISE(t, TypeError, "descriptor requires a '%s' object", frame ? "frame" : "traceback");
    MpsValue v = MPS_TUPLE(argv[0])->items[i];
    /* a traceback's frames keep no locals */
    if (frame && i == MPS_FR_LOCALS && v == MPS_NONE) return mps_from_obj(mps_dict_new(t));
    return v;
}
#define SNAP_GETTER(fname, frame, i) \
    static MpsValue fname(MpsThread *t, int c, const MpsValue *a, MpsValue k) { (void)k; return snap_get(t, c, a, frame, i); }
SNAP_GETTER(f_code, true, MPS_FR_CODE)
SNAP_GETTER(f_lineno, true, MPS_FR_LINENO)
SNAP_GETTER(f_globals, true, MPS_FR_GLOBALS)
SNAP_GETTER(f_locals, true, MPS_FR_LOCALS)
SNAP_GETTER(f_back, true, MPS_FR_BACK)
SNAP_GETTER(f_builtins, true, MPS_FR_BUILTINS)
SNAP_GETTER(f_lasti, true, MPS_FR_LASTI)
SNAP_GETTER(tb_frame, false, MPS_TB_FRAME)
SNAP_GETTER(tb_lineno, false, MPS_TB_LINENO)
SNAP_GETTER(tb_next, false, MPS_TB_NEXT)
SNAP_GETTER(tb_lasti, false, MPS_TB_LASTI)

void mps_call_init(MpsThread *t) {
    MpsClass *sup = MPS_TYPE(t, SUPER);
    if (sup) sup->ctor = super_ctor;
    MpsClass *fc = MPS_TYPE(t, FUNCTION);
    if (fc && fc->dict) {
        add_property(t, fc, "__name__", fn_get_name, fn_set_name);
        add_property(t, fc, "__qualname__", fn_get_qualname, fn_set_qualname);
        add_property(t, fc, "__doc__", fn_get_doc, fn_set_doc);
        add_property(t, fc, "__module__", fn_get_module, fn_set_module);
        add_property(t, fc, "__code__", fn_get_code, NULL);
        add_property(t, fc, "__defaults__", fn_get_defaults, fn_set_defaults);
        add_property(t, fc, "__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults);
        add_property(t, fc, "__closure__", fn_get_closure, NULL);
        add_property(t, fc, "__globals__", fn_get_globals, NULL);
        add_property(t, fc, "__dict__", fn_get_dict, NULL);
        add_property(t, fc, "__annotations__", fn_get_annotations, fn_set_annotations);
        static const MpsMethodDef type_call_def[] = { {"__call__", type_call}, {NULL, NULL} };
        mps_class_add_methods(t, MPS_TYPE(t, CLASS), type_call_def);
        MpsValue ap = mps_dict_get_cstr(t, fc->dict, "__annotations__");
        if (ap && mps_is_kind(ap, MPS_K_PROPERTY)) {
            MpsValue d = mps_builtin_new(t, "__annotations__", fn_del_annotations, MPS_NULL);
            if (d) ((MpsProperty *)mps_obj(ap))->fdel = d;
        }
    }
    MpsClass *cc = MPS_TYPE(t, CODE);
    if (cc && cc->dict) {
        add_property(t, cc, "co_name", co_name, NULL);
        add_property(t, cc, "co_filename", co_filename, NULL);
        add_property(t, cc, "co_firstlineno", co_firstlineno, NULL);
        add_property(t, cc, "co_argcount", co_argcount, NULL);
        add_property(t, cc, "co_varnames", co_varnames, NULL);
        add_property(t, cc, "co_qualname", co_qualname, NULL);
        static const MpsMethodDef code_defs[] = { {"co_positions", co_positions}, {NULL, NULL} };
        mps_class_add_methods(t, cc, code_defs);
    }
    static const struct { const char *name; MpsCFunc get; } snap_attrs[] = {
        {"f_code", f_code}, {"f_lineno", f_lineno}, {"f_globals", f_globals}, {"f_locals", f_locals},
        {"f_back", f_back}, {"f_builtins", f_builtins}, {"f_lasti", f_lasti},
        {"tb_frame", tb_frame}, {"tb_lineno", tb_lineno}, {"tb_next", tb_next}, {"tb_lasti", tb_lasti},
    };
    for (size_t i = 0; i < sizeof snap_attrs / sizeof *snap_attrs; i++) {
        MpsClass *sc = snap_attrs[i].name[0] == 'f' ? t->interp->types[MPS_T_FRAME] : t->interp->types[MPS_T_TRACEBACK];
        if (sc && sc->dict) add_property(t, sc, snap_attrs[i].name, snap_attrs[i].get, NULL);
    }
}
