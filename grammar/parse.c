/*
 * parse.c — the parser driver (lexer → lemon, as SQLite's
 * sqlite3RunParser), literal decoding (numbers, strings, bytes,
 * f-strings), and the checks the grammar leaves to C: assignment targets,
 * parameter lists, call arguments. Messages follow CPython 3.11.
 */
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <errno.h>
#include "lexer.h"
#include "parser.h"

void *MpsParseAlloc(void *(*mallocProc)(size_t), MpsPState *ps);
void MpsParse(void *p, int major, MpsTok minor);
void MpsParseFree(void *p, void (*freeProc)(void *));

static MpsAst *pd_run(MpsArena *arena, const char *src, size_t len, int mode,
                      int line0, int col0, MpsSyntaxError *err, const char *root);

/* ---------------------------------------------------------------- errors */

/* 1-based character column of 1-based byte column `bcol` on `line` of root */
static int pd_charcol(const char *root, int line, int bcol)
{
    if (!root || line < 1 || bcol < 1) return bcol;
    const char *p = root;
    for (int l = 1; l < line && *p; p++)
        if (*p == '\n') l++;
    int c = 1;
    for (int i = 0; i < bcol - 1 && p[i] && p[i] != '\n'; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80) c++;
    return c;
}

void mps_p_error(MpsPState *ps, MpsSynErrKind kind, int line, int bytecol, const char *fmt, ...)
{
    va_list ap;
    ps->failed = true;
    if (ps->err->kind != MPS_SYNERR_NONE) return;
    ps->err->kind = kind;
    ps->err->line = line;
    ps->err->col = pd_charcol(ps->root, line, bytecol);
    va_start(ap, fmt);
    vsnprintf(ps->err->msg, sizeof ps->err->msg, fmt, ap);
    va_end(ap);
}

static void pd_err_at(MpsPState *ps, const MpsAst *n, const char *fmt, const char *arg)
{
    mps_p_error(ps, MPS_SYNERR_SYNTAX, n->line, n->col + 1, fmt, arg);
}

static bool pd_ends_expr(int code)
{
    return code == TK_NAME || code == TK_NUMBER || code == TK_STRING || code == TK_RPAR ||
           code == TK_RBRACKET || code == TK_RBRACE || code == TK_NONE || code == TK_TRUE ||
           code == TK_FALSE || code == TK_ELLIPSIS;
}

static bool pd_starts_expr(int code)
{
    return code == TK_NAME || code == TK_NUMBER || code == TK_STRING || code == TK_LBRACE ||
           code == TK_NONE || code == TK_TRUE || code == TK_FALSE || code == TK_ELLIPSIS ||
           code == TK_TILDE;
}

static bool pd_compound_kw(int code)
{
    return code == TK_IF || code == TK_ELIF || code == TK_ELSE || code == TK_WHILE ||
           code == TK_FOR || code == TK_TRY || code == TK_EXCEPT || code == TK_FINALLY ||
           code == TK_WITH || code == TK_DEF || code == TK_CLASS;
}

/* lemon's %syntax_error: CPython's message for the common cases, else "invalid syntax" */
void mps_p_syntax_error(MpsPState *ps, int major, const MpsTok *t)
{
    const MpsLexer *lx = ps->lx;
    const MpsTok *pv = &ps->prev;
    if (ps->failed) return;
    if (major == 0 || ps->eof_tok) ps->err->incomplete = true;
    if (major == TK_INDENT) {
        mps_p_error(ps, MPS_SYNERR_INDENT, t->line, t->col + 1, "unexpected indent");
        return;
    }
    if (lx && major == TK_NEWLINE && pd_compound_kw(lx->first) && !lx->line_colon) {
        mps_p_error(ps, MPS_SYNERR_SYNTAX, t->line, t->col + 1, "expected ':'");
        return;
    }
    if (lx && ps->prev_code == TK_NAME && pd_starts_expr(major) && pv->line == lx->first_line &&
        pv->col == lx->first_col && lx->depth == 0 &&
        ((pv->n == 5 && memcmp(pv->z, "print", 5) == 0) || (pv->n == 4 && memcmp(pv->z, "exec", 4) == 0))) {
        mps_p_error(ps, MPS_SYNERR_SYNTAX, pv->line, pv->col + 1,
                    "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?", pv->n, pv->z, pv->n, pv->z);
        return;
    }
    if (lx && (lx->depth > 0 || lx->nonl) && pd_ends_expr(ps->prev_code) && pd_starts_expr(major) &&
        !(ps->prev_code == TK_NAME && major == TK_STRING)) {
        mps_p_error(ps, MPS_SYNERR_SYNTAX, pv->line, pv->col + 1, "invalid syntax. Perhaps you forgot a comma?");
        return;
    }
    mps_p_error(ps, MPS_SYNERR_SYNTAX, t->line, t->col + 1, "invalid syntax");
}

const char *mps_p_expr_name(const MpsAst *e)
{
    switch (e->kind) {
    case MPS_AST_Attribute: return "attribute";
    case MPS_AST_Subscript: return "subscript";
    case MPS_AST_Starred: return "starred";
    case MPS_AST_Name: return "name";
    case MPS_AST_List: return "list";
    case MPS_AST_Tuple: return "tuple";
    case MPS_AST_Lambda: return "lambda";
    case MPS_AST_Call: return "function call";
    case MPS_AST_BoolOp: case MPS_AST_BinOp: case MPS_AST_UnaryOp: return "expression";
    case MPS_AST_GeneratorExp: return "generator expression";
    case MPS_AST_Yield: case MPS_AST_YieldFrom: return "yield expression";
    case MPS_AST_ListComp: return "list comprehension";
    case MPS_AST_SetComp: return "set comprehension";
    case MPS_AST_DictComp: return "dict comprehension";
    case MPS_AST_Dict: return "dict literal";
    case MPS_AST_Set: return "set display";
    case MPS_AST_JoinedStr: case MPS_AST_FormattedValue: return "f-string expression";
    case MPS_AST_Compare: return "comparison";
    case MPS_AST_IfExp: return "conditional expression";
    case MPS_AST_NamedExpr: return "named expression";
    case MPS_AST_Constant:
        switch (e->v.Constant.kind) {
        case MPS_CONST_NONE: return "None";
        case MPS_CONST_TRUE: return "True";
        case MPS_CONST_FALSE: return "False";
        case MPS_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

/* ---------------------------------------------------------------- positions */

static size_t pd_phash(const MpsAst *n, int cap)
{
    return ((uintptr_t)n >> 3) * 2654435761u & (size_t)(cap - 1);
}

void mps_p_paren(MpsPState *ps, const MpsAst *n, int line, int col, int end_line, int end_col)
{
    if (2 * (ps->nparen + 1) > ps->capparen) {     /* grow the open-addressing table */
        int cap = ps->capparen ? ps->capparen * 2 : 64;
        struct MpsParenSlot *t = mps_arena_alloc(ps->arena, sizeof *t * (size_t)cap);
        for (int i = 0; i < ps->capparen; i++)
            if (ps->paren[i].node) {
                size_t h = pd_phash(ps->paren[i].node, cap);
                while (t[h].node) h = (h + 1) & (size_t)(cap - 1);
                t[h] = ps->paren[i];
            }
        ps->paren = t;
        ps->capparen = cap;
    }
    size_t h = pd_phash(n, ps->capparen);
    while (ps->paren[h].node && ps->paren[h].node != n) h = (h + 1) & (size_t)(ps->capparen - 1);
    if (!ps->paren[h].node) ps->nparen++;
    ps->paren[h].node = n;
    ps->paren[h].line = line;
    ps->paren[h].col = col;
    ps->paren[h].end_line = end_line;
    ps->paren[h].end_col = end_col;
}

void mps_p_end_at(MpsPState *ps, MpsAst *n, const MpsAst *m)
{
    if (!n || !m) return;
    n->end_line = m->end_line;
    n->end_col = m->end_col;
    if (ps->nparen) {
        size_t h = pd_phash(m, ps->capparen);
        for (; ps->paren[h].node; h = (h + 1) & (size_t)(ps->capparen - 1))
            if (ps->paren[h].node == m) {
                n->end_line = ps->paren[h].end_line;
                n->end_col = ps->paren[h].end_col;
                break;
            }
    }
}

/* a new node whose source starts where `first` does, parentheses included */
MpsAst *mps_p_new_at(MpsPState *ps, MpsAstKind k, const MpsAst *first)
{
    int line = first->line, col = first->col;
    if (ps->nparen) {
        size_t h = pd_phash(first, ps->capparen);
        for (; ps->paren[h].node; h = (h + 1) & (size_t)(ps->capparen - 1))
            if (ps->paren[h].node == first) {
                line = ps->paren[h].line;
                col = ps->paren[h].col;
                break;
            }
    }
    return mps_ast_new(ps->arena, k, line, col);
}

/* ---------------------------------------------------------------- targets */

/* First node in e (itself included) that cannot be a target, or NULL. */
static const MpsAst *pd_bad_target(const MpsAst *e, MpsCtx ctx, bool top)
{
    switch (e->kind) {
    case MPS_AST_Name: case MPS_AST_Attribute: case MPS_AST_Subscript:
        return NULL;
    case MPS_AST_Starred:
        if (top || ctx == MPS_CTX_DEL) return e;
        return pd_bad_target(e->v.Starred.value, ctx, false);
    case MPS_AST_Tuple: case MPS_AST_List:
        for (int i = 0; i < e->v.List.elts.len; i++) {
            const MpsAst *b = pd_bad_target(e->v.List.elts.items[i], ctx, false);
            if (b) return b;
        }
        return NULL;
    default:
        return e;
    }
}

static void pd_set_ctx(MpsAst *e, MpsCtx ctx)
{
    switch (e->kind) {
    case MPS_AST_Name: e->v.Name.ctx = ctx; break;
    case MPS_AST_Attribute: e->v.Attribute.ctx = ctx; break;
    case MPS_AST_Subscript: e->v.Subscript.ctx = ctx; break;
    case MPS_AST_Starred: e->v.Starred.ctx = ctx; pd_set_ctx(e->v.Starred.value, ctx); break;
    case MPS_AST_Tuple: case MPS_AST_List:
        e->v.List.ctx = ctx;
        for (int i = 0; i < e->v.List.elts.len; i++) pd_set_ctx(e->v.List.elts.items[i], ctx);
        break;
    default: break;
    }
}

static void pd_target_error(MpsPState *ps, const MpsAst *b, MpsCtx ctx, bool top)
{
    if (b->kind == MPS_AST_Starred && ctx == MPS_CTX_STORE && top)
        pd_err_at(ps, b, "%s", "starred assignment target must be in a list or tuple");
    else
        pd_err_at(ps, b, ctx == MPS_CTX_DEL ? "cannot delete %s" : "cannot assign to %s",
                  mps_p_expr_name(b));
}

/* `with (a() as x, b()):` arrives as one item whose expression is a
 * parenthesised tuple (or, for one manager, the `as` pair itself): split
 * it into the managers, as CPython 3.10. A tuple is never a context
 * manager, so reading `with (a, b):` as two managers changes nothing
 * that worked before. */
void mps_p_with_parens(MpsPState *ps, MpsAst *with)
{
    MpsAstList *items = &with->v.With.items;
    if (items->len != 1 || items->items[0]->v.WithItem.optional_vars) return;
    MpsAst *e = items->items[0]->v.WithItem.context_expr;
    if (e->kind == MPS_AST_WithItem) { items->items[0] = e; return; }
    if (e->kind != MPS_AST_Tuple || e->v.List.elts.len == 0) return;
    MpsAstList elts = e->v.List.elts;
    items->len = 0;
    for (int i = 0; i < elts.len; i++) {
        MpsAst *x = elts.items[i];
        if (x->kind != MPS_AST_WithItem) {
            MpsAst *w = mps_arena_alloc(ps->arena, sizeof *w);
            *w = *x;
            memset(&w->v, 0, sizeof w->v);
            w->kind = MPS_AST_WithItem;
            w->v.WithItem.context_expr = x;
            x = w;
        }
        mps_ast_list_push(ps->arena, items, x);
    }
}

static bool pd_multi_star(MpsPState *ps, const MpsAst *e);

MpsAst *mps_p_target(MpsPState *ps, MpsAst *e, MpsCtx ctx, bool top)
{
    const MpsAst *b = pd_bad_target(e, ctx, top);
    if (b) pd_target_error(ps, b, ctx, top && b == e);
    else if (ctx != MPS_CTX_STORE || !pd_multi_star(ps, e)) pd_set_ctx(e, ctx);
    return e;
}

MpsAst *mps_p_nostar(MpsPState *ps, MpsAst *e)
{
    if (e && e->kind == MPS_AST_Starred)
        pd_err_at(ps, e, "%s", "can't use starred expression here");
    return e;
}

/* Could e be CPython's bitwise_or (which gets the "Maybe you meant '=='" hint)? */
static bool pd_bitwise_or(const MpsAst *e, bool target)
{
    switch (e->kind) {
    case MPS_AST_Compare: case MPS_AST_IfExp: case MPS_AST_Lambda: case MPS_AST_BoolOp:
    case MPS_AST_Starred: case MPS_AST_Yield: case MPS_AST_YieldFrom:
        return false;
    case MPS_AST_UnaryOp: return e->v.UnaryOp.op != MPS_UN_NOT;
    case MPS_AST_GeneratorExp: case MPS_AST_List: return !target;
    case MPS_AST_Tuple:
        if (target) return false;
        return e->v.List.elts.len == 0 || pd_bitwise_or(e->v.List.elts.items[0], false);
    case MPS_AST_Constant: return !target || e->v.Constant.kind > MPS_CONST_FALSE;
    default: return true;
    }
}

/* CPython's compiler rejects two starred targets; say it as early */
static bool pd_multi_star(MpsPState *ps, const MpsAst *e)
{
    if (e->kind != MPS_AST_Tuple && e->kind != MPS_AST_List) return false;
    int n = 0;
    for (int i = 0; i < e->v.List.elts.len; i++) {
        const MpsAst *x = e->v.List.elts.items[i];
        if (x->kind == MPS_AST_Starred) n++;
        else if (pd_multi_star(ps, x)) return true;
    }
    if (n > 1) {
        pd_err_at(ps, e, "%s", "multiple starred expressions in assignment");
        return true;
    }
    return false;
}

MpsAst *mps_p_assign(MpsPState *ps, MpsAstList chain)
{
    MpsAst *first = chain.items[0], *value = chain.items[chain.len - 1];
    MpsAst *n = mps_p_new_at(ps, MPS_AST_Assign, first);
    for (int i = 0; i < chain.len - 1; i++) {
        MpsAst *t = chain.items[i];
        const MpsAst *b = pd_bad_target(t, MPS_CTX_STORE, true);
        if (b) {
            if (b == t && chain.len == 2 && pd_bitwise_or(b, true) && pd_bitwise_or(value, false))
                pd_err_at(ps, b, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          mps_p_expr_name(b));
            else
                pd_target_error(ps, b, MPS_CTX_STORE, b == t);
            return n;
        }
        if (pd_multi_star(ps, t)) return n;
        pd_set_ctx(t, MPS_CTX_STORE);
        mps_ast_list_push(ps->arena, &n->v.Assign.targets, t);
    }
    n->v.Assign.value = mps_p_nostar(ps, value);
    mps_p_end_at(ps, n, value);
    return n;
}

static bool pd_single_target(const MpsAst *t)
{
    return t->kind == MPS_AST_Name || t->kind == MPS_AST_Attribute || t->kind == MPS_AST_Subscript;
}

MpsAst *mps_p_augassign(MpsPState *ps, MpsAst *target, int op, MpsAst *value)
{
    MpsAst *n = mps_p_new_at(ps, MPS_AST_AugAssign, target);
    if (!pd_single_target(target))
        pd_err_at(ps, target, "'%s' is an illegal expression for augmented assignment",
                  mps_p_expr_name(target));
    pd_set_ctx(target, MPS_CTX_STORE);
    n->v.AugAssign.target = target;
    n->v.AugAssign.op = (MpsBinOp)op;
    n->v.AugAssign.value = mps_p_nostar(ps, value);
    return n;
}

MpsAst *mps_p_annassign(MpsPState *ps, MpsAst *target, MpsAst *ann, MpsAst *value)
{
    MpsAst *n = mps_p_new_at(ps, MPS_AST_AnnAssign, target);
    if (target->kind == MPS_AST_Tuple || target->kind == MPS_AST_List)
        pd_err_at(ps, target, "only single target (not %s) can be annotated",
                  target->kind == MPS_AST_Tuple ? "tuple" : "list");
    else if (!pd_single_target(target))
        pd_err_at(ps, target, "%s", "illegal target for annotation");
    pd_set_ctx(target, MPS_CTX_STORE);
    n->v.AnnAssign.target = target;
    n->v.AnnAssign.annotation = ann;
    n->v.AnnAssign.value = value ? mps_p_nostar(ps, value) : NULL;
    /* "simple": a bare name, not parenthesized — it starts the logical line */
    n->v.AnnAssign.simple = target->kind == MPS_AST_Name && ps->lx &&
                            target->line == ps->lx->first_line && target->col == ps->lx->first_col;
    return n;
}

MpsAst *mps_p_seq_expr(MpsPState *ps, MpsSeq *s, MpsAstKind kind, int line, int col)
{
    MpsAst *n;
    if (line < 0) {
        if (s->l.len == 1 && !s->comma) return s->l.items[0];
        n = mps_p_new_at(ps, kind, s->l.items[0]);
    } else
        n = mps_ast_new(ps->arena, kind, line, col);
    if (kind == MPS_AST_Set) {
        n->v.Set.elts = s->l;
    } else {
        n->v.List.elts = s->l;
        n->v.List.ctx = MPS_CTX_LOAD;
    }
    mps_p_end_at(ps, n, s->l.items[s->l.len - 1]);
    return n;
}

/* ---------------------------------------------------------------- parameters */

void mps_p_params_push(MpsPState *ps, MpsParams *pl, MpsParam p)
{
    if (pl->len == pl->cap) {
        int cap = pl->cap ? pl->cap * 2 : 8;
        MpsParam *items = mps_arena_alloc(ps->arena, sizeof *items * (size_t)cap);
        if (pl->len) memcpy(items, pl->items, sizeof *items * (size_t)pl->len);
        pl->items = items;
        pl->cap = cap;
    }
    pl->items[pl->len++] = p;
}

static MpsAst *pd_arg(MpsPState *ps, const MpsParam *p)
{
    MpsAst *a = mps_ast_new(ps->arena, MPS_AST_Arg, p->name.line, p->name.col);
    a->v.Arg.arg = mps_arena_strndup(ps->arena, p->name.z, (size_t)p->name.n);
    a->v.Arg.annotation = p->ann;
    a->end_line = p->name.end_line;
    a->end_col = p->name.end_col;
    return a;
}

MpsAst *mps_p_arguments(MpsPState *ps, MpsParams *pl, int line, int col)
{
    MpsAst *n = mps_ast_new(ps->arena, MPS_AST_Arguments, line, col);
    bool slash = false, star = false, dstar = false, dflt = false;
    const MpsParam *bare = NULL;
    for (int i = 0; i < pl->len; i++) {
        const MpsParam *p = &pl->items[i];
        int pl_line = p->line, pl_col = p->col + 1;
        if (dstar) {
            mps_p_error(ps, MPS_SYNERR_SYNTAX, pl_line, pl_col, "arguments cannot follow var-keyword argument");
            return n;
        }
        switch (p->kind) {
        case MPS_PARAM_SLASH:
            if (slash) { mps_p_error(ps, MPS_SYNERR_SYNTAX, pl_line, pl_col, "/ may appear only once"); return n; }
            if (star) { mps_p_error(ps, MPS_SYNERR_SYNTAX, pl_line, pl_col, "/ must be ahead of *"); return n; }
            if (n->v.Arguments.args.len == 0) {
                mps_p_error(ps, MPS_SYNERR_SYNTAX, pl_line, pl_col, "invalid syntax");
                return n;
            }
            n->v.Arguments.posonlyargs = n->v.Arguments.args;
            memset(&n->v.Arguments.args, 0, sizeof n->v.Arguments.args);
            slash = true;
            break;
        case MPS_PARAM_NAME:
            if (star) {
                mps_ast_list_push(ps->arena, &n->v.Arguments.kwonlyargs, pd_arg(ps, p));
                mps_ast_list_push(ps->arena, &n->v.Arguments.kw_defaults, p->dflt);
                bare = NULL;
            } else {
                if (p->dflt) {
                    mps_ast_list_push(ps->arena, &n->v.Arguments.defaults, p->dflt);
                    dflt = true;
                } else if (dflt) {
                    mps_p_error(ps, MPS_SYNERR_SYNTAX, pl_line, pl_col, "non-default argument follows default argument");
                    return n;
                }
                mps_ast_list_push(ps->arena, &n->v.Arguments.args, pd_arg(ps, p));
            }
            break;
        case MPS_PARAM_STAR:
            if (star) { mps_p_error(ps, MPS_SYNERR_SYNTAX, pl_line, pl_col, "* argument may appear only once"); return n; }
            star = true;
            if (p->name.n) n->v.Arguments.vararg = pd_arg(ps, p);
            else bare = p;
            break;
        case MPS_PARAM_DSTAR:
            n->v.Arguments.kwarg = pd_arg(ps, p);
            dstar = true;
            break;
        }
    }
    if (bare) {
        mps_p_error(ps, MPS_SYNERR_SYNTAX, bare->line, bare->col + 1, "named arguments must follow bare *");
        return n;
    }
    /* duplicate names */
    for (int i = 0; i < pl->len; i++) {
        const MpsParam *p = &pl->items[i];
        if (p->kind == MPS_PARAM_SLASH || p->name.n == 0 || (p->kind == MPS_PARAM_STAR && p->name.z[0] == '*'))
            continue;
        for (int j = 0; j < i; j++) {
            const MpsParam *q = &pl->items[j];
            if (q->kind != MPS_PARAM_SLASH && q->name.n == p->name.n && memcmp(q->name.z, p->name.z, (size_t)p->name.n) == 0) {
                mps_p_error(ps, MPS_SYNERR_SYNTAX, p->name.line, p->name.col + 1,
                            "duplicate argument '%.*s' in function definition", p->name.n, p->name.z);
                return n;
            }
        }
    }
    return n;
}

/* ---------------------------------------------------------------- call arguments */

void mps_p_callargs_push(MpsPState *ps, MpsCallArgs *cl, MpsCallArg a)
{
    bool kw = false, dstar = false;
    for (int i = 0; i < cl->len; i++) {
        if (cl->items[i].kind == MPS_CARG_KW) kw = true;
        if (cl->items[i].kind == MPS_CARG_DSTAR) dstar = true;
    }
    switch (a.kind) {
    case MPS_CARG_POS: case MPS_CARG_GENEXP:
        if (dstar) pd_err_at(ps, a.value, "%s", "positional argument follows keyword argument unpacking");
        else if (kw) pd_err_at(ps, a.value, "%s", "positional argument follows keyword argument");
        break;
    case MPS_CARG_STAR:
        if (dstar) pd_err_at(ps, a.value, "%s", "iterable argument unpacking follows keyword argument unpacking");
        break;
    case MPS_CARG_KW:
        if (a.key->kind != MPS_AST_Name) {
            pd_err_at(ps, a.key, "%s", "expression cannot contain assignment, perhaps you meant \"==\"?");
            break;
        }
        for (int i = 0; i < cl->len; i++)
            if (cl->items[i].kind == MPS_CARG_KW &&
                strcmp(cl->items[i].key->v.Name.id, a.key->v.Name.id) == 0) {
                pd_err_at(ps, a.key, "keyword argument repeated: %s", a.key->v.Name.id);
                break;
            }
        break;
    default:
        break;
    }
    if (cl->len == cl->cap) {
        int cap = cl->cap ? cl->cap * 2 : 8;
        MpsCallArg *items = mps_arena_alloc(ps->arena, sizeof *items * (size_t)cap);
        if (cl->len) memcpy(items, cl->items, sizeof *items * (size_t)cl->len);
        cl->items = items;
        cl->cap = cap;
    }
    cl->items[cl->len++] = a;
}

void mps_p_call_fill(MpsPState *ps, MpsCallArgs *cl, MpsAstList *args, MpsAstList *kws, bool is_class,
                     const MpsTok *lpar)
{
    for (int i = 0; i < cl->len; i++) {
        MpsCallArg *a = &cl->items[i];
        MpsAst *k;
        switch (a->kind) {
        case MPS_CARG_GENEXP:
            if (is_class) {
                pd_err_at(ps, a->value, "%s", "invalid syntax");
                return;
            }
            if (cl->len > 1) {
                pd_err_at(ps, a->value, "%s", "Generator expression must be parenthesized");
                return;
            }
            a->value->line = lpar->line;     /* f(x for x in y): the genexp starts at '(' */
            a->value->col = lpar->col;
            /* fall through */
        case MPS_CARG_POS: case MPS_CARG_STAR:
            mps_ast_list_push(ps->arena, args, a->value);
            break;
        case MPS_CARG_KW:
            k = mps_ast_new(ps->arena, MPS_AST_Keyword, a->key->line, a->key->col);
            k->v.Keyword.arg = a->key->v.Name.id;
            k->v.Keyword.value = a->value;
            mps_ast_list_push(ps->arena, kws, k);
            break;
        case MPS_CARG_DSTAR:
            k = mps_ast_new(ps->arena, MPS_AST_Keyword, a->tok.line, a->tok.col);
            k->v.Keyword.value = a->value;
            mps_ast_list_push(ps->arena, kws, k);
            break;
        }
    }
}

/* ---------------------------------------------------------------- numbers */

/* Digits of an integer that does not fit int64, in base 10. */
static char *pd_bigint_decimal(MpsArena *a, const char *digits, int base)
{
    size_t nd = strlen(digits);
    if (base == 10) {
        while (nd > 1 && *digits == '0') { digits++; nd--; }
        return mps_arena_strndup(a, digits, nd);
    }
    size_t cap = nd + 2, n = 0;
    uint32_t *limb = mps_arena_alloc(a, sizeof *limb * cap);     /* base 1e9, little-endian */
    for (size_t i = 0; i < nd; i++) {
        char c = digits[i];
        uint64_t carry = (uint64_t)(c <= '9' ? c - '0' : (c | 32) - 'a' + 10);
        for (size_t j = 0; j < n; j++) {
            uint64_t v = (uint64_t)limb[j] * (uint64_t)base + carry;
            limb[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) { limb[n++] = (uint32_t)(carry % 1000000000u); carry /= 1000000000u; }
    }
    char *out = mps_arena_alloc(a, n * 9 + 2), *p = out;
    if (n == 0) { *p++ = '0'; }
    else {
        p += sprintf(p, "%u", limb[n - 1]);
        for (size_t j = n - 1; j-- > 0;) p += sprintf(p, "%09u", limb[j]);
    }
    *p = 0;
    return out;
}

static MpsAst *pd_number(MpsPState *ps, const MpsTok *t)
{
    MpsAst *n = mps_ast_new(ps->arena, MPS_AST_Constant, t->line, t->col);
    n->end_line = t->end_line;
    n->end_col = t->end_col;
    char *buf = mps_arena_alloc(ps->arena, (size_t)t->n + 1);
    int len = 0;
    for (int i = 0; i < t->n; i++)
        if (t->z[i] != '_') buf[len++] = t->z[i];
    buf[len] = 0;
    char last = buf[len - 1];
    if (last == 'j' || last == 'J') {
        buf[len - 1] = 0;
        n->v.Constant.kind = MPS_CONST_IMAG;
        n->v.Constant.fval = strtod(buf, NULL);
        return n;
    }
    int base = 10;
    const char *digits = buf;
    if (buf[0] == '0' && (buf[1] | 32) == 'x') { base = 16; digits += 2; }
    else if (buf[0] == '0' && (buf[1] | 32) == 'o') { base = 8; digits += 2; }
    else if (buf[0] == '0' && (buf[1] | 32) == 'b') { base = 2; digits += 2; }
    else if (strpbrk(buf, ".eE")) {
        n->v.Constant.kind = MPS_CONST_FLOAT;
        n->v.Constant.fval = strtod(buf, NULL);
        return n;
    }
    uint64_t v = 0;
    bool big = false;
    for (const char *p = digits; *p; p++) {
        unsigned d = *p <= '9' ? (unsigned)(*p - '0') : (unsigned)((*p | 32) - 'a' + 10);
        if (v > (UINT64_MAX - d) / (uint64_t)base) { big = true; break; }
        v = v * (uint64_t)base + d;
    }
    if (big || v > (uint64_t)INT64_MAX) {
        n->v.Constant.kind = MPS_CONST_BIGINT;
        n->v.Constant.str = pd_bigint_decimal(ps->arena, digits, base);
        n->v.Constant.len = strlen(n->v.Constant.str);
    } else {
        n->v.Constant.kind = MPS_CONST_INT;
        n->v.Constant.ival = (int64_t)v;
    }
    return n;
}

/* ---------------------------------------------------------------- strings */

typedef struct PdBuf { char *p; size_t len, cap; MpsArena *a; } PdBuf;
static void pd_ferr(MpsPState *ps, const MpsTok *t, const char *msg);

static const struct { const char *name; uint32_t cp; } pd_unames[] = {
#include "unicode_names.inc"
};

/* code point of a \N{name}, or -1 */
static long pd_uname(const char *s, size_t n)
{
    char key[96];
    if (n == 0 || n >= sizeof key) return -1;
    for (size_t i = 0; i < n; i++) key[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
    key[n] = 0;
    if (strncmp(key, "CJK UNIFIED IDEOGRAPH-", 22) == 0) {
        char *e;
        long cp = strtol(key + 22, &e, 16);
        return *e == 0 && n - 22 >= 4 ? cp : -1;
    }
    size_t lo = 0, hi = sizeof pd_unames / sizeof *pd_unames;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(key, pd_unames[mid].name);
        if (c == 0) return (long)pd_unames[mid].cp;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return -1;
}

static void pd_putn(PdBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->cap ? b->cap * 2 : 64);
        while (cap < b->len + n + 1) cap *= 2;
        char *p = mps_arena_alloc(b->a, cap);
        if (b->len) memcpy(p, b->p, b->len);
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}
static void pd_putc(PdBuf *b, char c) { pd_putn(b, &c, 1); }

static void pd_put_utf8(PdBuf *b, uint32_t cp)
{
    char u[4];
    if (cp < 0x80) { pd_putc(b, (char)cp); return; }
    if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 63)); pd_putn(b, u, 2); return; }
    if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 63)); u[2] = (char)(0x80 | (cp & 63));
        pd_putn(b, u, 3);
        return;
    }
    u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 63));
    u[2] = (char)(0x80 | ((cp >> 6) & 63)); u[3] = (char)(0x80 | (cp & 63));
    pd_putn(b, u, 4);
}

static int pd_hex(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 32) >= 'a' && (c | 32) <= 'f') return (c | 32) - 'a' + 10;
    return -1;
}

/* Decode backslash escapes of s[0..n) into b. Returns false (error set) on a bad escape. */
static bool pd_unescape(MpsPState *ps, const MpsTok *t, const char *s, size_t n, bool bytes, PdBuf *b)
{
    static const char *const codec[2] = { "unicodeescape", "bytes" };
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c != '\\') {
            if (bytes && (unsigned char)c >= 0x80) {
                mps_p_error(ps, MPS_SYNERR_SYNTAX, t->line, t->col + 1, "bytes can only contain ASCII literal characters");
                return false;
            }
            size_t j = i + 1;
            while (j < n && s[j] != '\\' && !(bytes && (unsigned char)s[j] >= 0x80)) j++;
            pd_putn(b, s + i, j - i);
            i = j;
            continue;
        }
        if (i + 1 >= n) { pd_putc(b, '\\'); i++; continue; }
        char e = s[i + 1];
        size_t es = i;
        i += 2;
        switch (e) {
        case '\n': break;
        case '\r': if (i < n && s[i] == '\n') i++; break;
        case '\\': pd_putc(b, '\\'); break;
        case '\'': pd_putc(b, '\''); break;
        case '"': pd_putc(b, '"'); break;
        case 'a': pd_putc(b, '\a'); break;
        case 'b': pd_putc(b, '\b'); break;
        case 'f': pd_putc(b, '\f'); break;
        case 'n': pd_putc(b, '\n'); break;
        case 'r': pd_putc(b, '\r'); break;
        case 't': pd_putc(b, '\t'); break;
        case 'v': pd_putc(b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(e - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (uint32_t)(s[i++] - '0');
            if (bytes) pd_putc(b, (char)(v & 0xFF));
            else pd_put_utf8(b, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int nd = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (bytes && e != 'x') { pd_putc(b, '\\'); pd_putc(b, e); break; }
            uint32_t v = 0;
            int k = 0;
            for (; k < nd && i < n && pd_hex(s[i]) >= 0; k++) v = v * 16 + (uint32_t)pd_hex(s[i++]);
            if (k < nd) {
                mps_p_error(ps, MPS_SYNERR_SYNTAX, t->end_line, t->end_col + 1,
                            "(%s error) '%s' codec can't decode bytes in position %d-%d: truncated \\%c%s escape",
                            bytes ? "value" : "unicode", codec[bytes], (int)es, (int)(i - 1), e,
                            e == 'x' ? "XX" : e == 'u' ? "XXXX" : "XXXXXXXX");
                return false;
            }
            if (v > 0x10FFFF) {
                mps_p_error(ps, MPS_SYNERR_SYNTAX, t->end_line, t->end_col + 1,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: "
                            "illegal Unicode character", (int)es, (int)(i - 1));
                return false;
            }
            if (bytes) pd_putc(b, (char)v);
            else pd_put_utf8(b, v);
            break;
        }
        case 'N':
            if (!bytes) {
                const char *close = i < n && s[i] == '{' ? memchr(s + i, '}', n - i) : NULL;
                long cp = close ? pd_uname(s + i + 1, (size_t)(close - s - i - 1)) : -1;
                if (cp < 0) {
                    mps_p_error(ps, MPS_SYNERR_SYNTAX, t->end_line, t->end_col + 1,
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                                (int)es, close ? (int)(close - s) : (int)(i - 1),
                                close ? "unknown Unicode character name" : "malformed \\N character escape");
                    return false;
                }
                pd_put_utf8(b, (uint32_t)cp);
                i = (size_t)(close - s) + 1;
                break;
            }
            /* fall through */
        default:
            pd_putc(b, '\\');
            pd_putc(b, e);
            break;
        }
    }
    return true;
}

static MpsAst *pd_const_str(MpsPState *ps, const MpsTok *t, const char *s, size_t n, bool bytes)
{
    MpsAst *c = mps_ast_new(ps->arena, MPS_AST_Constant, t->line, t->col);
    c->end_line = t->end_line;
    c->end_col = t->end_col;
    c->v.Constant.kind = bytes ? MPS_CONST_BYTES : MPS_CONST_STR;
    c->v.Constant.str = s ? s : "";
    c->v.Constant.len = n;
    return c;
}

/* line/col (byte) of position p inside token t's text */
static void pd_pos_in(const MpsTok *t, const char *p, int *line, int *col)
{
    int l = t->line, c = t->col;
    for (const char *q = t->z; q < p; q++) {
        if (*q == '\n') { l++; c = 0; }
        else c++;
    }
    *line = l;
    *col = c;
}

/* errors in a string literal: CPython 3.11 reports them just after the token */
static void pd_ferr(MpsPState *ps, const MpsTok *t, const char *msg)
{
    mps_p_error(ps, MPS_SYNERR_SYNTAX, t->end_line, t->end_col + 1, "%s", msg);
}

static void pd_lit(MpsPState *ps, const MpsTok *t, MpsAstList *values, const char *s, size_t n, bool raw)
{
    if (n == 0) return;
    PdBuf b = { NULL, 0, 0, ps->arena };
    if (raw) pd_putn(&b, s, n);
    else if (!pd_unescape(ps, t, s, n, false, &b)) return;
    mps_ast_list_push(ps->arena, values, pd_const_str(ps, t, b.p, b.len, false));
}

static MpsAst *pd_merge(MpsPState *ps, const MpsTok *t, MpsAstList *values);

/*
 * Parse the body of an f-string, s[0..n), appending Constant and
 * FormattedValue nodes to values. In a format spec, stop at the '}' that
 * closes the field and return its index.
 */
static size_t pd_fstring(MpsPState *ps, const MpsTok *t, const char *s, size_t n, bool raw,
                         int depth, MpsAstList *values, bool in_spec)
{
    PdBuf lit = { NULL, 0, 0, ps->arena };
    size_t i = 0;
    while (i < n && !ps->failed) {
        char c = s[i];
        if (c == '\\' && !raw && i + 1 < n) {
            if (s[i + 1] == 'N' && i + 2 < n && s[i + 2] == '{') {
                size_t j = i + 3;
                while (j < n && s[j] != '}') j++;
                pd_putn(&lit, s + i, j + 1 - i);
                i = j + 1;
            } else {
                pd_putn(&lit, s + i, 2);
                i += 2;
            }
            continue;
        }
        if (c == '{' && i + 1 < n && s[i + 1] == '{' && !in_spec) { pd_putc(&lit, '{'); i += 2; continue; }
        if (c == '}' && in_spec) break;
        if (c == '}') {
            if (i + 1 < n && s[i + 1] == '}') { pd_putc(&lit, '}'); i += 2; continue; }
            pd_ferr(ps, t, "f-string: single '}' is not allowed");
            return n;
        }
        if (c != '{') { pd_putc(&lit, c); i++; continue; }

        /* a replacement field */
        pd_lit(ps, t, values, lit.p, lit.len, raw);
        lit.len = 0;
        if (depth >= 2) {
            pd_ferr(ps, t, "f-string: expressions nested too deeply");
            return n;
        }
        size_t start = ++i;
        int nest = 0;
        char q = 0;
        bool q3 = false;
        for (; i < n; i++) {
            char d = s[i];
            if (d == '\\') {
                pd_ferr(ps, t, "f-string expression part cannot include a backslash");
                return n;
            }
            if (q) {
                if (d == q && (!q3 || (i + 2 < n && s[i + 1] == q && s[i + 2] == q))) {
                    if (q3) i += 2;
                    q = 0;
                }
                continue;
            }
            if (d == '\'' || d == '"') {
                q = d;
                q3 = i + 2 < n && s[i + 1] == d && s[i + 2] == d;
                if (q3) i += 2;
                continue;
            }
            if (d == '(' || d == '[' || d == '{') { nest++; continue; }
            if (d == ')' || d == ']' || d == '}') {
                if (nest == 0) break;
                nest--;
                continue;
            }
            if (d == '#') {
                pd_ferr(ps, t, "f-string expression part cannot include '#'");
                return n;
            }
            if (nest) continue;
            if ((d == '=' || d == '!' || d == '<' || d == '>') && i + 1 < n && s[i + 1] == '=') { i++; continue; }
            if (d == '!' || d == ':' || d == '=') break;
        }
        if (i >= n || q) {
            pd_ferr(ps, t, "f-string: expecting '}'");
            return n;
        }
        size_t k = start;
        while (k < i && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r')) k++;
        if (k == i) {
            pd_ferr(ps, t, "f-string: empty expression not allowed");
            return n;
        }
        int el, ec;
        pd_pos_in(t, s + start, &el, &ec);
        MpsSyntaxError sub;
        memset(&sub, 0, sizeof sub);
        char *text = mps_arena_strndup(ps->arena, s + start, i - start);
        MpsAst *e = pd_run(ps->arena, text, i - start, MPS_PARSE_FEXPR, el, ec, &sub, ps->root);
        if (!e) {
            ps->failed = true;
            if (ps->err->kind == MPS_SYNERR_NONE) {
                *ps->err = sub;
                ps->err->incomplete = false;
                if (strncmp(sub.msg, "f-string", 8) != 0)
                    snprintf(ps->err->msg, sizeof ps->err->msg, "f-string: %.180s", sub.msg);
            }
            return n;
        }
        int conv = 0;
        bool selfdoc = false;
        MpsAst *spec = NULL;
        if (s[i] == '=') {
            selfdoc = true;
            i++;
            while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) i++;
            pd_putn(&lit, s + start, i - start);
            pd_lit(ps, t, values, lit.p, lit.len, true);
            lit.len = 0;
        }
        if (i < n && s[i] == '!') {
            char cv = i + 1 < n ? s[i + 1] : 0;
            if (cv != 's' && cv != 'r' && cv != 'a') {
                pd_ferr(ps, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
                return n;
            }
            conv = cv;
            i += 2;
        }
        if (i < n && s[i] == ':') {
            MpsAstList sv = { 0 };
            i++;
            i += pd_fstring(ps, t, s + i, n - i, raw, depth + 1, &sv, true);
            if (ps->failed) return n;
            spec = pd_merge(ps, t, &sv);
        }
        if (selfdoc && !conv && !spec) conv = 'r';   /* "{x=}" shows repr(x) */
        if (i >= n || s[i] != '}') {
            pd_ferr(ps, t, "f-string: expecting '}'");
            return n;
        }
        i++;
        MpsAst *fv = mps_ast_new(ps->arena, MPS_AST_FormattedValue, t->line, t->col);
        fv->v.FormattedValue.value = e;
        fv->v.FormattedValue.conversion = conv;
        fv->v.FormattedValue.format_spec = spec;
        mps_ast_list_push(ps->arena, values, fv);
    }
    pd_lit(ps, t, values, lit.p, lit.len, raw);
    return i;
}

/* Decode one STRING token into a Constant (str/bytes) or a JoinedStr (f-string). */
static MpsAst *pd_string(MpsPState *ps, const MpsTok *t)
{
    bool raw = false, bytes = false, fstr = false;
    const char *p = t->z, *e = t->z + t->n;
    for (; *p != '\'' && *p != '"'; p++) {
        char c = (char)(*p | 32);
        if (c == 'r') raw = true;
        else if (c == 'b') bytes = true;
        else if (c == 'f') fstr = true;
    }
    size_t q = (p + 2 < e && p[1] == p[0] && p[2] == p[0] && e - p >= 6) ? 3 : 1;
    const char *s = p + q;
    size_t n = (size_t)(e - p) - 2 * q;
    if (fstr) {
        MpsAst *j = mps_ast_new(ps->arena, MPS_AST_JoinedStr, t->line, t->col);
        j->end_line = t->end_line;
        j->end_col = t->end_col;
        pd_fstring(ps, t, s, n, raw, 0, &j->v.JoinedStr.values, false);
        return j;
    }
    if (raw) {
        if (bytes)
            for (size_t i = 0; i < n; i++)
                if ((unsigned char)s[i] >= 0x80) {
                    mps_p_error(ps, MPS_SYNERR_SYNTAX, t->line, t->col + 1, "bytes can only contain ASCII literal characters");
                    return NULL;
                }
        return pd_const_str(ps, t, mps_arena_strndup(ps->arena, s, n), n, bytes);
    }
    PdBuf b = { NULL, 0, 0, ps->arena };
    if (!pd_unescape(ps, t, s, n, bytes, &b)) return NULL;
    return pd_const_str(ps, t, b.p, b.len, bytes);
}

/* Merge a JoinedStr value list: adjacent constants joined, empty ones dropped. */
static MpsAst *pd_merge(MpsPState *ps, const MpsTok *t, MpsAstList *values)
{
    MpsAst *j = mps_ast_new(ps->arena, MPS_AST_JoinedStr, t->line, t->col);
    PdBuf b = { NULL, 0, 0, ps->arena };
    const MpsAst *first = NULL;
    for (int i = 0; i <= values->len; i++) {
        MpsAst *v = i < values->len ? values->items[i] : NULL;
        if (v && v->kind == MPS_AST_Constant) {
            if (!first) first = v;
            pd_putn(&b, v->v.Constant.str, v->v.Constant.len);
            continue;
        }
        if (b.len) {
            MpsAst *c = mps_ast_new(ps->arena, MPS_AST_Constant, first->line, first->col);
            c->v.Constant.kind = MPS_CONST_STR;
            c->v.Constant.str = b.p;
            c->v.Constant.len = b.len;
            mps_ast_list_push(ps->arena, &j->v.JoinedStr.values, c);
            b = (PdBuf){ NULL, 0, 0, ps->arena };
        }
        first = NULL;
        if (v) mps_ast_list_push(ps->arena, &j->v.JoinedStr.values, v);
    }
    return j;
}

MpsAst *mps_p_strings(MpsPState *ps, MpsAstList pieces)
{
    int nbytes = 0;
    bool joined = false;
    for (int i = 0; i < pieces.len; i++) {
        MpsAst *p = pieces.items[i];
        if (!p) return NULL;
        if (p->kind == MPS_AST_JoinedStr) joined = true;
        else if (p->v.Constant.kind == MPS_CONST_BYTES) nbytes++;
    }
    MpsAst *first = pieces.items[0];
    if (nbytes && nbytes != pieces.len) {
        const MpsAst *last = pieces.items[pieces.len - 1];
        mps_p_error(ps, MPS_SYNERR_SYNTAX, last->end_line, last->end_col + 1, "cannot mix bytes and nonbytes literals");
        return first;
    }
    if (pieces.len == 1) return first;
    if (!joined) {
        PdBuf b = { NULL, 0, 0, ps->arena };
        for (int i = 0; i < pieces.len; i++)
            pd_putn(&b, pieces.items[i]->v.Constant.str, pieces.items[i]->v.Constant.len);
        MpsAst *c = mps_ast_new(ps->arena, MPS_AST_Constant, first->line, first->col);
        c->v.Constant.kind = first->v.Constant.kind;
        c->v.Constant.str = b.p ? b.p : "";
        c->v.Constant.len = b.len;
        c->end_line = pieces.items[pieces.len - 1]->end_line;
        c->end_col = pieces.items[pieces.len - 1]->end_col;
        return c;
    }
    MpsAstList all = { 0 };
    for (int i = 0; i < pieces.len; i++) {
        MpsAst *p = pieces.items[i];
        if (p->kind == MPS_AST_JoinedStr)
            for (int k = 0; k < p->v.JoinedStr.values.len; k++) {
                MpsAst *v = p->v.JoinedStr.values.items[k];
                v->line = first->line;      /* CPython: parts sit at the literal's start */
                v->col = first->col;
                mps_ast_list_push(ps->arena, &all, v);
            }
        else {
            p->line = first->line;
            p->col = first->col;
            mps_ast_list_push(ps->arena, &all, p);
        }
    }
    MpsTok t;
    memset(&t, 0, sizeof t);
    t.line = first->line;
    t.col = first->col;
    MpsAst *j = pd_merge(ps, &t, &all);
    j->end_line = pieces.items[pieces.len - 1]->end_line;
    j->end_col = pieces.items[pieces.len - 1]->end_col;
    return j;
}

/* ---------------------------------------------------------------- driver */

static MpsAst *pd_run(MpsArena *arena, const char *src, size_t len, int mode,
                      int line0, int col0, MpsSyntaxError *err, const char *root)
{
    MpsLexer lx;
    MpsPState ps;
    memset(&ps, 0, sizeof ps);
    ps.arena = arena;
    ps.err = err;
    ps.root = root;
    ps.lx = &lx;
    mps_lex_init(&lx, src, len, mode, line0, col0, err);
    void *parser = MpsParseAlloc(malloc, &ps);
    if (!parser) {
        snprintf(err->msg, sizeof err->msg, "out of memory");
        err->kind = MPS_SYNERR_SYNTAX;
        return NULL;
    }
    MpsTok t;
    memset(&t, 0, sizeof t);
    t.line = line0;
    t.col = col0;
    if (mode == MPS_PARSE_EVAL) MpsParse(parser, TK_EVAL_START, t);
    else if (mode == MPS_PARSE_FEXPR) MpsParse(parser, TK_FEXPR_START, t);
    for (;;) {
        memset(&t, 0, sizeof t);
        int code = mps_lex_next(&lx, &t);
        if (code < 0) { ps.failed = true; break; }
        if (code == TK_NUMBER) t.node = pd_number(&ps, &t);
        else if (code == TK_STRING) t.node = pd_string(&ps, &t);
        if (ps.failed) break;
        ps.eof_tok = t.z == lx.end && t.n == 0;
        MpsParse(parser, code, t);
        ps.prev = t;
        ps.prev_code = code;
        if (ps.failed || err->kind != MPS_SYNERR_NONE) { ps.failed = true; break; }
        if (code == 0) break;
    }
    MpsParseFree(parser, free);
    if (ps.failed || !ps.result) {
        if (err->kind == MPS_SYNERR_NONE) {
            err->kind = MPS_SYNERR_SYNTAX;
            err->line = lx.line;
            err->col = 1;
            snprintf(err->msg, sizeof err->msg, "invalid syntax");
        }
        return NULL;
    }
    return ps.result;
}

/* end positions of statements, as CPython's: a compound statement ends
 * where its last statement does, an augmented or annotated assignment
 * and del with their last operand (tracebacks mark instructions that
 * carry a statement's range only when it is not the whole line) */
static void pd_end_from(MpsAst *n, const MpsAst *m)
{
    if (m && m->end_line > 0) { n->end_line = m->end_line; n->end_col = m->end_col; }
}

static void pd_stmt_ends(MpsAstList *l);

static const MpsAst *pd_last(const MpsAstList *l) { return l->len ? l->items[l->len - 1] : NULL; }

static void pd_stmt_end(MpsAst *n)
{
    switch (n->kind) {
    case MPS_AST_For:
        pd_stmt_ends(&n->v.For.body);
        pd_stmt_ends(&n->v.For.orelse);
        pd_end_from(n, n->v.For.orelse.len ? pd_last(&n->v.For.orelse) : pd_last(&n->v.For.body));
        break;
    case MPS_AST_If: case MPS_AST_While:   /* same layout */
        pd_stmt_ends(&n->v.If.body);
        pd_stmt_ends(&n->v.If.orelse);
        pd_end_from(n, n->v.If.orelse.len ? pd_last(&n->v.If.orelse) : pd_last(&n->v.If.body));
        break;
    case MPS_AST_With:
        pd_stmt_ends(&n->v.With.body);
        pd_end_from(n, pd_last(&n->v.With.body));
        break;
    case MPS_AST_FunctionDef:
        pd_stmt_ends(&n->v.FunctionDef.body);
        pd_end_from(n, pd_last(&n->v.FunctionDef.body));
        break;
    case MPS_AST_ClassDef:
        pd_stmt_ends(&n->v.ClassDef.body);
        pd_end_from(n, pd_last(&n->v.ClassDef.body));
        break;
    case MPS_AST_Try: {
        pd_stmt_ends(&n->v.Try.body);
        for (int i = 0; i < n->v.Try.handlers.len; i++) {
            MpsAst *h = n->v.Try.handlers.items[i];
            pd_stmt_ends(&h->v.ExceptHandler.body);
            pd_end_from(h, pd_last(&h->v.ExceptHandler.body));
        }
        pd_stmt_ends(&n->v.Try.orelse);
        pd_stmt_ends(&n->v.Try.finalbody);
        const MpsAst *last = pd_last(&n->v.Try.finalbody);
        if (!last) last = pd_last(&n->v.Try.orelse);
        if (!last) last = pd_last(&n->v.Try.handlers);
        if (!last) last = pd_last(&n->v.Try.body);
        pd_end_from(n, last);
        break;
    }
    case MPS_AST_Delete: pd_end_from(n, pd_last(&n->v.Delete.targets)); break;
    case MPS_AST_AugAssign: pd_end_from(n, n->v.AugAssign.value); break;
    case MPS_AST_AnnAssign:
        pd_end_from(n, n->v.AnnAssign.value ? n->v.AnnAssign.value : n->v.AnnAssign.annotation);
        break;
    default: break;
    }
}

static void pd_stmt_ends(MpsAstList *l)
{
    for (int i = 0; i < l->len; i++) pd_stmt_end(l->items[i]);
}

MpsAst *mps_parse(MpsArena *arena, const char *src, size_t len, MpsParseMode mode,
                  MpsSyntaxError *err)
{
    memset(err, 0, sizeof *err);
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) { src += 3; len -= 3; }   /* UTF-8 BOM */
    MpsAst *m = pd_run(arena, src, len, (int)mode, 1, 0, err, src);
    if (m && m->kind == MPS_AST_Module) pd_stmt_ends(&m->v.Module.body);
    return m;
}
