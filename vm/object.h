/*
 * object.h — the built-in object types and the generic object protocol.
 *
 * Conventions (all of vm/, runtime/, stdlib/ follow them):
 *  - Every function that can fail takes the running thread `t` first and
 *    returns MPS_NULL (MpsValue results), -1 (int results) or NULL (pointer
 *    results) after raising with mps_raise*(). Predicates returning int use
 *    1 = true, 0 = false, -1 = error.
 *  - Objects are allocated by mps_gc_alloc() and reclaimed by a tracing
 *    mark-and-sweep collector (vm/gc.c). The collector only runs at a VM
 *    safe point (the eval breaker), never inside mps_gc_alloc(). So C code
 *    may hold objects in C locals freely as long as it does not call back
 *    into mps code (mps_call, or any generic op that may call a __dunder__
 *    method of a user class: mps_repr, mps_eq, mps_hash, mps_getattr…).
 *    Across such a call, keep objects you created and still need reachable:
 *    MPS_ROOT(t, v) … MPS_UNROOT(t, n). Arguments passed to a builtin are
 *    already rooted (they live on the caller's value stack).
 *  - Objects never move.
 */
#ifndef MPS_OBJECT_H
#define MPS_OBJECT_H

#include "value.h"
#include <gmp.h>
#include <stdio.h>
#include <stdarg.h>

/* ---------------------------------------------------------------- structs */

typedef struct MpsDict MpsDict;

typedef struct MpsClass {
    MpsObj hdr;
    MpsValue name;             /* str */
    MpsValue qualname;         /* str */
    MpsValue module;           /* str or MPS_NONE */
    struct MpsClass *base;     /* first base, NULL only for `object` */
    MpsValue bases;            /* tuple of classes */
    MpsValue mro;              /* tuple of classes, self first */
    MpsDict *dict;             /* attributes and methods */
    uint16_t inst_kind;        /* MpsKind of the objects calling it creates */
    uint16_t is_builtin;       /* a built-in class: its dict is read-only */
    uint32_t version;          /* bumped on any change to the dict of this class
                                  or a base: key of attribute/method caches */
    /* Built-in classes: C constructor used when the class (or a user
     * subclass) is called; argv are the call arguments, `cls` the class
     * actually called. NULL → inherit from base. */
    MpsValue (*ctor)(MpsThread *t, struct MpsClass *cls, int argc,
                     const MpsValue *argv, MpsValue kwnames);
    /* Cached dunder presence for user classes (bit per MpsSlot), 0 = unknown */
    uint64_t slot_bits;
    /* (appended, vm/class.c) list of direct subclasses, or MPS_NULL: a change
     * to this class bumps their versions too (and resets their slot_bits) */
    MpsValue subclasses;
    /* (appended, vm/class.c) __slots__: the member descriptors of every
     * slot along the bases, by index (a tuple, MPS_NULL when none); plain
     * instances (MpsInstance) keep their values inline, nslots of them */
    MpsValue members;
    uint32_t nslots;
    uint32_t cflags;           /* MPS_CLASS_* */
} MpsClass;
/* instances have no __dict__ (__slots__ all along the bases); the VM's
 * attribute caches never make a dict for them */
#define MPS_CLASS_NODICT  1
/* instances have a __weakref__ slot (no __slots__, or listed in them) */
#define MPS_CLASS_WEAKREF 2

typedef struct MpsStr {
    MpsObj hdr;                /* flags: MPS_STR_ASCII, MPS_STR_INTERNED */
    size_t len;                /* code points */
    size_t size;               /* bytes of UTF-8, excluding the NUL */
    uint64_t hash;             /* 0 = not computed yet */
    char data[];               /* UTF-8, NUL-terminated */
} MpsStr;
#define MPS_STR_ASCII    1
#define MPS_STR_INTERNED 2

typedef struct MpsBytes {       /* bytes and bytearray */
    MpsObj hdr;
    size_t size, cap;
    uint64_t hash;
    uint8_t *data;             /* bytes: points just after the struct; bytearray: malloc'd */
} MpsBytes;

typedef struct MpsFloat { MpsObj hdr; double v; } MpsFloat;
typedef struct MpsComplex { MpsObj hdr; double re, im; } MpsComplex;
typedef struct MpsBigInt { MpsObj hdr; mpz_t z; } MpsBigInt;   /* never fits a small int */

typedef struct MpsList { MpsObj hdr; size_t len, cap; MpsValue *items; } MpsList;
typedef struct MpsTuple { MpsObj hdr; size_t len; MpsValue items[]; } MpsTuple;

typedef struct MpsDictEntry { MpsValue key, value; uint64_t hash; } MpsDictEntry;
struct MpsDict {                /* also the table behind set/frozenset */
    MpsObj hdr;
    size_t len;                /* live entries */
    size_t used;               /* entries[] slots used, incl. deleted (key == MPS_NULL) */
    size_t cap;                /* entries[] capacity */
    size_t mask;               /* index table size - 1 */
    int32_t *index;            /* -1 empty, -2 deleted, else entries[] position */
    MpsDictEntry *entries;
    uint32_t version;          /* bumped on every mutation: inline caches */
};
typedef struct MpsSet { MpsObj hdr; MpsDict *table; } MpsSet;   /* values are MPS_NONE */

typedef struct MpsRange { MpsObj hdr; int64_t start, stop, step, len; } MpsRange;
typedef struct MpsSlice { MpsObj hdr; MpsValue start, stop, step; } MpsSlice;

typedef struct MpsCell { MpsObj hdr; MpsValue v; } MpsCell;   /* v == MPS_NULL: empty */

typedef MpsValue (*MpsCFunc)(MpsThread *t, int argc, const MpsValue *argv,
                             MpsValue kwnames);

typedef struct MpsBuiltin {
    MpsObj hdr;
    const char *name;
    MpsCFunc fn;
    MpsValue self;             /* bound receiver (module or object) or MPS_NULL */
    void *data;                /* free for the implementer */
    uint8_t is_method;         /* in a class dict: receives the instance as argv[0] */
    struct MpsClass *owner;    /* is_method: argv[0] must be one of its instances (checked) */
} MpsBuiltin;

typedef struct MpsBoundMethod { MpsObj hdr; MpsValue self, func; } MpsBoundMethod;

typedef struct MpsModule {
    MpsObj hdr;
    MpsValue name;             /* str */
    MpsDict *dict;
} MpsModule;

/* slots: the values of __slots__ (cls->nslots; MPS_NULL: unset) */
typedef struct MpsInstance { MpsObj hdr; MpsDict *dict; MpsValue slots[]; } MpsInstance;

/* a member descriptor: slot `name` of the instances of owner, index in
 * MpsInstance.slots (other kinds keep the value in their attribute dict) */
typedef struct MpsMember { MpsObj hdr; MpsValue name; struct MpsClass *owner; uint32_t index; } MpsMember;

typedef struct MpsException {
    MpsObj hdr;
    MpsDict *dict;             /* attributes (user subclasses, SystemExit.code, …) */
    MpsValue args;             /* tuple */
    MpsValue traceback;        /* MPS_NONE or a traceback object (code.h), outermost frame first */
    MpsValue cause, context;   /* MPS_NONE or exception */
    bool suppress_context;
    MpsValue suggestion;       /* NameError: the name the traceback offers ("Did you mean"), or MPS_NULL */
    MpsValue attr_obj, attr_name;   /* AttributeError raised by lookup: for the same offer, made when printed */
} MpsException;

/* Generic C iterator (map, zip, enumerate, dict views' iterators, …):
 * next returns the next value, or MPS_NULL with no exception set when
 * exhausted, or MPS_NULL with an exception. */
typedef struct MpsIter MpsIter;
struct MpsIter {
    MpsObj hdr;
    MpsValue (*next)(MpsThread *t, MpsIter *it);
    MpsValue a, b, c;          /* traced */
    int64_t i, j;              /* untraced */
};

typedef struct MpsProperty { MpsObj hdr; MpsValue fget, fset, fdel, doc; } MpsProperty;
typedef struct MpsWrapper { MpsObj hdr; MpsValue func; } MpsWrapper;  /* staticmethod/classmethod */
typedef struct MpsSuper { MpsObj hdr; MpsClass *start; MpsValue self; } MpsSuper;

/* Opaque C data owned by a module (locks, threads, files, queues…). */
typedef struct MpsNativeType {
    const char *name;
    void (*traverse)(MpsObj *o, void (*visit)(MpsValue v, void *ctx), void *ctx);
    void (*finalize)(MpsObj *o);   /* free C resources; no mps calls */
} MpsNativeType;
typedef struct MpsNative { MpsObj hdr; const MpsNativeType *ntype; MpsDict *dict; } MpsNative;
/* a native object's C state follows the MpsNative header: allocate with
 * mps_native_new(t, cls, ntype, sizeof(MyStruct)) where MyStruct starts with MpsNative */

/* CODE, FUNCTION, GENERATOR structs are defined in vm/code.h (the compiler
 * and the VM share them). */

/* Casts */
#define MPS_STR(v)   ((MpsStr *)(v))
#define MPS_BYTES(v) ((MpsBytes *)(v))
#define MPS_FLOAT(v) ((MpsFloat *)(v))
#define MPS_COMPLEX(v) ((MpsComplex *)(v))
#define MPS_BIG(v)   ((MpsBigInt *)(v))
#define MPS_LIST(v)  ((MpsList *)(v))
#define MPS_TUPLE(v) ((MpsTuple *)(v))
#define MPS_DICT(v)  ((MpsDict *)(v))
#define MPS_SET(v)   ((MpsSet *)(v))
#define MPS_CLASS(v) ((MpsClass *)(v))
#define MPS_MODULE(v) ((MpsModule *)(v))
#define MPS_EXC(v)   ((MpsException *)(v))
#define MPS_INST(v)  ((MpsInstance *)(v))
#define MPS_MEMBER(v) ((MpsMember *)(v))

#define mps_is_str(v)   mps_is_kind(v, MPS_K_STR)
#define mps_is_list(v)  mps_is_kind(v, MPS_K_LIST)
#define mps_is_tuple(v) mps_is_kind(v, MPS_K_TUPLE)
#define mps_is_dict(v)  mps_is_kind(v, MPS_K_DICT)
#define mps_is_float(v) mps_is_kind(v, MPS_K_FLOAT)
#define mps_is_complex(v) mps_is_kind(v, MPS_K_COMPLEX)
#define mps_is_class(v) mps_is_kind(v, MPS_K_CLASS)
#define mps_is_exc(v)   mps_is_kind(v, MPS_K_EXCEPTION)
#define mps_is_bigint(v) mps_is_kind(v, MPS_K_BIGINT)
/* int in the Python sense: small, big, or bool */
#define mps_is_int(v)   (mps_is_small(v) || mps_is_bigint(v) || mps_is_bool(v))

/* ---------------------------------------------------------------- memory (vm/gc.c) */

/* visiting the values an object holds (GC traversal) */
typedef void (*MpsVisit)(MpsValue v, void *ctx);
/* implemented by the VM (vm/code.h kinds CODE, FUNCTION, GENERATOR): */
void mps_code_traverse(MpsObj *o, MpsVisit visit, void *ctx);
void mps_code_finalize(MpsObj *o);      /* free C memory of those kinds */
/* every value the VM holds for thread t (value stack, frames) */
void mps_vm_traverse_thread(MpsThread *t, MpsVisit visit, void *ctx);

void *mps_gc_alloc(MpsThread *t, size_t size, MpsKind kind, MpsClass *cls); /* zeroed */
size_t mps_gc_usable_size(const MpsObj *o); /* bytes the object's block can hold */
void mps_gc_collect(MpsThread *t);          /* full collection; call at safe points only */
void mps_gc_maybe_collect(MpsThread *t);    /* collect if the allocation budget is spent */
void mps_gc_mark_value(MpsValue v);         /* for traverse callbacks of roots */
/* temporary roots: a per-thread stack */
void mps_root_push(MpsThread *t, MpsValue v);
void mps_root_pop(MpsThread *t, int n);
#define MPS_ROOT(t, v)    mps_root_push((t), (v))
#define MPS_UNROOT(t, n)  mps_root_pop((t), (n))
/* (appended, vm/gc.c) C memory an object owns outside its block (list
 * items, dict tables, buffers) counts towards the collection budget: call
 * with the bytes newly malloc'd when growing one. */
void mps_gc_note_extra(MpsThread *t, size_t bytes);
/* (appended, vm/gc.c) a C location holding an MpsValue that must stay alive
 * (runtime/stdlib state outside the heap): registered slots are roots. */
void mps_gc_add_root(MpsThread *t, MpsValue *slot);
/* the weak registry (vm/gc.c): listed objects that nothing else reaches are
 * dropped from it by the next collection */
void mps_gc_weak_add(MpsThread *t, MpsValue v);
MpsValue mps_gc_weak_items(MpsThread *t);      /* a new list of the live ones */
void mps_gc_weak_clear(MpsThread *t);
/* (appended, vm/gc.c) the attribute dict of an object of a built-in kind
 * (list, dict, tuple, set, str, int, …) whose class is a user subclass, kept
 * in a side table: the slot (*slot NULL until a dict is stored). With
 * create false and no entry yet, a slot holding NULL that must not be
 * written. Valid only until the next call that may create another slot or
 * collect. MPS_OBJ_EXTDICT in hdr.flags marks objects with an entry. */
#define MPS_OBJ_EXTDICT 0x80
MpsDict **mps_gc_ext_dict_slot(MpsThread *t, MpsObj *o, bool create);
/* the same for the values of __slots__ of objects that are not plain
 * instances (user subclasses of list, Exception, …): a dict by name that
 * no __dict__ shows */
MpsDict **mps_gc_ext_slots_slot(MpsThread *t, MpsObj *o, bool create);
void mps_gc_remove_root(MpsThread *t, MpsValue *slot);

/* ---------------------------------------------------------------- classes */

MpsClass *mps_class_of(MpsThread *t, MpsValue v);
const char *mps_type_name(MpsThread *t, MpsValue v);      /* "int", "list", "Foo" */
/* create a class (class statement); computes the MRO, bumps versions */
MpsClass *mps_class_new(MpsThread *t, MpsValue name, MpsValue bases, MpsDict *dict);
/* (appended) mps_class_new in two steps, for the class statement: create,
 * then (after the __class__ cell is set) run __set_name__ of the attributes
 * and the parent's __init_subclass__(**kwargs) (kwargs: dict or MPS_NULL) */
MpsClass *mps_class_create(MpsThread *t, MpsValue name, MpsValue bases, MpsDict *dict);
int mps_class_finish(MpsThread *t, MpsClass *c, MpsValue kwargs);
/* attribute lookup along the MRO, no descriptors applied; MPS_NULL if absent (no error) */
MpsValue mps_class_lookup(MpsClass *c, MpsValue name);
/* the class (a user class) or a base defines __getattribute__ */
bool mps_class_overrides_getattribute(MpsThread *t, MpsClass *c);
int mps_is_subclass(MpsClass *c, MpsClass *base);          /* 1/0 */
int mps_isinstance(MpsThread *t, MpsValue v, MpsClass *c); /* 1/0 */
/* a built-in class created at interpreter start; methods added from a table */
MpsClass *mps_class_new_builtin(MpsThread *t, const char *name, MpsClass *base, MpsKind inst_kind);

typedef struct MpsMethodDef {
    const char *name;
    MpsCFunc fn;
} MpsMethodDef;
/* add builtin methods (receive self as argv[0]) to a class dict;
 * table ends with {NULL, NULL} */
void mps_class_add_methods(MpsThread *t, MpsClass *c, const MpsMethodDef *defs);
/* add plain functions (module level) to a dict */
void mps_dict_add_functions(MpsThread *t, MpsDict *d, const MpsMethodDef *defs, MpsValue self);
MpsValue mps_builtin_new(MpsThread *t, const char *name, MpsCFunc fn, MpsValue self);

/* ---------------------------------------------------------------- native objects */
MpsValue mps_native_new(MpsThread *t, MpsClass *cls, const MpsNativeType *nt, size_t size);
#define mps_native_data(v, T) ((T *)(v))

/* ---------------------------------------------------------------- str (vm/str.c) */

MpsValue mps_str_new(MpsThread *t, const char *utf8, size_t size); /* copies; must be valid UTF-8 */
MpsValue mps_str_cstr_new(MpsThread *t, const char *s);
MpsValue mps_str_printf(MpsThread *t, const char *fmt, ...);  /* see mps_raise for directives */
MpsValue mps_str_vprintf(MpsThread *t, const char *fmt, va_list ap);
MpsValue mps_str_concat(MpsThread *t, MpsValue a, MpsValue b);
MpsValue mps_str_append(MpsThread *t, MpsValue a, MpsValue b, bool unique, bool *own);
MpsValue mps_intern(MpsThread *t, MpsValue s);              /* the canonical copy */
MpsValue mps_intern_cstr(MpsThread *t, const char *s);
#define mps_str_data(v) (MPS_STR(v)->data)
#define mps_str_size(v) (MPS_STR(v)->size)
#define mps_str_len(v)  (MPS_STR(v)->len)
uint64_t mps_str_hash(MpsValue s);
bool mps_str_eq(MpsValue a, MpsValue b);                  /* both str */
int mps_str_cmp(MpsValue a, MpsValue b);                  /* <0, 0, >0 by code point */
MpsValue mps_str_index(MpsThread *t, MpsValue s, int64_t i);   /* i already normalised */
MpsValue mps_str_slice(MpsThread *t, MpsValue s, int64_t start, int64_t stop, int64_t step);
size_t mps_str_offset(MpsValue s, size_t cp);              /* byte offset of code point cp */
bool mps_utf8_valid(const char *s, size_t n);
int mps_unicode_decimal(uint32_t c);      /* 0-9 for a decimal digit (Nd), else -1 */
bool mps_unicode_space(uint32_t c);       /* str.isspace() of one character */
bool mps_unicode_printable(uint32_t c);   /* str.isprintable(); repr() escapes the others */
char *mps_number_ascii(const char *s, size_t n, size_t *outn);   /* see vm/str.c */
MpsValue mps_bytes_new(MpsThread *t, const void *data, size_t size);
MpsValue mps_bytearray_new(MpsThread *t, const void *data, size_t size);
int mps_bytearray_reserve(MpsThread *t, MpsValue ba, size_t n);   /* room for n bytes */
int mps_bytearray_splice(MpsThread *t, MpsValue ba, MpsValue slice, MpsValue v); /* v NULL: del */

/* growable byte buffer (malloc, not GC) for building text */
typedef struct MpsBuf { char *data; size_t len, cap; } MpsBuf;
void mps_buf_init(MpsBuf *b);
void mps_buf_free(MpsBuf *b);
void mps_buf_add(MpsBuf *b, const char *s, size_t n);
int mps_buf_reserve(MpsThread *t, MpsBuf *b, uint64_t n);   /* 0, or -1 MemoryError */
/* a size a program asks for beyond this is a MemoryError without asking
 * the allocator (64 TiB: more than any machine here has) */
#define MPS_MAX_ALLOC ((uint64_t)1 << 46)
void mps_buf_adds(MpsBuf *b, const char *s);
void mps_buf_addc(MpsBuf *b, char c);
void mps_buf_printf(MpsBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void mps_buf_add_utf8(MpsBuf *b, uint32_t cp);
MpsValue mps_buf_to_str(MpsThread *t, MpsBuf *b);         /* frees b */
/* append fmt with the directives of mps_raise (%R %S %T); a repr/str that
 * raises: placeholder text if `placeholder`, else -1 with the exception */
int mps_buf_vformat(MpsThread *t, MpsBuf *b, const char *fmt, va_list ap, bool placeholder);

/* ---------------------------------------------------------------- numbers (vm/int.c, vm/float.c) */

MpsValue mps_int_from_i64(MpsThread *t, int64_t i);
MpsValue mps_int_from_u64(MpsThread *t, uint64_t i);
MpsValue mps_int_from_mpz(MpsThread *t, const mpz_t z);    /* normalises to small when it fits */
MpsValue mps_int_from_double(MpsThread *t, double d);      /* truncates; ValueError/OverflowError for nan/inf */
MpsValue mps_int_parse(MpsThread *t, const char *s, size_t n, int base); /* int('..', base); ValueError as CPython */
int mps_int_to_i64(MpsThread *t, MpsValue v, int64_t *out); /* OverflowError if too big; v must be int/bool */
int mps_index(MpsThread *t, MpsValue v, int64_t *out);      /* int-like → i64, TypeError otherwise */
void mps_int_to_mpz(MpsValue v, mpz_t out);                 /* out already initialised */
MpsValue mps_int_to_str(MpsThread *t, MpsValue v, int base);  /* "123", base 16 → "7b" (no prefix) */
/* pow(a, b, m) for ints (added by the objects engineer) */
MpsValue mps_int_powmod(MpsThread *t, MpsValue a, MpsValue b, MpsValue m);
MpsValue mps_float_new(MpsThread *t, double d);
#define mps_float_val(f) (MPS_FLOAT(f)->v)   /* param renamed: `v` clashed with the field name */
int mps_to_double(MpsThread *t, MpsValue v, double *out);   /* int/bool/float; TypeError otherwise */
void mps_float_repr_buf(double d, MpsBuf *b);               /* CPython repr: shortest round-trip */
MpsValue mps_float_parse(MpsThread *t, const char *s, size_t n); /* float('..') */
/* complex.c */
MpsValue mps_complex_new(MpsThread *t, double re, double im);
MpsValue mps_complex_new_cls(MpsThread *t, struct MpsClass *cls, double re, double im);
void mps_complex_repr_buf(double re, double im, MpsBuf *b);  /* "(1+2j)", "1j" */
void mps_float_repr_short(double d, MpsBuf *b);             /* repr without a trailing ".0" */
MpsValue mps_complex_parse(MpsThread *t, const char *s, size_t n); /* complex('..') */
/* int, float or complex → (re, im); 1 done, 0 not a number of these kinds, -1 error */
int mps_as_complex(MpsThread *t, MpsValue v, double *re, double *im);
/* a ** b of complex numbers, CPython's errors */
MpsValue mps_complex_pow(MpsThread *t, double ar, double ai, double br, double bi);

/* ---------------------------------------------------------------- containers */

MpsValue mps_list_new(MpsThread *t, size_t len);           /* len items, all MPS_NONE */
MpsValue mps_list_from(MpsThread *t, size_t n, const MpsValue *items);
int mps_list_append(MpsThread *t, MpsValue list, MpsValue v);
int mps_list_extend(MpsThread *t, MpsValue list, MpsValue iterable);
MpsValue mps_list_pop(MpsThread *t, MpsValue list, int64_t i);
int mps_list_insert(MpsThread *t, MpsValue list, int64_t i, MpsValue v);
int mps_list_sort(MpsThread *t, MpsValue list, MpsValue key, bool reverse); /* stable */

MpsValue mps_tuple_new(MpsThread *t, size_t len);          /* items MPS_NONE; fill them */
MpsValue mps_tuple_from(MpsThread *t, size_t n, const MpsValue *items);
MpsValue mps_tuple_pack(MpsThread *t, size_t n, ...);
MpsValue mps_sequence_to_tuple(MpsThread *t, MpsValue iterable);
MpsValue mps_sequence_to_list(MpsThread *t, MpsValue iterable);
/* fast access to a list or tuple's items: returns count, sets *items; -1 otherwise */
int64_t mps_seq_items(MpsValue v, MpsValue **items);
int64_t mps_seq_items_iter(MpsThread *t, MpsValue v, MpsValue **items); /* -1 too for a subclass with its own __iter__ */

MpsDict *mps_dict_new(MpsThread *t);
/* lookup: 1 found (*out set), 0 absent, -1 error (from __hash__/__eq__) */
int mps_dict_lookup(MpsThread *t, MpsDict *d, MpsValue key, MpsValue *out);
MpsValue mps_dict_get_str(MpsDict *d, MpsValue interned_key); /* str keys; MPS_NULL if absent */
MpsValue mps_dict_get_cstr(MpsThread *t, MpsDict *d, const char *key);
int mps_dict_set(MpsThread *t, MpsDict *d, MpsValue key, MpsValue v);
int mps_dict_set_cstr(MpsThread *t, MpsDict *d, const char *key, MpsValue v);
int mps_dict_del(MpsThread *t, MpsDict *d, MpsValue key);  /* 1 deleted, 0 absent, -1 error */
/* iteration: for (size_t i = 0; mps_dict_next(d, &i, &k, &v); ) … */
bool mps_dict_next(MpsDict *d, size_t *pos, MpsValue *key, MpsValue *value);
void mps_dict_clear(MpsDict *d);
MpsDict *mps_dict_copy(MpsThread *t, MpsDict *d);
int mps_dict_update(MpsThread *t, MpsDict *d, MpsValue mapping_or_pairs);

MpsValue mps_set_new(MpsThread *t, bool frozen);
int mps_set_add(MpsThread *t, MpsValue set, MpsValue v);
int mps_set_contains(MpsThread *t, MpsValue set, MpsValue v);
int mps_set_discard(MpsThread *t, MpsValue set, MpsValue v);   /* 1/0/-1 */

MpsValue mps_range_new(MpsThread *t, int64_t start, int64_t stop, int64_t step);
MpsValue mps_slice_new(MpsThread *t, MpsValue start, MpsValue stop, MpsValue step);
/* normalise a slice against a length, as CPython's PySlice_GetIndicesEx; returns count or -1 */
int64_t mps_slice_indices(MpsThread *t, MpsValue slice, int64_t len,
                          int64_t *start, int64_t *stop, int64_t *step);

MpsValue mps_iter_new(MpsThread *t, MpsValue (*next)(MpsThread *, MpsIter *),
                      MpsValue a, MpsValue b, MpsValue c);

MpsValue mps_module_new(MpsThread *t, const char *name);

/* ---------------------------------------------------------------- the generic protocol (vm/ops.c) */

/* Binary operators: one list for compiler, VM and ops. */
#define MPS_BINOPS(X)                                     \
    X(ADD,      "+",  "__add__",      "__radd__")         \
    X(SUB,      "-",  "__sub__",      "__rsub__")         \
    X(MUL,      "*",  "__mul__",      "__rmul__")         \
    X(TRUEDIV,  "/",  "__truediv__",  "__rtruediv__")     \
    X(FLOORDIV, "//", "__floordiv__", "__rfloordiv__")    \
    X(MOD,      "%",  "__mod__",      "__rmod__")         \
    X(POW,      "**", "__pow__",      "__rpow__")         \
    X(LSHIFT,   "<<", "__lshift__",   "__rlshift__")      \
    X(RSHIFT,   ">>", "__rshift__",   "__rrshift__")      \
    X(AND,      "&",  "__and__",      "__rand__")         \
    X(OR,       "|",  "__or__",       "__ror__")          \
    X(XOR,      "^",  "__xor__",      "__rxor__")         \
    X(MATMUL,   "@",  "__matmul__",   "__rmatmul__")
typedef enum {
#define MPS_BINOP_ENUM(n, s, d, r) MPS_BIN_##n,
    MPS_BINOPS(MPS_BINOP_ENUM)
#undef MPS_BINOP_ENUM
    MPS_BIN__COUNT
} MpsBinOp;
/* op on two complex numbers; NotImplemented for // % and others */
MpsValue mps_complex_binop(MpsThread *t, MpsBinOp op, double ar, double ai, double br, double bi);

typedef enum { MPS_CMP_LT, MPS_CMP_LE, MPS_CMP_EQ, MPS_CMP_NE, MPS_CMP_GT, MPS_CMP_GE } MpsCmpOp;
typedef enum { MPS_UN_NEG, MPS_UN_POS, MPS_UN_INVERT, MPS_UN_NOT } MpsUnOp;

MpsValue mps_binop(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b);
MpsValue mps_inplace_op(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b); /* __iadd__ first; list += */
MpsValue mps_unaryop(MpsThread *t, MpsUnOp op, MpsValue a);
MpsValue mps_compare(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b); /* rich compare → value */
int mps_compare_bool(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b); /* 1/0/-1 */
int mps_eq(MpsThread *t, MpsValue a, MpsValue b);          /* identity shortcut, then == ; 1/0/-1 */
uint64_t mps_identity_hash(MpsValue v);
/* NameError: remember the name the traceback will offer ("Did you mean"),
 * chosen among the frame's local names, its globals and the builtins */
void mps_exc_suggest_name(MpsValue exc, MpsValue name, MpsValue varnames,
                          MpsDict *globals, MpsDict *builtins);
/* the name a printed traceback offers for exc, or MPS_NULL */
MpsValue mps_exc_suggestion(MpsThread *t, MpsValue exc);
MpsValue mps_attr_names(MpsThread *t, MpsValue obj);   /* sorted, as dir() */
MpsValue mps_ascii(MpsThread *t, MpsValue v);                /* ascii(v) */
void mps_object_repr_buf(MpsBuf *b, struct MpsClass *cls, const void *addr);   /* object.__repr__ */                     /* object.__hash__ */
/* C code recursing through nested values (vm/vm.c): counts against the
 * recursion limit like a call; RecursionError "maximum recursion depth
 * exceeded{where}" when too deep or when the C stack is nearly full */
int mps_recursion_enter(MpsThread *t, const char *where);  /* 0 or -1 */
void mps_recursion_leave(MpsThread *t);
int mps_cstack_check(MpsThread *t);                        /* the C stack alone: 0 or -1 */
int mps_truthy(MpsThread *t, MpsValue v);                  /* 1/0/-1 */
int mps_hash(MpsThread *t, MpsValue v, uint64_t *out);     /* TypeError for unhashable */
MpsValue mps_repr(MpsThread *t, MpsValue v);               /* str */
MpsValue mps_to_str(MpsThread *t, MpsValue v);             /* str(v) */
int mps_repr_buf(MpsThread *t, MpsValue v, MpsBuf *b);     /* append repr; 0/-1 */
int mps_str_buf(MpsThread *t, MpsValue v, MpsBuf *b);      /* append str; 0/-1 */
int64_t mps_len(MpsThread *t, MpsValue v);                 /* -1 on error */
int mps_contains(MpsThread *t, MpsValue container, MpsValue v); /* `v in container` */
MpsValue mps_getitem(MpsThread *t, MpsValue obj, MpsValue key);
int mps_setitem(MpsThread *t, MpsValue obj, MpsValue key, MpsValue v);
int mps_delitem(MpsThread *t, MpsValue obj, MpsValue key);
MpsValue mps_getattr(MpsThread *t, MpsValue obj, MpsValue name);    /* name: interned str */
MpsValue mps_getattr_cstr(MpsThread *t, MpsValue obj, const char *name);
/* getattr that returns MPS_NULL without an exception when absent (AttributeError swallowed) */
MpsValue mps_getattr_opt(MpsThread *t, MpsValue obj, MpsValue name);
int mps_setattr(MpsThread *t, MpsValue obj, MpsValue name, MpsValue v); /* v == MPS_NULL: delete */
/* method lookup without creating a bound method: returns 1 and *out = function
 * to call with obj as first argument; 0 and *out = attribute value to call
 * as is; -1 on error (AttributeError raised). */
int mps_get_method(MpsThread *t, MpsValue obj, MpsValue name, MpsValue *out);
MpsValue mps_iter(MpsThread *t, MpsValue v);               /* iter(v) */
/* next(it): value; or MPS_NULL and no exception when exhausted; or MPS_NULL + exception */
MpsValue mps_next(MpsThread *t, MpsValue it);
/* call obj.<name>(args) — convenience for dunder calls from C */
MpsValue mps_call_method(MpsThread *t, MpsValue obj, const char *name, int argc, const MpsValue *argv);
/* look up a dunder on the class of v (user classes): MPS_NULL if absent */
MpsValue mps_lookup_special(MpsThread *t, MpsValue v, const char *name);

/* formatting (vm/format.c) */
MpsValue mps_format(MpsThread *t, MpsValue v, MpsValue spec);      /* format(v, spec) */
MpsValue mps_str_mod(MpsThread *t, MpsValue fmt, MpsValue args);   /* fmt % args */
MpsValue mps_str_format(MpsThread *t, MpsValue fmt, int argc, const MpsValue *argv, MpsValue kwnames); /* str.format */
MpsValue mps_str_format_map(MpsThread *t, MpsValue fmt, MpsValue mapping);   /* str.format_map */

/* ---------------------------------------------------------------- calls (vm/call.c) */

/* Call any callable. argv holds argc positional arguments followed by one
 * value per name in kwnames (a tuple of interned str, or MPS_NULL). */
MpsValue mps_call(MpsThread *t, MpsValue callable, int argc, const MpsValue *argv, MpsValue kwnames);
MpsValue mps_call0(MpsThread *t, MpsValue callable);
MpsValue mps_call1(MpsThread *t, MpsValue callable, MpsValue a);
MpsValue mps_call2(MpsThread *t, MpsValue callable, MpsValue a, MpsValue b);
int mps_callable(MpsValue v);

/* Argument parsing for builtins: binds argc/argv/kwnames to the parameter
 * `names` (nmax of them, the first nreq required); out[i] = MPS_NULL for an
 * absent optional one. Raises TypeError with CPython's wording ("f() takes
 * at most 2 arguments (3 given)", "f() got an unexpected keyword argument
 * 'x'", "f() missing required argument 'x' (pos 1)"). 0 / -1. */
int mps_args(MpsThread *t, const char *fname, int argc, const MpsValue *argv,
             MpsValue kwnames, const char *const *names, int nreq, int nmax,
             MpsValue *out);
/* builtin that accepts no keyword arguments and argc in [min,max]: 0 / -1 */
int mps_args_count(MpsThread *t, const char *fname, int argc, MpsValue kwnames, int min, int max);

#endif
