/*
 * serialize.c — mps's serialization of values for inter-process
 * communication (the pickle of mps).
 *
 * Format: one version byte (SER_VERSION), then exactly one value, then
 * nothing. A value is a tag byte followed by its fields:
 *
 *   N T F E n          None True False Ellipsis NotImplemented
 *   i  zz              int that fits 64 bits (zz = zigzag varint)
 *   I  sign u n bytes  big int: sign 0/1, u = byte count, magnitude big-endian
 *   f  8 bytes         float, IEEE-754 little-endian
 *   s / S  u bytes     str (UTF-8) / str that was interned
 *   w  u bytes         str, not memoized (temporary text, e.g. a traceback)
 *   b / B  u bytes     bytes / bytearray
 *   l t z Z  u values  list, tuple, set, frozenset
 *   d  u (key value)   dict, insertion order
 *   r  zz zz zz        range(start, stop, step)
 *   x  v v v           slice
 *   R  u               reference to the u-th memoized object
 *   K / J  u           built-in class interp->types[u] / exception class exc[u]
 *   G  raw raw         global by reference: module name, dotted qualname
 *                      (raw = u bytes of UTF-8, no tag)
 *   M  raw             module by name
 *   k  class value     instance of a user subclass of a built-in kind
 *                      (list, dict, str…): the value, then its class set
 *   o  class u pairs   instance of a user class: its dict, inline
 *   O  class v         instance whose class defines __getstate__: the state
 *   p  class u (u v) u pairs  instance of a class with __slots__: the set
 *                      slots (index, value), then its dict (0 pairs: none)
 *   e  class v u pairs exception: class, args tuple, its dict inline (plus
 *                      __traceback_text__, the formatted traceback, if any)
 *   X  named v byte[v] obj = callable(*args) from __reduce__, then the
 *                      state when the byte is 1 (__setstate__ or dict update)
 *   c  ...             code object by value (see w_code)
 *   u  ...             function by value: code, module name, qualname, name,
 *                      defaults, kwdefaults, closure cells, doc, dict
 *   C  byte [v]        cell: 1 full + content / 0 empty
 *   m  v v             bound method: self, function
 *   a  v raw           getattr(obj, name): bound built-in methods
 *
 * Memo (shared and cyclic references): every heap object gets the next
 * memo index at the moment its tag is written / read, in the same order on
 * both sides, before its contents — so a container can contain itself.
 * Exceptions to the rule: X gets its index once the object exists (after
 * callable and args; a reference to it from inside its own args is refused
 * when dumping), and the tags i, w, k, K, J, R, immediates take none.
 * The loader creates each object empty, memoizes it, then fills it; the
 * memo list is a GC root, so everything decoded so far stays alive across
 * imports and calls; values that take no index go to a second rooted list.
 *
 * A tuple or frozenset may thus be referred to before it is complete: a
 * reference to it from inside itself is accepted only through a mutable
 * object (a list, a dict, an instance), as a program can make; an
 * immutable-only cycle is refused (hash() of it would never end). Known
 * limit: such an incomplete tuple used as a dict key inside its own
 * contents is hashed before it is filled.
 *
 * Safety of loads: every length is bounded by the remaining input before
 * anything is allocated, every field is type-checked, nesting depth is
 * bounded, and the only code that runs is importing a module named in a G
 * tag, a reduce callable that was itself resolved by name (G/K/J or a
 * reference to one), __setstate__ of a class resolved by name, and the
 * getattr of an `a` tag (a bound built-in method; a user class's
 * __getattr__ may run). Code objects are checked (operands in range) but
 * never run by the loader.
 */
#include "serialize.h"
#include "../vm/code.h"
#include <stdlib.h>
#include <string.h>

#define SER_VERSION 1
#define SER_MAX_DEPTH 2000

/* ---------------------------------------------------------------- helpers */

/* the label of a type for error messages: "int", "_thread.lock", "Foo" */
static void type_label(MpsThread *t, MpsClass *c, char *out, size_t n)
{
    const char *mod = mps_is_str(c->module) ? mps_str_data(c->module) : "builtins";
    const char *q = mps_is_str(c->qualname) ? mps_str_data(c->qualname) : "?";
    /* a built-in class made by a module (the lock of _thread) says
     * "builtins": name the module that exports it instead */
    MpsDict *mods = t->interp->modules;
    MpsValue k, m;
    if (c->is_builtin && mps_is_str(c->name) && mods &&
        mps_dict_get_str(t->interp->builtins, c->name) != mps_from_obj(c))
        for (size_t pos = 0; mps_dict_next(mods, &pos, &k, &m); )
            if (mps_is_str(k) && strncmp(mps_str_data(k), "_mps", 4) &&   /* private keepers */
                mps_is_kind(m, MPS_K_MODULE) &&
                mps_dict_get_str(MPS_MODULE(m)->dict, c->name) == mps_from_obj(c)) {
                snprintf(out, n, "%s.%s", mps_str_data(k), q);
                return;
            }
    if (c->is_builtin || !strcmp(mod, "builtins") || !strcmp(mod, "__main__"))
        snprintf(out, n, "%s", q);
    else
        snprintf(out, n, "%s.%s", mod, q);
}

/* Pickle mode (mps_ser_dumps_pickle / mps_ser_loads_pickle): the class
 * of pickle.PicklingError while pickle.dumps runs on this thread, else
 * MPS_NULL. In that mode functions and classes go by reference only (a
 * lambda or a local function is refused as CPython's pickle refuses it),
 * code objects, cells and modules are refused, and errors say "pickle". */
/* (kept in the MpsThread, reached through the current thread) */
#define ser_pickling (mps_tls_thread->ser_pickling)
#define ser_unpickling (mps_tls_thread->ser_unpickling)

static MpsValue ser_fail(MpsThread *t, MpsValue v, const char *why)
{
    char label[200];
    type_label(t, mps_class_of(t, v), label, sizeof label);
    if (ser_pickling) return MPS_RAISE(t, TypeError, "cannot pickle '%s' object", label);
    if (why) return MPS_RAISE(t, TypeError, "cannot serialize '%s' object (%s)", label, why);
    return MPS_RAISE(t, TypeError, "cannot serialize '%s' object", label);
}

/* sys.modules[name] (name: n bytes), the two names of the main script
 * standing for each other: a spawned child runs it as __mp_main__. */
static MpsValue ser_module_get(MpsThread *t, const char *name, size_t n)
{
    MpsDict *mods = t->interp->modules;
    char buf[256];
    if (!mods || n >= sizeof buf) return MPS_NULL;
    memcpy(buf, name, n);
    buf[n] = 0;
    MpsValue m = MPS_NULL;
    if (!strcmp(buf, "__main__")) m = mps_dict_get_cstr(t, mods, "__mp_main__");
    if (!m) m = mps_dict_get_cstr(t, mods, buf);
    if (!m && !strcmp(buf, "__mp_main__")) m = mps_dict_get_cstr(t, mods, "__main__");
    return mps_is_kind(m, MPS_K_MODULE) ? m : MPS_NULL;
}

/* attribute `name` (n bytes) of a module or class, no code run: MPS_NULL if absent */
static MpsValue ser_attr(MpsThread *t, MpsValue obj, const char *name, size_t n)
{
    char buf[256];
    if (n == 0 || n >= sizeof buf) return MPS_NULL;
    memcpy(buf, name, n);
    buf[n] = 0;
    MpsValue v = MPS_NULL;
    if (mps_is_kind(obj, MPS_K_MODULE)) {
        v = mps_dict_get_cstr(t, MPS_MODULE(obj)->dict, buf);
    } else if (mps_is_class(obj)) {
        MpsClass *c = MPS_CLASS(obj);
        if (!c->dict) return MPS_NULL;
        v = mps_dict_get_cstr(t, c->dict, buf);
    }
    /* staticmethod / classmethod wrappers stand for their function */
    if (mps_is_kind(v, MPS_K_STATICMETHOD) || mps_is_kind(v, MPS_K_CLASSMETHOD))
        v = ((MpsWrapper *)v)->func;
    return v;
}

/* walk a dotted qualname from a module: MPS_NULL if any part is missing */
static MpsValue ser_walk(MpsThread *t, MpsValue m, const char *q, size_t n)
{
    MpsValue cur = m;
    size_t i = 0;
    while (cur && i <= n) {
        size_t j = i;
        while (j < n && q[j] != '.') j++;
        cur = ser_attr(t, cur, q + i, j - i);
        i = j + 1;
    }
    return cur;
}

/* Look up `name` (a method or state hook) along the MRO of c; builtin
 * owners count only when allow_builtin (native objects' __reduce__), and
 * `object` never does. MPS_NULL if absent. */
static MpsValue ser_special(MpsThread *t, MpsClass *c, const char *name, bool allow_builtin)
{
    MpsValue mro = c->mro;
    if (!mps_is_tuple(mro)) return MPS_NULL;
    for (size_t i = 0; i < MPS_TUPLE(mro)->len; i++) {
        MpsClass *k = MPS_CLASS(MPS_TUPLE(mro)->items[i]);
        if (k == t->interp->types[MPS_T_OBJECT] || !k->dict) continue;
        MpsValue v = mps_dict_get_cstr(t, k->dict, name);
        if (v) return (k->is_builtin && !allow_builtin) ? MPS_NULL : v;
    }
    return MPS_NULL;
}

/* ================================================================ dumps */

typedef struct SerW {
    MpsThread *t;
    MpsBuf *out;
    MpsValue *keys;        /* memo: open-addressed object → index */
    int32_t *idx;          /* -1: a reduce in progress (no index yet) */
    size_t cap, count;
    int32_t next;          /* next memo index */
    MpsValue keep;         /* rooted list of memoized objects, once mps code may run */
    int depth;
} SerW;

static int w_value(SerW *w, MpsValue v);

static void w_byte(SerW *w, int c) { mps_buf_addc(w->out, (char)c); }

static void w_uvar(SerW *w, uint64_t u)
{
    char b[10];
    int n = 0;
    while (u >= 0x80) { b[n++] = (char)(u | 0x80); u >>= 7; }
    b[n++] = (char)u;
    mps_buf_add(w->out, b, (size_t)n);
}

static void w_svar(SerW *w, int64_t i) { w_uvar(w, ((uint64_t)i << 1) ^ (uint64_t)(i >> 63)); }

static void w_raw(SerW *w, const char *s, size_t n) { w_uvar(w, n); mps_buf_add(w->out, s, n); }

static size_t w_hash(MpsValue v, size_t mask) { return (size_t)((v >> 3) * 0x9E3779B97F4A7C15ull) & mask; }

/* memo index of v, -2 if absent, -1 if a reduce of it is in progress */
static int32_t w_memo_get(SerW *w, MpsValue v)
{
    if (!w->cap) return -2;
    for (size_t i = w_hash(v, w->cap - 1);; i = (i + 1) & (w->cap - 1)) {
        if (w->keys[i] == v) return w->idx[i];
        if (!w->keys[i]) return -2;
    }
}

static int w_memo_put(SerW *w, MpsValue v, int32_t ix)
{
    if ((w->count + 1) * 2 > w->cap) {
        size_t nc = w->cap ? w->cap * 2 : 64;
        MpsValue *nk = calloc(nc, sizeof *nk);
        int32_t *ni = malloc(nc * sizeof *ni);
        if (!nk || !ni) { free(nk); free(ni); mps_raise_nomem(w->t); return -1; }
        for (size_t i = 0; i < w->cap; i++) {
            if (!w->keys[i]) continue;
            size_t j = w_hash(w->keys[i], nc - 1);
            while (nk[j]) j = (j + 1) & (nc - 1);
            nk[j] = w->keys[i];
            ni[j] = w->idx[i];
        }
        free(w->keys);
        free(w->idx);
        w->keys = nk;
        w->idx = ni;
        w->cap = nc;
    }
    size_t i = w_hash(v, w->cap - 1);
    while (w->keys[i] && w->keys[i] != v) i = (i + 1) & (w->cap - 1);
    if (!w->keys[i]) {
        w->count++;
        if (w->keep && mps_list_append(w->t, w->keep, v) < 0) return -1;
    }
    w->keys[i] = v;
    w->idx[i] = ix;
    return 0;
}

/* give v the next memo index */
static int w_memo(SerW *w, MpsValue v) { return w_memo_put(w, v, w->next++); }

/* Before running mps code (a __reduce__, a repr inside a traceback): the
 * memo holds raw addresses, so from now on it must keep its objects alive,
 * or a freed temporary's address could be reused and mis-referenced. */
static int w_unsafe(SerW *w)
{
    if (w->keep) return 0;
    MpsValue keep = mps_list_new(w->t, 0);
    if (!keep) return -1;
    for (size_t i = 0; i < w->cap; i++)
        if (w->keys[i] && mps_list_append(w->t, keep, w->keys[i]) < 0) return -1;
    MPS_ROOT(w->t, keep);
    w->keep = keep;
    return 0;
}

/* module name and dotted qualname of a class or function, if it can be
 * found again under them (sys.modules only: no import while dumping) */
static bool w_resolves(SerW *w, MpsValue v, MpsValue mod, MpsValue qual)
{
    if (!mps_is_str(mod) || !mps_is_str(qual)) return false;
    MpsValue m = ser_module_get(w->t, mps_str_data(mod), mps_str_size(mod));
    return m && ser_walk(w->t, m, mps_str_data(qual), mps_str_size(qual)) == v;
}

static void w_global(SerW *w, MpsValue mod, const char *q, size_t qn)
{
    w_byte(w, 'G');
    w_raw(w, mps_str_data(mod), mps_str_size(mod));
    w_raw(w, q, qn);
}

/* the module holding built-in function b under its name: sys.modules key */
static MpsValue w_builtin_home(SerW *w, MpsValue b)
{
    MpsThread *t = w->t;
    MpsBuiltin *f = (MpsBuiltin *)b;
    MpsInterp *in = t->interp;
    if (mps_is_kind(f->self, MPS_K_MODULE) &&
        mps_dict_get_cstr(t, MPS_MODULE(f->self)->dict, f->name) == b &&
        mps_is_str(MPS_MODULE(f->self)->name) &&
        ser_module_get(t, mps_str_data(MPS_MODULE(f->self)->name),
                       mps_str_size(MPS_MODULE(f->self)->name)) == f->self)
        return MPS_MODULE(f->self)->name;
    if (in->builtins && mps_dict_get_cstr(t, in->builtins, f->name) == b &&
        mps_is_kind(in->builtins_module, MPS_K_MODULE))
        return MPS_MODULE(in->builtins_module)->name;
    MpsValue k, m;
    for (size_t pos = 0; in->modules && mps_dict_next(in->modules, &pos, &k, &m); )
        if (mps_is_str(k) && mps_is_kind(m, MPS_K_MODULE) &&
            mps_dict_get_cstr(t, MPS_MODULE(m)->dict, f->name) == b)
            return k;
    return MPS_NULL;
}

/* Write v as a reference by name (K, J, G, or R to one): 1 done, 0 v cannot
 * be found by name (nothing written, no exception), -1 error. */
static int w_named(SerW *w, MpsValue v)
{
    MpsInterp *in = w->t->interp;
    if (!mps_is_obj(v)) return 0;
    int32_t ix = w_memo_get(w, v);
    if (ix >= 0) { w_byte(w, 'R'); w_uvar(w, (uint64_t)ix); return 1; }
    switch (mps_kind(v)) {
    case MPS_K_CLASS: {
        for (int i = 0; i < MPS_T__COUNT; i++)
            if (mps_from_obj(in->types[i]) == v) { w_byte(w, 'K'); w_uvar(w, (uint64_t)i); return 1; }
        for (int i = 0; i < MPS_EXC__COUNT; i++)
            if (mps_from_obj(in->exc[i]) == v) { w_byte(w, 'J'); w_uvar(w, (uint64_t)i); return 1; }
        MpsClass *c = MPS_CLASS(v);
        if (!w_resolves(w, v, c->module, c->qualname)) return 0;
        w_global(w, c->module, mps_str_data(c->qualname), mps_str_size(c->qualname));
        return w_memo(w, v) < 0 ? -1 : 1;
    }
    case MPS_K_FUNCTION: {
        MpsFunction *f = MPS_FUNC(v);
        MpsValue mod = f->globals ? mps_dict_get_str(f->globals, in->s_name) : MPS_NULL;
        if (!mod) mod = f->module;
        if (!w_resolves(w, v, mod, f->qualname)) return 0;
        w_global(w, mod, mps_str_data(f->qualname), mps_str_size(f->qualname));
        return w_memo(w, v) < 0 ? -1 : 1;
    }
    case MPS_K_BUILTIN: {
        MpsBuiltin *f = (MpsBuiltin *)v;
        if (f->self && !mps_is_kind(f->self, MPS_K_MODULE)) return 0;
        MpsValue mod = w_builtin_home(w, v);
        if (!mod) return 0;
        w_global(w, mod, f->name, strlen(f->name));
        return w_memo(w, v) < 0 ? -1 : 1;
    }
    default:
        return 0;
    }
}

static int w_seq(SerW *w, int tag, MpsValue v, bool is_list)
{
    w_byte(w, tag);
    if (w_memo(w, v) < 0) return -1;
    if (is_list) {
        /* mps code run while dumping an item may resize the list: re-read */
        size_t n = MPS_LIST(v)->len;
        w_uvar(w, n);
        for (size_t i = 0; i < n; i++)
            if (w_value(w, i < MPS_LIST(v)->len ? MPS_LIST(v)->items[i] : MPS_NONE) < 0) return -1;
    } else {
        MpsTuple *tu = MPS_TUPLE(v);
        w_uvar(w, tu->len);
        for (size_t i = 0; i < tu->len; i++)
            if (w_value(w, tu->items[i]) < 0) return -1;
    }
    return 0;
}

/* write the entries of d: count, then key, value (or key only); the
 * count is fixed first, so entries added meanwhile are dropped and
 * removed ones written as None */
static int w_dict_entries(SerW *w, MpsDict *d, bool values, size_t extra)
{
    size_t n = d ? d->len : 0, done = 0;
    w_uvar(w, n + extra);
    MpsValue k, v;
    for (size_t pos = 0; done < n && mps_dict_next(d, &pos, &k, &v); done++) {
        if (w_value(w, k) < 0) return -1;
        if (values && w_value(w, v) < 0) return -1;
    }
    for (; done < n; done++) {
        w_byte(w, 'N');
        if (values) w_byte(w, 'N');
    }
    return 0;
}

static int w_pickle_unnamed(SerW *w, MpsValue v, MpsValue mod, MpsValue qual);

static int w_class_ref(SerW *w, MpsValue obj, MpsClass *c)
{
    int r = w_named(w, mps_from_obj(c));
    if (r == 0 && ser_pickling) return w_pickle_unnamed(w, mps_from_obj(c), c->module, c->qualname);
    if (r == 0) {
        char why[300];
        snprintf(why, sizeof why, "class %s not found by name",
                 mps_is_str(c->qualname) ? mps_str_data(c->qualname) : "?");
        ser_fail(w->t, obj, why);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

/* obj has a __reduce__: (callable, args) or (callable, args, state) */
static int w_reduce(SerW *w, MpsValue v)
{
    MpsThread *t = w->t;
    if (w_unsafe(w) < 0) return -1;
    MpsValue r = mps_call_method(t, v, "__reduce__", 0, NULL);
    if (!r) return -1;
    if (mps_list_append(t, w->keep, r) < 0) return -1;
    if (ser_pickling && !mps_is_tuple(r)) {
        mps_raise(t, MPS_CLASS(ser_pickling), "__reduce__ must return a string or tuple");
        return -1;
    }
    if (!mps_is_tuple(r) || MPS_TUPLE(r)->len < 2 || MPS_TUPLE(r)->len > 3 ||
        !mps_is_tuple(MPS_TUPLE(r)->items[1])) {
        MPS_RAISE(t, TypeError, "__reduce__ of '%s' must return (callable, args[, state])",
                  mps_type_name(t, v));
        return -1;
    }
    MpsTuple *rt = MPS_TUPLE(r);
    if (w_memo_put(w, v, -1) < 0) return -1;  /* in progress: no reference yet */
    w_byte(w, 'X');
    int n = w_named(w, rt->items[0]);
    if (n <= 0) {
        MpsValue f = rt->items[0];
        if (n == 0 && ser_pickling && mps_is_kind(f, MPS_K_FUNCTION))
            return w_pickle_unnamed(w, f, MPS_FUNC(f)->module, MPS_FUNC(f)->qualname);
        if (n == 0 && ser_pickling && mps_is_class(f))
            return w_pickle_unnamed(w, f, MPS_CLASS(f)->module, MPS_CLASS(f)->qualname);
        if (n == 0) ser_fail(t, v, "__reduce__ callable not found by name");
        return -1;
    }
    if (w_value(w, rt->items[1]) < 0) return -1;
    if (w_memo_put(w, v, w->next++) < 0) return -1;
    bool has_state = rt->len == 3 && rt->items[2] != MPS_NONE;
    w_byte(w, has_state);
    return has_state ? w_value(w, rt->items[2]) : 0;
}

/* the code object: see the loader r_code for the order of fields */
static int w_code(SerW *w, MpsValue v)
{
    MpsCode *co = MPS_CODE(v);
    w_byte(w, 'c');
    if (w_memo(w, v) < 0) return -1;
    w_uvar(w, co->ncode);
    for (uint32_t i = 0; i < co->ncode; i++) {
        uint32_t x = co->code[i];
        char b[4] = { (char)x, (char)(x >> 8), (char)(x >> 16), (char)(x >> 24) };
        mps_buf_add(w->out, b, 4);
    }
    int32_t prev = 0;
    for (uint32_t i = 0; i < co->ncode; i++) {
        int32_t l = co->lines ? co->lines[i] : 0;
        w_svar(w, (int64_t)l - prev);
        prev = l;
    }
    w_uvar(w, co->positions ? co->npositions : 0);
    if (co->positions) mps_buf_add(w->out, (const char *)co->positions, co->npositions);
    w_uvar(w, co->nexctab);
    for (uint32_t i = 0; i < co->nexctab; i++) {
        MpsExcEntry *e = &co->exctab[i];
        w_uvar(w, e->start); w_uvar(w, e->end); w_uvar(w, e->handler); w_uvar(w, e->depth);
    }
    int ints[] = { co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals,
                   co->ncells, co->nfree, co->stacksize, co->flags, co->firstline };
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++) w_svar(w, ints[i]);
    w_byte(w, co->cell2arg != NULL);
    if (co->cell2arg)
        for (int i = 0; i < co->ncells; i++) w_svar(w, co->cell2arg[i]);
    MpsValue vals[] = { co->consts, co->names, co->varnames, co->cellvars, co->freevars,
                        co->name, co->qualname, co->filename };
    for (size_t i = 0; i < sizeof vals / sizeof *vals; i++)
        if (w_value(w, vals[i] ? vals[i] : MPS_NONE) < 0) return -1;
    return 0;
}

/* pickle mode: v (a function or class) cannot be found by its name */
static int w_pickle_unnamed(SerW *w, MpsValue v, MpsValue mod, MpsValue qual)
{
    MpsThread *t = w->t;
    if (mps_is_str(qual) && strstr(mps_str_data(qual), "<locals>"))
        MPS_RAISE(t, AttributeError, "Can't pickle local object '%s'", mps_str_data(qual));
    else
        mps_raise(t, MPS_CLASS(ser_pickling), "Can't pickle %R: attribute lookup %s on %s failed", v,
                  mps_is_str(qual) ? mps_str_data(qual) : "?", mps_is_str(mod) ? mps_str_data(mod) : "?");
    return -1;
}

static int w_function(SerW *w, MpsValue v)
{
    MpsFunction *f = MPS_FUNC(v);
    int r = w_named(w, v);
    if (r) return r < 0 ? -1 : 0;
    if (ser_pickling) {
        MpsValue m = f->globals ? mps_dict_get_str(f->globals, w->t->interp->s_name) : MPS_NULL;
        return w_pickle_unnamed(w, v, m ? m : f->module, f->qualname);
    }
    MpsValue mod = f->globals ? mps_dict_get_str(f->globals, w->t->interp->s_name) : MPS_NULL;
    if (!mps_is_str(mod)) mod = f->module;
    if (!mps_is_str(mod)) return ser_fail(w->t, v, "function has no module"), -1;
    w_byte(w, 'u');
    if (w_memo(w, v) < 0) return -1;
    if (w_value(w, mps_from_obj(f->code)) < 0) return -1;
    w_raw(w, mps_str_data(mod), mps_str_size(mod));
    MpsValue vals[] = { f->qualname, f->name, f->defaults, f->kwdefaults, f->closure, f->doc,
                        f->dict && f->dict->len ? mps_from_obj(f->dict) : MPS_NULL };
    for (size_t i = 0; i < sizeof vals / sizeof *vals; i++)
        if (w_value(w, vals[i] ? vals[i] : MPS_NONE) < 0) return -1;
    return 0;
}

static int w_exception(SerW *w, MpsValue v)
{
    MpsThread *t = w->t;
    MpsException *e = MPS_EXC(v);
    w_byte(w, 'e');
    if (w_memo(w, v) < 0) return -1;
    if (w_class_ref(w, v, e->hdr.cls) < 0) return -1;
    if (w_value(w, mps_is_tuple(e->args) ? e->args : MPS_NONE) < 0) return -1;
    /* the formatted traceback travels along, unless the exception already
     * carries one from further away */
    bool has_text = e->dict && mps_dict_get_cstr(t, e->dict, "__traceback_text__");
    bool tb = !has_text && mps_is_traceback_obj(t, e->traceback);
    MpsBuf text;
    mps_buf_init(&text);
    if (tb) {
        if (w_unsafe(w) < 0) return -1;
        mps_print_exception(t, v, &text);
        if (t->exc) mps_exc_clear(t);
    }
    if (w_dict_entries(w, e->dict, true, tb) < 0) { mps_buf_free(&text); return -1; }
    if (tb) {
        static const char key[] = "__traceback_text__";
        w_byte(w, 'w'); w_raw(w, key, sizeof key - 1);
        w_byte(w, 'w'); w_raw(w, text.data ? text.data : "", text.len);
    }
    mps_buf_free(&text);
    return 0;
}

static int w_instance(SerW *w, MpsValue v)
{
    MpsThread *t = w->t;
    MpsClass *c = mps_obj(v)->cls;
    if (ser_special(t, c, "__getstate__", false)) {
        if (w_unsafe(w) < 0) return -1;
        MpsValue st = mps_call_method(t, v, "__getstate__", 0, NULL);
        if (!st || mps_list_append(t, w->keep, st) < 0) return -1;
        w_byte(w, 'O');
        if (w_memo(w, v) < 0) return -1;
        if (w_class_ref(w, v, c) < 0) return -1;
        return w_value(w, st);
    }
    MpsDict *d = (c->cflags & MPS_CLASS_NODICT) ? NULL : MPS_INST(v)->dict;
    if (!c->nslots) {
        w_byte(w, 'o');
        if (w_memo(w, v) < 0) return -1;
        if (w_class_ref(w, v, c) < 0) return -1;
        return w_dict_entries(w, d, true, 0);
    }
    /* the slots as they are now (writing a value may run mps code, so the
     * snapshot is kept alive with the memo's objects) */
    if (w_unsafe(w) < 0) return -1;
    MpsValue snap = mps_tuple_new(t, c->nslots);
    if (!snap || mps_list_append(t, w->keep, snap) < 0) return -1;
    size_t n = 0;
    for (uint32_t i = 0; i < c->nslots; i++)
        if ((MPS_TUPLE(snap)->items[i] = MPS_INST(v)->slots[i])) n++;
    w_byte(w, 'p');
    if (w_memo(w, v) < 0) return -1;
    if (w_class_ref(w, v, c) < 0) return -1;
    w_uvar(w, n);
    for (uint32_t i = 0; i < c->nslots; i++) {
        MpsValue x = MPS_TUPLE(snap)->items[i];
        if (!x) continue;
        w_uvar(w, i);
        if (w_value(w, x) < 0) return -1;
    }
    return w_dict_entries(w, d, true, 0);
}

static int w_str(SerW *w, MpsValue v)
{
    w_byte(w, (mps_obj(v)->flags & MPS_STR_INTERNED) ? 'S' : 's');
    if (w_memo(w, v) < 0) return -1;
    w_raw(w, mps_str_data(v), mps_str_size(v));
    return 0;
}

static int w_object(SerW *w, MpsValue v)
{
    MpsThread *t = w->t;
    MpsInterp *in = t->interp;
    MpsClass *c = mps_obj(v)->cls;
    int kind = mps_kind(v);
    bool plain = kind < MPS_K__COUNT && c == in->types[kind];

    if (kind == MPS_K_INSTANCE || kind == MPS_K_EXCEPTION || kind == MPS_K_NATIVE ||
        (!plain && !c->is_builtin)) {
        if (ser_special(t, c, "__reduce__", kind == MPS_K_NATIVE)) return w_reduce(w, v);
        if (kind == MPS_K_INSTANCE) {
            /* a built-in class's instance (a file…) has C state besides its dict */
            if (c->is_builtin && c != in->types[MPS_T_OBJECT]) return ser_fail(t, v, NULL), -1;
            return w_instance(w, v);
        }
        if (kind == MPS_K_EXCEPTION) return w_exception(w, v);
        if (kind == MPS_K_NATIVE) return ser_fail(t, v, NULL), -1;
        switch (kind) {    /* user subclass of a mutable built-in: class, then the value */
        case MPS_K_BYTEARRAY: case MPS_K_LIST: case MPS_K_DICT: case MPS_K_SET:
            w_byte(w, 'k');
            if (w_class_ref(w, v, c) < 0) return -1;
            break;
        default:
            return ser_fail(t, v, NULL), -1;
        }
    }

    switch (kind) {
    case MPS_K_STR:
        return w_str(w, v);
    case MPS_K_BYTES: case MPS_K_BYTEARRAY:
        w_byte(w, kind == MPS_K_BYTES ? 'b' : 'B');
        if (w_memo(w, v) < 0) return -1;
        w_raw(w, (const char *)MPS_BYTES(v)->data, MPS_BYTES(v)->size);
        return 0;
    case MPS_K_FLOAT: {
        uint64_t u;
        double d = mps_float_val(v);
        memcpy(&u, &d, 8);
        char b[8];
        for (int i = 0; i < 8; i++) b[i] = (char)(u >> (8 * i));
        w_byte(w, 'f');
        if (w_memo(w, v) < 0) return -1;
        mps_buf_add(w->out, b, 8);
        return 0;
    }
    case MPS_K_COMPLEX: {
        double d[2] = { MPS_COMPLEX(v)->re, MPS_COMPLEX(v)->im };
        char b[16];
        for (int k = 0; k < 2; k++) {
            uint64_t u;
            memcpy(&u, &d[k], 8);
            for (int i = 0; i < 8; i++) b[8 * k + i] = (char)(u >> (8 * i));
        }
        w_byte(w, 'j');
        if (w_memo(w, v) < 0) return -1;
        mps_buf_add(w->out, b, 16);
        return 0;
    }
    case MPS_K_BIGINT: {
        mpz_srcptr z = MPS_BIG(v)->z;
        size_t n = (mpz_sizeinbase(z, 2) + 7) / 8, got = 0;
        unsigned char *b = malloc(n ? n : 1);
        if (!b) return mps_raise_nomem(t), -1;
        mpz_export(b, &got, 1, 1, 1, 0, z);
        w_byte(w, 'I');
        if (w_memo(w, v) < 0) { free(b); return -1; }
        w_byte(w, mpz_sgn(z) < 0);
        w_raw(w, (const char *)b, got);
        free(b);
        return 0;
    }
    case MPS_K_LIST: return w_seq(w, 'l', v, true);
    case MPS_K_TUPLE: return w_seq(w, 't', v, false);
    case MPS_K_DICT:
        w_byte(w, 'd');
        if (w_memo(w, v) < 0) return -1;
        return w_dict_entries(w, MPS_DICT(v), true, 0);
    case MPS_K_SET: case MPS_K_FROZENSET:
        w_byte(w, kind == MPS_K_SET ? 'z' : 'Z');
        if (w_memo(w, v) < 0) return -1;
        return w_dict_entries(w, MPS_SET(v)->table, false, 0);
    case MPS_K_RANGE: {
        MpsRange *r = (MpsRange *)v;
        w_byte(w, 'r');
        if (w_memo(w, v) < 0) return -1;
        w_svar(w, r->start); w_svar(w, r->stop); w_svar(w, r->step);
        return 0;
    }
    case MPS_K_SLICE: {
        MpsSlice *s = (MpsSlice *)v;
        w_byte(w, 'x');
        if (w_memo(w, v) < 0) return -1;
        if (w_value(w, s->start) < 0 || w_value(w, s->stop) < 0) return -1;
        return w_value(w, s->step);
    }
    case MPS_K_CLASS: {
        int r = w_named(w, v);
        if (r == 0 && ser_pickling)
            return w_pickle_unnamed(w, v, MPS_CLASS(v)->module, MPS_CLASS(v)->qualname);
        if (r == 0) return ser_fail(t, v, "class not found by name"), -1;
        return r < 0 ? -1 : 0;
    }
    case MPS_K_BUILTIN: {
        int r = w_named(w, v);
        if (r) return r < 0 ? -1 : 0;
        MpsBuiltin *f = (MpsBuiltin *)v;
        if (!f->self) return ser_fail(t, v, "built-in function not found by name"), -1;
        w_byte(w, 'a');         /* a bound built-in method: getattr(self, name) */
        if (w_value(w, f->self) < 0) return -1;
        w_raw(w, f->name, strlen(f->name));
        return 0;
    }
    case MPS_K_MODULE: {
        MpsValue name = MPS_MODULE(v)->name;
        if (!mps_is_str(name) || ser_pickling) return ser_fail(t, v, NULL), -1;
        w_byte(w, 'M');
        if (w_memo(w, v) < 0) return -1;
        w_raw(w, mps_str_data(name), mps_str_size(name));
        return 0;
    }
    case MPS_K_FUNCTION: return w_function(w, v);
    case MPS_K_CODE:
        if (ser_pickling) return MPS_RAISE(t, TypeError, "cannot pickle code objects"), -1;
        return w_code(w, v);
    case MPS_K_CELL: {
        MpsCell *c = (MpsCell *)v;
        if (ser_pickling) return ser_fail(t, v, NULL), -1;
        w_byte(w, 'C');
        if (w_memo(w, v) < 0) return -1;
        w_byte(w, c->v != MPS_NULL);
        return c->v ? w_value(w, c->v) : 0;
    }
    case MPS_K_BOUNDMETHOD: {
        MpsBoundMethod *m = (MpsBoundMethod *)v;
        if (mps_is_kind(m->func, MPS_K_BUILTIN) && ((MpsBuiltin *)m->func)->is_method) {
            w_byte(w, 'a');     /* [].append: getattr(self, name) again */
            if (w_value(w, m->self) < 0) return -1;
            w_raw(w, ((MpsBuiltin *)m->func)->name, strlen(((MpsBuiltin *)m->func)->name));
            return 0;
        }
        w_byte(w, 'm');
        if (w_memo(w, v) < 0) return -1;
        if (w_value(w, m->self) < 0) return -1;
        return w_value(w, m->func);
    }
    default:
        return ser_fail(t, v, NULL), -1;
    }
}

static int w_value(SerW *w, MpsValue v)
{
    if (mps_is_small(v)) { w_byte(w, 'i'); w_svar(w, mps_small(v)); return 0; }
    switch (v) {
    case MPS_NONE: w_byte(w, 'N'); return 0;
    case MPS_TRUE: w_byte(w, 'T'); return 0;
    case MPS_FALSE: w_byte(w, 'F'); return 0;
    case MPS_ELLIPSIS: w_byte(w, 'E'); return 0;
    case MPS_NOTIMPLEMENTED: w_byte(w, 'n'); return 0;
    default: break;
    }
    if (!mps_is_obj(v)) return ser_fail(w->t, v, NULL), -1;
    int32_t ix = w_memo_get(w, v);
    if (ix >= 0) { w_byte(w, 'R'); w_uvar(w, (uint64_t)ix); return 0; }
    if (ix == -1) return ser_fail(w->t, v, "it is inside its own __reduce__ arguments"), -1;
    if (++w->depth > SER_MAX_DEPTH) {
        MPS_RAISE(w->t, RecursionError, "maximum recursion depth exceeded while serializing");
        return -1;
    }
    int r = w_object(w, v);
    w->depth--;
    return r;
}

static int ser_dumps(MpsThread *t, MpsValue v, MpsBuf *out)
{
    SerW w = { .t = t, .out = out };
    w_byte(&w, SER_VERSION);
    int r = w_value(&w, v);
    if (w.keep) MPS_UNROOT(t, 1);
    free(w.keys);
    free(w.idx);
    return r;
}

/* ================================================================ loads */

typedef struct SerR {
    MpsThread *t;
    const unsigned char *p, *end;
    MpsValue memo;         /* rooted list: the memo, by index */
    MpsValue extra;        /* rooted list: decoded objects that take no index */
    uint8_t *named;        /* per memo index: 1 if resolved by name */
    size_t named_cap;
    MpsValue *building;    /* tuples/frozensets being filled (malloc'd on first use) */
    int nbuilding;
    int depth;
} SerR;

static MpsValue r_value(SerR *r);

static MpsValue bad(SerR *r, const char *why)
{
    return MPS_RAISE(r->t, ValueError, "malformed serialized data (%s)", why);
}

static size_t r_left(SerR *r) { return (size_t)(r->end - r->p); }

static int r_byte(SerR *r)
{
    if (r->p >= r->end) { bad(r, "truncated"); return -1; }
    return *r->p++;
}

static int r_uvar(SerR *r, uint64_t *out)
{
    uint64_t u = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end) { bad(r, "truncated"); return -1; }
        unsigned b = *r->p++;
        if (shift == 63 && b > 1) break;
        u |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) { *out = u; return 0; }
    }
    bad(r, "varint too long");
    return -1;
}

static int r_svar(SerR *r, int64_t *out)
{
    uint64_t u;
    if (r_uvar(r, &u) < 0) return -1;
    *out = (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
    return 0;
}

/* a count of things each taking at least `each` bytes of what is left */
static int r_count(SerR *r, size_t each, size_t *out)
{
    uint64_t u;
    if (r_uvar(r, &u) < 0) return -1;
    if (u > r_left(r) / each) { bad(r, "length exceeds the data"); return -1; }
    *out = (size_t)u;
    return 0;
}

static int r_raw(SerR *r, const char **s, size_t *n)
{
    if (r_count(r, 1, n) < 0) return -1;
    *s = (const char *)r->p;
    r->p += *n;
    return 0;
}

static int r_int(SerR *r, int64_t lo, int64_t hi, int *out)
{
    int64_t i;
    if (r_svar(r, &i) < 0) return -1;
    if (i < lo || i > hi) { bad(r, "field out of range"); return -1; }
    *out = (int)i;
    return 0;
}

/* reserve the next memo index (None until filled) */
static int64_t r_reserve(SerR *r)
{
    size_t ix = MPS_LIST(r->memo)->len;
    if (ix >= r->named_cap) {
        size_t nc = r->named_cap ? r->named_cap * 2 : 64;
        uint8_t *nn = realloc(r->named, nc);
        if (!nn) { mps_raise_nomem(r->t); return -1; }
        memset(nn + r->named_cap, 0, nc - r->named_cap);
        r->named = nn;
        r->named_cap = nc;
    }
    if (mps_list_append(r->t, r->memo, MPS_NONE) < 0) return -1;
    return (int64_t)ix;
}

static MpsValue r_fill(SerR *r, int64_t ix, MpsValue v)
{
    if (v) MPS_LIST(r->memo)->items[ix] = v;
    return v;
}

static MpsValue r_memoize(SerR *r, MpsValue v)
{
    int64_t ix = r_reserve(r);
    return ix < 0 ? MPS_NULL : r_fill(r, ix, v);
}

/* a decoding error raised by the data structure ops (unhashable key …)
 * means the data is malformed; exceptions from user code pass through */
static MpsValue r_structural(SerR *r, const char *why)
{
    if (mps_exc_matches(r->t, MPS_EXCCLS(r->t, TypeError))) {
        mps_exc_clear(r->t);
        return bad(r, why);
    }
    return MPS_NULL;
}

static MpsValue r_str_of(SerR *r, const char *s, size_t n, bool intern)
{
    if (!mps_utf8_valid(s, n)) return bad(r, "invalid UTF-8");
    MpsValue v = mps_str_new(r->t, s, n);
    if (v && intern) v = mps_intern(r->t, v);
    return v;
}

/* module by name, importing it if needed */
static MpsValue r_module(SerR *r, const char *s, size_t n)
{
    MpsThread *t = r->t;
    if (!mps_utf8_valid(s, n) || n == 0 || memchr(s, 0, n)) return bad(r, "bad module name");
    MpsValue m = ser_module_get(t, s, n);
    if (m) return m;
    if (!t->interp->hooks.import) return MPS_RAISE(t, ImportError, "no import hook");
    MpsValue name = mps_str_new(t, s, n);
    if (!name) return MPS_NULL;
    MPS_ROOT(t, name);
    MpsValue got = t->interp->hooks.import(t, name, MPS_NONE, 0);
    MPS_UNROOT(t, 1);
    if (!got) return MPS_NULL;
    m = ser_module_get(t, s, n);
    if (!m && mps_is_kind(got, MPS_K_MODULE) && !memchr(s, '.', n)) m = got;
    if (!m) return MPS_RAISE(t, ImportError, "No module named '%s'", mps_str_data(name));
    return m;
}

static MpsValue r_global(SerR *r)
{
    const char *ms, *qs;
    size_t mn, qn;
    int64_t ix = r_reserve(r);
    if (ix < 0 || r_raw(r, &ms, &mn) < 0 || r_raw(r, &qs, &qn) < 0) return MPS_NULL;
    if (!mps_utf8_valid(qs, qn) || qn == 0 || memchr(qs, 0, qn)) return bad(r, "bad qualname");
    MpsValue m = r_module(r, ms, mn);
    if (!m) return MPS_NULL;
    MpsValue v = ser_walk(r->t, m, qs, qn);
    if (!v) {
        MpsValue q = mps_str_new(r->t, qs, qn);
        if (!q) return MPS_NULL;
        return MPS_RAISE(r->t, AttributeError, "Can't get attribute '%s' on %R",
                         mps_str_data(q), m);
    }
    if (!mps_is_class(v) && !mps_is_kind(v, MPS_K_FUNCTION) && !mps_is_kind(v, MPS_K_BUILTIN))
        return bad(r, "global is not a class or function");
    r->named[ix] = 1;
    return r_fill(r, ix, v);
}

/* a value that must have been resolved by name: a reduce callable */
static MpsValue r_named(SerR *r)
{
    if (r->p >= r->end) return bad(r, "truncated");
    int tag = *r->p;
    if (tag == 'R') {
        uint64_t ix;
        r->p++;
        if (r_uvar(r, &ix) < 0) return MPS_NULL;
        if (ix >= MPS_LIST(r->memo)->len || !r->named[ix]) return bad(r, "callable not named");
        return MPS_LIST(r->memo)->items[ix];
    }
    if (tag != 'G' && tag != 'K' && tag != 'J') return bad(r, "callable not named");
    return r_value(r);
}

/* a class for an o/O/e/k tag: the class, checked to create inst_kind */
static MpsClass *r_class(SerR *r, int kind)
{
    MpsValue c = r_value(r);
    if (!c) return NULL;
    if (!mps_is_class(c)) { bad(r, "class expected"); return NULL; }
    MpsClass *k = MPS_CLASS(c);
    if (k->inst_kind != kind) { bad(r, "class of the wrong kind"); return NULL; }
    if (kind == MPS_K_EXCEPTION &&
        !mps_is_subclass(k, MPS_EXCCLS(r->t, BaseException))) { bad(r, "not an exception class"); return NULL; }
    return k;
}

/* read n key/value pairs into d; instance attribute names are interned */
static int r_pairs(SerR *r, MpsDict *d, size_t n, bool intern_keys)
{
    MpsThread *t = r->t;
    for (size_t i = 0; i < n; i++) {
        MpsValue k = r_value(r);
        if (!k) return -1;
        if (intern_keys && mps_is_str(k) && !(k = mps_intern(t, k))) return -1;
        MPS_ROOT(t, k);
        MpsValue v = r_value(r);
        int rc = v ? mps_dict_set(t, d, k, v) : -1;
        MPS_UNROOT(t, 1);
        if (rc < 0) {
            if (v) r_structural(r, "unhashable key");
            return -1;
        }
    }
    return 0;
}

/* apply a state to a freshly made object: __setstate__, or a dict of attributes */
static int r_setstate(SerR *r, MpsValue obj, MpsValue st)
{
    MpsThread *t = r->t;
    MpsClass *c = mps_class_of(t, obj);
    if (ser_special(t, c, "__setstate__", mps_is_kind(obj, MPS_K_NATIVE))) {
        MpsValue res = mps_call_method(t, obj, "__setstate__", 1, &st);
        return res ? 0 : -1;
    }
    if (st == MPS_NONE) return 0;
    if (!mps_is_dict(st)) { bad(r, "state is not a dict"); return -1; }
    /* as pickle: straight into the object's dict, no setters run */
    MpsDict **slot = NULL;
    switch (mps_is_obj(obj) ? mps_kind(obj) : -1) {
    case MPS_K_INSTANCE:
        /* without a __dict__ (its __slots__): through the members */
        if (!(c->cflags & MPS_CLASS_NODICT)) slot = &MPS_INST(obj)->dict;
        break;
    case MPS_K_EXCEPTION: slot = &MPS_EXC(obj)->dict; break;
    case MPS_K_NATIVE: slot = &((MpsNative *)obj)->dict; break;
    case MPS_K_FUNCTION: slot = &MPS_FUNC(obj)->dict; break;
    default: break;
    }
    if (slot && !*slot && !(*slot = mps_dict_new(t))) { mps_raise_nomem(t); return -1; }
    MpsValue k, v;
    for (size_t pos = 0; mps_dict_next(MPS_DICT(st), &pos, &k, &v); ) {
        if (!mps_is_str(k)) { bad(r, "attribute name is not a str"); return -1; }
        MpsValue name = mps_intern(t, k);
        if (!name) return -1;
        if (slot ? mps_dict_set(t, *slot, name, v) < 0 : mps_setattr(t, obj, name, v) < 0)
            return -1;
    }
    return 0;
}

static MpsValue r_seq(SerR *r, int tag)
{
    MpsThread *t = r->t;
    size_t n;
    int64_t ix = r_reserve(r);
    if (ix < 0 || r_count(r, 1, &n) < 0) return MPS_NULL;
    /* created first so that items can refer back to it */
    MpsValue c;
    if (tag == 't') c = mps_tuple_new(t, n);
    else if (tag == 'l') c = mps_list_new(t, 0);
    else if (tag == 'd') c = mps_from_obj(mps_dict_new(t));
    else c = mps_set_new(t, tag == 'Z');
    if (!r_fill(r, ix, c)) return c ? MPS_NULL : mps_raise_nomem(t);
    if (tag == 'd') return r_pairs(r, MPS_DICT(c), n, false) < 0 ? MPS_NULL : c;
    bool immutable = tag == 't' || tag == 'Z';
    if (immutable) {
        if (!r->building && !(r->building = malloc(sizeof(MpsValue) * (SER_MAX_DEPTH + 1))))
            return mps_raise_nomem(t);
        r->building[r->nbuilding++] = c;    /* at most one per level of nesting */
    }
    for (size_t i = 0; i < n; i++) {
        MpsValue v = r_value(r);
        if (!v) return MPS_NULL;
        /* a tuple or frozenset inside itself with no mutable object between
         * cannot be made by a program, and would make hash() recurse forever */
        if (immutable && (mps_is_kind(v, MPS_K_TUPLE) || mps_is_kind(v, MPS_K_FROZENSET)))
            for (int j = r->nbuilding - 1; j >= 0; j--)
                if (r->building[j] == v) return bad(r, "immutable cycle");
        if (tag == 't') {
            MPS_TUPLE(c)->items[i] = v;
        } else if (tag == 'l') {
            if (mps_list_append(t, c, v) < 0) return MPS_NULL;
        } else if (mps_set_add(t, c, v) < 0) {
            return r_structural(r, "unhashable set item");
        }
    }
    if (immutable) r->nbuilding--;
    return c;
}

/* Opcode operand kinds, to check the operands of code from the wire. */
static const unsigned char r_opkind[] = {
#define R_OPKIND(name, kind, eff) MPS_OK_##kind,
    MPS_OPCODES(R_OPKIND)
#undef R_OPKIND
};

static bool r_str_tuple(MpsThread *t, MpsValue v, bool intern)
{
    if (!mps_is_tuple(v)) return false;
    for (size_t i = 0; i < MPS_TUPLE(v)->len; i++) {
        MpsValue s = MPS_TUPLE(v)->items[i];
        if (!mps_is_str(s)) return false;
        if (intern && !(MPS_TUPLE(v)->items[i] = mps_intern(t, s))) return false;
    }
    return true;
}

static const char *r_code_check(MpsCode *co)
{
    int nconst = (int)MPS_TUPLE(co->consts)->len, nname = (int)MPS_TUPLE(co->names)->len;
    if (co->ncode == 0) return "empty code";
    if ((int)MPS_TUPLE(co->varnames)->len != co->nlocals ||
        (int)MPS_TUPLE(co->cellvars)->len != co->ncells ||
        (int)MPS_TUPLE(co->freevars)->len != co->nfree)
        return "code variable counts";
    if (co->posonlyargcount > co->argcount ||
        (int64_t)co->argcount + co->kwonlyargcount + !!(co->flags & MPS_CO_VARARGS) +
            !!(co->flags & MPS_CO_VARKW) > co->nlocals)
        return "code argument counts";
    for (uint32_t i = 0; i < co->ncode; i++) {
        uint32_t op = MPS_OP(co->code[i]), a = MPS_ARG(co->code[i]);
        if (op >= MPS_OP__COUNT) return "bad opcode";
        switch (r_opkind[op]) {
        case MPS_OK_CONST: if ((int64_t)a >= nconst) return "const index"; break;
        case MPS_OK_NAME:  if ((int64_t)a >= nname) return "name index"; break;
        case MPS_OK_LOCAL: if ((int64_t)a >= co->nlocals) return "local index"; break;
        case MPS_OK_DEREF:      /* cells follow the fast locals in the frame */
            if ((int64_t)a < co->nlocals || (int64_t)a >= (int64_t)co->nlocals + co->ncells + co->nfree)
                return "cell index";
            break;
        case MPS_OK_JUMP:  if (a >= co->ncode) return "jump target"; break;
        default: break;
        }
    }
    for (uint32_t i = 0; i < co->nexctab; i++) {
        MpsExcEntry *e = &co->exctab[i];
        if (e->start > e->end || e->end > co->ncode || e->handler >= co->ncode ||
            e->depth > (uint32_t)co->stacksize)
            return "exception table";
    }
    if (co->cell2arg)
        for (int i = 0; i < co->ncells; i++)
            if (co->cell2arg[i] < -1 || co->cell2arg[i] >= co->nlocals) return "cell2arg";
    return NULL;
}

static MpsValue r_code(SerR *r)
{
    MpsThread *t = r->t;
    size_t ncode, nexc;
    int64_t ix = r_reserve(r);
    if (ix < 0 || r_count(r, 4, &ncode) < 0) return MPS_NULL;
    MpsCode *co = mps_gc_alloc(t, sizeof(MpsCode), MPS_K_CODE, MPS_TYPE(t, CODE));
    if (!co) return mps_raise_nomem(t);
    /* filled field by field; the memo slot gets it only when complete, and
     * until then the collector never runs (no mps code below but r_value,
     * which may: so it is rooted through `extra` from the start) */
    if (mps_list_append(t, r->extra, mps_from_obj(co)) < 0) return MPS_NULL;
    co->consts = co->names = co->varnames = co->cellvars = co->freevars = MPS_NONE;
    co->name = co->qualname = co->filename = MPS_NONE;
    co->code = malloc(ncode * 4 + 4);
    co->lines = malloc(ncode * sizeof(int32_t) + 4);
    if (!co->code || !co->lines) return mps_raise_nomem(t);
    co->ncode = (uint32_t)ncode;
    for (size_t i = 0; i < ncode; i++, r->p += 4)
        co->code[i] = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 |
                      (uint32_t)r->p[2] << 16 | (uint32_t)r->p[3] << 24;
    int64_t line = 0;
    for (size_t i = 0; i < ncode; i++) {
        int64_t d;
        if (r_svar(r, &d) < 0) return MPS_NULL;
        line += d;
        if (line < 0 || line > INT32_MAX) return bad(r, "line number");
        co->lines[i] = (int32_t)line;
    }
    size_t npos;
    if (r_count(r, 1, &npos) < 0) return MPS_NULL;
    if (npos) {   /* decoding is bounded by npositions: any bytes are safe */
        co->positions = malloc(npos);
        if (!co->positions) return mps_raise_nomem(t);
        memcpy(co->positions, r->p, npos);
        co->npositions = (uint32_t)npos;
        r->p += npos;
    }
    if (r_count(r, 4, &nexc) < 0) return MPS_NULL;
    co->exctab = malloc(nexc * sizeof(MpsExcEntry) + 1);
    if (!co->exctab) return mps_raise_nomem(t);
    co->nexctab = (uint32_t)nexc;
    for (size_t i = 0; i < nexc; i++) {
        uint64_t f[4];
        for (int j = 0; j < 4; j++) {
            if (r_uvar(r, &f[j]) < 0) return MPS_NULL;
            if (f[j] > UINT32_MAX) return bad(r, "exception table");
        }
        co->exctab[i] = (MpsExcEntry){ (uint32_t)f[0], (uint32_t)f[1], (uint32_t)f[2], (uint32_t)f[3] };
    }
    int *ints[] = { &co->argcount, &co->posonlyargcount, &co->kwonlyargcount, &co->nlocals,
                    &co->ncells, &co->nfree, &co->stacksize, &co->flags };
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++)
        if (r_int(r, 0, 1 << 20, ints[i]) < 0) return MPS_NULL;
    if (co->flags & ~0x1f) return bad(r, "code flags");
    if (r_int(r, 0, INT32_MAX, &co->firstline) < 0) return MPS_NULL;
    int has_c2a = r_byte(r);
    if (has_c2a < 0) return MPS_NULL;
    if (has_c2a) {
        if ((size_t)co->ncells > r_left(r)) return bad(r, "cell2arg");
        co->cell2arg = malloc(sizeof(int16_t) * (size_t)co->ncells + 2);
        if (!co->cell2arg) return mps_raise_nomem(t);
        for (int i = 0; i < co->ncells; i++) {
            int c2a;
            if (r_int(r, -1, INT16_MAX, &c2a) < 0) return MPS_NULL;
            co->cell2arg[i] = (int16_t)c2a;
        }
    }
    /* the value fields stay None until all are read and checked (the
     * collector may look at a half-made code object meanwhile) */
    MpsValue v[8];
    for (int i = 0; i < 8; i++)
        if (!(v[i] = r_value(r))) return MPS_NULL;
    if (!mps_is_tuple(v[0]) || !r_str_tuple(t, v[1], true) || !r_str_tuple(t, v[2], true) ||
        !r_str_tuple(t, v[3], true) || !r_str_tuple(t, v[4], true) || !mps_is_str(v[5]) ||
        !mps_is_str(v[6]) || !mps_is_str(v[7]))
        return bad(r, "code fields");
    co->gcache = calloc(MPS_TUPLE(v[1])->len + 1, sizeof(MpsGlobalCache));
    if (!co->gcache) return mps_raise_nomem(t);
    co->consts = v[0]; co->names = v[1]; co->varnames = v[2]; co->cellvars = v[3];
    co->freevars = v[4]; co->name = v[5]; co->qualname = v[6]; co->filename = v[7];
    const char *why = r_code_check(co);
    if (why) return bad(r, why);
    return r_fill(r, ix, mps_from_obj(co));
}

static MpsValue r_function(SerR *r)
{
    MpsThread *t = r->t;
    const char *ms;
    size_t mn;
    int64_t ix = r_reserve(r);
    if (ix < 0) return MPS_NULL;
    MpsValue code = r_value(r);
    if (!code) return MPS_NULL;
    if (!mps_is_kind(code, MPS_K_CODE)) return bad(r, "function without code");
    if (r_raw(r, &ms, &mn) < 0) return MPS_NULL;
    MpsValue qual = r_value(r);
    if (!qual) return MPS_NULL;
    if (!mps_is_str(qual)) return bad(r, "function qualname");
    MpsValue m = r_module(r, ms, mn);
    if (!m) return MPS_NULL;
    MpsValue fv = r_fill(r, ix, mps_function_new(t, MPS_CODE(code), MPS_MODULE(m)->dict, qual));
    if (!fv) return MPS_NULL;
    MpsFunction *f = MPS_FUNC(fv);
    MpsValue v[5];
    for (int i = 0; i < 5; i++)
        if (!(v[i] = r_value(r))) return MPS_NULL;
    MpsValue name = v[0], defaults = v[1], kwdefaults = v[2], closure = v[3], doc = v[4];
    if (!mps_is_str(name)) return bad(r, "function name");
    if (defaults != MPS_NONE && !mps_is_tuple(defaults)) return bad(r, "function defaults");
    if (kwdefaults != MPS_NONE && !mps_is_dict(kwdefaults)) return bad(r, "function kwdefaults");
    if (doc != MPS_NONE && !mps_is_str(doc)) return bad(r, "function doc");
    size_t nfree = (size_t)MPS_CODE(code)->nfree;
    if (closure == MPS_NONE ? nfree != 0
                            : !mps_is_tuple(closure) || MPS_TUPLE(closure)->len != nfree)
        return bad(r, "function closure");
    for (size_t i = 0; closure != MPS_NONE && i < nfree; i++)
        if (!mps_is_kind(MPS_TUPLE(closure)->items[i], MPS_K_CELL)) return bad(r, "closure cell");
    f->name = name;
    f->defaults = defaults == MPS_NONE ? MPS_NULL : defaults;
    f->kwdefaults = kwdefaults == MPS_NONE ? MPS_NULL : kwdefaults;
    f->closure = closure == MPS_NONE ? MPS_NULL : closure;
    f->doc = doc;
    MpsValue d = r_value(r);
    if (!d) return MPS_NULL;
    if (d != MPS_NONE) {
        if (!mps_is_dict(d)) return bad(r, "function dict");
        f->dict = MPS_DICT(d);
    }
    return fv;
}

static MpsValue r_object(SerR *r, int tag)
{
    MpsThread *t = r->t;
    int64_t ix = tag == 'X' ? 0 : r_reserve(r);
    if (ix < 0) return MPS_NULL;
    switch (tag) {
    case 'o': case 'O': case 'p': {
        MpsClass *c = r_class(r, MPS_K_INSTANCE);
        if (!c) return MPS_NULL;
        if (c->is_builtin && c != t->interp->types[MPS_T_OBJECT]) return bad(r, "not a user class");
        /* the layout of this process's class: its slots, a dict or not */
        MpsInstance *o = mps_gc_alloc(t, sizeof(MpsInstance) + c->nslots * sizeof(MpsValue), MPS_K_INSTANCE, c);
        if (!o) return mps_raise_nomem(t);
        if (!(c->cflags & MPS_CLASS_NODICT) && !(o->dict = mps_dict_new(t))) return mps_raise_nomem(t);
        MpsValue v = r_fill(r, ix, mps_from_obj(o));
        if (tag == 'O') {
            MpsValue st = r_value(r);
            return st && r_setstate(r, v, st) == 0 ? v : MPS_NULL;
        }
        size_t n;
        if (tag == 'p') {
            if (r_count(r, 2, &n) < 0) return MPS_NULL;
            for (size_t i = 0; i < n; i++) {
                uint64_t k;
                if (r_uvar(r, &k) < 0) return MPS_NULL;
                if (k >= c->nslots) return bad(r, "no such slot");
                MpsValue x = r_value(r);
                if (!x) return MPS_NULL;
                o->slots[k] = x;
            }
        }
        if (r_count(r, 2, &n) < 0) return MPS_NULL;
        if (n && !o->dict) return bad(r, "instance without __dict__");
        if (r_pairs(r, o->dict, n, true) < 0) return MPS_NULL;
        return v;
    }
    case 'e': {
        MpsClass *c = r_class(r, MPS_K_EXCEPTION);
        if (!c) return MPS_NULL;
        MpsValue v = r_fill(r, ix, mps_exc_new(t, c, MPS_NULL));
        if (!v) return MPS_NULL;
        MpsValue args = r_value(r);
        if (!args) return MPS_NULL;
        if (!mps_is_tuple(args)) return bad(r, "exception args");
        MPS_EXC(v)->args = args;
        size_t n;
        if (r_count(r, 2, &n) < 0) return MPS_NULL;
        if (!MPS_EXC(v)->dict && !(MPS_EXC(v)->dict = mps_dict_new(t))) return mps_raise_nomem(t);
        return r_pairs(r, MPS_EXC(v)->dict, n, true) < 0 ? MPS_NULL : v;
    }
    case 'X': {
        MpsValue fn = r_named(r);
        if (!fn) return MPS_NULL;
        MpsValue args = r_value(r);
        if (!args) return MPS_NULL;
        if (!mps_is_tuple(args)) return bad(r, "reduce args");
        if (MPS_TUPLE(args)->len > 255) return bad(r, "too many reduce args");
        MpsValue v = mps_call(t, fn, (int)MPS_TUPLE(args)->len, MPS_TUPLE(args)->items, MPS_NULL);
        if (!v || !r_memoize(r, v)) return MPS_NULL;
        int has = r_byte(r);
        if (has < 0) return MPS_NULL;
        if (has > 1) return bad(r, "reduce state flag");
        if (has) {
            MpsValue st = r_value(r);
            if (!st || r_setstate(r, v, st) < 0) return MPS_NULL;
        }
        return v;
    }
    case 'C': {
        MpsCell *c = mps_gc_alloc(t, sizeof(MpsCell), MPS_K_CELL, MPS_TYPE(t, CELL));
        if (!c) return mps_raise_nomem(t);
        r_fill(r, ix, mps_from_obj(c));
        int full = r_byte(r);
        if (full < 0) return MPS_NULL;
        if (full > 1) return bad(r, "cell flag");
        if (full && !(c->v = r_value(r))) return MPS_NULL;
        return mps_from_obj(c);
    }
    case 'm': {
        MpsValue self = r_value(r), fn = self ? r_value(r) : MPS_NULL;
        if (!fn) return MPS_NULL;
        if (!mps_is_kind(fn, MPS_K_FUNCTION) && !mps_is_kind(fn, MPS_K_BUILTIN))
            return bad(r, "method function");
        MpsBoundMethod *m = mps_gc_alloc(t, sizeof(MpsBoundMethod), MPS_K_BOUNDMETHOD,
                                         MPS_TYPE(t, BOUNDMETHOD));
        if (!m) return mps_raise_nomem(t);
        m->self = self;
        m->func = fn;
        return r_fill(r, ix, mps_from_obj(m));
    }
    case 'x': {
        MpsValue a = r_value(r), b = a ? r_value(r) : MPS_NULL, c = b ? r_value(r) : MPS_NULL;
        if (!c) return MPS_NULL;
        return r_fill(r, ix, mps_slice_new(t, a, b, c));
    }
    case 'M': {
        const char *s;
        size_t n;
        if (r_raw(r, &s, &n) < 0) return MPS_NULL;
        return r_fill(r, ix, r_module(r, s, n));
    }
    case 'r': {
        int64_t a, b, c;
        if (r_svar(r, &a) < 0 || r_svar(r, &b) < 0 || r_svar(r, &c) < 0) return MPS_NULL;
        if (c == 0) return bad(r, "range step 0");
        return r_fill(r, ix, mps_range_new(t, a, b, c));
    }
    }
    return bad(r, "unknown tag");
}

static MpsValue r_tagged(SerR *r, int tag)
{
    MpsThread *t = r->t;
    MpsInterp *in = t->interp;
    switch (tag) {
    case 'N': return MPS_NONE;
    case 'T': return MPS_TRUE;
    case 'F': return MPS_FALSE;
    case 'E': return MPS_ELLIPSIS;
    case 'n': return MPS_NOTIMPLEMENTED;
    case 'i': {
        int64_t i;
        if (r_svar(r, &i) < 0) return MPS_NULL;
        return mps_fits_small(i) ? mps_from_small(i) : mps_int_from_i64(t, i);
    }
    case 'I': {
        int sign = r_byte(r);
        const char *s;
        size_t n;
        if (sign < 0 || r_raw(r, &s, &n) < 0) return MPS_NULL;
        if (sign > 1) return bad(r, "int sign");
        mpz_t z;
        mpz_init(z);
        mpz_import(z, n, 1, 1, 1, 0, s);
        if (sign) mpz_neg(z, z);
        MpsValue v = mps_int_from_mpz(t, z);
        mpz_clear(z);
        return v ? r_memoize(r, v) : MPS_NULL;
    }
    case 'f': {
        if (r_left(r) < 8) return bad(r, "truncated");
        uint64_t u = 0;
        for (int i = 0; i < 8; i++) u |= (uint64_t)r->p[i] << (8 * i);
        r->p += 8;
        double d;
        memcpy(&d, &u, 8);
        MpsValue v = mps_float_new(t, d);
        return v ? r_memoize(r, v) : MPS_NULL;
    }
    case 'j': {
        if (r_left(r) < 16) return bad(r, "truncated");
        double d[2];
        for (int k = 0; k < 2; k++) {
            uint64_t u = 0;
            for (int i = 0; i < 8; i++) u |= (uint64_t)r->p[i] << (8 * i);
            r->p += 8;
            memcpy(&d[k], &u, 8);
        }
        MpsValue v = mps_complex_new(t, d[0], d[1]);
        return v ? r_memoize(r, v) : MPS_NULL;
    }
    case 's': case 'S': case 'w': case 'b': case 'B': {
        const char *s;
        size_t n;
        if (r_raw(r, &s, &n) < 0) return MPS_NULL;
        MpsValue v = tag == 'b' ? mps_bytes_new(t, s, n)
                   : tag == 'B' ? mps_bytearray_new(t, s, n)
                   : r_str_of(r, s, n, tag == 'S');
        if (!v || tag == 'w') return v;
        return r_memoize(r, v);
    }
    case 'l': case 't': case 'd': case 'z': case 'Z':
        return r_seq(r, tag);
    case 'R': {
        uint64_t ix;
        if (r_uvar(r, &ix) < 0) return MPS_NULL;
        if (ix >= MPS_LIST(r->memo)->len) return bad(r, "bad reference");
        return MPS_LIST(r->memo)->items[ix];
    }
    case 'K': case 'J': {
        uint64_t ix;
        if (r_uvar(r, &ix) < 0) return MPS_NULL;
        MpsClass *c = NULL;
        if (tag == 'K' && ix < MPS_T__COUNT) c = in->types[ix];
        if (tag == 'J' && ix < MPS_EXC__COUNT) c = in->exc[ix];
        if (!c) return bad(r, "bad built-in class");
        return mps_from_obj(c);
    }
    case 'G': return r_global(r);
    case 'k': {
        MpsValue c = r_value(r);
        if (!c) return MPS_NULL;
        if (!mps_is_class(c) || MPS_CLASS(c)->is_builtin) return bad(r, "subclass expected");
        /* only a fresh mutable container may change class: never a shared
         * constant such as an interned str or the empty tuple */
        if (r->p >= r->end || !strchr("ldzB", *r->p)) return bad(r, "subclass value");
        MpsValue v = r_value(r);
        if (!v) return MPS_NULL;
        if (!mps_is_obj(v) || mps_kind(v) != MPS_CLASS(c)->inst_kind ||
            mps_obj(v)->cls != in->types[mps_kind(v)])
            return bad(r, "subclass of the wrong kind");
        mps_obj(v)->cls = MPS_CLASS(c);
        return v;
    }
    case 'c':
        if (ser_unpickling) return bad(r, "code object in a pickle");
        return r_code(r);
    case 'u':
        if (ser_unpickling) return bad(r, "function by value in a pickle");
        return r_function(r);
    case 'a': {
        MpsValue obj = r_value(r);
        const char *s;
        size_t n;
        if (!obj) return MPS_NULL;
        MPS_ROOT(t, obj);
        MpsValue name = r_raw(r, &s, &n) < 0 ? MPS_NULL : r_str_of(r, s, n, true);
        MpsValue v = name ? mps_getattr(t, obj, name) : MPS_NULL;
        MPS_UNROOT(t, 1);
        if (v && !mps_is_kind(v, MPS_K_BUILTIN) && !mps_is_kind(v, MPS_K_BOUNDMETHOD))
            return bad(r, "attribute is not a method");
        return v;
    }
    case 'o': case 'O': case 'p': case 'e': case 'X': case 'C': case 'm': case 'x': case 'M': case 'r':
        if (ser_unpickling && (tag == 'C' || tag == 'M')) return bad(r, "cell or module in a pickle");
        return r_object(r, tag);
    default:
        return bad(r, "unknown tag");
    }
}

static MpsValue r_value(SerR *r)
{
    int tag = r_byte(r);
    if (tag < 0) return MPS_NULL;
    if (++r->depth > SER_MAX_DEPTH) return bad(r, "nested too deep");
    MpsValue v = r_tagged(r, tag);
    r->depth--;
    /* keep values that take no memo index alive too (a 'w' str, a big 'i') */
    if (v && mps_is_obj(v) && (tag == 'w' || tag == 'i' || tag == 'a') &&
        mps_list_append(r->t, r->extra, v) < 0)
        return MPS_NULL;
    return v;
}

static MpsValue ser_loads(MpsThread *t, const char *data, size_t n)
{
    SerR r = { .t = t, .p = (const unsigned char *)data, .end = (const unsigned char *)data + n };
    if (n == 0) return bad(&r, "empty");
    if (r.p[0] != SER_VERSION) return bad(&r, "unknown version");
    r.p++;
    MpsValue memo = mps_list_new(t, 0), extra = mps_list_new(t, 0);
    if (!memo || !extra) return mps_raise_nomem(t);
    r.memo = memo;
    r.extra = extra;
    MPS_ROOT(t, memo);
    MPS_ROOT(t, extra);
    MpsValue v = r_value(&r);
    if (v && r.p != r.end) v = bad(&r, "trailing data");
    MPS_UNROOT(t, 2);
    free(r.named);
    free(r.building);
    return v;
}

/* Each entry point sets the thread's mode for its duration and restores
 * the caller's after: the plain ones leave pickle mode (a __reduce__ run
 * by pickle.dumps may put on a queue), pickle's enter it; nesting-safe. */
typedef struct SerMode { MpsValue pickling; bool unpickling; } SerMode;

static SerMode ser_mode_enter(MpsValue pickling, bool unpickling)
{
    SerMode old = { ser_pickling, ser_unpickling };
    ser_pickling = pickling;
    ser_unpickling = unpickling;
    return old;
}

static void ser_mode_leave(SerMode old)
{
    ser_pickling = old.pickling;
    ser_unpickling = old.unpickling;
}

int mps_ser_dumps(MpsThread *t, MpsValue v, MpsBuf *out)
{
    SerMode old = ser_mode_enter(MPS_NULL, false);
    int r = ser_dumps(t, v, out);
    ser_mode_leave(old);
    return r;
}

MpsValue mps_ser_loads(MpsThread *t, const char *data, size_t n)
{
    SerMode old = ser_mode_enter(MPS_NULL, false);
    MpsValue v = ser_loads(t, data, n);
    ser_mode_leave(old);
    return v;
}

/* pickle.dumps / pickle.loads (stdlib/lib/pickle.mps through _serialize):
 * the same format in pickle mode (see ser_pickling) */
int mps_ser_dumps_pickle(MpsThread *t, MpsValue v, MpsBuf *out, MpsValue pickling_error)
{
    SerMode old = ser_mode_enter(pickling_error, false);
    int r = ser_dumps(t, v, out);
    ser_mode_leave(old);
    return r;
}

MpsValue mps_ser_loads_pickle(MpsThread *t, const char *data, size_t n)
{
    SerMode old = ser_mode_enter(MPS_NULL, true);   /* a reduce callable may serialize again */
    MpsValue v = ser_loads(t, data, n);
    ser_mode_leave(old);
    return v;
}
