/*
 * dis.c — disassembler in the format of CPython's dis module: line
 * number, jump-target marker, offset (2 per instruction, as CPython's
 * wordcode), opcode name, operand and its meaning; then every nested code
 * object under "Disassembly of <code object …>:". Names and operand kinds
 * come from the X-macro list of opcodes.h.
 */
#include "code.h"
#include <string.h>
#include <stdlib.h>

static const char *const op_names[] = {
#define DIS_NAME(name, kind, eff) #name,
    MPS_OPCODES(DIS_NAME)
#undef DIS_NAME
};

static const unsigned char op_kinds[] = {
#define DIS_KIND(name, kind, eff) MPS_OK_##kind,
    MPS_OPCODES(DIS_KIND)
#undef DIS_KIND
};

static const char *const binop_syms[] = {
#define DIS_BIN(n, s, d, r) s,
    MPS_BINOPS(DIS_BIN)
#undef DIS_BIN
};

static const char *const cmp_syms[] = { "<", "<=", "==", "!=", ">", ">=" };
static const char *const unop_names[] = { "-", "+", "~", "not" };

static void code_header(MpsCode *co, MpsBuf *out) {
    mps_buf_printf(out, "<code object %s at %p, file \"%s\", line %d>",
                   mps_str_data(co->name), (void *)co, mps_str_data(co->filename), co->firstline);
}

static int dis_one(MpsThread *t, MpsCode *co, MpsBuf *out) {
    bool *target = calloc(co->ncode + 1, sizeof *target);
    if (!target) { mps_raise_nomem(t); return -1; }
    for (uint32_t i = 0; i < co->ncode; i++)
        if (op_kinds[MPS_OP(co->code[i])] == MPS_OK_JUMP && MPS_ARG(co->code[i]) <= co->ncode)
            target[MPS_ARG(co->code[i])] = true;
    for (MpsExcEntry *e = co->exctab; e < co->exctab + co->nexctab; e++)
        if (e->handler <= co->ncode) target[e->handler] = true;
    int lastline = -1;
    for (uint32_t i = 0; i < co->ncode; i++) {
        uint32_t w = co->code[i];
        int op = (int)MPS_OP(w);
        uint32_t arg = MPS_ARG(w);
        int line = co->lines[i];
        MpsBuf ln;
        mps_buf_init(&ln);
        if (line != lastline) {
            if (i > 0) mps_buf_addc(out, '\n');
            mps_buf_printf(&ln, "%3d", line);
            lastline = line;
        } else mps_buf_adds(&ln, "   ");
        mps_buf_printf(&ln, "     %s %4u %-20s", target[i] ? ">>" : "  ", i * 2, op < MPS_OP__COUNT ? op_names[op] : "???");
        int kind = op < MPS_OP__COUNT ? op_kinds[op] : MPS_OK_NONE;
        if (kind != MPS_OK_NONE) {
            mps_buf_printf(&ln, " %5u", arg);
            MpsValue nm = MPS_NULL;
            switch (kind) {
            case MPS_OK_CONST: {
                MpsValue c = arg < MPS_TUPLE(co->consts)->len ? MPS_TUPLE(co->consts)->items[arg] : MPS_NULL;
                if (mps_is_kind(c, MPS_K_CODE)) {
                    mps_buf_adds(&ln, " (");
                    code_header(MPS_CODE(c), &ln);
                    mps_buf_addc(&ln, ')');
                } else if (c) {
                    mps_buf_adds(&ln, " (");
                    if (mps_repr_buf(t, c, &ln) < 0) mps_exc_clear(t);
                    mps_buf_addc(&ln, ')');
                }
                break;
            }
            case MPS_OK_NAME:
                if (arg < MPS_TUPLE(co->names)->len) nm = MPS_TUPLE(co->names)->items[arg];
                break;
            case MPS_OK_LOCAL:
                if (arg < MPS_TUPLE(co->varnames)->len) nm = MPS_TUPLE(co->varnames)->items[arg];
                break;
            case MPS_OK_LOCAL2: {
                MpsTuple *vn = MPS_TUPLE(co->varnames);
                uint32_t x = arg & 0xfff, y = arg >> 12;
                if (x < vn->len && y < vn->len && mps_is_str(vn->items[x]) && mps_is_str(vn->items[y]))
                    mps_buf_printf(&ln, " (%s, %s)", mps_str_data(vn->items[x]), mps_str_data(vn->items[y]));
                break;
            }
            case MPS_OK_CONSTBIN: case MPS_OK_CONSTCMP: {
                uint32_t ci = arg & 0xffff, o = arg >> 16;
                MpsValue c = ci < MPS_TUPLE(co->consts)->len ? MPS_TUPLE(co->consts)->items[ci] : MPS_NULL;
                const char *sym = kind == MPS_OK_CONSTBIN ? (o < MPS_BIN__COUNT ? binop_syms[o] : "?")
                                                          : (o < 6 ? cmp_syms[o] : "?");
                if (c) {
                    mps_buf_printf(&ln, " (%s ", sym);
                    if (mps_repr_buf(t, c, &ln) < 0) mps_exc_clear(t);
                    mps_buf_addc(&ln, ')');
                }
                break;
            }
            case MPS_OK_DEREF: {
                int k = (int)arg - co->nlocals;
                if ((int)arg < co->nlocals) nm = MPS_TUPLE(co->varnames)->items[arg];
                else if (k < co->ncells) nm = MPS_TUPLE(co->cellvars)->items[k];
                else if (k - co->ncells < co->nfree) nm = MPS_TUPLE(co->freevars)->items[k - co->ncells];
                break;
            }
            case MPS_OK_JUMP: mps_buf_printf(&ln, " (to %u)", arg * 2); break;
            case MPS_OK_BINOP: if (arg < MPS_BIN__COUNT) mps_buf_printf(&ln, " (%s)", binop_syms[arg]); break;
            case MPS_OK_CMP: if (arg < 6) mps_buf_printf(&ln, " (%s)", cmp_syms[arg]); break;
            case MPS_OK_UNOP: if (arg < 4) mps_buf_printf(&ln, " (%s)", unop_names[arg]); break;
            default: break;
            }
            if (nm && mps_is_str(nm)) mps_buf_printf(&ln, " (%s)", mps_str_data(nm));
        }
        while (ln.len && ln.data[ln.len - 1] == ' ') ln.len--;
        mps_buf_add(out, ln.data, ln.len);
        mps_buf_addc(out, '\n');
        mps_buf_free(&ln);
    }
    if (co->nexctab) {
        mps_buf_adds(out, "ExceptionTable:\n");
        for (MpsExcEntry *e = co->exctab; e < co->exctab + co->nexctab; e++)
            mps_buf_printf(out, "  %u to %u -> %u [%u]\n", e->start * 2, (e->end - 1) * 2, e->handler * 2, e->depth);
    }
    free(target);
    return 0;
}

static int dis_rec(MpsThread *t, MpsCode *co, MpsBuf *out, bool header) {
    if (header) {
        mps_buf_adds(out, "\nDisassembly of ");
        code_header(co, out);
        mps_buf_adds(out, ":\n");
    }
    if (dis_one(t, co, out) < 0) return -1;
    MpsTuple *cs = MPS_TUPLE(co->consts);
    for (size_t i = 0; i < cs->len; i++)
        if (mps_is_kind(cs->items[i], MPS_K_CODE) && dis_rec(t, MPS_CODE(cs->items[i]), out, true) < 0) return -1;
    return 0;
}

int mps_dis(MpsThread *t, MpsValue code, MpsBuf *out) {
    if (!mps_is_kind(code, MPS_K_CODE)) { MPS_RAISE(t, TypeError, "dis() expects a code object"); return -1; }
    return dis_rec(t, MPS_CODE(code), out, false);
}
