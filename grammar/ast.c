/*
 * ast.c — the AST arena, node lists, and a dump in the text of CPython
 * 3.11's ast.dump() (no attributes), so the parser can be diffed against
 * Python's own.
 */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "lexer.h"

/* ---------------------------------------------------------------- arena */

struct MpsArenaBlock {
    MpsArenaBlock *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
};

#define ARENA_BLOCK 65536

void mps_arena_init(MpsArena *a) { a->head = NULL; }

void *mps_arena_alloc(MpsArena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    MpsArenaBlock *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK / 4 ? n : ARENA_BLOCK;
        b = malloc(sizeof *b + size);
        if (!b) { fputs("mps: out of memory in parser\n", stderr); abort(); }
        b->size = size;
        b->used = 0;
        if (size == n && a->head) {     /* big one-off: keep the current block in front */
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

char *mps_arena_strndup(MpsArena *a, const char *s, size_t n)
{
    char *p = mps_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void mps_arena_free(MpsArena *a)
{
    MpsArenaBlock *b = a->head;
    while (b) {
        MpsArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

void mps_ast_list_push(MpsArena *a, MpsAstList *l, MpsAst *n)
{
    if (l->len == l->cap) {     /* grow by copying; the old array stays in the arena */
        int cap = l->cap ? l->cap * 2 : 4;
        MpsAst **items = mps_arena_alloc(a, sizeof *items * (size_t)cap);
        if (l->len) memcpy(items, l->items, sizeof *items * (size_t)l->len);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

MpsAst *mps_ast_new(MpsArena *a, MpsAstKind k, int line, int col)
{
    MpsAst *n = mps_arena_alloc(a, sizeof *n);
    n->kind = k;
    n->line = n->end_line = line;
    n->col = n->end_col = col;
    return n;
}

const char *mps_ast_kind_name(MpsAstKind k)
{
    static const char *const names[] = {
#define AST_NAME(k) #k,
        MPS_AST_KINDS(AST_NAME)
#undef AST_NAME
    };
    return (unsigned)k < MPS_AST__COUNT ? names[k] : "?";
}

/* ---------------------------------------------------------------- dump */

/* Python's repr() of a str (UTF-8) or bytes value. */
static void ad_repr_str(FILE *out, const char *s, size_t n, bool bytes)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    bool sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    if (bytes) fputc('b', out);
    fputc(q, out);
    while (p < e) {
        unsigned c = *p;
        if (c == (unsigned char)q || c == '\\') { fputc('\\', out); fputc((int)c, out); p++; continue; }
        if (c == '\n') { fputs("\\n", out); p++; continue; }
        if (c == '\r') { fputs("\\r", out); p++; continue; }
        if (c == '\t') { fputs("\\t", out); p++; continue; }
        if (c < 0x20 || c == 0x7f) { fprintf(out, "\\x%02x", c); p++; continue; }
        if (c < 0x80) { fputc((int)c, out); p++; continue; }
        if (bytes) { fprintf(out, "\\x%02x", c); p++; continue; }
        /* decode one UTF-8 sequence */
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        unsigned cp = len == 4 ? c & 7 : len == 3 ? c & 15 : len == 2 ? c & 31 : c;
        if (p + len > e) len = 1;
        for (int i = 1; i < len; i++) cp = (cp << 6) | (p[i] & 63);
        if (cp < 0xA1 || cp == 0xAD || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) ||
            (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 ||
            (cp >= 0xD7FC && cp < 0xF900) || cp == 0xFEFF || (cp >= 0xFFF0 && cp <= 0xFFFB) ||
            cp == 0xFFFE || cp == 0xFFFF || cp >= 0xE0000) {
            /* not printable for Python: escape it */
            if (cp < 0x100) fprintf(out, "\\x%02x", cp);
            else if (cp < 0x10000) fprintf(out, "\\u%04x", cp);
            else fprintf(out, "\\U%08x", cp);
        } else
            fwrite(p, 1, (size_t)len, out);
        p += len;
    }
    fputc(q, out);
}

/* Python's repr() of a float: the shortest text that reads back the same. */
static void ad_repr_float(FILE *out, double d, bool imag)
{
    char buf[64], digits[32];
    if (isinf(d)) { fputs(d > 0 ? "inf" : "-inf", out); if (imag) fputc('j', out); return; }
    if (isnan(d)) { fputs("nan", out); if (imag) fputc('j', out); return; }
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (strtod(buf, NULL) == d) break;
    }
    /* buf: [-]D[.DDD]e[+-]XX */
    char *p = buf;
    if (*p == '-') { fputc('-', out); p++; }
    int nd = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[nd++] = *p;
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    int exp = atoi(p + 1);
    if (exp >= -4 && exp < 16) {
        if (exp >= 0) {
            for (int i = 0; i <= exp; i++) fputc(i < nd ? digits[i] : '0', out);
            if (nd > exp + 1) fprintf(out, ".%s", digits + exp + 1);
            else if (!imag) fputs(".0", out);
        } else {
            fputs("0.", out);
            for (int i = 0; i < -exp - 1; i++) fputc('0', out);
            fputs(digits, out);
        }
    } else {
        fputc(digits[0], out);
        if (nd > 1) fprintf(out, ".%s", digits + 1);
        fprintf(out, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    if (imag) fputc('j', out);
}

static void ad_node(const MpsAst *n, FILE *out);
bool mps_ast_dump_positions;

static void ad_list(const char *name, const MpsAstList *l, FILE *out)
{
    fprintf(out, "%s=[", name);
    for (int i = 0; i < l->len; i++) {
        if (i) fputs(", ", out);
        if (l->items[i]) ad_node(l->items[i], out);
        else fputs("None", out);
    }
    fputc(']', out);
}

/* field printers: each writes ", name=value" (or nothing for an absent optional) */
/* one dump at a time: this is the debugging printer of the grammar tool,
 * not interpreter state */
static bool ad_first;
static void ad_sep(FILE *out) { if (!ad_first) fputs(", ", out); ad_first = false; }
static void ad_f_node(const char *name, const MpsAst *n, FILE *out)
{
    if (!n) return;
    ad_sep(out);
    fprintf(out, "%s=", name);
    ad_node(n, out);
}
static void ad_f_list(const char *name, const MpsAstList *l, FILE *out) { ad_sep(out); ad_list(name, l, out); }
static void ad_f_str(const char *name, const char *s, FILE *out)
{
    if (!s) return;
    ad_sep(out);
    fprintf(out, "%s=", name);
    ad_repr_str(out, s, strlen(s), false);
}
static void ad_f_raw(const char *name, const char *text, FILE *out) { ad_sep(out); fprintf(out, "%s=%s", name, text); }
static void ad_f_int(const char *name, long v, FILE *out) { ad_sep(out); fprintf(out, "%s=%ld", name, v); }

static const char *ad_ctx(MpsCtx c)
{
    return c == MPS_CTX_STORE ? "Store()" : c == MPS_CTX_DEL ? "Del()" : "Load()";
}

static const char *ad_binop(MpsBinOp op)
{
    switch (op) {
    case MPS_BIN_ADD: return "Add()";
    case MPS_BIN_SUB: return "Sub()";
    case MPS_BIN_MUL: return "Mult()";
    case MPS_BIN_TRUEDIV: return "Div()";
    case MPS_BIN_FLOORDIV: return "FloorDiv()";
    case MPS_BIN_MOD: return "Mod()";
    case MPS_BIN_POW: return "Pow()";
    case MPS_BIN_LSHIFT: return "LShift()";
    case MPS_BIN_RSHIFT: return "RShift()";
    case MPS_BIN_AND: return "BitAnd()";
    case MPS_BIN_OR: return "BitOr()";
    case MPS_BIN_XOR: return "BitXor()";
    case MPS_BIN_MATMUL: return "MatMult()";
    default: return "?";
    }
}

static const char *ad_cmpop(MpsCmpOpKind op)
{
    static const char *const names[] = { "Lt()", "LtE()", "Eq()", "NotEq()", "Gt()", "GtE()",
                                         "In()", "NotIn()", "Is()", "IsNot()" };
    return (unsigned)op < 10 ? names[op] : "?";
}

static const char *ad_unop(MpsUnOp op)
{
    switch (op) {
    case MPS_UN_NEG: return "USub()";
    case MPS_UN_POS: return "UAdd()";
    case MPS_UN_INVERT: return "Invert()";
    case MPS_UN_NOT: return "Not()";
    }
    return "?";
}

static void ad_constant(const MpsAst *n, FILE *out)
{
    switch (n->v.Constant.kind) {
    case MPS_CONST_NONE: fputs("None", out); break;
    case MPS_CONST_TRUE: fputs("True", out); break;
    case MPS_CONST_FALSE: fputs("False", out); break;
    case MPS_CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case MPS_CONST_INT: fprintf(out, "%lld", (long long)n->v.Constant.ival); break;
    case MPS_CONST_BIGINT: fputs(n->v.Constant.str, out); break;
    case MPS_CONST_FLOAT: ad_repr_float(out, n->v.Constant.fval, false); break;
    case MPS_CONST_IMAG: ad_repr_float(out, n->v.Constant.fval, true); break;
    case MPS_CONST_STR: ad_repr_str(out, n->v.Constant.str, n->v.Constant.len, false); break;
    case MPS_CONST_BYTES: ad_repr_str(out, n->v.Constant.str, n->v.Constant.len, true); break;
    }
}

static void ad_node(const MpsAst *n, FILE *out)
{
    static const char *const lower[] = {
        [MPS_AST_Comprehension] = "comprehension", [MPS_AST_Arguments] = "arguments",
        [MPS_AST_Arg] = "arg", [MPS_AST_Keyword] = "keyword", [MPS_AST_Alias] = "alias",
        [MPS_AST_WithItem] = "withitem",
    };
    const char *name = (n->kind < MPS_AST__COUNT && (size_t)n->kind < sizeof lower / sizeof *lower &&
                        lower[n->kind]) ? lower[n->kind] : mps_ast_kind_name(n->kind);
    fprintf(out, "%s(", name);
    ad_first = true;
    switch (n->kind) {
    case MPS_AST_Module:
        ad_f_list("body", &n->v.Module.body, out);
        ad_f_raw("type_ignores", "[]", out);
        break;
    case MPS_AST_FunctionDef:
        ad_f_str("name", n->v.FunctionDef.name, out);
        ad_f_node("args", n->v.FunctionDef.args, out);
        ad_f_list("body", &n->v.FunctionDef.body, out);
        ad_f_list("decorator_list", &n->v.FunctionDef.decorators, out);
        ad_f_node("returns", n->v.FunctionDef.returns, out);
        break;
    case MPS_AST_ClassDef:
        ad_f_str("name", n->v.ClassDef.name, out);
        ad_f_list("bases", &n->v.ClassDef.bases, out);
        ad_f_list("keywords", &n->v.ClassDef.keywords, out);
        ad_f_list("body", &n->v.ClassDef.body, out);
        ad_f_list("decorator_list", &n->v.ClassDef.decorators, out);
        break;
    case MPS_AST_Return: ad_f_node("value", n->v.Return.value, out); break;
    case MPS_AST_Delete: ad_f_list("targets", &n->v.Delete.targets, out); break;
    case MPS_AST_Assign:
        ad_f_list("targets", &n->v.Assign.targets, out);
        ad_f_node("value", n->v.Assign.value, out);
        break;
    case MPS_AST_AugAssign:
        ad_f_node("target", n->v.AugAssign.target, out);
        ad_f_raw("op", ad_binop(n->v.AugAssign.op), out);
        ad_f_node("value", n->v.AugAssign.value, out);
        break;
    case MPS_AST_AnnAssign:
        ad_f_node("target", n->v.AnnAssign.target, out);
        ad_f_node("annotation", n->v.AnnAssign.annotation, out);
        ad_f_node("value", n->v.AnnAssign.value, out);
        ad_f_int("simple", n->v.AnnAssign.simple, out);
        break;
    case MPS_AST_For:
        ad_f_node("target", n->v.For.target, out);
        ad_f_node("iter", n->v.For.iter, out);
        ad_f_list("body", &n->v.For.body, out);
        ad_f_list("orelse", &n->v.For.orelse, out);
        break;
    case MPS_AST_While:
    case MPS_AST_If:
        ad_f_node("test", n->v.If.test, out);
        ad_f_list("body", &n->v.If.body, out);
        ad_f_list("orelse", &n->v.If.orelse, out);
        break;
    case MPS_AST_With:
        ad_f_list("items", &n->v.With.items, out);
        ad_f_list("body", &n->v.With.body, out);
        break;
    case MPS_AST_Raise:
        ad_f_node("exc", n->v.Raise.exc, out);
        ad_f_node("cause", n->v.Raise.cause, out);
        break;
    case MPS_AST_Try:
        ad_f_list("body", &n->v.Try.body, out);
        ad_f_list("handlers", &n->v.Try.handlers, out);
        ad_f_list("orelse", &n->v.Try.orelse, out);
        ad_f_list("finalbody", &n->v.Try.finalbody, out);
        break;
    case MPS_AST_Assert:
        ad_f_node("test", n->v.Assert.test, out);
        ad_f_node("msg", n->v.Assert.msg, out);
        break;
    case MPS_AST_Import: ad_f_list("names", &n->v.Import.names, out); break;
    case MPS_AST_ImportFrom:
        ad_f_str("module", n->v.ImportFrom.module, out);
        ad_f_list("names", &n->v.ImportFrom.names, out);
        ad_f_int("level", n->v.ImportFrom.level, out);
        break;
    case MPS_AST_Global:
    case MPS_AST_Nonlocal:
        ad_sep(out);
        fputs("names=[", out);
        for (int i = 0; i < n->v.Global.len; i++) {
            if (i) fputs(", ", out);
            ad_repr_str(out, n->v.Global.names[i], strlen(n->v.Global.names[i]), false);
        }
        fputc(']', out);
        break;
    case MPS_AST_Expr: ad_f_node("value", n->v.Expr.value, out); break;
    case MPS_AST_Pass: case MPS_AST_Break: case MPS_AST_Continue: break;
    case MPS_AST_BoolOp:
        ad_f_raw("op", n->v.BoolOp.op == MPS_BOOL_AND ? "And()" : "Or()", out);
        ad_f_list("values", &n->v.BoolOp.values, out);
        break;
    case MPS_AST_NamedExpr:
        ad_f_node("target", n->v.NamedExpr.target, out);
        ad_f_node("value", n->v.NamedExpr.value, out);
        break;
    case MPS_AST_BinOp:
        ad_f_node("left", n->v.BinOp.left, out);
        ad_f_raw("op", ad_binop(n->v.BinOp.op), out);
        ad_f_node("right", n->v.BinOp.right, out);
        break;
    case MPS_AST_UnaryOp:
        ad_f_raw("op", ad_unop(n->v.UnaryOp.op), out);
        ad_f_node("operand", n->v.UnaryOp.operand, out);
        break;
    case MPS_AST_Lambda:
        ad_f_node("args", n->v.Lambda.args, out);
        ad_f_node("body", n->v.Lambda.body, out);
        break;
    case MPS_AST_IfExp:
        ad_f_node("test", n->v.IfExp.test, out);
        ad_f_node("body", n->v.IfExp.body, out);
        ad_f_node("orelse", n->v.IfExp.orelse, out);
        break;
    case MPS_AST_Dict:
        ad_f_list("keys", &n->v.Dict.keys, out);
        ad_f_list("values", &n->v.Dict.values, out);
        break;
    case MPS_AST_Set: ad_f_list("elts", &n->v.Set.elts, out); break;
    case MPS_AST_ListComp: case MPS_AST_SetComp: case MPS_AST_GeneratorExp:
        ad_f_node("elt", n->v.ListComp.elt, out);
        ad_f_list("generators", &n->v.ListComp.generators, out);
        break;
    case MPS_AST_DictComp:
        ad_f_node("key", n->v.DictComp.key, out);
        ad_f_node("value", n->v.DictComp.value, out);
        ad_f_list("generators", &n->v.DictComp.generators, out);
        break;
    case MPS_AST_Yield: case MPS_AST_YieldFrom: ad_f_node("value", n->v.Yield.value, out); break;
    case MPS_AST_Compare:
        ad_f_node("left", n->v.Compare.left, out);
        ad_sep(out);
        fputs("ops=[", out);
        for (int i = 0; i < n->v.Compare.comparators.len; i++)
            fprintf(out, "%s%s", i ? ", " : "", ad_cmpop(n->v.Compare.ops[i]));
        fputc(']', out);
        ad_f_list("comparators", &n->v.Compare.comparators, out);
        break;
    case MPS_AST_Call:
        ad_f_node("func", n->v.Call.func, out);
        ad_f_list("args", &n->v.Call.args, out);
        ad_f_list("keywords", &n->v.Call.keywords, out);
        break;
    case MPS_AST_FormattedValue:
        ad_f_node("value", n->v.FormattedValue.value, out);
        ad_f_int("conversion", n->v.FormattedValue.conversion ? n->v.FormattedValue.conversion : -1, out);
        ad_f_node("format_spec", n->v.FormattedValue.format_spec, out);
        break;
    case MPS_AST_JoinedStr: ad_f_list("values", &n->v.JoinedStr.values, out); break;
    case MPS_AST_Constant:
        ad_sep(out);
        fputs("value=", out);
        ad_constant(n, out);
        break;
    case MPS_AST_Attribute:
        ad_f_node("value", n->v.Attribute.value, out);
        ad_f_str("attr", n->v.Attribute.attr, out);
        ad_f_raw("ctx", ad_ctx(n->v.Attribute.ctx), out);
        break;
    case MPS_AST_Subscript:
        ad_f_node("value", n->v.Subscript.value, out);
        ad_f_node("slice", n->v.Subscript.slice, out);
        ad_f_raw("ctx", ad_ctx(n->v.Subscript.ctx), out);
        break;
    case MPS_AST_Starred:
        ad_f_node("value", n->v.Starred.value, out);
        ad_f_raw("ctx", ad_ctx(n->v.Starred.ctx), out);
        break;
    case MPS_AST_Name:
        ad_f_str("id", n->v.Name.id, out);
        ad_f_raw("ctx", ad_ctx(n->v.Name.ctx), out);
        break;
    case MPS_AST_List: case MPS_AST_Tuple:
        ad_f_list("elts", &n->v.List.elts, out);
        ad_f_raw("ctx", ad_ctx(n->v.List.ctx), out);
        break;
    case MPS_AST_Slice:
        ad_f_node("lower", n->v.Slice.lower, out);
        ad_f_node("upper", n->v.Slice.upper, out);
        ad_f_node("step", n->v.Slice.step, out);
        break;
    case MPS_AST_Comprehension:
        ad_f_node("target", n->v.Comprehension.target, out);
        ad_f_node("iter", n->v.Comprehension.iter, out);
        ad_f_list("ifs", &n->v.Comprehension.ifs, out);
        ad_f_int("is_async", 0, out);
        break;
    case MPS_AST_ExceptHandler:
        ad_f_node("type", n->v.ExceptHandler.type, out);
        ad_f_str("name", n->v.ExceptHandler.name, out);
        ad_f_list("body", &n->v.ExceptHandler.body, out);
        break;
    case MPS_AST_Arguments:
        ad_f_list("posonlyargs", &n->v.Arguments.posonlyargs, out);
        ad_f_list("args", &n->v.Arguments.args, out);
        ad_f_node("vararg", n->v.Arguments.vararg, out);
        ad_f_list("kwonlyargs", &n->v.Arguments.kwonlyargs, out);
        ad_f_list("kw_defaults", &n->v.Arguments.kw_defaults, out);
        ad_f_node("kwarg", n->v.Arguments.kwarg, out);
        ad_f_list("defaults", &n->v.Arguments.defaults, out);
        break;
    case MPS_AST_Arg:
        ad_f_str("arg", n->v.Arg.arg, out);
        ad_f_node("annotation", n->v.Arg.annotation, out);
        break;
    case MPS_AST_Keyword:
        ad_f_str("arg", n->v.Keyword.arg, out);
        ad_f_node("value", n->v.Keyword.value, out);
        break;
    case MPS_AST_Alias:
        ad_f_str("name", n->v.Alias.name, out);
        ad_f_str("asname", n->v.Alias.asname, out);
        break;
    case MPS_AST_WithItem:
        ad_f_node("context_expr", n->v.WithItem.context_expr, out);
        ad_f_node("optional_vars", n->v.WithItem.optional_vars, out);
        break;
    default:
        break;
    }
    if (mps_ast_dump_positions && n->kind != MPS_AST_Module && n->kind != MPS_AST_Comprehension &&
        n->kind != MPS_AST_Arguments && n->kind != MPS_AST_WithItem) {
        ad_sep(out);
        fprintf(out, "lineno=%d, col_offset=%d", n->line, n->col);
    }
    fputc(')', out);
    ad_first = false;
}

void mps_ast_dump(const MpsAst *n, FILE *out)
{
    if (!n) { fputs("None", out); return; }
    ad_node(n, out);
}
