/*
 * value.h — the one value representation every part of mps shares.
 *
 * An MpsValue is one machine word:
 *
 *   ...xxxxxxx1   small int, the value is (intptr_t)v >> 1 (63 bits).
 *                 Ints that do not fit are heap MpsBigInt objects (GMP).
 *   ...xxxx0010   immediate constants: None, False, True, NotImplemented,
 *                 Ellipsis (low two bits 10; see MPS_NONE etc.)
 *   ...xxxxx000   (non-zero) pointer to an MpsObj; every object is 8-aligned.
 *   ...xxxxx100   only ever in a function frame's local slot: a pointer to
 *                 a str that this slot alone references, which `s += x`
 *                 may extend in place (see code.h: mps_frame_local).
 *   0             MPS_NULL: "no value". A function returning MpsValue
 *                 returns MPS_NULL exactly when it has raised an exception
 *                 (t->exc is set), like CPython's NULL convention.
 *
 * Immediates need no allocation and no interpreter pointer to test, so the
 * hot paths (int arithmetic, truth tests, `is None`) never touch memory.
 */
#ifndef MPS_VALUE_H
#define MPS_VALUE_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

typedef uintptr_t MpsValue;

#define MPS_NULL ((MpsValue)0)

/* immediates */
#define MPS_NONE           ((MpsValue)0x02)
#define MPS_FALSE          ((MpsValue)0x06)
#define MPS_TRUE           ((MpsValue)0x0A)
#define MPS_NOTIMPLEMENTED ((MpsValue)0x0E)
#define MPS_ELLIPSIS       ((MpsValue)0x12)

#define mps_is_imm(v)      (((v) & 3) == 2)
#define mps_is_bool(v)     ((v) == MPS_TRUE || (v) == MPS_FALSE)
#define mps_bool(b)        ((b) ? MPS_TRUE : MPS_FALSE)

/* small ints */
#define MPS_SMALL_MAX      (INTPTR_MAX >> 1)
#define MPS_SMALL_MIN      (INTPTR_MIN >> 1)
#define mps_is_small(v)    ((v) & 1)
#define mps_small(v)       ((intptr_t)(v) >> 1)
#define mps_from_small(i)  ((MpsValue)(((uintptr_t)(intptr_t)(i) << 1) | 1))
#define mps_fits_small(i)  ((i) >= MPS_SMALL_MIN && (i) <= MPS_SMALL_MAX)

/* heap objects */
#define mps_is_obj(v)      ((v) != 0 && ((v) & 7) == 0)
#define mps_obj(v)         ((MpsObj *)(v))
#define mps_from_obj(o)    ((MpsValue)(o))

/* Kinds of heap object: what C struct lies behind the pointer. The class
 * (hdr.cls) is what mps code sees; an instance of a user subclass of
 * Exception has kind MPS_K_EXCEPTION and cls = that subclass. */
#define MPS_KINDS(X)                                                      \
    X(CLASS) X(STR) X(BYTES) X(BYTEARRAY) X(FLOAT) X(BIGINT) X(LIST)      \
    X(TUPLE) X(DICT) X(SET) X(FROZENSET) X(RANGE) X(SLICE) X(CODE)        \
    X(FUNCTION) X(CELL) X(BOUNDMETHOD) X(BUILTIN) X(MODULE) X(INSTANCE)   \
    X(EXCEPTION) X(GENERATOR) X(ITER) X(PROPERTY) X(STATICMETHOD)         \
    X(CLASSMETHOD) X(SUPER) X(NATIVE) X(MEMBER) X(COMPLEX)

typedef enum {
#define MPS_KIND_ENUM(k) MPS_K_##k,
    MPS_KINDS(MPS_KIND_ENUM)
#undef MPS_KIND_ENUM
    MPS_K__COUNT
} MpsKind;

/* Pseudo-kinds for immediates, used only to index interp->types[] */
enum {
    MPS_T_INT = MPS_K__COUNT, MPS_T_BOOL, MPS_T_NONE, MPS_T_NOTIMPL,
    MPS_T_ELLIPSIS, MPS_T_FRAME, MPS_T_TRACEBACK, MPS_T_OBJECT, MPS_T_TYPE_ALIASES_END
};
#define MPS_T__COUNT MPS_T_TYPE_ALIASES_END

struct MpsClass;

/* Header of every heap object: 24 bytes. */
typedef struct MpsObj {
    struct MpsClass *cls;      /* the object's class, never NULL */
    struct MpsObj *gc_next;    /* all-objects list of the heap */
    uint16_t kind;             /* MpsKind */
    uint8_t gc_mark;
    uint8_t flags;             /* kind-specific bits (e.g. str: ascii, interned) */
    uint32_t extra;            /* kind-specific (e.g. cached small hash) */
} MpsObj;

#define mps_kind(v)          (mps_obj(v)->kind)
#define mps_is_kind(v, k)    (mps_is_obj(v) && mps_obj(v)->kind == (k))

typedef struct MpsThread MpsThread;
typedef struct MpsInterp MpsInterp;

#endif
