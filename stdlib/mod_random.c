/* mod_random.c — the random module: MT19937 seeded and consumed exactly as
 * CPython's, so random.seed(n) gives CPython's sequences. Prefix rn_. */
#include "lib.h"
#include <fcntl.h>
#include <math.h>
#include <unistd.h>
#include <time.h>

#define RN_N 624
#define RN_M 397

static uint32_t rn_genrand(MpslState *s)
{
    static const uint32_t mag01[2] = {0, 0x9908b0dfU};
    uint32_t y;
    if (s->mti >= RN_N) {
        int kk;
        for (kk = 0; kk < RN_N - RN_M; kk++) {
            y = (s->mt[kk] & 0x80000000U) | (s->mt[kk + 1] & 0x7fffffffU);
            s->mt[kk] = s->mt[kk + RN_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < RN_N - 1; kk++) {
            y = (s->mt[kk] & 0x80000000U) | (s->mt[kk + 1] & 0x7fffffffU);
            s->mt[kk] = s->mt[kk + (RN_M - RN_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (s->mt[RN_N - 1] & 0x80000000U) | (s->mt[0] & 0x7fffffffU);
        s->mt[RN_N - 1] = s->mt[RN_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        s->mti = 0;
    }
    y = s->mt[s->mti++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

static void rn_init_genrand(MpslState *s, uint32_t seed)
{
    s->mt[0] = seed;
    for (int i = 1; i < RN_N; i++)
        s->mt[i] = 1812433253U * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + (uint32_t)i;
    s->mti = RN_N;
}

static void rn_init_by_array(MpslState *s, const uint32_t *key, size_t klen)
{
    rn_init_genrand(s, 19650218U);
    size_t i = 1, j = 0, k = RN_N > klen ? RN_N : klen;
    for (; k; k--) {
        s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++; j++;
        if (i >= RN_N) { s->mt[0] = s->mt[RN_N - 1]; i = 1; }
        if (j >= klen) j = 0;
    }
    for (k = RN_N - 1; k; k--) {
        s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= RN_N) { s->mt[0] = s->mt[RN_N - 1]; i = 1; }
    }
    s->mt[0] = 0x80000000U;
    s->has_gauss = false;
}

static void rn_seed_mpz(MpslState *s, const mpz_t z)
{
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    size_t n = (mpz_sizeinbase(a, 2) + 31) / 32;
    uint32_t *key = calloc(n + 1, sizeof(uint32_t));
    size_t cnt = 0;
    mpz_export(key, &cnt, -1, sizeof(uint32_t), 0, 0, a);
    rn_init_by_array(s, key, cnt ? cnt : 1);
    free(key);
    mpz_clear(a);
}

static void rn_seed_os(MpslState *s)
{
    uint32_t key[RN_N];
    size_t got = 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ssize_t r = read(fd, key, sizeof key);
        if (r > 0) got = (size_t)r / sizeof(uint32_t);
        close(fd);
    }
    if (got == 0) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_nsec;
        key[1] = (uint32_t)ts.tv_sec;
        key[2] = (uint32_t)getpid();
        got = 3;
    }
    rn_init_by_array(s, key, got);
}

void mps_random_reseed(MpsThread *t)
{
    rn_seed_os(MPSL(t));
}

double mpsl_random_double(MpsThread *t)
{
    MpslState *s = MPSL(t);
    uint32_t a = rn_genrand(s) >> 5, b = rn_genrand(s) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) into z */
static void rn_bits(MpslState *s, uint64_t k, mpz_t z)
{
    if (k <= 32) { mpz_set_ui(z, k ? rn_genrand(s) >> (32 - k) : 0); return; }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = malloc(words * sizeof(uint32_t));
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = rn_genrand(s);
        if (k < 32) r >>= (32 - k);
        w[i] = r;
    }
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    free(w);
}

/* a uniform int in [0, n) — CPython's _randbelow_with_getrandbits */
static void rn_below(MpslState *s, const mpz_t n, mpz_t out)
{
    if (mpz_sgn(n) <= 0) { mpz_set_ui(out, 0); return; }
    uint64_t k = mpz_sizeinbase(n, 2);
    do rn_bits(s, k, out); while (mpz_cmp(out, n) >= 0);
}

static uint64_t rn_below_u64(MpslState *s, uint64_t n)
{
    if (n == 0) return 0;
    int k = 64 - __builtin_clzll(n);
    if (k <= 32) {
        uint64_t r;
        do r = rn_genrand(s) >> (32 - k); while (r >= n);
        return r;
    }
    for (;;) {
        uint64_t lo = rn_genrand(s), hi = rn_genrand(s) >> (64 - k);
        uint64_t r = (hi << 32) | lo;
        if (r < n) return r;
    }
}

/* ---------------------------------------------------------------- functions */

static MpsValue rn_random(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "random", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_float_new(t, mpsl_random_double(t));
}

static MpsValue rn_seed(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"a", "version"};
    MpsValue a[2];
    if (mps_args(t, "seed", argc, argv, kw, names, 0, 2, a) < 0) return MPS_NULL;
    MpslState *s = MPSL(t);
    MpsValue v = a[0];
    if (!v || v == MPS_NONE) { rn_seed_os(s); return MPS_NONE; }
    mpz_t z;
    mpz_init(z);
    if (mps_is_int(v)) mps_int_to_mpz(mps_is_bool(v) ? mps_from_small(v == MPS_TRUE) : v, z);
    else if (mps_is_str(v) || mps_is_kind(v, MPS_K_BYTES) || mps_is_kind(v, MPS_K_BYTEARRAY)) {
        /* CPython's version 2: the big-endian int of the bytes (a str's
         * UTF-8) followed by their SHA-512 */
        const char *d = mps_is_str(v) ? mps_str_data(v) : (const char *)MPS_BYTES(v)->data;
        size_t n = mps_is_str(v) ? mps_str_size(v) : MPS_BYTES(v)->size;
        uint8_t *buf = malloc(n + 64);
        if (!buf) { mpz_clear(z); return mps_raise_nomem(t); }
        memcpy(buf, d, n);
        mps_hashlib_sha512(d, n, buf + n);
        mpz_import(z, n + 64, 1, 1, 0, 0, buf);
        free(buf);
    } else if (mps_is_float(v) || mps_is_kind(v, MPS_K_TUPLE) || v == MPS_NONE) {
        uint64_t h;
        if (mps_hash(t, v, &h) < 0) { mpz_clear(z); return MPS_NULL; }
        mpz_set_si(z, (long)(int64_t)h);
    } else {
        mpz_clear(z);
        return MPS_RAISE(t, TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    rn_seed_mpz(s, z);
    mpz_clear(z);
    return MPS_NONE;
}

static MpsValue rn_getrandbits(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "getrandbits", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t k;
    if (mps_index(t, argv[0], &k) < 0) return MPS_NULL;
    if (k < 0) return MPS_RAISE(t, ValueError, "number of bits must be non-negative");
    mpz_t z;
    mpz_init(z);
    rn_bits(MPSL(t), (uint64_t)k, z);
    MpsValue r = mps_int_from_mpz(t, z);
    mpz_clear(z);
    return r;
}

/* start + step * randbelow(n) with ints of any size */
static MpsValue rn_randrange_impl(MpsThread *t, MpsValue start, MpsValue stop, MpsValue step)
{
    mpz_t a, b, st, w, n, r;
    mpz_inits(a, b, st, w, n, r, NULL);
    MpsValue res = MPS_NULL;
    const MpsValue vs[3] = {start, stop, step};
    for (int i = 0; i < 3; i++) {
        MpsValue v = vs[i];
        if (!v || v == MPS_NONE) continue;
        if (mps_is_float(v) && mps_float_val(v) == floor(mps_float_val(v))) {
            MPS_RAISE(t, TypeError, "'float' object cannot be interpreted as an integer");
            goto out;
        }
        if (!mps_is_int(v)) {
            MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", v);
            goto out;
        }
    }
    mps_int_to_mpz(mps_is_bool(start) ? mps_from_small(start == MPS_TRUE) : start, a);
    if (!stop || stop == MPS_NONE) {
        if (step && step != MPS_NONE && !(mps_is_small(step) && mps_small(step) == 1)) {
            MPS_RAISE(t, TypeError, "Missing a non-None stop argument");
            goto out;
        }
        if (mpz_sgn(a) > 0) { rn_below(MPSL(t), a, r); res = mps_int_from_mpz(t, r); }
        else MPS_RAISE(t, ValueError, "empty range for randrange()");
        goto out;
    }
    mps_int_to_mpz(mps_is_bool(stop) ? mps_from_small(stop == MPS_TRUE) : stop, b);
    mpz_sub(w, b, a);
    if (step && step != MPS_NONE) mps_int_to_mpz(mps_is_bool(step) ? mps_from_small(step == MPS_TRUE) : step, st);
    else mpz_set_ui(st, 1);
    if (mpz_cmp_ui(st, 1) == 0) {
        if (mpz_sgn(w) > 0) {
            if (mpz_fits_ulong_p(w)) mpz_set_ui(r, rn_below_u64(MPSL(t), mpz_get_ui(w)));
            else rn_below(MPSL(t), w, r);
            mpz_add(r, r, a);
            res = mps_int_from_mpz(t, r);
        } else {
            MpsValue x = mps_int_from_mpz(t, a), y = mps_int_from_mpz(t, b), z = mps_int_from_mpz(t, w);
            MPS_RAISE(t, ValueError, "empty range for randrange() (%S, %S, %S)", x, y, z);
        }
        goto out;
    }
    if (mpz_sgn(st) > 0) { mpz_add(n, w, st); mpz_sub_ui(n, n, 1); }
    else if (mpz_sgn(st) < 0) { mpz_add(n, w, st); mpz_add_ui(n, n, 1); }
    else { MPS_RAISE(t, ValueError, "zero step for randrange()"); goto out; }
    mpz_fdiv_q(n, n, st);
    if (mpz_sgn(n) <= 0) { MPS_RAISE(t, ValueError, "empty range for randrange()"); goto out; }
    rn_below(MPSL(t), n, r);
    mpz_mul(r, r, st);
    mpz_add(r, r, a);
    res = mps_int_from_mpz(t, r);
out:
    mpz_clears(a, b, st, w, n, r, NULL);
    return res;
}

static MpsValue rn_randrange(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"start", "stop", "step"};
    MpsValue a[3];
    if (mps_args(t, "randrange", argc, argv, kw, names, 1, 3, a) < 0) return MPS_NULL;
    return rn_randrange_impl(t, a[0], a[1], a[2]);
}

static MpsValue rn_randint(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "randint", argc, kw, 2, 2) < 0) return MPS_NULL;
    if (!mps_is_int(argv[1])) return rn_randrange_impl(t, argv[0], argv[1], MPS_NULL);
    MpsValue b1 = mps_binop(t, MPS_BIN_ADD, argv[1], mps_from_small(1));
    if (!b1) return MPS_NULL;
    return rn_randrange_impl(t, argv[0], b1, MPS_NULL);
}

static MpsValue rn_uniform(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "uniform", argc, kw, 2, 2) < 0) return MPS_NULL;
    double a, b;
    if (mps_to_double(t, argv[0], &a) < 0 || mps_to_double(t, argv[1], &b) < 0) return MPS_NULL;
    return mps_float_new(t, a + (b - a) * mpsl_random_double(t));
}

static MpsValue rn_choice(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "choice", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t n = mps_len(t, argv[0]);
    if (n < 0) return MPS_NULL;
    if (n == 0) return MPS_RAISE(t, IndexError, "Cannot choose from an empty sequence");
    uint64_t i = rn_below_u64(MPSL(t), (uint64_t)n);
    MpsValue *items;
    int64_t m = mps_seq_items(argv[0], &items);
    if (m >= 0 && (int64_t)i < m) return items[i];
    return mps_getitem(t, argv[0], mps_int_from_i64(t, (int64_t)i));
}

static MpsValue rn_shuffle(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "shuffle", argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue x = argv[0];
    if (mps_is_list(x)) {
        MpsList *l = MPS_LIST(x);
        for (size_t i = l->len; i-- > 1; ) {
            uint64_t j = rn_below_u64(MPSL(t), i + 1);
            if (i >= l->len) continue;
            MpsValue tmp = l->items[i]; l->items[i] = l->items[j]; l->items[j] = tmp;
        }
        return MPS_NONE;
    }
    int64_t n = mps_len(t, x);
    if (n < 0) return MPS_NULL;
    for (int64_t i = n - 1; i > 0; i--) {
        MpsValue ki = mps_from_small(i), kj = mps_from_small((int64_t)rn_below_u64(MPSL(t), (uint64_t)i + 1));
        MpsValue a = mps_getitem(t, x, ki);
        if (!a) return MPS_NULL;
        MPS_ROOT(t, a);
        MpsValue b = mps_getitem(t, x, kj);
        int rc = b ? 0 : -1;
        if (b) { MPS_ROOT(t, b); rc = mps_setitem(t, x, ki, b); if (rc == 0) rc = mps_setitem(t, x, kj, a); MPS_UNROOT(t, 1); }
        MPS_UNROOT(t, 1);
        if (rc < 0) return MPS_NULL;
    }
    return MPS_NONE;
}

static MpsValue rn_sample(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"population", "k", "counts"};
    MpsValue a[3];
    if (mps_args(t, "sample", argc, argv, kw, names, 2, 3, a) < 0) return MPS_NULL;
    MpsValue pop = a[0];
    if (mps_is_kind(pop, MPS_K_SET) || mps_is_kind(pop, MPS_K_FROZENSET) || mps_is_dict(pop))
        return MPS_RAISE(t, TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    MpsValue list = mps_sequence_to_list(t, pop);
    if (!list) return MPS_NULL;
    MpsValue hold = mpsl_hold(t, 2);
    if (!hold) return MPS_NULL;
    MPSL_SLOT(hold, 0) = list;
    MpsValue res = MPS_NULL;
    int64_t k;
    if (mps_index(t, a[1], &k) < 0) goto out;
    int64_t n = (int64_t)MPS_LIST(list)->len;
    if (k < 0 || k > n) { MPS_RAISE(t, ValueError, "Sample larger than population or is negative"); goto out; }
    MpsValue r = mps_list_new(t, (size_t)k);
    if (!r) goto out;
    MPSL_SLOT(hold, 1) = r;
    int64_t setsize = 21;
    if (k > 5) setsize += (int64_t)pow(4, ceil(log((double)k * 3) / log(4)));
    MpslState *s = MPSL(t);
    if (n <= setsize) {
        MpsValue pool = mps_list_from(t, (size_t)n, MPS_LIST(list)->items);
        if (!pool) goto out;
        MpsValue *p = MPS_LIST(pool)->items;
        for (int64_t i = 0; i < k; i++) {
            uint64_t j = rn_below_u64(s, (uint64_t)(n - i));
            MPS_LIST(r)->items[i] = p[j];
            p[j] = p[n - i - 1];
        }
    } else {
        uint8_t *sel = calloc((size_t)n, 1);
        for (int64_t i = 0; i < k; i++) {
            uint64_t j = rn_below_u64(s, (uint64_t)n);
            while (sel[j]) j = rn_below_u64(s, (uint64_t)n);
            sel[j] = 1;
            MPS_LIST(r)->items[i] = MPS_LIST(list)->items[j];
        }
        free(sel);
    }
    res = r;
out:
    MPS_UNROOT(t, 1);
    return res;
}

static MpsValue rn_choices(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"population", "weights", "cum_weights", "k"};
    MpsValue a[4];
    if (mps_args(t, "choices", argc, argv, kw, names, 1, 4, a) < 0) return MPS_NULL;
    MpsValue pop = mps_sequence_to_list(t, a[0]);
    if (!pop) return MPS_NULL;
    MpsValue hold = mpsl_hold(t, 2);
    if (!hold) return MPS_NULL;
    MPSL_SLOT(hold, 0) = pop;
    MpsValue res = MPS_NULL;
    int64_t k = 1, n = (int64_t)MPS_LIST(pop)->len;
    double *cum = NULL;
    if (a[3] && mps_index(t, a[3], &k) < 0) goto out;
    if (k < 0) k = 0;
    MpsValue r = mps_list_new(t, (size_t)k);
    if (!r) goto out;
    MPSL_SLOT(hold, 1) = r;
    MpsValue w = a[2] && a[2] != MPS_NONE ? a[2] : a[1] && a[1] != MPS_NONE ? a[1] : MPS_NULL;
    if (a[1] && a[1] != MPS_NONE && a[2] && a[2] != MPS_NONE) {
        MPS_RAISE(t, TypeError, "Cannot specify both weights and cumulative weights");
        goto out;
    }
    if (!w) {
        if (n == 0) { MPS_RAISE(t, IndexError, "list index out of range"); goto out; }
        for (int64_t i = 0; i < k; i++)
            MPS_LIST(r)->items[i] = MPS_LIST(pop)->items[(int64_t)floor(mpsl_random_double(t) * (double)n)];
        res = r;
        goto out;
    }
    MpsValue wl = mps_sequence_to_list(t, w);
    if (!wl) goto out;
    if ((int64_t)MPS_LIST(wl)->len != n) {
        MPS_RAISE(t, ValueError, "The number of weights does not match the population");
        goto out;
    }
    cum = malloc(((size_t)n + 1) * sizeof(double));
    double acc = 0;
    for (int64_t i = 0; i < n; i++) {
        double x;
        if (mps_to_double(t, MPS_LIST(wl)->items[i], &x) < 0) goto out;
        acc = (w == a[2]) ? x : acc + x;
        cum[i] = acc;
    }
    if (n == 0) { MPS_RAISE(t, IndexError, "list index out of range"); goto out; }
    double total = cum[n - 1];
    if (total <= 0) { MPS_RAISE(t, ValueError, "Total of weights must be greater than zero"); goto out; }
    if (!isfinite(total)) { MPS_RAISE(t, ValueError, "Total of weights must be finite"); goto out; }
    for (int64_t i = 0; i < k; i++) {
        double x = mpsl_random_double(t) * total;
        int64_t lo = 0, hi = n - 1;     /* bisect_right(cum, x, 0, n-1) */
        while (lo < hi) { int64_t mid = (lo + hi) / 2; if (x < cum[mid]) hi = mid; else lo = mid + 1; }
        MPS_LIST(r)->items[i] = MPS_LIST(pop)->items[lo];
    }
    res = r;
out:
    free(cum);
    MPS_UNROOT(t, 1);
    return res;
}

static MpsValue rn_gauss(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"mu", "sigma"};
    MpsValue a[2];
    if (mps_args(t, "gauss", argc, argv, kw, names, 0, 2, a) < 0) return MPS_NULL;
    double mu = 0, sigma = 1;
    if ((a[0] && mps_to_double(t, a[0], &mu) < 0) || (a[1] && mps_to_double(t, a[1], &sigma) < 0)) return MPS_NULL;
    MpslState *s = MPSL(t);
    double z;
    if (s->has_gauss) { z = s->gauss_next; s->has_gauss = false; }
    else {
        double x2pi = mpsl_random_double(t) * 2 * M_PI;
        double g2rad = sqrt(-2.0 * log(1.0 - mpsl_random_double(t)));
        z = cos(x2pi) * g2rad;
        s->gauss_next = sin(x2pi) * g2rad;
        s->has_gauss = true;
    }
    return mps_float_new(t, mu + z * sigma);
}

/* getstate()/setstate(): CPython's (3, (mt[0..623], index), gauss_next) */
static MpsValue rn_getstate(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "getstate", argc, kw, 0, 0) < 0) return MPS_NULL;
    MpslState *s = MPSL(t);
    MpsValue inner = mps_tuple_new(t, RN_N + 1);
    if (!inner) return MPS_NULL;
    for (int i = 0; i < RN_N; i++) MPS_TUPLE(inner)->items[i] = mps_from_small(s->mt[i]);
    MPS_TUPLE(inner)->items[RN_N] = mps_from_small(s->mti);
    MPS_ROOT(t, inner);
    MpsValue g = s->has_gauss ? mps_float_new(t, s->gauss_next) : MPS_NONE;
    MpsValue r = g ? mps_tuple_pack(t, 3, mps_from_small(3), inner, g) : MPS_NULL;
    MPS_UNROOT(t, 1);
    return r;
}

static MpsValue rn_setstate(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "setstate", argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue st = argv[0];
    if (!mps_is_tuple(st) || MPS_TUPLE(st)->len != 3 || MPS_TUPLE(st)->items[0] != mps_from_small(3))
        return MPS_RAISE(t, ValueError, "state with version %R passed to Random.setstate() of version 3",
                         mps_is_tuple(st) && MPS_TUPLE(st)->len ? MPS_TUPLE(st)->items[0] : st);
    MpsValue inner = MPS_TUPLE(st)->items[1], g = MPS_TUPLE(st)->items[2];
    if (!mps_is_tuple(inner) || MPS_TUPLE(inner)->len != RN_N + 1)
        return MPS_RAISE(t, ValueError, "state vector is the wrong size");
    uint32_t mt[RN_N];
    int64_t v;
    for (int i = 0; i <= RN_N; i++) {
        if (mps_index(t, MPS_TUPLE(inner)->items[i], &v) < 0) return MPS_NULL;
        if (i < RN_N) {
            if (v < 0 || v > 0xffffffffLL) return MPS_RAISE(t, OverflowError, "Python int too large to convert to C unsigned long");
            mt[i] = (uint32_t)v;
        } else if (v < 0 || v > RN_N) return MPS_RAISE(t, ValueError, "invalid state");
    }
    double gv = 0;
    if (g != MPS_NONE && mps_to_double(t, g, &gv) < 0) return MPS_NULL;
    MpslState *s = MPSL(t);
    memcpy(s->mt, mt, sizeof mt);
    s->mti = (int)v;
    s->has_gauss = g != MPS_NONE;
    s->gauss_next = gv;
    return MPS_NONE;
}

static MpsValue rn_normalvariate(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"mu", "sigma"};
    MpsValue a[2];
    if (mps_args(t, "normalvariate", argc, argv, kw, names, 0, 2, a) < 0) return MPS_NULL;
    double mu = 0, sigma = 1, z;
    if ((a[0] && mps_to_double(t, a[0], &mu) < 0) || (a[1] && mps_to_double(t, a[1], &sigma) < 0)) return MPS_NULL;
    const double magic = 4 * exp(-0.5) / sqrt(2.0);
    for (;;) {
        double u1 = mpsl_random_double(t), u2 = 1.0 - mpsl_random_double(t);
        z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) break;
    }
    return mps_float_new(t, mu + z * sigma);
}

static MpsValue rn_expovariate(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "expovariate", argc, kw, 1, 1) < 0) return MPS_NULL;
    double l;
    if (mps_to_double(t, argv[0], &l) < 0) return MPS_NULL;
    if (l == 0) return MPS_RAISE(t, ZeroDivisionError, "float division by zero");
    return mps_float_new(t, -log(1.0 - mpsl_random_double(t)) / l);
}

static MpsValue rn_randbytes(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "randbytes", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t n;
    if (mps_index(t, argv[0], &n) < 0) return MPS_NULL;
    if (n < 0) return MPS_RAISE(t, ValueError, "negative argument not allowed");
    mpz_t z;
    mpz_init(z);
    rn_bits(MPSL(t), (uint64_t)n * 8, z);
    uint8_t *buf = calloc(1, (size_t)n + 1);
    size_t cnt = 0;
    mpz_export(buf, &cnt, -1, 1, 0, 0, z);
    MpsValue r = mps_bytes_new(t, buf, (size_t)n);
    free(buf);
    mpz_clear(z);
    return r;
}

/* ---------------------------------------------------------------- random.Random */

/* An instance keeps its own generator state; each method swaps it into the
 * interpreter's state, runs the module function, and swaps it back, so
 * the module functions are the one implementation of every method. */
typedef struct RnState {
    uint32_t mt[RN_N];
    int mti;
    bool has_gauss;
    double gauss_next;
} RnState;

typedef struct RnInst {
    MpsNative n;
    RnState st;
} RnInst;

static void rn_inst_traverse(MpsObj *o, void (*visit)(MpsValue, void *), void *ctx)
{
    (void)o; (void)visit; (void)ctx;
}

static const MpsNativeType rn_inst_type = {"Random", rn_inst_traverse, NULL};

static void rn_swap(MpslState *s, RnState *x)
{
    RnState tmp;
    memcpy(tmp.mt, s->mt, sizeof tmp.mt);
    tmp.mti = s->mti; tmp.has_gauss = s->has_gauss; tmp.gauss_next = s->gauss_next;
    memcpy(s->mt, x->mt, sizeof tmp.mt);
    s->mti = x->mti; s->has_gauss = x->has_gauss; s->gauss_next = x->gauss_next;
    *x = tmp;
}

static MpsValue rn_with(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, MpsCFunc fn)
{
    if (argc < 1 || !mps_is_kind(argv[0], MPS_K_NATIVE) || ((MpsNative *)argv[0])->ntype != &rn_inst_type)
        return MPS_RAISE(t, TypeError, "descriptor requires a 'random.Random' object");
    RnInst *r = (RnInst *)mps_obj(argv[0]);
    MpslState *s = MPSL(t);
    rn_swap(s, &r->st);
    MpsValue v = fn(t, argc - 1, argv + 1, kw);
    rn_swap(s, &r->st);
    return v;
}

static MpsValue rn_inst_new(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)kw;
    if (argc < 1 || !mps_is_class(argv[0])) return MPS_RAISE(t, TypeError, "Random.__new__(X): X is not a type object");
    MpsValue v = mps_native_new(t, MPS_CLASS(argv[0]), &rn_inst_type, sizeof(RnInst));
    if (!v) return MPS_NULL;
    /* seeded from the OS until __init__ (or a subclass's) seeds it */
    RnInst *r = (RnInst *)mps_obj(v);
    MpslState *s = MPSL(t);
    rn_swap(s, &r->st);
    rn_seed_os(s);
    rn_swap(s, &r->st);
    return v;
}

static MpsValue rn_inst_init(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    return rn_with(t, argc, argv, kw, rn_seed);
}

#define RN_METHOD(name) \
    static MpsValue rnm_##name(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) \
    { return rn_with(t, argc, argv, kw, rn_##name); }
RN_METHOD(random) RN_METHOD(seed) RN_METHOD(getrandbits) RN_METHOD(randrange) RN_METHOD(randint)
RN_METHOD(uniform) RN_METHOD(choice) RN_METHOD(choices) RN_METHOD(shuffle) RN_METHOD(sample)
RN_METHOD(gauss) RN_METHOD(normalvariate) RN_METHOD(expovariate) RN_METHOD(randbytes)
RN_METHOD(getstate) RN_METHOD(setstate)

static const MpsMethodDef rn_inst_methods[] = {
    {"__init__", rn_inst_init},
    {"random", rnm_random}, {"seed", rnm_seed}, {"getrandbits", rnm_getrandbits},
    {"randrange", rnm_randrange}, {"randint", rnm_randint}, {"uniform", rnm_uniform},
    {"choice", rnm_choice}, {"choices", rnm_choices}, {"shuffle", rnm_shuffle}, {"sample", rnm_sample},
    {"gauss", rnm_gauss}, {"normalvariate", rnm_normalvariate}, {"expovariate", rnm_expovariate},
    {"randbytes", rnm_randbytes}, {"getstate", rnm_getstate}, {"setstate", rnm_setstate},
    {NULL, NULL}
};

static const MpsMethodDef rn_functions[] = {
    {"random", rn_random}, {"seed", rn_seed}, {"getrandbits", rn_getrandbits},
    {"randrange", rn_randrange}, {"randint", rn_randint}, {"uniform", rn_uniform},
    {"choice", rn_choice}, {"choices", rn_choices}, {"shuffle", rn_shuffle}, {"sample", rn_sample},
    {"gauss", rn_gauss}, {"normalvariate", rn_normalvariate}, {"expovariate", rn_expovariate},
    {"randbytes", rn_randbytes}, {"getstate", rn_getstate}, {"setstate", rn_setstate},
    {NULL, NULL}
};

MpsValue mpsl_mod_random(MpsThread *t)
{
    MpsValue m = mpsl_module(t, "random", rn_functions);
    if (!m) return MPS_NULL;
    MPS_ROOT(t, m);
    MpsClass *c = mpsl_class(t, "Random", NULL, MPS_K_NATIVE, rn_inst_methods);
    if (c) {
        c->module = mpsl_cstr(t, "random");
        c->is_builtin = 0;      /* so that a call runs its __new__ and __init__ */
        mpsl_class_wrapped(t, c, "__new__", rn_inst_new, MPS_K_STATICMETHOD);
        mpsl_set(t, m, "Random", mps_from_obj(c));
    }
    MPS_UNROOT(t, 1);
    return t->exc ? MPS_NULL : m;
}

void mpsl_random_init(MpsThread *t)
{
    rn_seed_os(MPSL(t));
}
