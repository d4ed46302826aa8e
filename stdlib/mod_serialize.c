/*
 * mod_serialize.c — the `_serialize` module: dumps(obj) -> bytes and
 * loads(bytes) -> obj over runtime/serialize.c, the format that queues,
 * pipes and pools use between processes. Exposed for tests and for
 * multiprocessing code written in mps.
 */
#include "lib.h"
#include "../runtime/serialize.h"

static MpsValue f_dumps(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "dumps", argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsBuf b;
    mps_buf_init(&b);
    MpsValue r = MPS_NULL;
    if (mps_ser_dumps(t, argv[0], &b) == 0) r = mps_bytes_new(t, b.data, b.len);
    mps_buf_free(&b);
    return r;
}

static MpsValue f_loads(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "loads", argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue b = argv[0];
    if (!mps_is_kind(b, MPS_K_BYTES) && !mps_is_kind(b, MPS_K_BYTEARRAY))
        return MPS_RAISE(t, TypeError, "a bytes-like object is required, not '%T'", b);
    /* a bytearray may change under us if a reduce callable mutates it: copy */
    size_t n = MPS_BYTES(b)->size;
    if (mps_is_kind(b, MPS_K_BYTEARRAY)) {
        if (!(b = mps_bytes_new(t, MPS_BYTES(b)->data, n))) return MPS_NULL;
    }
    MPS_ROOT(t, b);
    MpsValue v = mps_ser_loads(t, (const char *)MPS_BYTES(b)->data, n);
    MPS_UNROOT(t, 1);
    return v;
}

/* pickle_dumps(obj, PicklingError) -> bytes: pickle mode (pickle.mps) */
static MpsValue f_pickle_dumps(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "pickle_dumps", argc, kw, 2, 2) < 0) return MPS_NULL;
    if (!mps_is_class(argv[1])) return MPS_RAISE(t, TypeError, "pickle_dumps() needs an exception class");
    MpsBuf b;
    mps_buf_init(&b);
    MpsValue r = MPS_NULL;
    if (mps_ser_dumps_pickle(t, argv[0], &b, argv[1]) == 0) r = mps_bytes_new(t, b.data, b.len);
    mps_buf_free(&b);
    return r;
}

/* pickle_loads(bytes) -> obj: refuses what pickle_dumps never writes */
static MpsValue f_pickle_loads(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "pickle_loads", argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue b = argv[0];
    if (!mps_is_kind(b, MPS_K_BYTES)) return MPS_RAISE(t, TypeError, "a bytes object is required, not '%T'", b);
    return mps_ser_loads_pickle(t, (const char *)MPS_BYTES(b)->data, MPS_BYTES(b)->size);
}

static const MpsMethodDef ser_functions[] = {
    { "dumps", f_dumps },
    { "loads", f_loads },
    { "pickle_dumps", f_pickle_dumps },
    { "pickle_loads", f_pickle_loads },
    { NULL, NULL }
};

MpsValue mps_serialize_module_new(MpsThread *t)
{
    return mpsl_module(t, "_serialize", ser_functions);
}
