/*
 * objimpl.h — internal interface between the files that implement the
 * built-in data types (buf, str, int, float, list, tuple, dict, set, range,
 * ops, format). Not for use outside those files: the public API is object.h.
 */
#ifndef MPS_OBJIMPL_H
#define MPS_OBJIMPL_H

#include "interp.h"

/* str.c */
uint32_t mps_utf8_decode(const unsigned char **p);   /* advances *p */
uint64_t mps_hash_bytes(const void *data, size_t n);   /* the str/bytes hash */
MpsValue mps_str_alloc(MpsThread *t, size_t size, size_t len, bool ascii); /* uninitialised data */
void mps_str_repr_to(MpsBuf *b, MpsValue s);
void mps_bytes_repr_to(MpsBuf *b, MpsValue s);
MpsValue mps_str_repeat(MpsThread *t, MpsValue s, int64_t n);
int64_t mps_str_find_bytes(const char *h, size_t hn, const char *n, size_t nn, size_t from);
MpsValue mps_bytes_concat(MpsThread *t, MpsValue a, MpsValue b);
MpsValue mps_bytes_repeat(MpsThread *t, MpsValue a, int64_t n);
int mps_bytes_cmp(MpsValue a, MpsValue b);
uint64_t mps_bytes_hash(MpsValue b);
#define mps_is_bytes_like(v) (mps_is_kind(v, MPS_K_BYTES) || mps_is_kind(v, MPS_K_BYTEARRAY))

/* int.c — a and b are ints (small, big or bool) */
MpsValue mps_int_binop(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b);
int mps_int_cmp(MpsValue a, MpsValue b);              /* -1 / 0 / 1 */
int mps_int_cmp_double(MpsValue a, double d);         /* -1 / 0 / 1, 2 when d is nan */
uint64_t mps_int_hash(MpsValue a);
MpsValue mps_int_neg(MpsThread *t, MpsValue a);
MpsValue mps_int_invert(MpsThread *t, MpsValue a);
int mps_int_sign(MpsValue a);
int mps_int_to_double(MpsThread *t, MpsValue a, double *out);  /* OverflowError */
MpsValue mps_int_norm(MpsValue v);                    /* bool → small int */

/* float.c */
MpsValue mps_float_binop(MpsThread *t, MpsBinOp op, double a, double b);
uint64_t mps_float_hash(double d);

uint64_t mps_complex_hash(double re, double im);

/* list.c / tuple.c / dict.c / set.c / range.c iterators */
MpsValue mps_list_iter(MpsThread *t, MpsValue list);
MpsValue mps_tuple_iter(MpsThread *t, MpsValue tup);
MpsValue mps_dict_iter(MpsThread *t, MpsDict *d, MpsValue owner, int what); /* 0 keys 1 values 2 items */
MpsValue mps_range_iter(MpsThread *t, MpsValue r);
MpsValue mps_str_iter(MpsThread *t, MpsValue s);
MpsValue mps_bytes_iter(MpsThread *t, MpsValue s);
MpsValue mps_list_slice(MpsThread *t, MpsValue list, int64_t start, int64_t step, int64_t n);
int mps_list_set_slice(MpsThread *t, MpsValue list, MpsValue slice, MpsValue v);
int mps_list_del_slice(MpsThread *t, MpsValue list, MpsValue slice);
int mps_list_reserve(MpsThread *t, MpsList *l, size_t n);
int mps_set_update(MpsThread *t, MpsValue set, MpsValue iterable);
MpsValue mps_set_binop(MpsThread *t, MpsBinOp op, MpsValue a, MpsValue b);
int mps_set_cmp(MpsThread *t, MpsCmpOp op, MpsValue a, MpsValue b);  /* 1/0/-1 */
#define mps_is_anyset(v) (mps_is_kind(v, MPS_K_SET) || mps_is_kind(v, MPS_K_FROZENSET))

/* ops.c: recursion guard for repr of containers */
int mps_repr_enter(MpsThread *t, MpsValue v);   /* 1 already in progress, 0 entered, -1 error */
void mps_repr_leave(MpsThread *t, MpsValue v);

#endif
