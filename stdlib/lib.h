/* lib.h — private interface between the files of stdlib/. */
#ifndef MPS_LIB_H
#define MPS_LIB_H

#include "stdlib.h"
#include <string.h>
#include <stdlib.h>
#include <locale.h>

/* Classes and objects created once per interpreter. They are also kept in
 * the module `_mps_stdlib` of sys.modules so that the collector sees them. */
typedef struct MpslState {
    MpsValue keep;                   /* the private module holding them */
    MpsClass *file_cls;              /* open() result, sys.stdout… */
    MpsClass *view_cls[3];           /* dict_keys, dict_values, dict_items */
    MpsClass *struct_time_cls;
    MpsClass *stat_result_cls;       /* os.stat() */
    MpsClass *times_result_cls;      /* os.times() */
    MpsClass *uname_result_cls;      /* os.uname() */
    MpsClass *statvfs_result_cls;    /* os.statvfs() */
    MpsClass *terminal_size_cls;     /* os.get_terminal_size() */
    MpsClass *hash_cls;              /* _hashlib's digest states */
    locale_t ctype;                  /* C.UTF-8 for towupper_l & co (0 if absent) */
    /* random: MT19937 as CPython's */
    uint32_t mt[624];
    int mti;
    bool has_gauss;
    double gauss_next;
} MpslState;

#define MPSL(t) ((MpslState *)(t)->interp->stdlib)

/* one init per file, called by mps_stdlib_init */
void mpsl_builtins_init(MpsThread *t);
void mpsl_str_init(MpsThread *t);
void mpsl_bytes_init(MpsThread *t);
void mpsl_list_init(MpsThread *t);
void mpsl_dict_init(MpsThread *t);
void mpsl_num_init(MpsThread *t);
MpsValue mpsl_num_round(MpsThread *t, MpsValue x, MpsValue ndigits);
void mpsl_file_init(MpsThread *t);
void mpsl_random_init(MpsThread *t);
void mpsl_dunders_init(MpsThread *t);

/* module constructors (modules.c lists them) */
MpsValue mpsl_mod_sys(MpsThread *t);
MpsValue mpsl_mod_os(MpsThread *t);
MpsValue mpsl_mod_os_path(MpsThread *t);
void mpsl_os_add_process_functions(MpsThread *t, MpsValue os_module);   /* mod_os_proc.c */
MpsValue mpsl_mod_time(MpsThread *t);
MpsValue mpsl_mod_math(MpsThread *t);
MpsValue mpsl_mod_cmath(MpsThread *t);
MpsValue mpsl_mod_random(MpsThread *t);
MpsValue mpsl_mod_json(MpsThread *t);

/* SHA-512 (mod_hashlib.c), for random.seed */
void mps_hashlib_sha512(const void *data, size_t n, uint8_t out[64]);

/* helpers (lib.c) */
void mpsl_keep(MpsThread *t, const char *name, MpsValue v);   /* root forever */
size_t mpsl_nkw(MpsValue kwnames);
MpsValue mpsl_kwarg(MpsValue kwnames, int argc, const MpsValue *argv, const char *name);
int mpsl_no_kw(MpsThread *t, const char *fname, MpsValue kwnames);
MpsValue mpsl_cstr(MpsThread *t, const char *s);
MpsClass *mpsl_class(MpsThread *t, const char *name, MpsClass *base, MpsKind kind,
                     const MpsMethodDef *methods);
MpsValue mpsl_module(MpsThread *t, const char *name, const MpsMethodDef *fns);
int mpsl_set(MpsThread *t, MpsValue module, const char *name, MpsValue v);
/* file objects (file.c) */
MpsValue mpsl_file_std(MpsThread *t, int fd);       /* sys.stdin/stdout/stderr */
int mpsl_file_std_fd(MpsThread *t, MpsValue f);     /* 1/2 for std streams, else -1 */
/* utf-8 */
uint32_t mpsl_utf8_next(const char **p);
/* int arg or TypeError "<what> must be int" style (uses mps_index) */
int mpsl_int_arg(MpsThread *t, MpsValue v, int64_t *out);
/* build a property from a C getter (self) → value */
MpsValue mpsl_property(MpsThread *t, const char *name, MpsCFunc get);
/* a classmethod (kind MPS_K_CLASSMETHOD) or staticmethod of a built-in class */
void mpsl_class_wrapped(MpsThread *t, MpsClass *c, const char *name, MpsCFunc fn, MpsKind kind);
/* a tuple subclass with named fields and CPython's struct-sequence repr */
MpsClass *mpsl_struct_seq(MpsThread *t, const char *module, const char *name,
                          const char *const *fields, int n);
/* an instance of such a class (made into *cls on first use), fields None */
MpsValue mpsl_struct_seq_new(MpsThread *t, MpsClass **cls, const char *module, const char *name,
                             const char *const *fields, int n);
/* set an attribute of a built-in class behind the class machinery */
void mpsl_class_set(MpsThread *t, MpsClass *c, const char *name, MpsValue v);
/* text codecs (bytes_methods.c): utf-8, ascii, latin-1 */
MpsValue mpsl_decode(MpsThread *t, const uint8_t *p, size_t n, const char *enc, const char *errors);
int mpsl_encode(MpsThread *t, MpsValue s, const char *enc, const char *errors, MpsBuf *out);
/* builtins implemented elsewhere */
MpsValue mpsl_open(MpsThread *t, int argc, const MpsValue *argv, MpsValue kwnames);
/* os: a str path or os.PathLike (mod_os.c); the fs functions (mod_os_fs.c) */
const char *mpsl_os_path_arg(MpsThread *t, MpsValue v, const char *fn);
int mpsl_os_fspath(MpsThread *t, MpsValue v, const char *fn, const char **p, size_t *n);
void mpsl_os_add_fs_functions(MpsThread *t, MpsValue os_module);
/* os.register_at_fork hooks: 0 before fork, 1 in the child, 2 in the parent */
void mpsl_os_fork_hooks(MpsThread *t, int which);
/* a rooted list of n slots for C code that holds values across calls;
 * MPS_UNROOT(t, 1) when done */
MpsValue mpsl_hold(MpsThread *t, size_t n);
#define MPSL_SLOT(h, i) (MPS_LIST(h)->items[i])
/* random (mod_random.c), for other modules */
double mpsl_random_double(MpsThread *t);

#endif
