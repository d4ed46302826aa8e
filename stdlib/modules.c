/* modules.c — the one list of built-in modules, and mps_stdlib_init. */
#include "lib.h"
#include "thread.h"
#include "../runtime/runtime.h"
#include "../runtime/embedded.h"
#include "../vm/code.h"

/* C halves of modules written in mps (stdlib/lib/), by their own files */
MpsValue mps_mp_module_new(MpsThread *t);
MpsValue mps_serialize_module_new(MpsThread *t);
MpsValue mps_subprocess_module_new(MpsThread *t);
MpsValue mps_signal_module_new(MpsThread *t);
MpsValue mps_gc_module_new(MpsThread *t);
MpsValue mps_dis_module_new(MpsThread *t);
MpsValue mps_re_module_new(MpsThread *t);
MpsValue mps_hashlib_module_new(MpsThread *t);
MpsValue mps_struct_module_new(MpsThread *t);

static const struct { const char *name; MpsValue (*make)(MpsThread *t); } mod_table[] = {
    {"sys", mpsl_mod_sys},
    {"os", mpsl_mod_os},
    {"os.path", mpsl_mod_os_path},
    {"time", mpsl_mod_time},
    {"math", mpsl_mod_math},
    {"cmath", mpsl_mod_cmath},
    {"random", mpsl_mod_random},
    {"json", mpsl_mod_json},
    {"_thread", mps_thread_module_new},
    {"_mp", mps_mp_module_new},
    {"_serialize", mps_serialize_module_new},
    {"_subprocess", mps_subprocess_module_new},
    {"_signal", mps_signal_module_new},
    {"gc", mps_gc_module_new},
    {"_dis", mps_dis_module_new},
    {"_re", mps_re_module_new},
    {"_hashlib", mps_hashlib_module_new},
    {"_struct", mps_struct_module_new},
};

/* a module written in mps (stdlib/lib/NAME.mps, embedded at build time):
 * registered in sys.modules before it runs, as a file module would be */
static MpsValue mod_embedded(MpsThread *t, const MpsEmbedded *e)
{
    MpsValue m = mps_rt_new_module(t, e->name, NULL);
    if (!m) return MPS_NULL;
    MPS_ROOT(t, m);
    char file[256];
    snprintf(file, sizeof file, MPS_EMBEDDED_FILE_FMT, e->name);
    mps_dict_set_cstr(t, MPS_MODULE(m)->dict, "__file__", mps_str_cstr_new(t, file));
    MpsValue code = mps_freeze_code(t, e->name);
    MpsValue r;
    if (code) {
        MPS_ROOT(t, code);
        r = mps_vm_run(t, code, MPS_MODULE(m)->dict);
        MPS_UNROOT(t, 1);
    } else {
        r = mps_rt_exec_source(t, e->source, e->size, file, MPS_MODULE(m)->dict);
    }
    MPS_UNROOT(t, 1);
    if (!r) {
        MpsValue exc = mps_exc_fetch(t);
        MPS_ROOT(t, exc);
        mps_dict_del(t, t->interp->modules, mps_str_cstr_new(t, e->name));
        MPS_UNROOT(t, 1);
        mps_exc_clear(t);
        mps_raise_value(t, exc);
        return MPS_NULL;
    }
    return m;
}

MpsValue mps_stdlib_module(MpsThread *t, const char *name)
{
    if (!strcmp(name, "_mps_stdlib")) return MPSL(t)->keep;
    for (size_t i = 0; i < sizeof mod_table / sizeof mod_table[0]; i++)
        if (!strcmp(mod_table[i].name, name)) return mod_table[i].make(t);
    for (const MpsEmbedded *e = mps_embedded; e->name; e++)
        if (!strcmp(e->name, name)) return mod_embedded(t, e);
    return MPS_NULL;
}

void mps_stdlib_init(MpsThread *t)
{
    MpsInterp *in = t->interp;
    MpslState *st = calloc(1, sizeof *st);
    if (!st) abort();
    in->stdlib = st;
    st->keep = mps_module_new(t, "_mps_stdlib");
    mps_dict_set_cstr(t, in->modules, "_mps_stdlib", st->keep);
    if (!in->builtins_module || in->builtins_module == MPS_NONE) {
        MpsValue b = mps_module_new(t, "builtins");
        MPS_MODULE(b)->dict = in->builtins;
        in->builtins_module = b;
    }
    mps_dict_set_cstr(t, in->builtins, "__name__", mps_str_cstr_new(t, "builtins"));
    mps_dict_set_cstr(t, in->modules, "builtins", in->builtins_module);
    mpsl_builtins_init(t);
    mpsl_str_init(t);
    mpsl_bytes_init(t);
    mpsl_list_init(t);
    mpsl_dict_init(t);
    mpsl_num_init(t);
    mpsl_file_init(t);
    mpsl_random_init(t);
    mpsl_dunders_init(t);   /* last: fills only names the others left free */
    in->hooks.builtin_module = mps_stdlib_module;
}
