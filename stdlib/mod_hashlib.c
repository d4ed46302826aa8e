/* mod_hashlib.c — `_hashlib`, the C half of hashlib (stdlib/lib/hashlib.mps):
 * message digests from GNU Nettle. A digest state is a native object
 * holding the algorithm's Nettle context; hashlib.mps wraps it in the
 * object users see. Digesting works on a copy of the state, so a hash
 * object can be updated again after digest(), as CPython's. Prefix hl_. */
#include "lib.h"
#include <string.h>
#include <nettle/md5.h>
#include <nettle/sha1.h>
#include <nettle/sha2.h>
#include <nettle/sha3.h>
#include <nettle/nettle-meta.h>

typedef struct HlState {
    MpsNative hdr;
    const struct nettle_hash *alg;
    _Alignas(16) unsigned char ctx[];       /* alg->context_size bytes */
} HlState;

static const MpsNativeType hl_type = { "HASH", NULL, NULL };

/* hashlib's names for Nettle's algorithms */
static const struct { const char *name; const struct nettle_hash *alg; } hl_algs[] = {
    { "md5", &nettle_md5 },
    { "sha1", &nettle_sha1 },
    { "sha224", &nettle_sha224 },
    { "sha256", &nettle_sha256 },
    { "sha384", &nettle_sha384 },
    { "sha512", &nettle_sha512 },
    { "sha3_224", &nettle_sha3_224 },
    { "sha3_256", &nettle_sha3_256 },
    { "sha3_384", &nettle_sha3_384 },
    { "sha3_512", &nettle_sha3_512 },
};

static const struct nettle_hash *hl_find(MpsThread *t, MpsValue name)
{
    if (!mps_is_str(name)) { MPS_RAISE(t, TypeError, "hash name must be str, not %T", name); return NULL; }
    for (size_t i = 0; i < sizeof hl_algs / sizeof hl_algs[0]; i++)
        if (!strcmp(hl_algs[i].name, mps_str_data(name))) return hl_algs[i].alg;
    MPS_RAISE(t, ValueError, "unsupported hash type %s", mps_str_data(name));
    return NULL;
}

static HlState *hl_state(MpsThread *t, MpsValue v)
{
    if (!mps_is_kind(v, MPS_K_NATIVE) || ((MpsNative *)v)->ntype != &hl_type) {
        MPS_RAISE(t, TypeError, "expected a hash state, got '%T'", v);
        return NULL;
    }
    return (HlState *)v;
}

static MpsValue hl_alloc(MpsThread *t, const struct nettle_hash *alg)
{
    MpsValue v = mps_native_new(t, MPSL(t)->hash_cls, &hl_type, sizeof(HlState) + alg->context_size);
    if (!v) return MPS_NULL;
    ((HlState *)v)->alg = alg;
    return v;
}

/* the bytes of a bytes-like argument; a str is CPython's TypeError */
static int hl_data(MpsThread *t, MpsValue v, const uint8_t **p, size_t *n)
{
    if (mps_is_kind(v, MPS_K_BYTES) || mps_is_kind(v, MPS_K_BYTEARRAY)) {
        *p = MPS_BYTES(v)->data;
        *n = MPS_BYTES(v)->size;
        return 0;
    }
    if (mps_is_str(v)) MPS_RAISE(t, TypeError, "Strings must be encoded before hashing");
    else MPS_RAISE(t, TypeError, "object supporting the buffer API required");
    return -1;
}

/* new(name) -> state */
static MpsValue hl_new(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "new", argc, kw, 1, 1) < 0) return MPS_NULL;
    const struct nettle_hash *alg = hl_find(t, argv[0]);
    if (!alg) return MPS_NULL;
    MpsValue v = hl_alloc(t, alg);
    if (v) alg->init(((HlState *)v)->ctx);
    return v;
}

/* update(state, data) */
static MpsValue hl_update(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "update", argc, kw, 2, 2) < 0) return MPS_NULL;
    HlState *s = hl_state(t, argv[0]);
    const uint8_t *p;
    size_t n;
    if (!s || hl_data(t, argv[1], &p, &n) < 0) return MPS_NULL;
    s->alg->update(s->ctx, n, p);
    return MPS_NONE;
}

/* digest(state) -> bytes, leaving the state as it was */
static MpsValue hl_digest(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "digest", argc, kw, 1, 1) < 0) return MPS_NULL;
    HlState *s = hl_state(t, argv[0]);
    if (!s) return MPS_NULL;
    unsigned char ctx[sizeof(struct sha3_224_ctx) > sizeof(struct sha512_ctx) ?
                      sizeof(struct sha3_224_ctx) : sizeof(struct sha512_ctx)] __attribute__((aligned(16)));
    uint8_t out[SHA512_DIGEST_SIZE];     /* the largest digest here */
    if (s->alg->context_size > sizeof ctx) return MPS_RAISE(t, SystemError, "hash context too large");
    memcpy(ctx, s->ctx, s->alg->context_size);
    s->alg->digest(ctx, s->alg->digest_size, out);
    return mps_bytes_new(t, out, s->alg->digest_size);
}

static MpsValue hl_copy(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "copy", argc, kw, 1, 1) < 0) return MPS_NULL;
    HlState *s = hl_state(t, argv[0]);
    if (!s) return MPS_NULL;
    MpsValue v = hl_alloc(t, s->alg);
    if (v) memcpy(((HlState *)v)->ctx, s->ctx, s->alg->context_size);
    return v;
}

/* info(name) -> (digest_size, block_size) */
static MpsValue hl_info(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "info", argc, kw, 1, 1) < 0) return MPS_NULL;
    const struct nettle_hash *alg = hl_find(t, argv[0]);
    if (!alg) return MPS_NULL;
    MpsValue items[2] = { mps_from_small(alg->digest_size), mps_from_small(alg->block_size) };
    return mps_tuple_from(t, 2, items);
}

static MpsValue hl_names(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "names", argc, kw, 0, 0) < 0) return MPS_NULL;
    size_t n = sizeof hl_algs / sizeof hl_algs[0];
    MpsValue tup = mps_tuple_new(t, n);
    if (!tup) return MPS_NULL;
    MPS_ROOT(t, tup);
    for (size_t i = 0; i < n; i++) {
        MpsValue s = mpsl_cstr(t, hl_algs[i].name);
        if (!s) { MPS_UNROOT(t, 1); return MPS_NULL; }
        MPS_TUPLE(tup)->items[i] = s;
    }
    MPS_UNROOT(t, 1);
    return tup;
}

static const MpsMethodDef hl_functions[] = {
    { "new", hl_new },
    { "update", hl_update },
    { "digest", hl_digest },
    { "copy", hl_copy },
    { "info", hl_info },
    { "names", hl_names },
    { NULL, NULL }
};

/* SHA-512 of a buffer, for random.seed(str|bytes) (CPython's version 2
 * seeding appends the SHA-512 of the seed to it) */
void mps_hashlib_sha512(const void *data, size_t n, uint8_t out[64])
{
    struct sha512_ctx c;
    sha512_init(&c);
    sha512_update(&c, n, data);
    sha512_digest(&c, SHA512_DIGEST_SIZE, out);
}

MpsValue mps_hashlib_module_new(MpsThread *t)
{
    MpsValue m = mpsl_module(t, "_hashlib", hl_functions);
    if (!m) return MPS_NULL;
    if (!MPSL(t)->hash_cls) {
        MPS_ROOT(t, m);
        MpsClass *c = mpsl_class(t, "HASH", NULL, MPS_K_NATIVE, NULL);
        if (c) {
            c->module = mpsl_cstr(t, "_hashlib");
            MPSL(t)->hash_cls = c;
        }
        MPS_UNROOT(t, 1);
    }
    return t->exc ? MPS_NULL : m;
}
