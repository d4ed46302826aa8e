/*
 * serialize.h — mps's own serialization of values for inter-process
 * communication (queues, pipes, pools, spawn). The format is described at
 * the top of runtime/serialize.c.
 */
#ifndef MPS_SERIALIZE_H
#define MPS_SERIALIZE_H

#include "../vm/interp.h"

/* Append the serialization of v to out (initialised by the caller).
 * 0, or -1 with TypeError "cannot serialize 'X' object" (out then holds a
 * partial encoding: the caller frees it). */
int mps_ser_dumps(MpsThread *t, MpsValue v, MpsBuf *out);

/* Decode data[0..n): the value, or MPS_NULL with ValueError "malformed
 * serialized data (...)" for malformed, truncated or oversized input (or
 * the exception raised by an import / reduce callable / __setstate__). */
MpsValue mps_ser_loads(MpsThread *t, const char *data, size_t n);

/* The same for pickle.dumps / pickle.loads: functions and classes by
 * reference only, no code objects, cells or modules; errors as CPython's
 * pickle ("cannot pickle 'X' object", pickling_error for a function or
 * class not found by name, AttributeError for a local one). */
int mps_ser_dumps_pickle(MpsThread *t, MpsValue v, MpsBuf *out, MpsValue pickling_error);
MpsValue mps_ser_loads_pickle(MpsThread *t, const char *data, size_t n);

#endif
