/*
 * dict.c — compact insertion-ordered hash table (CPython 3.6+ layout): a
 * sparse index of int32 slots into a dense entries array. Deleted entries
 * keep their place (key MPS_NULL) until the next resize. Also the table
 * behind set and frozenset.
 */
#include "objimpl.h"
#include <stdlib.h>
#include <string.h>

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_SIZE 8

MpsDict *mps_dict_new(MpsThread *t)
{
    MpsDict *d = mps_gc_alloc(t, sizeof(MpsDict), MPS_K_DICT, MPS_TYPE(t, DICT));
    if (!d) { mps_raise_nomem(t); return NULL; }
    return d;                   /* tables allocated on first insert */
}

/* index size s holds up to s*2/3 entries */
static size_t usable(size_t size) { return size * 2 / 3; }

static int dict_resize(MpsThread *t, MpsDict *d, size_t minlen)
{
    size_t size = MIN_SIZE;
    while (usable(size) < minlen) size <<= 1;
    int32_t *index = malloc(size * sizeof *index);
    MpsDictEntry *ent = malloc(usable(size) * sizeof *ent);
    if (!index || !ent) { free(index); free(ent); mps_raise_nomem(t); return -1; }
    memset(index, 0xff, size * sizeof *index);      /* all IX_EMPTY */
    mps_gc_note_extra(t, size * sizeof *index + usable(size) * sizeof *ent);
    size_t mask = size - 1, n = 0;
    for (size_t i = 0; i < d->used; i++) {
        MpsDictEntry *e = &d->entries[i];
        if (e->key == MPS_NULL) continue;
        ent[n] = *e;
        size_t j = e->hash & mask;
        for (uint64_t perturb = e->hash; index[j] != IX_EMPTY; perturb >>= 5)
            j = (j * 5 + perturb + 1) & mask;
        index[j] = (int32_t)n++;
    }
    free(d->index);
    free(d->entries);
    d->index = index;
    d->entries = ent;
    d->mask = mask;
    d->cap = usable(size);
    d->used = n;
    return 0;
}

static inline bool str_key_eq(MpsValue a, MpsValue b, uint64_t h, uint64_t eh)
{
    return h == eh && mps_is_str(a) && mps_is_str(b) && mps_str_eq(a, b);
}

/* Find key: returns index slot position (>= 0) with *ix the entry index or
 * IX_EMPTY when absent (then the slot is where to insert); -2 on error. */
static int64_t dict_find(MpsThread *t, MpsDict *d, MpsValue key, uint64_t h, int32_t *ix)
{
restart:;
    size_t mask = d->mask, j = h & mask;
    int64_t free_slot = -1;
    for (uint64_t perturb = h;; perturb >>= 5) {
        int32_t k = d->index[j];
        if (k == IX_EMPTY) {
            *ix = IX_EMPTY;
            return free_slot >= 0 ? free_slot : (int64_t)j;
        }
        if (k == IX_DUMMY) {
            if (free_slot < 0) free_slot = (int64_t)j;
        } else {
            MpsDictEntry *e = &d->entries[k];
            if (e->key == key) { *ix = k; return (int64_t)j; }
            if (e->hash == h && !(mps_is_small(key) && mps_is_small(e->key))) {
                if (mps_is_str(key) && mps_is_str(e->key)) {
                    if (mps_str_eq(key, e->key)) { *ix = k; return (int64_t)j; }
                } else {
                    MpsValue ek = e->key;
                    uint32_t ver = d->version;
                    MpsDictEntry *ents = d->entries;
                    int eq = mps_eq(t, ek, key);
                    if (eq < 0) return -2;
                    /* __eq__ mutated the table: start over */
                    if (d->version != ver || d->entries != ents) goto restart;
                    if (eq) { *ix = k; return (int64_t)j; }
                }
            }
        }
        j = (j * 5 + perturb + 1) & mask;
    }
}

static int key_hash(MpsThread *t, MpsValue key, uint64_t *h)
{
    if (mps_is_str(key)) { *h = mps_str_hash(key); return 0; }
    return mps_hash(t, key, h);
}

int mps_dict_lookup(MpsThread *t, MpsDict *d, MpsValue key, MpsValue *out)
{
    uint64_t h;
    if (key_hash(t, key, &h) < 0) return -1;
    if (!d->len) return 0;
    int32_t ix;
    if (dict_find(t, d, key, h, &ix) == -2) return -1;
    if (ix < 0) return 0;
    *out = d->entries[ix].value;
    return 1;
}

MpsValue mps_dict_get_str(MpsDict *d, MpsValue key)
{
    if (!d->len) return MPS_NULL;
    uint64_t h = mps_str_hash(key);
    size_t mask = d->mask, j = h & mask;
    for (uint64_t perturb = h;; perturb >>= 5) {
        int32_t k = d->index[j];
        if (k == IX_EMPTY) return MPS_NULL;
        if (k >= 0) {
            MpsDictEntry *e = &d->entries[k];
            if (e->key == key || str_key_eq(key, e->key, h, e->hash)) return e->value;
        }
        j = (j * 5 + perturb + 1) & mask;
    }
}

MpsValue mps_dict_get_cstr(MpsThread *t, MpsDict *d, const char *key)
{
    (void)t;
    if (!d->len) return MPS_NULL;
    size_t n = strlen(key);
    uint64_t h = mps_hash_bytes(key, n);
    size_t mask = d->mask, j = h & mask;
    for (uint64_t perturb = h;; perturb >>= 5) {
        int32_t k = d->index[j];
        if (k == IX_EMPTY) return MPS_NULL;
        if (k >= 0) {
            MpsDictEntry *e = &d->entries[k];
            if (e->hash == h && mps_is_str(e->key) && mps_str_size(e->key) == n
                && memcmp(mps_str_data(e->key), key, n) == 0)
                return e->value;
        }
        j = (j * 5 + perturb + 1) & mask;
    }
}

static int dict_insert(MpsThread *t, MpsDict *d, MpsValue key, uint64_t h, MpsValue v)
{
    if (!d->index && dict_resize(t, d, 1) < 0) return -1;
    int32_t ix;
    int64_t slot = dict_find(t, d, key, h, &ix);
    if (slot == -2) return -1;
    d->version++;
    if (ix >= 0) { d->entries[ix].value = v; return 0; }
    if (d->used >= d->cap) {
        if (dict_resize(t, d, (d->len + 1) * 2) < 0) return -1;   /* compacts too */
        slot = dict_find(t, d, key, h, &ix);     /* no user code: key is new */
        if (slot == -2) return -1;
    }
    d->index[slot] = (int32_t)d->used;
    d->entries[d->used++] = (MpsDictEntry){ key, v, h };
    d->len++;
    return 0;
}

int mps_dict_set(MpsThread *t, MpsDict *d, MpsValue key, MpsValue v)
{
    uint64_t h;
    if (key_hash(t, key, &h) < 0) return -1;
    return dict_insert(t, d, key, h, v);
}

int mps_dict_set_cstr(MpsThread *t, MpsDict *d, const char *key, MpsValue v)
{
    MpsValue k = mps_intern_cstr(t, key);
    if (!k) return -1;
    return mps_dict_set(t, d, k, v);
}

int mps_dict_del(MpsThread *t, MpsDict *d, MpsValue key)
{
    uint64_t h;
    if (key_hash(t, key, &h) < 0) return -1;
    if (!d->len) return 0;
    int32_t ix;
    int64_t slot = dict_find(t, d, key, h, &ix);
    if (slot == -2) return -1;
    if (ix < 0) return 0;
    d->index[slot] = IX_DUMMY;
    d->entries[ix].key = MPS_NULL;
    d->entries[ix].value = MPS_NULL;
    d->len--;
    d->version++;
    if (d->len == 0) {       /* cheap full reset keeps pop-until-empty loops O(1) */
        memset(d->index, 0xff, (d->mask + 1) * sizeof *d->index);
        d->used = 0;
    }
    return 1;
}

bool mps_dict_next(MpsDict *d, size_t *pos, MpsValue *key, MpsValue *value)
{
    while (*pos < d->used) {
        MpsDictEntry *e = &d->entries[(*pos)++];
        if (e->key != MPS_NULL) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return true;
        }
    }
    return false;
}

void mps_dict_clear(MpsDict *d)
{
    free(d->index);
    free(d->entries);
    d->index = NULL;
    d->entries = NULL;
    d->len = d->used = d->cap = d->mask = 0;
    d->version++;
}

MpsDict *mps_dict_copy(MpsThread *t, MpsDict *d)
{
    MpsDict *c = mps_dict_new(t);
    if (!c || !d->len) return c;
    if (dict_resize(t, c, d->len) < 0) return NULL;
    MpsValue k, v;
    for (size_t i = 0; mps_dict_next(d, &i, &k, &v); )
        if (dict_insert(t, c, k, d->entries[i - 1].hash, v) < 0) return NULL;
    return c;
}

static int update_pairs(MpsThread *t, MpsDict *d, MpsValue seq)
{
    MpsValue it = mps_iter(t, seq);
    if (!it) return -1;
    MPS_ROOT(t, it);
    int rc = -1;
    for (int64_t n = 0;; n++) {
        MpsValue item = mps_next(t, it);
        if (!item) { if (!t->exc) rc = 0; break; }
        MPS_ROOT(t, item);
        MpsValue pair = mps_is_tuple(item) || mps_is_list(item) ? item : MPS_NULL;
        if (!pair) {
            pair = mps_sequence_to_tuple(t, item);
            if (!pair) {
                MPS_UNROOT(t, 1);
                if (mps_exc_matches(t, MPS_EXCCLS(t, TypeError))) {
                    mps_exc_clear(t);
                    MPS_RAISE(t, TypeError, "cannot convert dictionary update sequence element #%lld to a sequence", (long long)n);
                }
                break;
            }
        }
        MpsValue *kv;
        int64_t len = mps_seq_items(pair, &kv);
        if (len != 2) {
            MPS_UNROOT(t, 1);
            MPS_RAISE(t, ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
                      (long long)n, (long long)len);
            break;
        }
        int r = mps_dict_set(t, d, kv[0], kv[1]);
        MPS_UNROOT(t, 1);
        if (r < 0) break;
    }
    MPS_UNROOT(t, 1);
    return rc;
}

int mps_dict_update(MpsThread *t, MpsDict *d, MpsValue m)
{
    if (mps_is_dict(m)) {
        MpsDict *src = MPS_DICT(m);
        MpsValue k, v;
        for (size_t i = 0; mps_dict_next(src, &i, &k, &v); )
            if (dict_insert(t, d, k, src->entries[i - 1].hash, v) < 0) return -1;
        return 0;
    }
    /* a mapping: has keys() */
    MpsValue keys = MPS_NULL;
    if (!mps_is_list(m) && !mps_is_tuple(m) && !mps_is_str(m)) {
        MpsValue name = mps_intern_cstr(t, "keys");
        if (!name) return -1;
        MpsValue meth = mps_getattr_opt(t, m, name);
        if (!meth && t->exc) return -1;
        if (meth) {
            keys = mps_call0(t, meth);
            if (!keys) return -1;
        }
    }
    if (!keys) return update_pairs(t, d, m);
    MPS_ROOT(t, keys);
    MpsValue it = mps_iter(t, keys);
    int rc = -1;
    if (!it) goto out;
    MPS_ROOT(t, it);
    for (;;) {
        MpsValue k = mps_next(t, it);
        if (!k) { if (!t->exc) rc = 0; break; }
        MPS_ROOT(t, k);
        MpsValue v = mps_getitem(t, m, k);
        int r = v ? mps_dict_set(t, d, k, v) : -1;
        MPS_UNROOT(t, 1);
        if (r < 0) break;
    }
    MPS_UNROOT(t, 1);
out:
    MPS_UNROOT(t, 1);
    return rc;
}

/* ---------------------------------------------------------------- iterators */

/* a = the table, b = owner (dict or set, for the message), c = what;
 * i = position, j = length at start */
static MpsValue dict_iter_next(MpsThread *t, MpsIter *it)
{
    MpsDict *d = MPS_DICT(it->a);
    if (it->i < 0) return MPS_NULL;
    if ((int64_t)d->len != it->j) {
        it->i = -1;
        if (mps_is_anyset(it->b)) return MPS_RAISE(t, RuntimeError, "Set changed size during iteration");
        return MPS_RAISE(t, RuntimeError, "dictionary changed size during iteration");
    }
    size_t pos = (size_t)it->i;
    MpsValue k, v;
    if (!mps_dict_next(d, &pos, &k, &v)) { it->i = -1; return MPS_NULL; }
    it->i = (int64_t)pos;
    switch (mps_small(it->c)) {
    case 0: return k;
    case 1: return v;
    default: return mps_tuple_pack(t, 2, k, v);
    }
}

MpsValue mps_dict_iter(MpsThread *t, MpsDict *d, MpsValue owner, int what)
{
    MpsValue it = mps_iter_new(t, dict_iter_next, mps_from_obj(d), owner, mps_from_small(what));
    if (it) ((MpsIter *)it)->j = (int64_t)d->len;
    return it;
}
