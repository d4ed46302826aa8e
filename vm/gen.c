/*
 * gen.c — generators.
 *
 * A generator owns a malloc'd frame (header + locals + stack) outside the
 * thread's value stack, so a suspended generator costs no stack space and
 * the GC reaches its frame through the generator object. Resuming links
 * the frame into t->frame and runs it as an entry frame of mps_vm_eval;
 * YIELD_VALUE saves sp/ip in the frame and returns. When the frame
 * finishes, the frame memory is freed and g->frame becomes NULL.
 *
 * The value sent in is pushed on the suspended frame's stack: it is the
 * result of the yield expression. yield from is SEND in the VM, which
 * resumes a sub-generator directly through mps_gen_resume.
 */
#include "code.h"
#include <string.h>
#include <stdlib.h>

MpsValue mps_gen_new(MpsThread *t, MpsFunction *fn, int argc, const MpsValue *argv, MpsValue kwnames) {
    MpsCode *co = fn->code;
    MpsGenerator *g = mps_gc_alloc(t, sizeof(MpsGenerator), MPS_K_GENERATOR, MPS_TYPE(t, GENERATOR));
    if (!g) return MPS_NULL;
    MpsFrame *f = malloc(mps_frame_size(co));
    if (!f) return mps_raise_nomem(t);
    mps_frame_init(t, f, co, fn, fn->globals, MPS_NULL);
    f->gen = g;
    f->is_entry = 1;
    g->frame = f;
    g->name = fn->name;
    g->qualname = fn->qualname;
    if (mps_bind_args(t, f, fn, argc, argv, kwnames) < 0) {
        g->frame = NULL;
        free(f);
        return MPS_NULL;
    }
    return mps_from_obj(g);
}

/* the sub-iterator a generator suspended in `yield from` delegates to */
static MpsValue gen_delegate(MpsGenerator *g) {
    MpsFrame *f = g->frame;
    if (!f || !g->started || f->ip >= f->code->code + f->code->ncode) return MPS_NULL;
    uint32_t w = *f->ip;
    if (MPS_OP(w) != MPS_OP_JUMP_BACKWARD) return MPS_NULL;
    if (MPS_OP(f->code->code[MPS_ARG(w)]) != MPS_OP_SEND) return MPS_NULL;
    return f->sp > f->stack ? f->sp[-1] : MPS_NULL;
}

static void gen_finish(MpsGenerator *g) {
    free(g->frame);
    g->frame = NULL;
}

int mps_gen_resume(MpsThread *t, MpsGenerator *g, MpsValue send, MpsValue throwexc, MpsValue *out) {
    if (g->running) { MPS_RAISE(t, ValueError, "generator already executing"); return -1; }
    MpsFrame *f = g->frame;
    *out = MPS_NONE;
    if (!f) {
        if (throwexc) { t->exc = throwexc; return -1; }
        return 0;
    }
    if (!g->started) {
        if (throwexc) { gen_finish(g); t->exc = throwexc; return -1; }
        if (send != MPS_NONE) {
            MPS_RAISE(t, TypeError, "can't send non-None value to a just-started generator");
            return -1;
        }
    } else if (!throwexc) {
        *f->sp++ = send;
    }
    if (t->depth >= t->interp->recursion_limit) {
        MPS_RAISE(t, RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    f->prev = t->frame;
    t->frame = f;
    t->depth++;
    g->started = true;
    g->running = true;
    /* the generator's own "exception being handled" lives with it across
     * yields (a bare raise after a yield in an except block); otherwise it
     * sees its caller's */
    MpsValue saved = t->handled;
    if (g->handled) t->handled = g->handled;
    g->handled = MPS_NULL;
    MpsValue r = mps_vm_eval(t, f, throwexc);
    if (r && f->yielded && t->handled != saved) g->handled = t->handled;
    t->handled = saved;
    g->running = false;
    if (r && f->yielded) { *out = r; return 1; }
    gen_finish(g);
    if (r) { *out = r; return 0; }
    if (mps_exc_matches(t, MPS_EXCCLS(t, StopIteration))) {
        MpsValue e = mps_exc_fetch(t);
        MPS_ROOT(t, e);
        MPS_RAISE(t, RuntimeError, "generator raised StopIteration");
        MPS_UNROOT(t, 1);
        if (mps_is_exc(t->exc)) {
            MPS_EXC(t->exc)->cause = e;
            MPS_EXC(t->exc)->context = e;
            MPS_EXC(t->exc)->suppress_context = true;
        }
    }
    return -1;
}

MpsValue mps_gen_next(MpsThread *t, MpsValue gen) {
    MpsValue v;
    int st = mps_gen_resume(t, MPS_GEN(gen), MPS_NONE, MPS_NULL, &v);
    return st == 1 ? v : MPS_NULL;
}

static MpsValue stop_iteration(MpsThread *t, MpsValue v) {
    if (v == MPS_NONE) return mps_raise_value(t, mps_from_obj(MPS_EXCCLS(t, StopIteration)));
    MpsValue args = mps_tuple_pack(t, 1, v);
    if (!args) return MPS_NULL;
    MpsValue e = mps_exc_new(t, MPS_EXCCLS(t, StopIteration), args);
    if (!e) return MPS_NULL;
    return mps_raise_value(t, e);
}

MpsValue mps_gen_send(MpsThread *t, MpsValue gen, MpsValue send) {
    MpsValue v;
    int st = mps_gen_resume(t, MPS_GEN(gen), send, MPS_NULL, &v);
    if (st == 1) return v;
    if (st == 0) return stop_iteration(t, v);
    return MPS_NULL;
}

/* throw exc into g; delegates to a sub-generator first as `yield from` does */
static int gen_throw(MpsThread *t, MpsGenerator *g, MpsValue exc, MpsValue *out) {
    MpsValue d = gen_delegate(g);
    if (d && mps_is_kind(d, MPS_K_GENERATOR)) {
        bool is_exit = mps_isinstance(t, exc, MPS_EXCCLS(t, GeneratorExit));
        if (is_exit) {
            if (mps_gen_close(t, d) < 0) exc = mps_exc_fetch(t);
        } else {
            g->running = true;
            int st = gen_throw(t, MPS_GEN(d), exc, out);
            g->running = false;
            if (st == 1) return 1;
            if (st == 0) {
                /* the sub-generator returned: `yield from` is over and its
                 * value is the result. g is suspended at the JUMP_BACKWARD
                 * to its SEND; continue where SEND exits the loop, the
                 * value (pushed by the resume) in place of the delegate */
                MpsFrame *f = g->frame;
                uint32_t sendw = f->code->code[MPS_ARG(*f->ip)];
                f->ip = f->code->code + MPS_ARG(sendw);
                f->sp--;
                return mps_gen_resume(t, g, *out, MPS_NULL, out);
            }
            exc = mps_exc_fetch(t);
        }
    }
    return mps_gen_resume(t, g, MPS_NONE, exc, out);
}

int mps_gen_close(MpsThread *t, MpsValue gen) {
    MpsGenerator *g = MPS_GEN(gen);
    if (!g->frame) return 0;
    if (!g->started) { gen_finish(g); return 0; }
    MpsValue args = mps_tuple_new(t, 0);
    if (!args) return -1;
    MpsValue exc = mps_exc_new(t, MPS_EXCCLS(t, GeneratorExit), args);
    if (!exc) return -1;
    MPS_ROOT(t, exc);
    MpsValue v;
    int st = gen_throw(t, g, exc, &v);
    MPS_UNROOT(t, 1);
    if (st == 1) {
        MPS_RAISE(t, RuntimeError, "generator ignored GeneratorExit");
        return -1;
    }
    if (st < 0) {
        if (mps_exc_matches(t, MPS_EXCCLS(t, GeneratorExit)) || mps_exc_matches(t, MPS_EXCCLS(t, StopIteration))) {
            mps_exc_clear(t);
            return 0;
        }
        return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------- methods */

static MpsGenerator *gen_self(MpsThread *t, int argc, const MpsValue *argv) {
    if (argc < 1 || !mps_is_kind(argv[0], MPS_K_GENERATOR)) {
        MPS_RAISE(t, TypeError, "descriptor requires a 'generator' object");
        return NULL;
    }
    return MPS_GEN(argv[0]);
}

static MpsValue g_next(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    MpsGenerator *g = gen_self(t, argc, argv);
    if (!g || mps_args_count(t, "__next__", argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue v;
    int st = mps_gen_resume(t, g, MPS_NONE, MPS_NULL, &v);
    if (st == 1) return v;
    if (st == 0) return stop_iteration(t, v);
    return MPS_NULL;
}

static MpsValue g_iter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    if (!gen_self(t, argc, argv)) return MPS_NULL;
    (void)kw;
    return argv[0];
}

static MpsValue g_send(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    if (!gen_self(t, argc, argv) || mps_args_count(t, "send", argc, kw, 2, 2) < 0) return MPS_NULL;
    return mps_gen_send(t, argv[0], argv[1]);
}

static MpsValue g_close(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    if (!gen_self(t, argc, argv) || mps_args_count(t, "close", argc, kw, 1, 1) < 0) return MPS_NULL;
    return mps_gen_close(t, argv[0]) < 0 ? MPS_NULL : MPS_NONE;
}

static MpsValue g_throw(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    MpsGenerator *g = gen_self(t, argc, argv);
    if (!g || mps_args_count(t, "throw", argc, kw, 2, 4) < 0) return MPS_NULL;
    MpsValue exc = argv[1];
    if (mps_is_class(exc)) {
        if (argc > 2 && argv[2] != MPS_NONE) {
            exc = mps_is_exc(argv[2]) ? argv[2] : mps_call1(t, exc, argv[2]);
        } else exc = mps_call0(t, exc);
        if (!exc) return MPS_NULL;
    }
    if (!mps_is_exc(exc)) return MPS_RAISE(t, TypeError, "exceptions must be classes or instances deriving from BaseException, not %T", exc);
    MPS_ROOT(t, exc);
    MpsValue v;
    int st = gen_throw(t, g, exc, &v);
    MPS_UNROOT(t, 1);
    if (st == 1) return v;
    if (st == 0) return stop_iteration(t, v);
    return MPS_NULL;
}

static MpsValue g_name(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    MpsGenerator *g = gen_self(t, argc, argv);
    (void)kw;
    return g ? g->name : MPS_NULL;
}

static MpsValue g_qualname(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) {
    MpsGenerator *g = gen_self(t, argc, argv);
    (void)kw;
    return g ? g->qualname : MPS_NULL;
}

void mps_gen_init(MpsThread *t) {
    MpsClass *gc = MPS_TYPE(t, GENERATOR);
    if (!gc || !gc->dict) return;
    static const MpsMethodDef methods[] = {
        { "__next__", g_next }, { "__iter__", g_iter }, { "send", g_send },
        { "close", g_close }, { "throw", g_throw }, { NULL, NULL }
    };
    mps_class_add_methods(t, gc, methods);
    const char *pn[2] = { "__name__", "__qualname__" };
    MpsCFunc pf[2] = { g_name, g_qualname };
    for (int i = 0; i < 2; i++) {
        MpsProperty *p = mps_gc_alloc(t, sizeof(MpsProperty), MPS_K_PROPERTY, MPS_TYPE(t, PROPERTY));
        if (!p) return;
        MPS_ROOT(t, mps_from_obj(p));
        p->fget = mps_builtin_new(t, pn[i], pf[i], MPS_NULL);
        if (!p->fget) p->fget = MPS_NONE;
        p->fset = p->fdel = p->doc = MPS_NONE;
        mps_dict_set_cstr(t, gc->dict, pn[i], mps_from_obj(p));
        MPS_UNROOT(t, 1);
    }
}
