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

/* Every dict carries room for a MIN_SIZE table (index + entries) right
 * after its struct: small dicts (instance attributes, kwargs) need no
 * malloc/free of their own. A table there is never freed (see
 * mps_dict_table_free). */
#define INLINE_BYTES (MIN_SIZE * sizeof(int32_t) + MIN_SIZE * 2 / 3 * sizeof(MpsDictEntry))
#define INLINE_TABLE(d) ((int32_t *)((d) + 1))

MpsDict *mps_dict_new(MpsThread *t)
{
    MpsDict *d = mps_gc_alloc(t, sizeof(MpsDict) + INLINE_BYTES, MPS_K_DICT, MPS_TYPE(t, DICT));
    if (!d) { mps_raise_nomem(t); return NULL; }
    return d;                   /* tables allocated on first insert */
}

/* free the index/entries block of a dict (not a set table) */
void mps_dict_table_free(MpsDict *d)
{
    if (d->index != INLINE_TABLE(d)) free(d->index);   /* the entries too: same block */
}

/* index size s holds up to s*2/3 entries */
static size_t usable(size_t size) { return size * 2 / 3; }

static int dict_resize(MpsThread *t, MpsDict *d, size_t minlen)
{
    size_t size = MIN_SIZE;
    while (usable(size) < minlen) size <<= 1;
    /* one block: the index, then the entries (size * 4 is a multiple of 32);
     * the smallest table goes to the dict's own room when that is free */
    int32_t *index;
    bool inl = size == MIN_SIZE && d->index != INLINE_TABLE(d);
    if (inl) index = INLINE_TABLE(d);
    else if (!(index = malloc(size * sizeof *index + usable(size) * sizeof(MpsDictEntry)))) {
        mps_raise_nomem(t);
        return -1;
    }
    MpsDictEntry *ent = (MpsDictEntry *)(index + size);
    memset(index, 0xff, size * sizeof *index);      /* all IX_EMPTY */
    if (!inl) mps_gc_note_extra(t, size * sizeof *index + usable(size) * sizeof *ent);
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
    mps_dict_table_free(d);
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
    int restarts = 0;
restart:;
    if (!d->index && dict_resize(t, d, 1) < 0) return -2;   /* cleared by an __eq__ */
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
                    /* __eq__ mutated the table: start over (but an __eq__ that
                     * mutates it every time would never let us finish) */
                    if (d->version != ver || d->entries != ents) {
                        if (++restarts > 1000) {
                            MPS_RAISE(t, RuntimeError, "dictionary keeps changing during lookup");
                            return -2;
                        }
                        goto restart;
                    }
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

/* position in entries[] of the str key, or -1 (for the VM's inline caches) */
int64_t mps_dict_index_str(MpsDict *d, MpsValue key)
{
    if (!d->len || !d->index) return -1;
    uint64_t h = mps_str_hash(key);
    size_t mask = d->mask, j = h & mask;
    for (uint64_t perturb = h;; perturb >>= 5) {
        int32_t k = d->index[j];
        if (k == IX_EMPTY) return -1;
        if (k >= 0) {
            MpsDictEntry *e = &d->entries[k];
            if (e->key == key || str_key_eq(key, e->key, h, e->hash)) return k;
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

void mps_settab_clear(MpsDict *d);

void mps_dict_clear(MpsDict *d)
{
    if (d->hdr.flags & 0x01) { mps_settab_clear(d); return; }   /* MPS_DICT_SETTAB */
    mps_dict_table_free(d);
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

/* ---------------------------------------------------------------- set tables
 *
 * The table of a set/frozenset (flag MPS_DICT_SETTAB on its header) follows
 * CPython's Objects/setobject.c so that iteration order (slot order) matches:
 * entries[] is the open-addressing table itself (mask + 1 slots, `used` ==
 * `cap` == mask + 1 so mps_dict_next walks it in slot order), probing is 9
 * linear probes then perturbation, growth ×4 when 60% full. Empty slot: key
 * and value MPS_NULL; dummy (deleted): key MPS_NULL, value MPS_NONE. `fill`
 * (active + dummy) lives in hdr.extra, the pop() finger in `version`. A table
 * not yet allocated (entries NULL) stands for CPython's empty 8-slot table.
 */
#define MPS_DICT_SETTAB 0x01
#define ST_LINEAR_PROBES 9
#define ST_FILL(d) ((d)->hdr.extra)

void mps_settab_init(MpsDict *d) { d->hdr.flags |= MPS_DICT_SETTAB; }
bool mps_settab_is(MpsDict *d) { return d->hdr.flags & MPS_DICT_SETTAB; }
static size_t st_mask(MpsDict *d) { return d->entries ? d->mask : MIN_SIZE - 1; }

/* slot for a key known to be absent, in a table without dummies */
static void st_insert_clean(MpsDictEntry *table, size_t mask, MpsValue key, uint64_t h)
{
    size_t i = h & mask;
    for (uint64_t perturb = h;;) {
        MpsDictEntry *e = &table[i];
        if (e->key == MPS_NULL) goto found;
        if (i + ST_LINEAR_PROBES <= mask)
            for (int j = 0; j < ST_LINEAR_PROBES; j++) {
                e++;
                if (e->key == MPS_NULL) goto found;
            }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        *e = (MpsDictEntry){ key, MPS_NONE, h };
        return;
    }
}

static int st_resize(MpsThread *t, MpsDict *d, size_t minused)
{
    size_t newsize = MIN_SIZE;
    while (newsize <= minused) newsize <<= 1;
    size_t oldsize = d->entries ? d->mask + 1 : 0;
    if (newsize == MIN_SIZE && (oldsize == 0 || (oldsize == MIN_SIZE && ST_FILL(d) == d->len)))
        return 0;             /* CPython keeps its small table as it is */
    MpsDictEntry *nt = calloc(newsize, sizeof *nt);
    if (!nt) { mps_raise_nomem(t); return -1; }
    mps_gc_note_extra(t, newsize * sizeof *nt);
    MpsDictEntry *old = d->entries;
    for (size_t i = 0; i < oldsize; i++)
        if (old[i].key != MPS_NULL) st_insert_clean(nt, newsize - 1, old[i].key, old[i].hash);
    free(old);
    d->entries = nt;
    d->mask = newsize - 1;
    d->used = d->cap = newsize;
    ST_FILL(d) = (uint32_t)d->len;
    return 0;
}

static int st_alloc(MpsThread *t, MpsDict *d)
{
    if (d->entries) return 0;
    MpsDictEntry *nt = calloc(MIN_SIZE, sizeof *nt);
    if (!nt) { mps_raise_nomem(t); return -1; }
    mps_gc_note_extra(t, MIN_SIZE * sizeof *nt);
    d->entries = nt;
    d->mask = MIN_SIZE - 1;
    d->used = d->cap = MIN_SIZE;
    ST_FILL(d) = 0;
    return 0;
}

/* may `key` equal the live entry e (same hash)? 1/0, -1 error, 2 table
 * changed (*restarts counts those: an __eq__ that changes the table every
 * time must not keep the lookup going forever) */
static int st_key_eq(MpsThread *t, MpsDict *d, MpsDictEntry *e, MpsValue key, int *restarts)
{
    MpsValue ek = e->key;
    if (ek == key) return 1;
    if (mps_is_small(key) && mps_is_small(ek)) return 0;
    if (mps_is_str(key) && mps_is_str(ek)) return mps_str_eq(key, ek);
    MpsDictEntry *ents = d->entries;
    int eq = mps_eq(t, ek, key);
    if (eq < 0) return -1;
    if (d->entries != ents || e->key != ek) {
        if (++*restarts > 1000) {
            MPS_RAISE(t, RuntimeError, "set keeps changing during lookup");
            return -1;
        }
        return 2;
    }
    return eq;
}

/* the live entry holding key, or NULL with *err = 0 (absent) or -1 */
static MpsDictEntry *st_lookkey(MpsThread *t, MpsDict *d, MpsValue key, uint64_t h, int *err)
{
    *err = 0;
    int restarts = 0;
restart:
    if (!d->entries || !d->len) return NULL;
    size_t mask = d->mask, i = h & mask;
    for (uint64_t perturb = h;;) {
        MpsDictEntry *e = &d->entries[i];
        int probes = i + ST_LINEAR_PROBES <= mask ? ST_LINEAR_PROBES : 0;
        do {
            if (e->key == MPS_NULL) {
                if (e->value == MPS_NULL) return NULL;
            } else if (e->hash == h) {
                int r = st_key_eq(t, d, e, key, &restarts);
                if (r < 0) { *err = -1; return NULL; }
                if (r == 2) goto restart;
                if (r) return e;
            }
            e++;
        } while (probes--);
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int mps_settab_add_hash(MpsThread *t, MpsDict *d, MpsValue key, uint64_t h)
{
    int restarts = 0;
restart:;
    if (st_alloc(t, d) < 0) return -1;     /* again: an __eq__ may have cleared it */
    size_t mask = d->mask, i = h & mask;
    MpsDictEntry *freeslot = NULL, *e;
    for (uint64_t perturb = h;;) {
        e = &d->entries[i];
        int probes = i + ST_LINEAR_PROBES <= mask ? ST_LINEAR_PROBES : 0;
        do {
            if (e->key == MPS_NULL) {
                if (e->value == MPS_NULL) goto found_unused_or_dummy;
                freeslot = e;
            } else if (e->hash == h) {
                int r = st_key_eq(t, d, e, key, &restarts);
                if (r < 0) return -1;
                if (r == 2) goto restart;
                if (r) return 0;
                mask = d->mask;
            }
            e++;
        } while (probes--);
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        *freeslot = (MpsDictEntry){ key, MPS_NONE, h };
        d->len++;
        return 0;
    }
    *e = (MpsDictEntry){ key, MPS_NONE, h };
    d->len++;
    ST_FILL(d)++;
    if ((size_t)ST_FILL(d) * 5 < mask * 3) return 0;
    return st_resize(t, d, d->len > 50000 ? d->len * 2 : d->len * 4);
}

int mps_settab_add(MpsThread *t, MpsDict *d, MpsValue key)
{
    uint64_t h;
    if (key_hash(t, key, &h) < 0) return -1;
    return mps_settab_add_hash(t, d, key, h);
}

int mps_settab_contains_hash(MpsThread *t, MpsDict *d, MpsValue key, uint64_t h)
{
    int err;
    MpsDictEntry *e = st_lookkey(t, d, key, h, &err);
    return err ? -1 : e != NULL;
}

int mps_settab_contains(MpsThread *t, MpsDict *d, MpsValue key)
{
    uint64_t h;
    if (key_hash(t, key, &h) < 0) return -1;
    return mps_settab_contains_hash(t, d, key, h);
}

int mps_settab_discard_hash(MpsThread *t, MpsDict *d, MpsValue key, uint64_t h)
{
    int err;
    MpsDictEntry *e = st_lookkey(t, d, key, h, &err);
    if (!e) return err;
    e->key = MPS_NULL;
    e->value = MPS_NONE;          /* dummy */
    d->len--;
    return 1;
}

int mps_settab_discard(MpsThread *t, MpsDict *d, MpsValue key)
{
    uint64_t h;
    if (key_hash(t, key, &h) < 0) return -1;
    return mps_settab_discard_hash(t, d, key, h);
}

/* set.pop(): CPython's search finger */
MpsValue mps_settab_pop(MpsDict *d)
{
    if (!d->len) return MPS_NULL;
    size_t mask = d->mask, i = d->version & mask;
    while (d->entries[i].key == MPS_NULL) i = i + 1 > mask ? 0 : i + 1;
    MpsValue k = d->entries[i].key;
    d->entries[i].key = MPS_NULL;
    d->entries[i].value = MPS_NONE;
    d->len--;
    d->version = (uint32_t)(i + 1);
    return k;
}

void mps_settab_clear(MpsDict *d)
{
    free(d->entries);
    d->entries = NULL;
    d->len = d->used = d->cap = d->mask = 0;
    ST_FILL(d) = 0;
}

/* CPython's "more than 1/4 dummies: resize them away" after removals */
int mps_settab_compact(MpsThread *t, MpsDict *d)
{
    if (!d->entries || (size_t)ST_FILL(d) - d->len <= d->mask / 4) return 0;
    return st_resize(t, d, d->len > 50000 ? d->len * 2 : d->len * 4);
}

/* so |= other, both set tables (CPython set_merge) */
int mps_settab_merge(MpsThread *t, MpsDict *so, MpsDict *other)
{
    if (other == so || other->len == 0) return 0;
    if (((size_t)ST_FILL(so) + other->len) * 5 >= st_mask(so) * 3)
        if (st_resize(t, so, (so->len + other->len) * 2) < 0) return -1;
    if (st_alloc(t, so) < 0) return -1;
    if (ST_FILL(so) == 0 && so->mask == other->mask && ST_FILL(other) == other->len) {
        for (size_t i = 0; i <= other->mask; i++)
            if (other->entries[i].key != MPS_NULL) so->entries[i] = other->entries[i];
        ST_FILL(so) = ST_FILL(other);
        so->len = other->len;
        return 0;
    }
    if (ST_FILL(so) == 0) {
        for (size_t i = 0; i <= other->mask; i++)
            if (other->entries[i].key != MPS_NULL)
                st_insert_clean(so->entries, so->mask, other->entries[i].key, other->entries[i].hash);
        ST_FILL(so) = (uint32_t)other->len;
        so->len = other->len;
        return 0;
    }
    for (size_t i = 0; other->entries && i <= other->mask; i++) {
        MpsDictEntry e = other->entries[i];
        if (e.key != MPS_NULL && mps_settab_add_hash(t, so, e.key, e.hash) < 0) return -1;
    }
    return 0;
}

/* so |= keys of the dict d (CPython set_update_internal, exact dict) */
int mps_settab_merge_dict(MpsThread *t, MpsDict *so, MpsDict *d)
{
    if (((size_t)ST_FILL(so) + d->len) * 5 >= st_mask(so) * 3)
        if (st_resize(t, so, (so->len + d->len) * 2) < 0) return -1;
    for (size_t i = 0; i < d->used; i++) {
        MpsDictEntry e = d->entries[i];
        if (e.key != MPS_NULL && mps_settab_add_hash(t, so, e.key, e.hash) < 0) return -1;
    }
    return 0;
}
