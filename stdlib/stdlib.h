/* stdlib.h — the public entry points of stdlib/: built-in functions,
 * methods of built-in types, built-in modules. */
#ifndef MPS_STDLIB_H
#define MPS_STDLIB_H

#include "../vm/interp.h"

/* Fill interp->builtins (and interp->builtins_module), add the methods of
 * the built-in types, install their constructors and the
 * hooks.builtin_module hook. Call once, after mps_interp_new and the
 * runtime's hooks. */
void mps_stdlib_init(MpsThread *t);

/* Reseed `random` from the OS (a forked child must not repeat its parent). */
void mps_random_reseed(MpsThread *t);

/* The built-in module `name` (fresh), or MPS_NULL without error if none. */
MpsValue mps_stdlib_module(MpsThread *t, const char *name);

#endif
