/*
 * mod_dis.c — `_dis`, the C half of `dis` (stdlib/lib/dis.mps): the text
 * of vm/dis.c's disassembler for one code object, and the opcode names
 * from the one opcode list (vm/opcodes.h).
 */
#include "lib.h"
#include "../vm/code.h"

static const char *const dis_opnames[] = {
#define DIS_NAME(name, kind, eff) #name,
    MPS_OPCODES(DIS_NAME)
#undef DIS_NAME
};

/* code_text(code) → the disassembly of code and of the code objects in
 * its constants, as `mps --dis` prints it */
static MpsValue dis_code_text(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "code_text", argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsBuf b;
    mps_buf_init(&b);
    if (mps_dis(t, argv[0], &b) < 0) {
        mps_buf_free(&b);
        return MPS_NULL;
    }
    return mps_buf_to_str(t, &b);
}

/* caret_nodes(segment) → the operands of a binary operation or subscript
 * the segment parses to (for traceback's ^^^ markers), or None */
static MpsValue dis_caret_nodes(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "caret_nodes", argc, kw, 1, 1) < 0) return MPS_NULL;
    return mps_traceback_caret_nodes(t, argv[0]);
}

static const MpsMethodDef dis_functions[] = {
    { "code_text", dis_code_text },
    { "caret_nodes", dis_caret_nodes },
    { NULL, NULL }
};

MpsValue mps_dis_module_new(MpsThread *t)
{
    MpsValue m = mpsl_module(t, "_dis", dis_functions);
    if (!m) return MPS_NULL;
    MPS_ROOT(t, m);
    size_t n = sizeof dis_opnames / sizeof dis_opnames[0];
    MpsValue l = mps_list_new(t, n);
    if (l) {
        MPS_ROOT(t, l);
        for (size_t i = 0; i < n; i++) {
            MpsValue s = mpsl_cstr(t, dis_opnames[i]);
            if (!s) break;
            MPS_LIST(l)->items[i] = s;
        }
        MPS_UNROOT(t, 1);
        mpsl_set(t, m, "opname", l);
    }
    MPS_UNROOT(t, 1);
    return t->exc ? MPS_NULL : m;
}
