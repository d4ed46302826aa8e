/*
 * mod_gc.c — `gc`: the collector's switches. mps has one tracing
 * collector (vm/gc.c) that finds cycles by itself; collect() runs it now.
 */
#include "lib.h"

static MpsValue gc_collect(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "collect", argc, kw, 0, 1) < 0) return MPS_NULL;
    size_t before = t->interp->gc_live;
    mps_gc_collect(t);
    size_t after = t->interp->gc_live;
    return mps_int_from_u64(t, before > after ? (before - after) / 32 : 0);
}

static MpsValue gc_enable(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "enable", argc, kw, 0, 0) < 0) return MPS_NULL;
    t->interp->gc_disabled = false;
    return MPS_NONE;
}

static MpsValue gc_disable(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "disable", argc, kw, 0, 0) < 0) return MPS_NULL;
    t->interp->gc_disabled = true;
    return MPS_NONE;
}

static MpsValue gc_isenabled(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "isenabled", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_bool(!t->interp->gc_disabled);
}

static const MpsMethodDef gc_functions[] = {
    { "collect", gc_collect }, { "enable", gc_enable }, { "disable", gc_disable },
    { "isenabled", gc_isenabled },
    { NULL, NULL }
};

MpsValue mps_gc_module_new(MpsThread *t)
{
    return mpsl_module(t, "gc", gc_functions);
}
