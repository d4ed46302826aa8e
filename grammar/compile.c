/*
 * compile.c — AST (grammar/ast.h) to bytecode (vm/opcodes.h).
 *
 * Two passes over the tree:
 *  1. Symbol tables (st_*): one Scope per module, function, lambda, class
 *     body and comprehension, recording how each name is used; then
 *     st_resolve decides for every name whether it is LOCAL (fast slot or
 *     namespace dict), CELL (local captured by an inner function), FREE
 *     (variable of an enclosing function) or GLOBAL, as CPython's symtable.
 *  2. Code generation (c_*): one Unit per code object. Instructions record
 *     their source line and the exception handler that protects them; the
 *     handlers become the code's exception table (zero-cost try). The
 *     compiler tracks the static stack depth, which gives the stack size of
 *     the code and the depth each handler cuts the stack back to.
 *
 * try/finally is compiled as CPython 3.9+: the finally body inline on the
 * normal path and on each return/break/continue path (the "fblock" stack
 * says what must be undone when leaving a block early), and once for the
 * exception path. Comprehensions are nested functions called at once, so
 * their names do not leak.
 *
 * Errors (SyntaxError found here: 'return' outside function, …) longjmp
 * out; all memory comes from the parser's arena except the units' buffers,
 * which are tracked and freed.
 */
#include "compile.h"
#include "../vm/code.h"
#include <setjmp.h>
#include <string.h>
#include <stdlib.h>

/* ================================================================ symbol tables */

enum { SC_MODULE, SC_FUNCTION, SC_CLASS };
/* flags of a symbol */
#define F_ASSIGN   1
#define F_PARAM    2
#define F_GLOBAL   4
#define F_NONLOCAL 8
#define F_USE      16
/* resolved kinds */
enum { S_UNKNOWN, S_LOCAL, S_GLOBAL_EXPLICIT, S_GLOBAL_IMPLICIT, S_FREE, S_CELL };

/* freepass: a class body that binds the name itself but must also pass
 * an enclosing function's cell of that name on to its methods */
typedef struct Sym { const char *name; int flags, kind; bool freepass; } Sym;

typedef struct Scope {
    int kind;
    const char *name, *qualname;
    MpsAst *node;
    struct Scope *parent;
    Sym *syms; int nsyms, cap;
    struct Scope **kids; int nkids, capkids;
    bool generator, comprehension, needs_class_cell, has_doc;
    const char *private_name;  /* innermost enclosing class: __x mangling */
} Scope;

typedef struct Comp Comp;

typedef struct Fblock {
    int kind;
    int cont, brk;            /* labels for loops */
    bool temp_iter;           /* FB_FOR over a temporary: close it on early exit */
    int outer;                /* handler in effect outside the block */
    MpsAstList *final;        /* FINALLY_TRY */
    const char *name;         /* HANDLER_CLEANUP: `as` name to clear */
} Fblock;
enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH, FB_HANDLER_CLEANUP,
       FB_POP_VALUE };

typedef struct Handler { int label, depth; } Handler;

/* source range of an instruction (CPython's co_positions): lines 1-based,
 * columns 0-based UTF-8 byte offsets; col -1 when there is none */
typedef struct Loc { int line, end_line, col, end_col; } Loc;   /* read as int[4] by mps_code_positions_encode */

typedef struct Unit {
    struct Unit *prev, *next_alloc;
    Scope *st;
    uint32_t *code; int32_t *lines; int32_t *hidx; int n, cap;
    struct Loc *locs;               /* position of each instruction (u->loc when emitted) */
    int bound;                      /* u->n when a label was last bound */
    MpsValue *consts; int nconsts, capconsts;
    int32_t *chash; int chcap;  /* open-addressing index of consts (dedup in O(1)) */
    const char **names; MpsValue *namev; int nnames, capnames;
    const char **vars; int nvars, capvars;      /* fast locals */
    const char **cells; int ncells, capcells;
    const char **frees; int nfrees, capfrees;
    int *labels; int *ldepth; int nlabels, caplabels;
    Handler *handlers; int nhandlers, caphandlers;
    int cur;                  /* current handler index, -1 none */
    int depth, maxdepth;
    bool unreachable;
    int line, firstline;
    int end_line, col, end_col;     /* rest of the current position; col -1: none */
    Fblock fb[64]; int nfb;
    int argcount, posonly, kwonly, flags;
    const char *private_name; /* enclosing class, for __x mangling */
} Unit;

struct Comp {
    MpsThread *t;
    MpsArena *arena;
    const char *filename;
    const char *src; size_t srclen;
    MpsParseMode mode;
    jmp_buf jb;
    char errmsg[200]; int errline, errcol;
    Unit *u;                  /* current unit */
    Unit *allocs;             /* every unit, for freeing */
    Scope *top;
    Scope **scopes; int nscopes, capscopes;
    MpsValue s_none_name;
    int depth;                /* nesting of st_expr/c_expr: a C-stack guard */
    MpsAst *future[16]; int nfuture;   /* the leading `from __future__` imports */
    bool future_annotations;  /* annotations are kept as text (PEP 563) */
};

/* Both passes recurse on the AST: an expression nested too deeply (say a
 * sum of 100000 terms, a left-leaning tree) is a RecursionError, as in
 * CPython, not a crash. */
#define MAX_EXPR_DEPTH 4000
#define DEPTH_ENTER(c) do { if (++(c)->depth > MAX_EXPR_DEPTH) longjmp((c)->jb, 2); } while (0)
#define DEPTH_LEAVE(c) ((c)->depth--)

/* the current position (of the instructions emitted next) becomes node n's */
static void set_loc(Unit *u, const MpsAst *n) {
    u->line = n->line;
    if (n->end_line >= n->line && n->col >= 0 && (n->end_line > n->line || n->end_col >= n->col)) {
        u->end_line = n->end_line; u->col = n->col; u->end_col = n->end_col;
    } else {
        u->end_line = n->line; u->col = -1; u->end_col = -1;
    }
}
/* CPython's update_start_location_to_match_attr: an attribute access
 * spanning lines is placed at its name, on its last line */
static void attr_loc(Unit *u, const MpsAst *attr) {
    if (u->line == attr->end_line) return;
    u->line = u->end_line = attr->end_line;
    int len = 0;
    for (const char *p = attr->v.Attribute.attr; *p; p++) len += ((unsigned char)*p & 0xC0) != 0x80;
    if (len <= attr->end_col && u->col >= 0) u->col = attr->end_col - len;
    else u->col = u->end_col = -1;
}
static Loc get_loc(const Unit *u) { return (Loc){ u->line, u->end_line, u->col, u->end_col }; }
static void put_loc(Unit *u, Loc l) { u->line = l.line; u->end_line = l.end_line; u->col = l.col; u->end_col = l.end_col; }

static void c_error(Comp *c, MpsAst *n, const char *msg) {
    snprintf(c->errmsg, sizeof c->errmsg, "%s", msg);
    c->errline = n ? n->line : (c->u ? c->u->line : 1);
    c->errcol = n ? n->col + 1 : 1;
    longjmp(c->jb, 1);
}

#define GROW(c, ptr, n, cap) do { \
    if ((n) >= (cap)) { \
        int nc_ = (cap) ? (cap) * 2 : 8; \
        void *np_ = mps_arena_alloc((c)->arena, (size_t)nc_ * sizeof(*(ptr))); \
        if ((ptr) && (n)) memcpy(np_, (ptr), (size_t)(n) * sizeof(*(ptr))); \
        (ptr) = np_; (cap) = nc_; \
    } } while (0)

/* a name __x used inside class C means _C__x (CPython's private names);
 * idempotent, so a node seen twice is not mangled twice */
static const char *mangle_name(Comp *c, const char *p, const char *name) {
    size_t n = strlen(name);
    if (!p || n < 3 || name[0] != '_' || name[1] != '_' || (name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*p == '_') p++;
    if (!*p) return name;
    size_t m = strlen(p) + n + 2;
    char *r = mps_arena_alloc(c->arena, m);
    snprintf(r, m, "_%s%s", p, name);
    return r;
}

static Sym *st_find(Scope *s, const char *name) {
    for (int i = 0; i < s->nsyms; i++)
        if (strcmp(s->syms[i].name, name) == 0) return &s->syms[i];
    return NULL;
}

static Sym *st_add(Comp *c, Scope *s, const char *name, int flags) {
    Sym *y = st_find(s, name);
    if (!y) {
        GROW(c, s->syms, s->nsyms, s->cap);
        y = &s->syms[s->nsyms++];
        y->name = name; y->flags = 0; y->kind = S_UNKNOWN; y->freepass = false;
    }
    y->flags |= flags;
    return y;
}

static Scope *st_new(Comp *c, int kind, const char *name, MpsAst *node, Scope *parent) {
    Scope *s = mps_arena_alloc(c->arena, sizeof *s);
    s->kind = kind; s->name = name; s->node = node; s->parent = parent;
    s->private_name = kind == SC_CLASS ? name : parent ? parent->private_name : NULL;
    if (parent) {
        GROW(c, parent->kids, parent->nkids, parent->capkids);
        parent->kids[parent->nkids++] = s;
        /* qualname as CPython: f, C.f, f.<locals>.g */
        if (parent->kind == SC_MODULE) s->qualname = name;
        else {
            const char *pq = parent->qualname;
            size_t n = strlen(pq) + strlen(name) + 12;
            char *q = mps_arena_alloc(c->arena, n);
            snprintf(q, n, parent->kind == SC_FUNCTION ? "%s.<locals>.%s" : "%s.%s", pq, name);
            s->qualname = q;
        }
    } else s->qualname = name;
    GROW(c, c->scopes, c->nscopes, c->capscopes);
    c->scopes[c->nscopes++] = s;
    return s;
}

static void c_error(Comp *c, MpsAst *n, const char *msg);
static Scope *st_lookup(Comp *c, MpsAst *node) {
    for (int i = 0; i < c->nscopes; i++)
        if (c->scopes[i]->node == node) return c->scopes[i];
    c_error(c, node, "internal error: no scope");
    return NULL;
}

static void st_stmts(Comp *c, Scope *s, MpsAstList *l);
static void st_expr(Comp *c, Scope *s, MpsAst *e);

static void st_exprs(Comp *c, Scope *s, MpsAstList *l) {
    for (int i = 0; i < l->len; i++) if (l->items[i]) st_expr(c, s, l->items[i]);
}

static void st_args(Comp *c, Scope *fs, MpsAst *a) {
    if (!a) return;
    MpsAstList *ls[3] = { &a->v.Arguments.posonlyargs, &a->v.Arguments.args, &a->v.Arguments.kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < ls[k]->len; i++) {
            MpsAst *arg = ls[k]->items[i];
            const char *nm = arg->v.Arg.arg = mangle_name(c, fs->private_name, arg->v.Arg.arg);
            Sym *y = st_find(fs, nm);
            if (y && (y->flags & F_PARAM)) c_error(c, ls[k]->items[i], "duplicate argument in function definition");
            st_add(c, fs, nm, F_PARAM);
        }
    MpsAst *va = a->v.Arguments.vararg, *ka = a->v.Arguments.kwarg;
    if (va) st_add(c, fs, va->v.Arg.arg = mangle_name(c, fs->private_name, va->v.Arg.arg), F_PARAM);
    if (ka) st_add(c, fs, ka->v.Arg.arg = mangle_name(c, fs->private_name, ka->v.Arg.arg), F_PARAM);
}

static void st_defaults(Comp *c, Scope *s, MpsAst *a) {
    if (!a) return;
    st_exprs(c, s, &a->v.Arguments.defaults);
    st_exprs(c, s, &a->v.Arguments.kw_defaults);
}

static void st_comprehension(Comp *c, Scope *s, MpsAst *e, MpsAstList *gens, bool gen) {
    MpsAst *g0 = gens->items[0];
    st_expr(c, s, g0->v.Comprehension.iter);
    const char *nm = e->kind == MPS_AST_ListComp ? "<listcomp>" : e->kind == MPS_AST_SetComp ? "<setcomp>" :
                     e->kind == MPS_AST_DictComp ? "<dictcomp>" : "<genexpr>";
    Scope *cs = st_new(c, SC_FUNCTION, nm, e, s);
    cs->comprehension = true;
    cs->generator = gen;
    st_add(c, cs, ".0", F_PARAM);
    for (int i = 0; i < gens->len; i++) {
        MpsAst *g = gens->items[i];
        if (i > 0) st_expr(c, cs, g->v.Comprehension.iter);
        st_expr(c, cs, g->v.Comprehension.target);
        st_exprs(c, cs, &g->v.Comprehension.ifs);
    }
    if (e->kind == MPS_AST_DictComp) {
        st_expr(c, cs, e->v.DictComp.key);
        st_expr(c, cs, e->v.DictComp.value);
    } else st_expr(c, cs, e->v.ListComp.elt);
}

static void st_expr_1(Comp *c, Scope *s, MpsAst *e);
static void st_expr(Comp *c, Scope *s, MpsAst *e) {
    DEPTH_ENTER(c);
    st_expr_1(c, s, e);
    DEPTH_LEAVE(c);
}

static void st_expr_1(Comp *c, Scope *s, MpsAst *e) {
    switch (e->kind) {
    case MPS_AST_Name:
        e->v.Name.id = mangle_name(c, s->private_name, e->v.Name.id);
        if (e->v.Name.ctx == MPS_CTX_LOAD) {
            st_add(c, s, e->v.Name.id, F_USE);
            if (s->kind == SC_FUNCTION && strcmp(e->v.Name.id, "super") == 0)
                st_add(c, s, "__class__", F_USE);
        } else st_add(c, s, e->v.Name.id, F_ASSIGN);
        break;
    case MPS_AST_BoolOp: st_exprs(c, s, &e->v.BoolOp.values); break;
    case MPS_AST_NamedExpr: {
        /* the target binds in the nearest enclosing non-comprehension scope */
        st_expr(c, s, e->v.NamedExpr.value);
        MpsAst *tn = e->v.NamedExpr.target;
        const char *nm = tn->v.Name.id = mangle_name(c, s->private_name, tn->v.Name.id);
        Scope *p = s;
        while (p->comprehension) p = p->parent;
        if (p != s) {
            if (p->kind == SC_MODULE) { for (Scope *q = s; q != p; q = q->parent) st_add(c, q, nm, F_GLOBAL); }
            else { st_add(c, p, nm, F_ASSIGN); for (Scope *q = s; q != p; q = q->parent) st_add(c, q, nm, F_NONLOCAL); }
        } else st_add(c, s, nm, F_ASSIGN);
        break;
    }
    case MPS_AST_BinOp: st_expr(c, s, e->v.BinOp.left); st_expr(c, s, e->v.BinOp.right); break;
    case MPS_AST_UnaryOp: st_expr(c, s, e->v.UnaryOp.operand); break;
    case MPS_AST_Lambda: {
        st_defaults(c, s, e->v.Lambda.args);
        Scope *fs = st_new(c, SC_FUNCTION, "<lambda>", e, s);
        st_args(c, fs, e->v.Lambda.args);
        st_expr(c, fs, e->v.Lambda.body);
        break;
    }
    case MPS_AST_IfExp:
        st_expr(c, s, e->v.IfExp.test); st_expr(c, s, e->v.IfExp.body); st_expr(c, s, e->v.IfExp.orelse);
        break;
    case MPS_AST_Dict: st_exprs(c, s, &e->v.Dict.keys); st_exprs(c, s, &e->v.Dict.values); break;
    case MPS_AST_Set: st_exprs(c, s, &e->v.Set.elts); break;
    case MPS_AST_ListComp: case MPS_AST_SetComp:
        st_comprehension(c, s, e, &e->v.ListComp.generators, false); break;
    case MPS_AST_GeneratorExp:
        st_comprehension(c, s, e, &e->v.ListComp.generators, true); break;
    case MPS_AST_DictComp:
        st_comprehension(c, s, e, &e->v.DictComp.generators, false); break;
    case MPS_AST_Yield: case MPS_AST_YieldFrom:
        if (s->kind != SC_FUNCTION) c_error(c, e, "'yield' outside function");
        s->generator = true;
        if (e->v.Yield.value) st_expr(c, s, e->v.Yield.value);
        break;
    case MPS_AST_Compare: st_expr(c, s, e->v.Compare.left); st_exprs(c, s, &e->v.Compare.comparators); break;
    case MPS_AST_Call:
        st_expr(c, s, e->v.Call.func); st_exprs(c, s, &e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.len; i++) st_expr(c, s, e->v.Call.keywords.items[i]->v.Keyword.value);
        break;
    case MPS_AST_FormattedValue:
        st_expr(c, s, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec) st_expr(c, s, e->v.FormattedValue.format_spec);
        break;
    case MPS_AST_JoinedStr: st_exprs(c, s, &e->v.JoinedStr.values); break;
    case MPS_AST_Attribute: st_expr(c, s, e->v.Attribute.value); break;
    case MPS_AST_Subscript: st_expr(c, s, e->v.Subscript.value); st_expr(c, s, e->v.Subscript.slice); break;
    case MPS_AST_Starred: st_expr(c, s, e->v.Starred.value); break;
    case MPS_AST_List: case MPS_AST_Tuple: st_exprs(c, s, &e->v.List.elts); break;
    case MPS_AST_Slice:
        if (e->v.Slice.lower) st_expr(c, s, e->v.Slice.lower);
        if (e->v.Slice.upper) st_expr(c, s, e->v.Slice.upper);
        if (e->v.Slice.step) st_expr(c, s, e->v.Slice.step);
        break;
    default: break;
    }
}

static void st_stmt(Comp *c, Scope *s, MpsAst *n) {
    switch (n->kind) {
    case MPS_AST_FunctionDef: {
        st_exprs(c, s, &n->v.FunctionDef.decorators);
        st_defaults(c, s, n->v.FunctionDef.args);
        st_add(c, s, mangle_name(c, s->private_name, n->v.FunctionDef.name), F_ASSIGN);
        Scope *fs = st_new(c, SC_FUNCTION, n->v.FunctionDef.name, n, s);
        st_args(c, fs, n->v.FunctionDef.args);
        st_stmts(c, fs, &n->v.FunctionDef.body);
        break;
    }
    case MPS_AST_ClassDef: {
        st_exprs(c, s, &n->v.ClassDef.decorators);
        st_exprs(c, s, &n->v.ClassDef.bases);
        for (int i = 0; i < n->v.ClassDef.keywords.len; i++) st_expr(c, s, n->v.ClassDef.keywords.items[i]->v.Keyword.value);
        st_add(c, s, mangle_name(c, s->private_name, n->v.ClassDef.name), F_ASSIGN);
        Scope *cs = st_new(c, SC_CLASS, n->v.ClassDef.name, n, s);
        st_stmts(c, cs, &n->v.ClassDef.body);
        break;
    }
    case MPS_AST_Return:
        if (s->kind != SC_FUNCTION) c_error(c, n, "'return' outside function");
        if (n->v.Return.value) st_expr(c, s, n->v.Return.value);
        break;
    case MPS_AST_Delete: st_exprs(c, s, &n->v.Delete.targets); break;
    case MPS_AST_Assign: st_exprs(c, s, &n->v.Assign.targets); st_expr(c, s, n->v.Assign.value); break;
    case MPS_AST_AugAssign: {
        MpsAst *tg = n->v.AugAssign.target;
        if (tg->kind == MPS_AST_Name) {
            tg->v.Name.id = mangle_name(c, s->private_name, tg->v.Name.id);
            st_add(c, s, tg->v.Name.id, F_ASSIGN | F_USE);
        }
        else st_expr(c, s, tg);
        st_expr(c, s, n->v.AugAssign.value);
        break;
    }
    case MPS_AST_AnnAssign:
        st_expr(c, s, n->v.AnnAssign.target);
        if (n->v.AnnAssign.value) st_expr(c, s, n->v.AnnAssign.value);
        /* module and class bodies evaluate their annotations (functions do not) */
        if (s->kind != SC_FUNCTION && !c->future_annotations) st_expr(c, s, n->v.AnnAssign.annotation);
        break;
    case MPS_AST_For:
        st_expr(c, s, n->v.For.target); st_expr(c, s, n->v.For.iter);
        st_stmts(c, s, &n->v.For.body); st_stmts(c, s, &n->v.For.orelse);
        break;
    case MPS_AST_While: case MPS_AST_If:
        st_expr(c, s, n->v.While.test); st_stmts(c, s, &n->v.While.body); st_stmts(c, s, &n->v.While.orelse);
        break;
    case MPS_AST_With:
        for (int i = 0; i < n->v.With.items.len; i++) {
            MpsAst *w = n->v.With.items.items[i];
            st_expr(c, s, w->v.WithItem.context_expr);
            if (w->v.WithItem.optional_vars) st_expr(c, s, w->v.WithItem.optional_vars);
        }
        st_stmts(c, s, &n->v.With.body);
        break;
    case MPS_AST_Raise:
        if (n->v.Raise.exc) st_expr(c, s, n->v.Raise.exc);
        if (n->v.Raise.cause) st_expr(c, s, n->v.Raise.cause);
        break;
    case MPS_AST_Try:
        st_stmts(c, s, &n->v.Try.body);
        for (int i = 0; i < n->v.Try.handlers.len; i++) {
            MpsAst *h = n->v.Try.handlers.items[i];
            if (h->v.ExceptHandler.type) st_expr(c, s, h->v.ExceptHandler.type);
            if (h->v.ExceptHandler.name) {
                h->v.ExceptHandler.name = mangle_name(c, s->private_name, h->v.ExceptHandler.name);
                st_add(c, s, h->v.ExceptHandler.name, F_ASSIGN);
            }
            st_stmts(c, s, &h->v.ExceptHandler.body);
        }
        st_stmts(c, s, &n->v.Try.orelse); st_stmts(c, s, &n->v.Try.finalbody);
        break;
    case MPS_AST_Assert:
        st_expr(c, s, n->v.Assert.test);
        if (n->v.Assert.msg) st_expr(c, s, n->v.Assert.msg);
        break;
    case MPS_AST_Import:
        for (int i = 0; i < n->v.Import.names.len; i++) {
            MpsAst *a = n->v.Import.names.items[i];
            if (a->v.Alias.asname) st_add(c, s, a->v.Alias.asname, F_ASSIGN);
            else {
                const char *nm = a->v.Alias.name, *dot = strchr(nm, '.');
                st_add(c, s, dot ? mps_arena_strndup(c->arena, nm, (size_t)(dot - nm)) : nm, F_ASSIGN);
            }
        }
        break;
    case MPS_AST_ImportFrom:
        for (int i = 0; i < n->v.ImportFrom.names.len; i++) {
            MpsAst *a = n->v.ImportFrom.names.items[i];
            if (strcmp(a->v.Alias.name, "*") == 0) {
                if (s->kind == SC_FUNCTION) c_error(c, n, "import * only allowed at module level");
                continue;
            }
            st_add(c, s, a->v.Alias.asname ? a->v.Alias.asname : a->v.Alias.name, F_ASSIGN);
        }
        break;
    case MPS_AST_Global:
    case MPS_AST_Nonlocal: {
        bool g = n->kind == MPS_AST_Global;
        if (!g && s->kind == SC_MODULE) c_error(c, n, "nonlocal declaration not allowed at module level");
        for (int i = 0; i < n->v.Global.len; i++) {
            const char *nm = n->v.Global.names[i] = mangle_name(c, s->private_name, n->v.Global.names[i]);
            Sym *y = st_find(s, nm);
            if (y && (y->flags & F_PARAM)) {
                char m[160];
                snprintf(m, sizeof m, "name '%s' is parameter and %s", nm, g ? "global" : "nonlocal");
                c_error(c, n, m);
            }
            if (y && (y->flags & (F_USE | F_ASSIGN))) {
                char m[160];
                snprintf(m, sizeof m, "name '%s' is %s prior to %s declaration", nm,
                         (y->flags & F_ASSIGN) ? "assigned to" : "used", g ? "global" : "nonlocal");
                c_error(c, n, m);
            }
            st_add(c, s, nm, g ? F_GLOBAL : F_NONLOCAL);
        }
        break;
    }
    case MPS_AST_Expr: st_expr(c, s, n->v.Expr.value); break;
    default: break;
    }
}

static void st_stmts(Comp *c, Scope *s, MpsAstList *l) {
    for (int i = 0; i < l->len; i++) st_stmt(c, s, l->items[i]);
}

/* the scope that binds `name` for a use in s, or NULL (global) */
static Scope *st_binding(Scope *s, const char *name) {
    for (Scope *p = s->parent; p; p = p->parent) {
        if (p->kind == SC_MODULE) return NULL;
        Sym *y = st_find(p, name);
        if (p->kind == SC_CLASS) {
            if (strcmp(name, "__class__") == 0) return p;
            continue;
        }
        if (y) {
            if (y->flags & F_GLOBAL) return NULL;
            if (y->flags & (F_ASSIGN | F_PARAM | F_NONLOCAL)) return p;
        }
    }
    return NULL;
}

static void st_mark_free(Comp *c, Scope *s, Scope *b, const char *name) {
    for (Scope *q = s->parent; q && q != b; q = q->parent) {
        Sym *y = st_add(c, q, name, 0);
        if (q->kind == SC_CLASS && (y->flags & F_ASSIGN)) y->freepass = true;
        else if (y->kind != S_CELL) y->kind = S_FREE;
    }
    if (b->kind == SC_CLASS) { b->needs_class_cell = true; return; }
    Sym *y = st_find(b, name);
    if (y->kind == S_LOCAL || y->kind == S_UNKNOWN) y->kind = (y->flags & F_NONLOCAL) ? S_FREE : S_CELL;
}

static void st_resolve(Comp *c, Scope *s) {
    for (int i = 0; i < s->nsyms; i++) {
        Sym *y = &s->syms[i];
        if (y->kind == S_FREE || y->kind == S_CELL) continue;   /* set by a child */
        if (s->kind == SC_MODULE) { y->kind = (y->flags & F_GLOBAL) ? S_GLOBAL_EXPLICIT : S_GLOBAL_IMPLICIT; continue; }
        if (y->flags & F_GLOBAL) { y->kind = S_GLOBAL_EXPLICIT; continue; }
        if (y->flags & F_NONLOCAL) {
            Scope *b = st_binding(s, y->name);
            if (!b || b->kind == SC_CLASS) {
                char m[160];
                snprintf(m, sizeof m, "no binding for nonlocal '%s' found", y->name);
                c_error(c, s->node, m);
            }
            y->kind = S_FREE;
            st_mark_free(c, s, b, y->name);
            continue;
        }
        if (y->flags & (F_ASSIGN | F_PARAM)) { y->kind = S_LOCAL; continue; }
        Scope *b = st_binding(s, y->name);
        if (b) { y->kind = S_FREE; st_mark_free(c, s, b, y->name); }
        else y->kind = S_GLOBAL_IMPLICIT;
    }
    for (int i = 0; i < s->nkids; i++) st_resolve(c, s->kids[i]);
}

/* a LOCAL may have become CELL after its own scope was resolved (children
 * are resolved later); nothing else changes after st_resolve */

/* ================================================================ code units */

static int op_effect(int op, int arg) {
    switch (op) {
#define EFF(name, kind, eff) case MPS_OP_##name: if ((eff) != MPS_SE_VAR) return (eff); break;
    MPS_OPCODES(EFF)
#undef EFF
    }
    switch (op) {
    case MPS_OP_CALL_METHOD: return -arg - 1;
    case MPS_OP_CALL_METHOD_KW: return -arg - 2;
    case MPS_OP_CALL: return -arg;
    case MPS_OP_CALL_KW: return -arg - 1;
    case MPS_OP_CALL_EX: return -2;
    case MPS_OP_BUILD_SLICE: case MPS_OP_BUILD_TUPLE: case MPS_OP_BUILD_LIST:
    case MPS_OP_BUILD_SET: case MPS_OP_BUILD_STRING: return 1 - arg;
    case MPS_OP_BUILD_MAP: return 1 - 2 * arg;
    case MPS_OP_UNPACK_SEQUENCE: return arg - 1;
    case MPS_OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case MPS_OP_MAKE_FUNCTION: return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1)) - 1;
    case MPS_OP_BUILD_CLASS: return -(arg & 0xffff) - 1 - (arg >> 16);
    case MPS_OP_RAISE_VARARGS: return -arg;
    case MPS_OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    }
    return 0;
}

static bool op_is_jump(int op) {
    switch (op) {
#define JMP(name, kind, eff) case MPS_OP_##name: return MPS_OK_##kind == MPS_OK_JUMP;
    MPS_OPCODES(JMP)
#undef JMP
    }
    return false;
}

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n);
    if (!q) abort();
    return q;
}

static void emit(Comp *c, int op, int arg) {
    Unit *u = c->u;
    if ((unsigned)arg > MPS_ARG_MAX) c_error(c, NULL, "too many constants or names");
    /* superinstructions: two loads of locals in a row (`n % i`), and an
     * operator whose right operand is a constant (`i + 1`, `x == 0`) cost
     * one dispatch; never across a jump target, a handler boundary or a
     * line (a traceback names the line) */
    if (u->n > 0 && u->bound != u->n && u->lines[u->n - 1] == u->line && u->hidx[u->n - 1] == u->cur) {
        uint32_t prev = u->code[u->n - 1], parg = MPS_ARG(prev);
        int fused = -1;
        uint32_t farg = 0;
        if (MPS_OP(prev) == MPS_OP_LOAD_FAST && op == MPS_OP_LOAD_FAST && parg < 0x1000 && arg < 0x1000) {
            fused = MPS_OP_LOAD_FAST_LOAD_FAST;
            farg = parg | ((uint32_t)arg << 12);
        } else if (MPS_OP(prev) == MPS_OP_LOAD_CONST && parg < 0x10000 && arg < 0x100) {
            fused = op == MPS_OP_BINARY_OP ? MPS_OP_BINARY_OP_CONST : op == MPS_OP_INPLACE_OP ? MPS_OP_INPLACE_OP_CONST
                    : op == MPS_OP_COMPARE_OP ? MPS_OP_COMPARE_OP_CONST : -1;
            farg = parg | ((uint32_t)arg << 16);
        }
        if (fused >= 0) {
            u->code[u->n - 1] = MPS_INSTR(fused, farg);
            /* an operator fused with its constant operand fails as the
             * operator; two loads keep the first load's position */
            if (fused != MPS_OP_LOAD_FAST_LOAD_FAST) u->locs[u->n - 1] = get_loc(u);
            u->depth += op_effect(op, arg);
            if (u->depth > u->maxdepth) u->maxdepth = u->depth;
            return;
        }
    }
    if (u->n >= u->cap) {
        u->cap = u->cap ? u->cap * 2 : 64;
        u->code = xrealloc(u->code, (size_t)u->cap * sizeof *u->code);
        u->lines = xrealloc(u->lines, (size_t)u->cap * sizeof *u->lines);
        u->hidx = xrealloc(u->hidx, (size_t)u->cap * sizeof *u->hidx);
        u->locs = xrealloc(u->locs, (size_t)u->cap * sizeof *u->locs);
    }
    u->code[u->n] = MPS_INSTR(op, arg);
    u->lines[u->n] = u->line;
    u->locs[u->n] = get_loc(u);
    u->hidx[u->n] = u->cur;
    u->n++;
    u->depth += op_effect(op, arg);
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
    u->unreachable = op == MPS_OP_JUMP_FORWARD || op == MPS_OP_JUMP_BACKWARD || op == MPS_OP_RETURN_VALUE ||
                     op == MPS_OP_RAISE_VARARGS || op == MPS_OP_RERAISE || op == MPS_OP_POP_EXCEPT_RERAISE;
}

static int new_label(Comp *c) {
    Unit *u = c->u;
    if (u->nlabels >= u->caplabels) {
        u->caplabels = u->caplabels ? u->caplabels * 2 : 16;
        u->labels = xrealloc(u->labels, (size_t)u->caplabels * sizeof *u->labels);
        u->ldepth = xrealloc(u->ldepth, (size_t)u->caplabels * sizeof *u->ldepth);
    }
    u->labels[u->nlabels] = -1;
    u->ldepth[u->nlabels] = -1;
    return u->nlabels++;
}

static void bind_label(Comp *c, int l) {
    Unit *u = c->u;
    u->labels[l] = u->n;
    u->bound = u->n;
    if (u->unreachable && u->ldepth[l] >= 0) u->depth = u->ldepth[l];
    u->unreachable = false;
}

/* emit a jump; remember the stack depth the target sees */
static void emit_jump(Comp *c, int op, int l) {
    Unit *u = c->u;
    int d = u->depth;
    switch (op) {
    case MPS_OP_POP_JUMP_IF_FALSE: case MPS_OP_POP_JUMP_IF_TRUE: case MPS_OP_FOR_ITER: case MPS_OP_SEND: d -= 1; break;
    default: break;
    }
    if (u->ldepth[l] < d) u->ldepth[l] = d;
    emit(c, op, l);
}

static int new_handler(Comp *c, int label, int depth) {
    Unit *u = c->u;
    if (u->nhandlers >= u->caphandlers) {
        u->caphandlers = u->caphandlers ? u->caphandlers * 2 : 8;
        u->handlers = xrealloc(u->handlers, (size_t)u->caphandlers * sizeof *u->handlers);
    }
    u->handlers[u->nhandlers].label = label;
    u->handlers[u->nhandlers].depth = depth;
    /* the handler starts with the exception pushed */
    if (u->ldepth[label] < depth + 1) u->ldepth[label] = depth + 1;
    if (depth + 1 > u->maxdepth) u->maxdepth = depth + 1;
    return u->nhandlers++;
}

static bool const_same(MpsValue a, MpsValue b) {
    if (a == b) return true;
    if (!mps_is_obj(a) || !mps_is_obj(b) || mps_kind(a) != mps_kind(b)) return false;
    if (mps_obj(a)->cls != mps_obj(b)->cls) return false;
    switch (mps_kind(a)) {
    case MPS_K_STR: return mps_str_eq(a, b);
    case MPS_K_FLOAT: return memcmp(&MPS_FLOAT(a)->v, &MPS_FLOAT(b)->v, sizeof(double)) == 0;
    case MPS_K_COMPLEX: return memcmp(&MPS_COMPLEX(a)->re, &MPS_COMPLEX(b)->re, sizeof(double)) == 0 &&
                               memcmp(&MPS_COMPLEX(a)->im, &MPS_COMPLEX(b)->im, sizeof(double)) == 0;
    case MPS_K_BIGINT: return mpz_cmp(MPS_BIG(a)->z, MPS_BIG(b)->z) == 0;
    case MPS_K_BYTES: return MPS_BYTES(a)->size == MPS_BYTES(b)->size &&
                             memcmp(MPS_BYTES(a)->data, MPS_BYTES(b)->data, MPS_BYTES(a)->size) == 0;
    case MPS_K_TUPLE: {
        MpsTuple *x = MPS_TUPLE(a), *y = MPS_TUPLE(b);
        if (x->len != y->len) return false;
        for (size_t i = 0; i < x->len; i++) if (!const_same(x->items[i], y->items[i])) return false;
        return true;
    }
    default: return false;
    }
}

/* agrees with const_same: equal constants hash alike */
static uint64_t const_hash(MpsValue v) {
    uint64_t h = 1469598103934665603ULL;
    if (!mps_is_obj(v)) return (uint64_t)v * 0x9E3779B97F4A7C15ULL;
    switch (mps_kind(v)) {
    case MPS_K_STR: return mps_str_hash(v);
    case MPS_K_FLOAT: { uint64_t b; memcpy(&b, &MPS_FLOAT(v)->v, sizeof b); return b * 0x9E3779B97F4A7C15ULL; }
    case MPS_K_COMPLEX: {
        uint64_t b, d;
        memcpy(&b, &MPS_COMPLEX(v)->re, sizeof b);
        memcpy(&d, &MPS_COMPLEX(v)->im, sizeof d);
        return (b * 31 + d) * 0x9E3779B97F4A7C15ULL;
    }
    case MPS_K_BIGINT: return (uint64_t)mpz_get_ui(MPS_BIG(v)->z) ^ (uint64_t)mpz_size(MPS_BIG(v)->z) << 56;
    case MPS_K_BYTES:
        for (size_t i = 0; i < MPS_BYTES(v)->size; i++) h = (h ^ (unsigned char)MPS_BYTES(v)->data[i]) * 1099511628211ULL;
        return h;
    case MPS_K_TUPLE:
        for (size_t i = 0; i < MPS_TUPLE(v)->len; i++) h = (h ^ const_hash(MPS_TUPLE(v)->items[i])) * 1099511628211ULL;
        return h;
    default: return (uint64_t)v * 0x9E3779B97F4A7C15ULL;
    }
}

/* the low bits index the table: mix the high ones in (doubles such as 0.5,
 * 1.0, 1.5 differ only in their high bits) */
static size_t const_slot(MpsValue v, size_t mask) {
    uint64_t h = const_hash(v);
    h ^= h >> 33; h *= 0xff51afd7ed558ccdULL; h ^= h >> 33;
    return (size_t)h & mask;
}

static void const_index_put(Unit *u, int i) {
    size_t mask = (size_t)u->chcap - 1, j = const_slot(u->consts[i], mask);
    while (u->chash[j] >= 0) j = (j + 1) & mask;
    u->chash[j] = i;
}

static int add_const(Comp *c, MpsValue v) {
    Unit *u = c->u;
    bool code = mps_is_obj(v) && mps_kind(v) == MPS_K_CODE;   /* never shared */
    if (!code && u->chcap) {
        size_t mask = (size_t)u->chcap - 1, j = const_slot(v, mask);
        for (; u->chash[j] >= 0; j = (j + 1) & mask)
            if (const_same(u->consts[u->chash[j]], v)) return u->chash[j];
    }
    if (u->nconsts >= u->capconsts) {
        u->capconsts = u->capconsts ? u->capconsts * 2 : 16;
        u->consts = xrealloc(u->consts, (size_t)u->capconsts * sizeof *u->consts);
    }
    u->consts[u->nconsts] = v;
    int i = u->nconsts++;
    if (code) return i;
    if ((i + 1) * 2 > u->chcap) {          /* keep the index at most half full */
        free(u->chash);
        u->chcap = u->chcap ? u->chcap * 2 : 32;
        while ((i + 1) * 2 > u->chcap) u->chcap *= 2;
        u->chash = xrealloc(NULL, (size_t)u->chcap * sizeof *u->chash);
        memset(u->chash, 0xff, (size_t)u->chcap * sizeof *u->chash);
        for (int k = 0; k <= i; k++)
            if (!(mps_is_obj(u->consts[k]) && mps_kind(u->consts[k]) == MPS_K_CODE)) const_index_put(u, k);
    } else {
        const_index_put(u, i);
    }
    return i;
}

static void check(Comp *c, MpsValue v) {
    if (v == MPS_NULL) longjmp(c->jb, 2);   /* an exception is pending (memory) */
}

static MpsValue cstr(Comp *c, const char *s) {
    MpsValue v = mps_intern_cstr(c->t, s);
    check(c, v);
    return v;
}

static void load_const(Comp *c, MpsValue v) { emit(c, MPS_OP_LOAD_CONST, add_const(c, v)); }

static int str_index(Comp *c, const char ***arr, int *n, int *cap, const char *s) {
    for (int i = 0; i < *n; i++) if (strcmp((*arr)[i], s) == 0) return i;
    if (*n >= *cap) { *cap = *cap ? *cap * 2 : 16; *arr = xrealloc(*arr, (size_t)*cap * sizeof **arr); }
    (*arr)[*n] = s;
    (void)c;
    return (*n)++;
}

static int name_index(Comp *c, const char *s) {
    Unit *u = c->u;
    int old = u->nnames;
    int i = str_index(c, &u->names, &u->nnames, &u->capnames, s);
    if (u->nnames != old) {
        u->namev = xrealloc(u->namev, (size_t)u->capnames * sizeof *u->namev);
        u->namev[i] = cstr(c, s);
    }
    return i;
}

/* _C__x mangling of private attribute names inside class C */
static const char *mangle(Comp *c, const char *name) {
    return mangle_name(c, c->u->private_name, name);
}

static void unit_free(Unit *u) {
    free(u->code); free(u->lines); free(u->locs); free(u->hidx); free(u->consts); free(u->chash); free(u->names); free(u->namev);
    free(u->vars); free(u->cells); free(u->frees); free(u->labels); free(u->ldepth); free(u->handlers);
}

static void unit_push(Comp *c, Scope *st, int firstline) {
    Unit *u = calloc(1, sizeof *u);
    if (!u) abort();
    u->prev = c->u;
    u->next_alloc = c->allocs; c->allocs = u;
    u->st = st;
    u->cur = -1;
    u->line = u->firstline = firstline > 0 ? firstline : 1;
    u->end_line = u->line; u->col = u->end_col = -1;
    u->private_name = c->u ? c->u->private_name : NULL;
    if (st->kind == SC_CLASS) u->private_name = st->name;
    c->u = u;
    /* cells and frees in a stable order: symbol order */
    for (int i = 0; i < st->nsyms; i++) {
        Sym *y = &st->syms[i];
        if (y->kind == S_CELL) str_index(c, &u->cells, &u->ncells, &u->capcells, y->name);
    }
    if (st->kind == SC_CLASS && st->needs_class_cell)
        str_index(c, &u->cells, &u->ncells, &u->capcells, "__class__");
    for (int i = 0; i < st->nsyms; i++) {
        Sym *y = &st->syms[i];
        if (y->kind == S_FREE || y->freepass) str_index(c, &u->frees, &u->nfrees, &u->capfrees, y->name);
    }
}

/* A jump to an unconditional jump goes straight to the final target
 * (the `if` at the end of a loop body jumps to the loop head, not to the
 * JUMP_BACKWARD that gets there): one dispatch less per iteration. An
 * unconditional jump that now leads backward becomes JUMP_BACKWARD, so
 * every loop still passes an instruction that checks the eval breaker
 * (conditional jumps check it when they go backward). */
static void thread_jumps(Unit *u) {
    for (int i = 0; i < u->n; i++) {
        int op = MPS_OP(u->code[i]);
        if (op != MPS_OP_POP_JUMP_IF_FALSE && op != MPS_OP_POP_JUMP_IF_TRUE &&
            op != MPS_OP_JUMP_FORWARD && op != MPS_OP_JUMP_BACKWARD) continue;
        int tgt = (int)MPS_ARG(u->code[i]);
        for (int hops = 0; hops < 8 && tgt < u->n; hops++) {
            int top = MPS_OP(u->code[tgt]);
            if (top != MPS_OP_JUMP_FORWARD && top != MPS_OP_JUMP_BACKWARD) break;
            tgt = (int)MPS_ARG(u->code[tgt]);
        }
        if (op == MPS_OP_JUMP_FORWARD || op == MPS_OP_JUMP_BACKWARD)
            op = tgt <= i ? MPS_OP_JUMP_BACKWARD : MPS_OP_JUMP_FORWARD;
        u->code[i] = MPS_INSTR(op, tgt);
    }
}

/* build the code object of the current unit and pop it */
static MpsValue unit_finish(Comp *c, const char *name) {
    MpsThread *t = c->t;
    Unit *u = c->u;
    /* patch jumps */
    for (int i = 0; i < u->n; i++) {
        int op = MPS_OP(u->code[i]);
        if (op_is_jump(op)) {
            int l = (int)MPS_ARG(u->code[i]);
            u->code[i] = MPS_INSTR(op, u->labels[l]);
        }
    }
    thread_jumps(u);
    MpsCode *co = mps_gc_alloc(t, sizeof(MpsCode), MPS_K_CODE, MPS_TYPE(t, CODE));
    if (!co) longjmp(c->jb, 2);
    co->code = malloc((size_t)(u->n ? u->n : 1) * sizeof *co->code);
    co->lines = malloc((size_t)(u->n ? u->n : 1) * sizeof *co->lines);
    if (!co->code || !co->lines) abort();
    memcpy(co->code, u->code, (size_t)u->n * sizeof *co->code);
    memcpy(co->lines, u->lines, (size_t)u->n * sizeof *co->lines);
    co->positions = mps_code_positions_encode((const int *)u->locs, (uint32_t)u->n, &co->npositions);
    co->ncode = (uint32_t)u->n;
    /* exception table from runs of equal handler index */
    int nt = 0;
    for (int i = 0; i < u->n; i++)
        if (u->hidx[i] >= 0 && (i == 0 || u->hidx[i - 1] != u->hidx[i])) nt++;
    co->exctab = malloc((size_t)(nt ? nt : 1) * sizeof *co->exctab);
    if (!co->exctab) abort();
    nt = 0;
    for (int i = 0; i < u->n; ) {
        int h = u->hidx[i], j = i;
        while (j < u->n && u->hidx[j] == h) j++;
        if (h >= 0) {
            MpsExcEntry *e = &co->exctab[nt++];
            e->start = (uint32_t)i; e->end = (uint32_t)j;
            e->handler = (uint32_t)u->labels[u->handlers[h].label];
            e->depth = (uint32_t)u->handlers[h].depth;
        }
        i = j;
    }
    co->nexctab = (uint32_t)nt;
    co->consts = mps_tuple_from(t, (size_t)u->nconsts, u->consts); check(c, co->consts);
    co->names = mps_tuple_from(t, (size_t)u->nnames, u->namev); check(c, co->names);
    MpsValue tmp[3];
    const char **arrs[3] = { u->vars, u->cells, u->frees };
    int ns[3] = { u->nvars, u->ncells, u->nfrees };
    for (int k = 0; k < 3; k++) {
        tmp[k] = mps_tuple_new(t, (size_t)ns[k]); check(c, tmp[k]);
        for (int i = 0; i < ns[k]; i++) MPS_TUPLE(tmp[k])->items[i] = cstr(c, arrs[k][i]);
    }
    co->varnames = tmp[0]; co->cellvars = tmp[1]; co->freevars = tmp[2];
    co->nlocals = u->nvars; co->ncells = u->ncells; co->nfree = u->nfrees;
    co->cell2arg = NULL;
    int nparams = u->argcount + u->kwonly + ((u->flags & MPS_CO_VARARGS) ? 1 : 0) + ((u->flags & MPS_CO_VARKW) ? 1 : 0);
    for (int i = 0; i < u->ncells; i++)
        for (int j = 0; j < nparams; j++)
            if (strcmp(u->cells[i], u->vars[j]) == 0) {
                if (!co->cell2arg) {
                    co->cell2arg = malloc((size_t)u->ncells * sizeof *co->cell2arg);
                    if (!co->cell2arg) abort();
                    for (int k = 0; k < u->ncells; k++) co->cell2arg[k] = -1;
                }
                co->cell2arg[i] = (int16_t)j;
            }
    co->name = cstr(c, name);
    co->qualname = mps_str_cstr_new(t, u->st->qualname ? u->st->qualname : name); check(c, co->qualname);
    co->filename = mps_str_cstr_new(t, c->filename); check(c, co->filename);
    co->argcount = u->argcount; co->posonlyargcount = u->posonly; co->kwonlyargcount = u->kwonly;
    co->stacksize = u->maxdepth + 2;
    co->flags = u->flags;
    co->firstline = u->firstline;
    co->gcache = calloc((size_t)(u->nnames ? u->nnames : 1), sizeof *co->gcache);
    if (!co->gcache) abort();
    c->u = u->prev;
    return mps_from_obj(co);
}

/* ================================================================ code generation */

static void c_expr(Comp *c, MpsAst *e);
static void c_stmts(Comp *c, MpsAstList *l);
static void c_stmt(Comp *c, MpsAst *n);
static void c_store(Comp *c, MpsAst *e);

static Sym *sym_of(Comp *c, const char *name) { return st_find(c->u->st, name); }

static int deref_index(Comp *c, const char *name) {
    Unit *u = c->u;
    for (int i = 0; i < u->ncells; i++) if (strcmp(u->cells[i], name) == 0) return u->nvars + i;
    for (int i = 0; i < u->nfrees; i++) if (strcmp(u->frees[i], name) == 0) return u->nvars + u->ncells + i;
    c_error(c, NULL, "internal error: no cell for free variable");
    return 0;
}

static int local_index(Comp *c, const char *name) {
    Unit *u = c->u;
    return str_index(c, &u->vars, &u->nvars, &u->capvars, name);
}

static void c_name(Comp *c, const char *name, MpsCtx ctx) {
    Unit *u = c->u;
    Sym *y = sym_of(c, name);
    int kind = y ? y->kind : S_GLOBAL_IMPLICIT;
    int sk = u->st->kind;
    if (sk == SC_MODULE) {
        /* the name ops, as CPython: exec(code, g, l) runs module code with
         * separate locals; the VM caches LOAD_NAME when locals are globals */
        int i = name_index(c, name);
        if (kind == S_GLOBAL_EXPLICIT)
            emit(c, ctx == MPS_CTX_LOAD ? MPS_OP_LOAD_GLOBAL : ctx == MPS_CTX_STORE ? MPS_OP_STORE_GLOBAL : MPS_OP_DELETE_GLOBAL, i);
        else
            emit(c, ctx == MPS_CTX_LOAD ? MPS_OP_LOAD_NAME : ctx == MPS_CTX_STORE ? MPS_OP_STORE_NAME : MPS_OP_DELETE_NAME, i);
        return;
    }
    switch (kind) {
    case S_LOCAL:
        if (sk == SC_FUNCTION) {
            int i = local_index(c, name);
            emit(c, ctx == MPS_CTX_LOAD ? MPS_OP_LOAD_FAST : ctx == MPS_CTX_STORE ? MPS_OP_STORE_FAST : MPS_OP_DELETE_FAST, i);
        } else {
            int i = name_index(c, name);
            emit(c, ctx == MPS_CTX_LOAD ? MPS_OP_LOAD_NAME : ctx == MPS_CTX_STORE ? MPS_OP_STORE_NAME : MPS_OP_DELETE_NAME, i);
        }
        return;
    case S_CELL: case S_FREE: {
        int i = deref_index(c, name);
        if (ctx == MPS_CTX_LOAD && sk == SC_CLASS) emit(c, MPS_OP_LOAD_CLASSDEREF, i);
        else emit(c, ctx == MPS_CTX_LOAD ? MPS_OP_LOAD_DEREF : ctx == MPS_CTX_STORE ? MPS_OP_STORE_DEREF : MPS_OP_DELETE_DEREF, i);
        return;
    }
    case S_GLOBAL_IMPLICIT:
        if (sk == SC_CLASS) {
            int i = name_index(c, name);
            emit(c, ctx == MPS_CTX_LOAD ? MPS_OP_LOAD_NAME : ctx == MPS_CTX_STORE ? MPS_OP_STORE_NAME : MPS_OP_DELETE_NAME, i);
            return;
        }
        /* fallthrough */
    default: {
        int i = name_index(c, name);
        emit(c, ctx == MPS_CTX_LOAD ? MPS_OP_LOAD_GLOBAL : ctx == MPS_CTX_STORE ? MPS_OP_STORE_GLOBAL : MPS_OP_DELETE_GLOBAL, i);
    }
    }
}

static MpsValue const_value(Comp *c, MpsAst *e) {
    MpsThread *t = c->t;
    MpsValue v = MPS_NONE;
    switch (e->v.Constant.kind) {
    case MPS_CONST_NONE: v = MPS_NONE; break;
    case MPS_CONST_TRUE: v = MPS_TRUE; break;
    case MPS_CONST_FALSE: v = MPS_FALSE; break;
    case MPS_CONST_ELLIPSIS: v = MPS_ELLIPSIS; break;
    case MPS_CONST_INT: v = mps_int_from_i64(t, e->v.Constant.ival); break;
    case MPS_CONST_BIGINT: v = mps_int_parse(t, e->v.Constant.str, e->v.Constant.len, 10); break;
    case MPS_CONST_FLOAT: v = mps_float_new(t, e->v.Constant.fval); break;
    case MPS_CONST_IMAG: v = mps_complex_new(t, 0.0, e->v.Constant.fval); break;
    case MPS_CONST_STR:
        v = mps_str_new(t, e->v.Constant.str, e->v.Constant.len);
        if (v && e->v.Constant.len <= 40) v = mps_intern(t, v);
        break;
    case MPS_CONST_BYTES: v = mps_bytes_new(t, e->v.Constant.str, e->v.Constant.len); break;
    }
    check(c, v);
    return v;
}

static bool is_const(MpsAst *e) { return e->kind == MPS_AST_Constant; }

static bool has_starred(MpsAstList *l) {
    for (int i = 0; i < l->len; i++) if (l->items[i]->kind == MPS_AST_Starred) return true;
    return false;
}

/* a constant after CPython's AST folding of the simplest kind (a literal
 * or a negated number literal); *out = its value when out != NULL */
static bool folded_const(Comp *c, MpsAst *e, MpsValue *out) {
    if (is_const(e)) { if (out) *out = const_value(c, e); return true; }
    if (e->kind != MPS_AST_UnaryOp || e->v.UnaryOp.op != MPS_UN_NEG ||
        e->v.UnaryOp.operand->kind != MPS_AST_Constant) return false;
    MpsAst *k = e->v.UnaryOp.operand;
    if (k->v.Constant.kind == MPS_CONST_INT && k->v.Constant.ival != INT64_MIN) {
        if (out) { *out = mps_int_from_i64(c->t, -k->v.Constant.ival); check(c, *out); }
        return true;
    }
    if (k->v.Constant.kind == MPS_CONST_FLOAT) {
        if (out) { *out = mps_float_new(c->t, -k->v.Constant.fval); check(c, *out); }
        return true;
    }
    return false;
}

/* list/tuple/set display; kind: BUILD_LIST, BUILD_TUPLE, BUILD_SET */
static void c_sequence(Comp *c, MpsAstList *elts, int build) {
    if (!has_starred(elts)) {
        if (build == MPS_OP_BUILD_TUPLE && elts->len > 0) {
            bool allc = true;
            for (int i = 0; i < elts->len; i++) if (!is_const(elts->items[i])) { allc = false; break; }
            if (allc) {
                MpsValue tup = mps_tuple_new(c->t, (size_t)elts->len); check(c, tup);
                for (int i = 0; i < elts->len; i++) MPS_TUPLE(tup)->items[i] = const_value(c, elts->items[i]);
                load_const(c, tup);
                return;
            }
        }
        if (build == MPS_OP_BUILD_SET && elts->len > 2) {
            /* CPython: a display of 3+ constants is BUILD_SET 0; LOAD_CONST
             * frozenset; SET_UPDATE 1 (the frozenset's table order shows) */
            bool allc = true;
            for (int i = 0; i < elts->len; i++) if (!folded_const(c, elts->items[i], NULL)) { allc = false; break; }
            if (allc) {
                MpsValue fs = mps_set_new(c->t, true), k, kv; check(c, fs);
                for (int i = 0; i < elts->len; i++) {
                    folded_const(c, elts->items[i], &k);
                    if (mps_set_add(c->t, fs, k) < 0) check(c, MPS_NULL);
                }
                /* CPython's merge_consts_recursive rebuilds the frozenset
                 * from its own iteration order */
                MpsValue fs2 = mps_set_new(c->t, true); check(c, fs2);
                for (size_t pos = 0; mps_dict_next(MPS_SET(fs)->table, &pos, &k, &kv); )
                    if (mps_set_add(c->t, fs2, k) < 0) check(c, MPS_NULL);
                fs = fs2;
                emit(c, MPS_OP_BUILD_SET, 0);
                load_const(c, fs);
                emit(c, MPS_OP_SET_UPDATE, 1);
                return;
            }
        }
        for (int i = 0; i < elts->len; i++) c_expr(c, elts->items[i]);
        emit(c, build, elts->len);
        return;
    }
    /* with *x: accumulate in a list (or set) */
    int n = 0, i = 0;
    bool isset = build == MPS_OP_BUILD_SET;
    for (; i < elts->len && elts->items[i]->kind != MPS_AST_Starred; i++) { c_expr(c, elts->items[i]); n++; }
    emit(c, isset ? MPS_OP_BUILD_SET : MPS_OP_BUILD_LIST, n);
    for (; i < elts->len; i++) {
        MpsAst *x = elts->items[i];
        if (x->kind == MPS_AST_Starred) { c_expr(c, x->v.Starred.value); emit(c, isset ? MPS_OP_SET_UPDATE : MPS_OP_LIST_EXTEND, 1); }
        else { c_expr(c, x); emit(c, isset ? MPS_OP_SET_ADD : MPS_OP_LIST_APPEND, 1); }
    }
    if (build == MPS_OP_BUILD_TUPLE) emit(c, MPS_OP_LIST_TO_TUPLE, 0);
}

static void c_jump_if(Comp *c, MpsAst *e, bool cond, int label);

static void c_compare(Comp *c, MpsAst *e) {
    MpsAstList *cs = &e->v.Compare.comparators;
    c_expr(c, e->v.Compare.left);
    int n = cs->len;
    int cleanup = n > 1 ? new_label(c) : -1;
    for (int i = 0; i < n; i++) {
        c_expr(c, cs->items[i]);
        if (i < n - 1) { emit(c, MPS_OP_DUP_TOP, 0); emit(c, MPS_OP_ROT_THREE, 0); }
        int op = e->v.Compare.ops[i];
        switch (op) {
        case MPS_CMPOP_IN: emit(c, MPS_OP_CONTAINS_OP, 0); break;
        case MPS_CMPOP_NOTIN: emit(c, MPS_OP_CONTAINS_OP, 1); break;
        case MPS_CMPOP_IS: emit(c, MPS_OP_IS_OP, 0); break;
        case MPS_CMPOP_ISNOT: emit(c, MPS_OP_IS_OP, 1); break;
        default: emit(c, MPS_OP_COMPARE_OP, op); break;
        }
        if (i < n - 1) emit_jump(c, MPS_OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    if (n > 1) {
        int end = new_label(c);
        emit_jump(c, MPS_OP_JUMP_FORWARD, end);
        bind_label(c, cleanup);
        emit(c, MPS_OP_ROT_TWO, 0);
        emit(c, MPS_OP_POP_TOP, 0);
        bind_label(c, end);
    }
}

static void c_call_args(Comp *c, MpsAst *e, int extra_pos, bool method) {
    MpsAstList *args = &e->v.Call.args, *kws = &e->v.Call.keywords;
    bool dstar = false;
    for (int i = 0; i < kws->len; i++) if (!kws->items[i]->v.Keyword.arg) dstar = true;
    if (!has_starred(args) && !dstar) {
        for (int i = 0; i < args->len; i++) c_expr(c, args->items[i]);
        if (kws->len) {
            MpsValue names = mps_tuple_new(c->t, (size_t)kws->len); check(c, names);
            for (int i = 0; i < kws->len; i++) {
                c_expr(c, kws->items[i]->v.Keyword.value);
                MPS_TUPLE(names)->items[i] = cstr(c, kws->items[i]->v.Keyword.arg);
            }
            load_const(c, names);
            emit(c, method ? MPS_OP_CALL_METHOD_KW : MPS_OP_CALL_KW, extra_pos + args->len + kws->len);
        } else emit(c, method ? MPS_OP_CALL_METHOD : MPS_OP_CALL, extra_pos + args->len);
        return;
    }
    /* general form: f, args tuple, kwargs dict or NULL */
    c_sequence(c, args, MPS_OP_BUILD_TUPLE);
    if (kws->len) {
        bool merged = false;
        emit(c, MPS_OP_BUILD_MAP, 0);
        for (int i = 0; i < kws->len; i++) {
            MpsAst *k = kws->items[i];
            if (k->v.Keyword.arg) {
                load_const(c, cstr(c, k->v.Keyword.arg));
                c_expr(c, k->v.Keyword.value);
                if (merged) {
                    /* after a **mapping a keyword may repeat one of its keys */
                    emit(c, MPS_OP_BUILD_MAP, 1);
                    emit(c, MPS_OP_DICT_MERGE, 0x101);
                } else emit(c, MPS_OP_MAP_ADD, 1);
            } else {
                c_expr(c, k->v.Keyword.value);
                emit(c, MPS_OP_DICT_MERGE, 0x101);
                merged = true;
            }
        }
    } else emit(c, MPS_OP_PUSH_NULL, 0);
    emit(c, MPS_OP_CALL_EX, 0);
}

static void c_call(Comp *c, MpsAst *e) {
    MpsAst *f = e->v.Call.func;
    bool simple = !has_starred(&e->v.Call.args);
    for (int i = 0; i < e->v.Call.keywords.len; i++) if (!e->v.Call.keywords.items[i]->v.Keyword.arg) simple = false;
    if (f->kind == MPS_AST_Attribute && simple) {
        Unit *u = c->u;
        c_expr(c, f->v.Attribute.value);
        Loc call = get_loc(u);
        set_loc(u, f);
        attr_loc(u, f);
        emit(c, MPS_OP_LOAD_METHOD, name_index(c, mangle(c, f->v.Attribute.attr)));
        put_loc(u, call);
        attr_loc(u, f);     /* the CALL: the call's range, from the name if on several lines */
        c_call_args(c, e, 0, true);
        put_loc(u, call);
        return;
    }
    c_expr(c, f);
    c_call_args(c, e, 0, false);
}

static void unparse(Comp *c, MpsAst *e, MpsBuf *b);

/* one entry of a function's __annotations__: name, then the value (or,
 * under `from __future__ import annotations`, its source text) */
static int c_annotation(Comp *c, const char *name, MpsAst *ann) {
    if (!ann) return 0;
    load_const(c, cstr(c, mangle(c, name)));
    if (c->future_annotations) {
        MpsBuf b;
        mps_buf_init(&b);
        unparse(c, ann, &b);
        MpsValue s = mps_str_new(c->t, b.data ? b.data : "", b.len);
        mps_buf_free(&b);
        check(c, s);
        load_const(c, s);
    } else {
        c_expr(c, ann);
    }
    return 1;
}

/* the dict of parameter and return annotations, in CPython's order
 * (args before posonlyargs); false when there is none */
static bool c_annotations(Comp *c, MpsAst *args, MpsAst *returns) {
    int n = 0;
    if (args) {
        MpsAstList *lists[] = { &args->v.Arguments.args, &args->v.Arguments.posonlyargs };
        for (int k = 0; k < 2; k++)
            for (int i = 0; i < lists[k]->len; i++)
                n += c_annotation(c, lists[k]->items[i]->v.Arg.arg, lists[k]->items[i]->v.Arg.annotation);
        if (args->v.Arguments.vararg)
            n += c_annotation(c, args->v.Arguments.vararg->v.Arg.arg, args->v.Arguments.vararg->v.Arg.annotation);
        for (int i = 0; i < args->v.Arguments.kwonlyargs.len; i++)
            n += c_annotation(c, args->v.Arguments.kwonlyargs.items[i]->v.Arg.arg,
                              args->v.Arguments.kwonlyargs.items[i]->v.Arg.annotation);
        if (args->v.Arguments.kwarg)
            n += c_annotation(c, args->v.Arguments.kwarg->v.Arg.arg, args->v.Arguments.kwarg->v.Arg.annotation);
    }
    n += c_annotation(c, "return", returns);
    if (n) emit(c, MPS_OP_BUILD_MAP, n);
    return n > 0;
}

/* MAKE_FUNCTION for a compiled code object of scope fs */
static void c_make_function(Comp *c, MpsValue code, Scope *fs, MpsAst *args, MpsAst *returns) {
    int flags = 0;
    MpsCode *co = MPS_CODE(code);
    if (args && args->v.Arguments.defaults.len) {
        for (int i = 0; i < args->v.Arguments.defaults.len; i++) c_expr(c, args->v.Arguments.defaults.items[i]);
        emit(c, MPS_OP_BUILD_TUPLE, args->v.Arguments.defaults.len);
        flags |= 1;
    }
    if (args) {
        int nk = 0;
        for (int i = 0; i < args->v.Arguments.kw_defaults.len; i++) {
            MpsAst *d = args->v.Arguments.kw_defaults.items[i];
            if (!d) continue;
            load_const(c, cstr(c, args->v.Arguments.kwonlyargs.items[i]->v.Arg.arg));
            c_expr(c, d);
            nk++;
        }
        if (nk) { emit(c, MPS_OP_BUILD_MAP, nk); flags |= 2; }
    }
    if (c_annotations(c, args, returns)) flags |= 8;
    if (co->nfree) {
        for (int i = 0; i < co->nfree; i++) {
            const char *nm = mps_str_data(MPS_TUPLE(co->freevars)->items[i]);
            emit(c, MPS_OP_LOAD_CLOSURE, deref_index(c, nm));
        }
        emit(c, MPS_OP_BUILD_TUPLE, co->nfree);
        flags |= 4;
    }
    load_const(c, code);
    MpsValue q = mps_str_cstr_new(c->t, fs->qualname); check(c, q);
    load_const(c, q);
    emit(c, MPS_OP_MAKE_FUNCTION, flags);
}

/* set up the parameters of a function unit */
static void c_params(Comp *c, MpsAst *a) {
    Unit *u = c->u;
    if (!a) return;
    for (int i = 0; i < a->v.Arguments.posonlyargs.len; i++) local_index(c, a->v.Arguments.posonlyargs.items[i]->v.Arg.arg);
    for (int i = 0; i < a->v.Arguments.args.len; i++) local_index(c, a->v.Arguments.args.items[i]->v.Arg.arg);
    for (int i = 0; i < a->v.Arguments.kwonlyargs.len; i++) local_index(c, a->v.Arguments.kwonlyargs.items[i]->v.Arg.arg);
    if (a->v.Arguments.vararg) { local_index(c, a->v.Arguments.vararg->v.Arg.arg); u->flags |= MPS_CO_VARARGS; }
    if (a->v.Arguments.kwarg) { local_index(c, a->v.Arguments.kwarg->v.Arg.arg); u->flags |= MPS_CO_VARKW; }
    u->posonly = a->v.Arguments.posonlyargs.len;
    u->argcount = a->v.Arguments.posonlyargs.len + a->v.Arguments.args.len;
    u->kwonly = a->v.Arguments.kwonlyargs.len;
}

/* allocate slots for every local of the scope (parameters first) */
static void c_locals(Comp *c) {
    Scope *s = c->u->st;
    if (s->kind != SC_FUNCTION) return;
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].kind == S_LOCAL || ((s->syms[i].flags & F_PARAM) && s->syms[i].kind == S_CELL))
            local_index(c, s->syms[i].name);
}

static bool is_docstring(MpsAstList *body) {
    if (body->len == 0) return false;
    MpsAst *s = body->items[0];
    return s->kind == MPS_AST_Expr && s->v.Expr.value->kind == MPS_AST_Constant &&
           s->v.Expr.value->v.Constant.kind == MPS_CONST_STR;
}

static void c_function(Comp *c, MpsAst *n, bool lambda) {
    Scope *fs = st_lookup(c, n);
    MpsAst *args = lambda ? n->v.Lambda.args : n->v.FunctionDef.args;
    if (!lambda) for (int i = 0; i < n->v.FunctionDef.decorators.len; i++) c_expr(c, n->v.FunctionDef.decorators.items[i]);
    unit_push(c, fs, n->line);
    c->u->flags |= MPS_CO_FUNCTION | (fs->generator ? MPS_CO_GENERATOR : 0);
    c_params(c, args);
    c_locals(c);
    if (lambda) {
        add_const(c, MPS_NONE);   /* consts[0]: no docstring */
        c_expr(c, n->v.Lambda.body);
        if (fs->generator) { emit(c, MPS_OP_POP_TOP, 0); load_const(c, MPS_NONE); }
        emit(c, MPS_OP_RETURN_VALUE, 0);
    } else {
        MpsAstList *body = &n->v.FunctionDef.body;
        int start = 0;
        if (is_docstring(body)) { add_const(c, const_value(c, body->items[0]->v.Expr.value)); start = 1; }
        else add_const(c, MPS_NONE);   /* consts[0] is the docstring (MAKE_FUNCTION) */
        for (int i = start; i < body->len; i++) c_stmt(c, body->items[i]);
        if (!c->u->unreachable) { load_const(c, MPS_NONE); emit(c, MPS_OP_RETURN_VALUE, 0); }
    }
    MpsValue code = unit_finish(c, lambda ? "<lambda>" : n->v.FunctionDef.name);
    c_make_function(c, code, fs, args, lambda ? NULL : n->v.FunctionDef.returns);
    if (!lambda) {
        for (int i = 0; i < n->v.FunctionDef.decorators.len; i++) emit(c, MPS_OP_CALL, 1);
        c_name(c, mangle(c, n->v.FunctionDef.name), MPS_CTX_STORE);
    }
}

static void setup_annotations(Comp *c, MpsAstList *body);

static void c_class(Comp *c, MpsAst *n) {
    Scope *cs = st_lookup(c, n);
    for (int i = 0; i < n->v.ClassDef.decorators.len; i++) c_expr(c, n->v.ClassDef.decorators.items[i]);
    unit_push(c, cs, n->line);
    c->u->flags |= MPS_CO_CLASSBODY;
    add_const(c, MPS_NONE);
    MpsAstList *body = &n->v.ClassDef.body;
    int start = 0;
    if (is_docstring(body)) {
        load_const(c, const_value(c, body->items[0]->v.Expr.value));
        emit(c, MPS_OP_STORE_NAME, name_index(c, "__doc__"));
        start = 1;
    }
    setup_annotations(c, body);
    for (int i = start; i < body->len; i++) c_stmt(c, body->items[i]);
    if (cs->needs_class_cell) emit(c, MPS_OP_LOAD_CLOSURE, deref_index(c, "__class__"));
    else load_const(c, MPS_NONE);
    emit(c, MPS_OP_RETURN_VALUE, 0);
    MpsValue code = unit_finish(c, n->v.ClassDef.name);
    c_make_function(c, code, cs, NULL, NULL);
    load_const(c, cstr(c, n->v.ClassDef.name));
    for (int i = 0; i < n->v.ClassDef.bases.len; i++) c_expr(c, n->v.ClassDef.bases.items[i]);
    MpsAstList *kws = &n->v.ClassDef.keywords;
    if (kws->len) {     /* class keywords: a dict after the bases, for __init_subclass__ */
        emit(c, MPS_OP_BUILD_MAP, 0);
        for (int i = 0; i < kws->len; i++) {
            MpsAst *k = kws->items[i];
            if (k->v.Keyword.arg) {
                load_const(c, cstr(c, k->v.Keyword.arg));
                c_expr(c, k->v.Keyword.value);
                emit(c, MPS_OP_MAP_ADD, 1);
            } else {
                c_expr(c, k->v.Keyword.value);
                emit(c, MPS_OP_DICT_MERGE, 1);
            }
        }
    }
    emit(c, MPS_OP_BUILD_CLASS, n->v.ClassDef.bases.len | (kws->len ? 0x10000 : 0));
    for (int i = 0; i < n->v.ClassDef.decorators.len; i++) emit(c, MPS_OP_CALL, 1);
    c_name(c, mangle(c, n->v.ClassDef.name), MPS_CTX_STORE);
}

/* one level of a comprehension's loops; the innermost adds the element */
static void c_comp_loop(Comp *c, MpsAst *e, MpsAstList *gens, int i) {
    MpsAst *g = gens->items[i];
    int start = new_label(c), end = new_label(c);
    if (i == 0) emit(c, MPS_OP_LOAD_FAST, local_index(c, ".0"));
    else { c_expr(c, g->v.Comprehension.iter); emit(c, MPS_OP_GET_ITER, 0); }
    bind_label(c, start);
    emit_jump(c, MPS_OP_FOR_ITER, end);
    c_store(c, g->v.Comprehension.target);
    for (int k = 0; k < g->v.Comprehension.ifs.len; k++)
        c_jump_if(c, g->v.Comprehension.ifs.items[k], false, start);
    if (i + 1 < gens->len) c_comp_loop(c, e, gens, i + 1);
    else {
        int d = gens->len + 1;
        switch (e->kind) {
        case MPS_AST_ListComp: c_expr(c, e->v.ListComp.elt); emit(c, MPS_OP_LIST_APPEND, d); break;
        case MPS_AST_SetComp: c_expr(c, e->v.ListComp.elt); emit(c, MPS_OP_SET_ADD, d); break;
        case MPS_AST_DictComp:
            c_expr(c, e->v.DictComp.key); c_expr(c, e->v.DictComp.value); emit(c, MPS_OP_MAP_ADD, d); break;
        default:
            c_expr(c, e->v.ListComp.elt); emit(c, MPS_OP_YIELD_VALUE, 0); emit(c, MPS_OP_POP_TOP, 0); break;
        }
    }
    emit_jump(c, MPS_OP_JUMP_BACKWARD, start);
    bind_label(c, end);
}

static void c_comprehension(Comp *c, MpsAst *e) {
    Scope *cs = st_lookup(c, e);
    MpsAstList *gens = e->kind == MPS_AST_DictComp ? &e->v.DictComp.generators : &e->v.ListComp.generators;
    unit_push(c, cs, e->line);
    set_loc(c->u, e);
    c->u->flags |= MPS_CO_FUNCTION | (cs->generator ? MPS_CO_GENERATOR : 0);
    local_index(c, ".0");
    c->u->argcount = 1;
    c_locals(c);
    add_const(c, MPS_NONE);
    if (e->kind == MPS_AST_ListComp) emit(c, MPS_OP_BUILD_LIST, 0);
    else if (e->kind == MPS_AST_SetComp) emit(c, MPS_OP_BUILD_SET, 0);
    else if (e->kind == MPS_AST_DictComp) emit(c, MPS_OP_BUILD_MAP, 0);
    c_comp_loop(c, e, gens, 0);
    if (e->kind == MPS_AST_GeneratorExp) load_const(c, MPS_NONE);
    emit(c, MPS_OP_RETURN_VALUE, 0);
    MpsValue code = unit_finish(c, cs->name);
    c_make_function(c, code, cs, NULL, NULL);
    c_expr(c, gens->items[0]->v.Comprehension.iter);
    emit(c, MPS_OP_GET_ITER, 0);
    emit(c, MPS_OP_CALL, 1);
}

/* jump to label when truth(e) == cond, else fall through */
static void c_jump_if(Comp *c, MpsAst *e, bool cond, int label) {
    if (e->kind == MPS_AST_UnaryOp && e->v.UnaryOp.op == MPS_UN_NOT) {
        c_jump_if(c, e->v.UnaryOp.operand, !cond, label);
        return;
    }
    if (e->kind == MPS_AST_BoolOp) {
        bool isand = e->v.BoolOp.op == MPS_BOOL_AND;
        MpsAstList *vs = &e->v.BoolOp.values;
        if (isand != cond) {
            /* and/false or or/true: any operand decides */
            for (int i = 0; i < vs->len; i++) c_jump_if(c, vs->items[i], cond, label);
        } else {
            int skip = new_label(c);
            for (int i = 0; i < vs->len - 1; i++) c_jump_if(c, vs->items[i], !cond, skip);
            c_jump_if(c, vs->items[vs->len - 1], cond, label);
            bind_label(c, skip);
        }
        return;
    }
    c_expr(c, e);
    emit_jump(c, cond ? MPS_OP_POP_JUMP_IF_TRUE : MPS_OP_POP_JUMP_IF_FALSE, label);
}

static void c_fstring_part(Comp *c, MpsAst *p) {
    if (p->kind == MPS_AST_FormattedValue) {
        c_expr(c, p->v.FormattedValue.value);
        int conv = p->v.FormattedValue.conversion;
        int flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
        if (p->v.FormattedValue.format_spec) { c_expr(c, p->v.FormattedValue.format_spec); flags |= 4; }
        emit(c, MPS_OP_FORMAT_VALUE, flags);
    } else c_expr(c, p);
}

static void c_expr_1(Comp *c, MpsAst *e);
static void c_expr(Comp *c, MpsAst *e) {
    DEPTH_ENTER(c);
    c_expr_1(c, e);
    DEPTH_LEAVE(c);
}

static void c_expr_1(Comp *c, MpsAst *e) {
    Unit *u = c->u;
    Loc saved = get_loc(u);
    if (e->line > 0) set_loc(u, e);
    switch (e->kind) {
    case MPS_AST_Constant: load_const(c, const_value(c, e)); break;
    case MPS_AST_Name: c_name(c, e->v.Name.id, MPS_CTX_LOAD); break;
    case MPS_AST_BoolOp: {
        int end = new_label(c);
        MpsAstList *vs = &e->v.BoolOp.values;
        for (int i = 0; i < vs->len; i++) {
            c_expr(c, vs->items[i]);
            if (i < vs->len - 1)
                emit_jump(c, e->v.BoolOp.op == MPS_BOOL_AND ? MPS_OP_JUMP_IF_FALSE_OR_POP : MPS_OP_JUMP_IF_TRUE_OR_POP, end);
        }
        bind_label(c, end);
        break;
    }
    case MPS_AST_NamedExpr:
        c_expr(c, e->v.NamedExpr.value);
        emit(c, MPS_OP_DUP_TOP, 0);
        c_store(c, e->v.NamedExpr.target);
        break;
    case MPS_AST_BinOp:
        c_expr(c, e->v.BinOp.left);
        c_expr(c, e->v.BinOp.right);
        set_loc(u, e);
        emit(c, MPS_OP_BINARY_OP, e->v.BinOp.op);
        break;
    case MPS_AST_UnaryOp:
        if (e->v.UnaryOp.op == MPS_UN_NEG && e->v.UnaryOp.operand->kind == MPS_AST_Constant) {
            MpsAst *k = e->v.UnaryOp.operand;
            if (k->v.Constant.kind == MPS_CONST_INT && k->v.Constant.ival != INT64_MIN) {
                MpsValue v = mps_int_from_i64(c->t, -k->v.Constant.ival); check(c, v);
                load_const(c, v); break;
            }
            if (k->v.Constant.kind == MPS_CONST_FLOAT) {
                MpsValue v = mps_float_new(c->t, -k->v.Constant.fval); check(c, v);
                load_const(c, v); break;
            }
        }
        c_expr(c, e->v.UnaryOp.operand);
        emit(c, MPS_OP_UNARY_OP, e->v.UnaryOp.op);
        break;
    case MPS_AST_Lambda: c_function(c, e, true); break;
    case MPS_AST_IfExp: {
        int els = new_label(c), end = new_label(c);
        c_jump_if(c, e->v.IfExp.test, false, els);
        c_expr(c, e->v.IfExp.body);
        emit_jump(c, MPS_OP_JUMP_FORWARD, end);
        bind_label(c, els);
        c_expr(c, e->v.IfExp.orelse);
        bind_label(c, end);
        break;
    }
    case MPS_AST_Dict: {
        MpsAstList *ks = &e->v.Dict.keys, *vs = &e->v.Dict.values;
        int n = 0, i = 0;
        for (; i < ks->len && ks->items[i]; i++) { c_expr(c, ks->items[i]); c_expr(c, vs->items[i]); n++; }
        emit(c, MPS_OP_BUILD_MAP, n);
        for (; i < ks->len; i++) {
            if (ks->items[i]) { c_expr(c, ks->items[i]); c_expr(c, vs->items[i]); emit(c, MPS_OP_MAP_ADD, 1); }
            else { c_expr(c, vs->items[i]); emit(c, MPS_OP_DICT_UPDATE, 1); }
        }
        break;
    }
    case MPS_AST_Set: c_sequence(c, &e->v.Set.elts, MPS_OP_BUILD_SET); break;
    case MPS_AST_List: c_sequence(c, &e->v.List.elts, MPS_OP_BUILD_LIST); break;
    case MPS_AST_Tuple: c_sequence(c, &e->v.List.elts, MPS_OP_BUILD_TUPLE); break;
    case MPS_AST_ListComp: case MPS_AST_SetComp: case MPS_AST_DictComp: case MPS_AST_GeneratorExp:
        c_comprehension(c, e); break;
    case MPS_AST_Yield:
        if (u->st->comprehension && !u->st->generator) c_error(c, e, "'yield' inside list comprehension");
        if (e->v.Yield.value) c_expr(c, e->v.Yield.value); else load_const(c, MPS_NONE);
        emit(c, MPS_OP_YIELD_VALUE, 0);
        break;
    case MPS_AST_YieldFrom: {
        c_expr(c, e->v.Yield.value);
        emit(c, MPS_OP_GET_YIELD_FROM_ITER, 0);
        load_const(c, MPS_NONE);
        int l = new_label(c), exit = new_label(c);
        bind_label(c, l);
        emit_jump(c, MPS_OP_SEND, exit);
        u->depth += 1;   /* fall-through keeps iter and pushes the value */
        emit(c, MPS_OP_YIELD_VALUE, 0);
        emit_jump(c, MPS_OP_JUMP_BACKWARD, l);
        bind_label(c, exit);
        break;
    }
    case MPS_AST_Compare: c_compare(c, e); break;
    case MPS_AST_Call: c_call(c, e); break;
    case MPS_AST_FormattedValue: c_fstring_part(c, e); break;
    case MPS_AST_JoinedStr: {
        MpsAstList *vs = &e->v.JoinedStr.values;
        if (vs->len == 0) { load_const(c, cstr(c, "")); break; }
        for (int i = 0; i < vs->len; i++) c_fstring_part(c, vs->items[i]);
        if (vs->len > 1 || vs->items[0]->kind != MPS_AST_FormattedValue) emit(c, MPS_OP_BUILD_STRING, vs->len);
        break;
    }
    case MPS_AST_Attribute:
        c_expr(c, e->v.Attribute.value);
        set_loc(u, e);
        attr_loc(u, e);
        emit(c, MPS_OP_LOAD_ATTR, name_index(c, mangle(c, e->v.Attribute.attr)));
        break;
    case MPS_AST_Subscript:
        c_expr(c, e->v.Subscript.value);
        c_expr(c, e->v.Subscript.slice);
        set_loc(u, e);
        emit(c, MPS_OP_BINARY_SUBSCR, 0);
        break;
    case MPS_AST_Slice: {
        int n = 2;
        if (e->v.Slice.lower) c_expr(c, e->v.Slice.lower); else load_const(c, MPS_NONE);
        if (e->v.Slice.upper) c_expr(c, e->v.Slice.upper); else load_const(c, MPS_NONE);
        if (e->v.Slice.step) { c_expr(c, e->v.Slice.step); n = 3; }
        emit(c, MPS_OP_BUILD_SLICE, n);
        break;
    }
    case MPS_AST_Starred: c_error(c, e, "can't use starred expression here"); break;
    default: c_error(c, e, "invalid syntax"); break;
    }
    put_loc(u, saved);
}

static void c_unpack(Comp *c, MpsAstList *elts, MpsAst *where) {
    int star = -1;
    for (int i = 0; i < elts->len; i++)
        if (elts->items[i]->kind == MPS_AST_Starred) {
            if (star >= 0) c_error(c, where, "multiple starred expressions in assignment");
            star = i;
        }
    if (star < 0) emit(c, MPS_OP_UNPACK_SEQUENCE, elts->len);
    else {
        int after = elts->len - star - 1;
        if (star > 255 || after > 0xffff) c_error(c, where, "too many expressions in star-unpacking assignment");
        emit(c, MPS_OP_UNPACK_EX, star | (after << 8));
    }
    for (int i = 0; i < elts->len; i++) {
        MpsAst *x = elts->items[i];
        c_store(c, x->kind == MPS_AST_Starred ? x->v.Starred.value : x);
    }
}

/* store TOS into target e (pops it) */
static void c_store(Comp *c, MpsAst *e) {
    Unit *u = c->u;
    Loc saved = get_loc(u);
    if (e->line > 0) set_loc(u, e);
    switch (e->kind) {
    case MPS_AST_Name: c_name(c, e->v.Name.id, MPS_CTX_STORE); break;
    case MPS_AST_Attribute:
        c_expr(c, e->v.Attribute.value);
        attr_loc(u, e);
        emit(c, MPS_OP_STORE_ATTR, name_index(c, mangle(c, e->v.Attribute.attr)));
        break;
    case MPS_AST_Subscript:
        c_expr(c, e->v.Subscript.value);
        c_expr(c, e->v.Subscript.slice);
        emit(c, MPS_OP_STORE_SUBSCR, 0);
        break;
    case MPS_AST_Tuple: case MPS_AST_List: c_unpack(c, &e->v.List.elts, e); break;
    case MPS_AST_Starred: c_error(c, e, "starred assignment target must be in a list or tuple"); break;
    default: c_error(c, e, "cannot assign to expression"); break;
    }
    put_loc(u, saved);
}

static void c_delete(Comp *c, MpsAst *e) {
    Unit *u = c->u;
    Loc saved = get_loc(u);
    if (e->line > 0) set_loc(u, e);
    switch (e->kind) {
    case MPS_AST_Name: c_name(c, e->v.Name.id, MPS_CTX_DEL); break;
    case MPS_AST_Attribute:
        c_expr(c, e->v.Attribute.value);
        attr_loc(u, e);
        emit(c, MPS_OP_DELETE_ATTR, name_index(c, mangle(c, e->v.Attribute.attr)));
        break;
    case MPS_AST_Subscript:
        c_expr(c, e->v.Subscript.value);
        c_expr(c, e->v.Subscript.slice);
        emit(c, MPS_OP_DELETE_SUBSCR, 0);
        break;
    case MPS_AST_Tuple: case MPS_AST_List:
        for (int i = 0; i < e->v.List.elts.len; i++) c_delete(c, e->v.List.elts.items[i]);
        break;
    default: c_error(c, e, "cannot delete expression"); break;
    }
    put_loc(u, saved);
}

/* ---------------------------------------------------------------- blocks */

static void fb_push(Comp *c, int kind, int cont, int brk, MpsAstList *final, const char *name, int outer) {
    Unit *u = c->u;
    if (u->nfb >= 64) c_error(c, NULL, "too many statically nested blocks");
    Fblock *f = &u->fb[u->nfb++];
    f->kind = kind; f->cont = cont; f->brk = brk; f->final = final; f->name = name; f->outer = outer;
    f->temp_iter = false;
}

static void c_clear_name(Comp *c, const char *name) {
    load_const(c, MPS_NONE);
    c_name(c, name, MPS_CTX_STORE);
    c_name(c, name, MPS_CTX_DEL);
}

/* undo fblock f when leaving it by return/break/continue */
static void c_unwind(Comp *c, Fblock *f, bool preserve) {
    Unit *u = c->u;
    switch (f->kind) {
    case FB_WHILE: case FB_TRY_EXCEPT: break;
    case FB_FOR:
        if (preserve) emit(c, MPS_OP_ROT_TWO, 0);
        emit(c, f->temp_iter ? MPS_OP_CLOSE_ITER : MPS_OP_POP_TOP, 0);
        break;
    case FB_FINALLY_TRY: {
        u->cur = f->outer;
        Fblock saved = *f;
        int n = u->nfb;
        u->nfb = (int)(f - u->fb);     /* the finally body runs outside this block */
        /* a return's value waits on the stack under the finally body: a
         * break/continue/return in that body must drop it first */
        if (preserve) fb_push(c, FB_POP_VALUE, 0, 0, NULL, NULL, f->outer);
        c_stmts(c, saved.final);
        *f = saved;
        u->nfb = n;
        break;
    }
    case FB_POP_VALUE:
        if (preserve) emit(c, MPS_OP_ROT_TWO, 0);
        emit(c, MPS_OP_POP_TOP, 0);
        break;
    case FB_FINALLY_END:
        u->cur = f->outer;
        if (preserve) { emit(c, MPS_OP_ROT_TWO, 0); emit(c, MPS_OP_POP_TOP, 0); emit(c, MPS_OP_ROT_TWO, 0); }
        else emit(c, MPS_OP_POP_TOP, 0);
        emit(c, MPS_OP_POP_EXCEPT, 0);
        break;
    case FB_WITH:
        u->cur = f->outer;
        if (preserve) emit(c, MPS_OP_ROT_TWO, 0);
        emit(c, MPS_OP_WITH_EXIT, 0);
        break;
    case FB_HANDLER_CLEANUP:
        u->cur = f->outer;
        if (f->name) c_clear_name(c, f->name);
        if (preserve) emit(c, MPS_OP_ROT_TWO, 0);
        emit(c, MPS_OP_POP_EXCEPT, 0);
        break;
    }
    u->cur = f->outer;
}

static void c_return(Comp *c, MpsAst *n) {
    Unit *u = c->u;
    if (u->st->kind != SC_FUNCTION || u->st->comprehension) c_error(c, n, "'return' outside function");
    int depth = u->depth, cur = u->cur;
    if (n->v.Return.value) c_expr(c, n->v.Return.value); else load_const(c, MPS_NONE);
    for (int i = u->nfb - 1; i >= 0; i--) c_unwind(c, &u->fb[i], true);
    set_loc(u, n);
    emit(c, MPS_OP_RETURN_VALUE, 0);
    u->depth = depth; u->cur = cur;
}

static void c_break_continue(Comp *c, MpsAst *n, bool brk) {
    Unit *u = c->u;
    int depth = u->depth, cur = u->cur;
    int i = u->nfb - 1;
    while (i >= 0 && u->fb[i].kind != FB_WHILE && u->fb[i].kind != FB_FOR) i--;
    if (i < 0) c_error(c, n, brk ? "'break' outside loop" : "'continue' not properly in loop");
    for (int k = u->nfb - 1; k > i; k--) c_unwind(c, &u->fb[k], false);
    if (brk) {
        if (u->fb[i].kind == FB_FOR) emit(c, u->fb[i].temp_iter ? MPS_OP_CLOSE_ITER : MPS_OP_POP_TOP, 0);
        emit_jump(c, MPS_OP_JUMP_FORWARD, u->fb[i].brk);
    } else emit_jump(c, MPS_OP_JUMP_BACKWARD, u->fb[i].cont);
    u->depth = depth; u->cur = cur;
}

static void c_try_except(Comp *c, MpsAst *n) {
    Unit *u = c->u;
    int outer = u->cur, d = u->depth;
    int lh = new_label(c), end = new_label(c), lc = new_label(c);
    u->cur = new_handler(c, lh, d);
    fb_push(c, FB_TRY_EXCEPT, 0, 0, NULL, NULL, outer);
    c_stmts(c, &n->v.Try.body);
    u->nfb--;
    u->cur = outer;
    c_stmts(c, &n->v.Try.orelse);
    emit_jump(c, MPS_OP_JUMP_FORWARD, end);

    bind_label(c, lh);                       /* [exc] */
    int hc = new_handler(c, lc, d + 1);      /* [prev] + exc: restore prev, reraise */
    u->cur = hc;
    emit(c, MPS_OP_PUSH_EXC_INFO, 0);        /* [prev, exc] */
    MpsAstList *hs = &n->v.Try.handlers;
    for (int i = 0; i < hs->len; i++) {
        MpsAst *h = hs->items[i];
        set_loc(u, h);
        int next = new_label(c);
        if (h->v.ExceptHandler.type) {
            c_expr(c, h->v.ExceptHandler.type);
            emit(c, MPS_OP_CHECK_EXC_MATCH, 0);
            emit_jump(c, MPS_OP_POP_JUMP_IF_FALSE, next);
        } else if (i < hs->len - 1) c_error(c, h, "default 'except:' must be last");
        const char *nm = h->v.ExceptHandler.name;
        int lcn = -1;
        if (nm) {
            c_store(c, &(MpsAst){ .kind = MPS_AST_Name, .line = h->line, .v.Name = { nm, MPS_CTX_STORE } });
            lcn = new_label(c);
            u->cur = new_handler(c, lcn, d + 1);
        } else emit(c, MPS_OP_POP_TOP, 0);  /* [prev] */
        fb_push(c, FB_HANDLER_CLEANUP, 0, 0, NULL, nm, outer);
        c_stmts(c, &h->v.ExceptHandler.body);
        u->nfb--;
        u->cur = outer;
        emit(c, MPS_OP_POP_EXCEPT, 0);
        if (nm) c_clear_name(c, nm);
        emit_jump(c, MPS_OP_JUMP_FORWARD, end);
        if (nm) {
            bind_label(c, lcn);              /* [prev, exc2] */
            c_clear_name(c, nm);
            emit(c, MPS_OP_POP_EXCEPT_RERAISE, 0);
        }
        u->cur = hc;
        bind_label(c, next);
        u->depth = d + 2;
    }
    emit(c, MPS_OP_RERAISE, 0);
    bind_label(c, lc);
    u->cur = outer;
    emit(c, MPS_OP_POP_EXCEPT_RERAISE, 0);
    bind_label(c, end);
    u->depth = d;
}

static void c_try(Comp *c, MpsAst *n) {
    Unit *u = c->u;
    if (n->v.Try.finalbody.len == 0) { c_try_except(c, n); return; }
    int outer = u->cur, d = u->depth;
    int lf = new_label(c), lc = new_label(c), end = new_label(c);
    u->cur = new_handler(c, lf, d);
    fb_push(c, FB_FINALLY_TRY, 0, 0, &n->v.Try.finalbody, NULL, outer);
    if (n->v.Try.handlers.len) c_try_except(c, n);
    else c_stmts(c, &n->v.Try.body);
    u->nfb--;
    u->cur = outer;
    c_stmts(c, &n->v.Try.finalbody);
    emit_jump(c, MPS_OP_JUMP_FORWARD, end);

    bind_label(c, lf);                        /* [exc] */
    u->cur = new_handler(c, lc, d + 1);
    emit(c, MPS_OP_PUSH_EXC_INFO, 0);         /* [prev, exc] */
    fb_push(c, FB_FINALLY_END, 0, 0, NULL, NULL, outer);
    c_stmts(c, &n->v.Try.finalbody);
    u->nfb--;
    emit(c, MPS_OP_RERAISE, 0);
    bind_label(c, lc);
    u->cur = outer;
    emit(c, MPS_OP_POP_EXCEPT_RERAISE, 0);
    bind_label(c, end);
    u->depth = d;
}

static void c_with(Comp *c, MpsAst *n, int item) {
    Unit *u = c->u;
    MpsAst *w = n->v.With.items.items[item];
    int outer = u->cur, d = u->depth;
    int lw = new_label(c), lc = new_label(c), sup = new_label(c), end = new_label(c);
    c_expr(c, w->v.WithItem.context_expr);
    set_loc(u, n);
    emit(c, MPS_OP_BEFORE_WITH, 0);           /* [exit, value] */
    u->cur = new_handler(c, lw, d + 1);
    if (w->v.WithItem.optional_vars) c_store(c, w->v.WithItem.optional_vars);
    else emit(c, MPS_OP_POP_TOP, 0);
    fb_push(c, FB_WITH, 0, 0, NULL, NULL, outer);
    if (item + 1 < n->v.With.items.len) c_with(c, n, item + 1);
    else c_stmts(c, &n->v.With.body);
    u->nfb--;
    u->cur = outer;
    set_loc(u, n);
    emit(c, MPS_OP_WITH_EXIT, 0);
    emit_jump(c, MPS_OP_JUMP_FORWARD, end);

    bind_label(c, lw);                        /* [exit, exc] */
    u->cur = new_handler(c, lc, d + 2);       /* [exit, prev] + exc */
    emit(c, MPS_OP_PUSH_EXC_INFO, 0);         /* [exit, prev, exc] */
    emit(c, MPS_OP_WITH_EXCEPT_START, 0);     /* [exit, prev, exc, res] */
    emit_jump(c, MPS_OP_POP_JUMP_IF_TRUE, sup);
    emit(c, MPS_OP_RERAISE, 0);
    bind_label(c, lc);
    u->cur = outer;
    emit(c, MPS_OP_POP_EXCEPT_RERAISE, 0);
    bind_label(c, sup);                       /* [exit, prev, exc] */
    u->cur = outer;
    emit(c, MPS_OP_POP_TOP, 0);
    emit(c, MPS_OP_POP_EXCEPT, 0);
    emit(c, MPS_OP_POP_TOP, 0);
    bind_label(c, end);
    u->depth = d;
}

static void c_import(Comp *c, MpsAst *n) {
    for (int i = 0; i < n->v.Import.names.len; i++) {
        MpsAst *a = n->v.Import.names.items[i];
        const char *nm = a->v.Alias.name;
        load_const(c, mps_from_small(0));
        load_const(c, MPS_NONE);
        emit(c, MPS_OP_IMPORT_NAME, name_index(c, nm));
        if (a->v.Alias.asname) {
            /* import a.b.c as d: the top package comes back; walk down */
            const char *p = strchr(nm, '.');
            while (p) {
                const char *q = strchr(p + 1, '.');
                size_t len = q ? (size_t)(q - p - 1) : strlen(p + 1);
                emit(c, MPS_OP_IMPORT_FROM, name_index(c, mps_arena_strndup(c->arena, p + 1, len)));
                emit(c, MPS_OP_ROT_TWO, 0);
                emit(c, MPS_OP_POP_TOP, 0);
                p = q;
            }
            c_name(c, a->v.Alias.asname, MPS_CTX_STORE);
        } else {
            const char *dot = strchr(nm, '.');
            c_name(c, dot ? mps_arena_strndup(c->arena, nm, (size_t)(dot - nm)) : nm, MPS_CTX_STORE);
        }
    }
}


/* ---------------------------------------------------------------- annotations
 * Module and class bodies that annotate names get a dict __annotations__
 * (made first thing in the body) and `x: T = v` stores v in x, then T in
 * __annotations__['x'], as CPython. Under `from __future__ import
 * annotations` the text of T is stored instead, as CPython's unparser
 * writes it for the common shapes (names, attributes, subscripts, tuples,
 * lists, constants, operators, calls); other expressions keep their source
 * text. Function bodies evaluate nothing. */

static bool has_annassign(MpsAstList *l) {
    for (int i = 0; i < l->len; i++) {
        MpsAst *n = l->items[i];
        switch (n->kind) {
        case MPS_AST_AnnAssign: return true;
        case MPS_AST_If: if (has_annassign(&n->v.If.body) || has_annassign(&n->v.If.orelse)) return true; break;
        case MPS_AST_For: if (has_annassign(&n->v.For.body) || has_annassign(&n->v.For.orelse)) return true; break;
        case MPS_AST_While: if (has_annassign(&n->v.While.body) || has_annassign(&n->v.While.orelse)) return true; break;
        case MPS_AST_With: if (has_annassign(&n->v.With.body)) return true; break;
        case MPS_AST_Try:
            if (has_annassign(&n->v.Try.body) || has_annassign(&n->v.Try.orelse) ||
                has_annassign(&n->v.Try.finalbody)) return true;
            for (int k = 0; k < n->v.Try.handlers.len; k++)
                if (has_annassign(&n->v.Try.handlers.items[k]->v.ExceptHandler.body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

static void setup_annotations(Comp *c, MpsAstList *body) {
    if (has_annassign(body)) emit(c, MPS_OP_SETUP_ANNOTATIONS, name_index(c, "__annotations__"));
}

static void src_text(Comp *c, MpsAst *e, MpsBuf *b) {
    size_t off = 0;
    for (int line = 1; line < e->line && off < c->srclen; off++)
        if (c->src[off] == '\n') line++;
    size_t start = off + (size_t)e->col, end = off;
    for (int line = e->line; line < e->end_line && end < c->srclen; end++)
        if (c->src[end] == '\n') line++;
    end += (size_t)e->end_col;
    if (end > c->srclen) end = c->srclen;
    bool space = false;
    for (size_t i = start; i < end; i++) {
        char ch = c->src[i];
        if (ch == '\n' || ch == '\r' || ch == '\\' || ((ch == ' ' || ch == '\t') && space)) { space = true; continue; }
        if (space && b->len && b->data[b->len - 1] != ' ' && ch != ' ') mps_buf_add(b, " ", 1);
        space = ch == ' ';
        mps_buf_add(b, &ch, 1);
    }
}

static const char *const binop_text[] = {
#define MPS_BINOP_TEXT(n, sym, d, r) sym,
    MPS_BINOPS(MPS_BINOP_TEXT)
#undef MPS_BINOP_TEXT
};

static void unparse(Comp *c, MpsAst *e, MpsBuf *b);

static void unparse_list(Comp *c, MpsAstList *l, MpsBuf *b) {
    for (int i = 0; i < l->len; i++) {
        if (i) mps_buf_add(b, ", ", 2);
        unparse(c, l->items[i], b);
    }
}

static void unparse(Comp *c, MpsAst *e, MpsBuf *b) {
    switch (e->kind) {
    case MPS_AST_Name: mps_buf_add(b, e->v.Name.id, strlen(e->v.Name.id)); return;
    case MPS_AST_Attribute:
        unparse(c, e->v.Attribute.value, b);
        mps_buf_add(b, ".", 1);
        mps_buf_add(b, e->v.Attribute.attr, strlen(e->v.Attribute.attr));
        return;
    case MPS_AST_Subscript: {
        unparse(c, e->v.Subscript.value, b);
        mps_buf_add(b, "[", 1);
        MpsAst *sl = e->v.Subscript.slice;
        if (sl->kind == MPS_AST_Tuple && sl->v.List.elts.len > 0) unparse_list(c, &sl->v.List.elts, b);
        else unparse(c, sl, b);
        mps_buf_add(b, "]", 1);
        return;
    }
    case MPS_AST_Tuple:
        mps_buf_add(b, "(", 1);
        unparse_list(c, &e->v.List.elts, b);
        if (e->v.List.elts.len == 1) mps_buf_add(b, ",", 1);
        mps_buf_add(b, ")", 1);
        return;
    case MPS_AST_List:
        mps_buf_add(b, "[", 1);
        unparse_list(c, &e->v.List.elts, b);
        mps_buf_add(b, "]", 1);
        return;
    case MPS_AST_Constant:
        if (e->v.Constant.kind == MPS_CONST_ELLIPSIS) { mps_buf_add(b, "...", 3); return; }
        {
            MpsValue r = mps_repr(c->t, const_value(c, e));
            check(c, r);
            mps_buf_add(b, mps_str_data(r), mps_str_size(r));
            return;
        }
        break;
    case MPS_AST_BinOp: {
        MpsAst *l = e->v.BinOp.left, *r = e->v.BinOp.right;
        bool lp = l->kind == MPS_AST_BinOp && l->v.BinOp.op != e->v.BinOp.op;
        bool rp = r->kind == MPS_AST_BinOp;
        if (lp) mps_buf_add(b, "(", 1);
        unparse(c, l, b);
        if (lp) mps_buf_add(b, ")", 1);
        const char *op = binop_text[e->v.BinOp.op];
        mps_buf_add(b, " ", 1);
        mps_buf_add(b, op, strlen(op));
        mps_buf_add(b, " ", 1);
        if (rp) mps_buf_add(b, "(", 1);
        unparse(c, r, b);
        if (rp) mps_buf_add(b, ")", 1);
        return;
    }
    case MPS_AST_Call: {
        unparse(c, e->v.Call.func, b);
        mps_buf_add(b, "(", 1);
        unparse_list(c, &e->v.Call.args, b);
        for (int i = 0; i < e->v.Call.keywords.len; i++) {
            MpsAst *k = e->v.Call.keywords.items[i];
            if (i || e->v.Call.args.len) mps_buf_add(b, ", ", 2);
            if (k->v.Keyword.arg) {
                mps_buf_add(b, k->v.Keyword.arg, strlen(k->v.Keyword.arg));
                mps_buf_add(b, "=", 1);
            } else {
                mps_buf_add(b, "**", 2);
            }
            unparse(c, k->v.Keyword.value, b);
        }
        mps_buf_add(b, ")", 1);
        return;
    }
    case MPS_AST_Starred:
        mps_buf_add(b, "*", 1);
        unparse(c, e->v.Starred.value, b);
        return;
    default: break;
    }
    src_text(c, e, b);
}

static void c_annassign(Comp *c, MpsAst *n) {
    MpsAst *tg = n->v.AnnAssign.target;
    if (n->v.AnnAssign.value) { c_expr(c, n->v.AnnAssign.value); c_store(c, tg); }
    if (c->u->st->kind == SC_FUNCTION) return;
    if (tg->kind == MPS_AST_Name && n->v.AnnAssign.simple) {
        if (c->future_annotations) {
            MpsBuf b;
            mps_buf_init(&b);
            unparse(c, n->v.AnnAssign.annotation, &b);
            MpsValue s = mps_str_new(c->t, b.data ? b.data : "", b.len);
            mps_buf_free(&b);
            check(c, s);
            load_const(c, s);
        } else {
            c_expr(c, n->v.AnnAssign.annotation);
        }
        c_name(c, "__annotations__", MPS_CTX_LOAD);
        load_const(c, cstr(c, mangle(c, tg->v.Name.id)));
        emit(c, MPS_OP_STORE_SUBSCR, 0);
    } else if (!c->future_annotations) {
        c_expr(c, n->v.AnnAssign.annotation);
        emit(c, MPS_OP_POP_TOP, 0);
    }
}

/* ---------------------------------------------------------------- __future__ */

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
};

/* the leading `from __future__ import …` statements (after the docstring):
 * checked here, remembered so that c_import_from knows them from a late one */
static void scan_future(Comp *c, MpsAstList *body) {
    for (int i = is_docstring(body) ? 1 : 0; i < body->len; i++) {
        MpsAst *n = body->items[i];
        if (n->kind != MPS_AST_ImportFrom || n->v.ImportFrom.level != 0 || !n->v.ImportFrom.module ||
            strcmp(n->v.ImportFrom.module, "__future__") != 0)
            return;
        for (int k = 0; k < n->v.ImportFrom.names.len; k++) {
            const char *f = n->v.ImportFrom.names.items[k]->v.Alias.name;
            size_t j = 0, nf = sizeof future_features / sizeof future_features[0];
            while (j < nf && strcmp(f, future_features[j]) != 0) j++;
            if (!strcmp(f, "braces")) c_error(c, n, "not a chance");
            if (j == nf) {
                char msg[160];
                snprintf(msg, sizeof msg, "future feature %.100s is not defined", f);
                c_error(c, n, msg);
            }
            if (!strcmp(f, "annotations")) c->future_annotations = true;
        }
        if (c->nfuture < (int)(sizeof c->future / sizeof c->future[0])) c->future[c->nfuture++] = n;
    }
}

static void c_import_from(Comp *c, MpsAst *n) {
    MpsAstList *ns = &n->v.ImportFrom.names;
    if (n->v.ImportFrom.level == 0 && n->v.ImportFrom.module && !strcmp(n->v.ImportFrom.module, "__future__")) {
        bool leading = false;
        for (int i = 0; i < c->nfuture; i++) leading |= c->future[i] == n;
        if (!leading) c_error(c, n, "from __future__ imports must occur at the beginning of the file");
    }
    load_const(c, mps_from_small(n->v.ImportFrom.level));
    bool star = ns->len == 1 && strcmp(ns->items[0]->v.Alias.name, "*") == 0;
    MpsValue fl = mps_tuple_new(c->t, (size_t)ns->len); check(c, fl);
    for (int i = 0; i < ns->len; i++) MPS_TUPLE(fl)->items[i] = cstr(c, ns->items[i]->v.Alias.name);
    load_const(c, fl);
    emit(c, MPS_OP_IMPORT_NAME, name_index(c, n->v.ImportFrom.module ? n->v.ImportFrom.module : ""));
    if (star) { emit(c, MPS_OP_IMPORT_STAR, 0); return; }
    for (int i = 0; i < ns->len; i++) {
        MpsAst *a = ns->items[i];
        emit(c, MPS_OP_IMPORT_FROM, name_index(c, a->v.Alias.name));
        c_name(c, a->v.Alias.asname ? a->v.Alias.asname : a->v.Alias.name, MPS_CTX_STORE);
    }
    emit(c, MPS_OP_POP_TOP, 0);
}

static void c_augassign(Comp *c, MpsAst *n) {
    MpsAst *tg = n->v.AugAssign.target;
    Unit *u = c->u;
    switch (tg->kind) {
    case MPS_AST_Name:
        c_name(c, tg->v.Name.id, MPS_CTX_LOAD);
        /* `s += x` on a fast local: the load that lets the VM extend a
         * str only this local references in place (vm/code.h) */
        if (n->v.AugAssign.op == MPS_BIN_ADD && MPS_OP(u->code[u->n - 1]) == MPS_OP_LOAD_FAST)
            u->code[u->n - 1] = MPS_INSTR(MPS_OP_LOAD_FAST_AUG, MPS_ARG(u->code[u->n - 1]));
        c_expr(c, n->v.AugAssign.value);
        set_loc(u, n);
        emit(c, MPS_OP_INPLACE_OP, n->v.AugAssign.op);
        c_name(c, tg->v.Name.id, MPS_CTX_STORE);
        break;
    case MPS_AST_Attribute: {
        int ni = name_index(c, mangle(c, tg->v.Attribute.attr));
        set_loc(u, tg);               /* the target's operations at the target, as CPython */
        c_expr(c, tg->v.Attribute.value);
        emit(c, MPS_OP_DUP_TOP, 0);
        attr_loc(u, tg);
        emit(c, MPS_OP_LOAD_ATTR, ni);
        c_expr(c, n->v.AugAssign.value);
        set_loc(u, n);
        emit(c, MPS_OP_INPLACE_OP, n->v.AugAssign.op);
        set_loc(u, tg);
        attr_loc(u, tg);
        emit(c, MPS_OP_ROT_TWO, 0);
        emit(c, MPS_OP_STORE_ATTR, ni);
        break;
    }
    case MPS_AST_Subscript:
        set_loc(u, tg);
        c_expr(c, tg->v.Subscript.value);
        c_expr(c, tg->v.Subscript.slice);
        emit(c, MPS_OP_DUP_TOP_TWO, 0);
        emit(c, MPS_OP_BINARY_SUBSCR, 0);
        c_expr(c, n->v.AugAssign.value);
        set_loc(u, n);
        emit(c, MPS_OP_INPLACE_OP, n->v.AugAssign.op);
        set_loc(u, tg);
        emit(c, MPS_OP_ROT_THREE, 0);
        emit(c, MPS_OP_STORE_SUBSCR, 0);
        break;
    default: c_error(c, tg, "'expression' is an illegal expression for augmented assignment");
    }
}

static bool const_true(MpsAst *e) {
    if (e->kind != MPS_AST_Constant) return false;
    switch (e->v.Constant.kind) {
    case MPS_CONST_TRUE: case MPS_CONST_ELLIPSIS: return true;
    case MPS_CONST_INT: return e->v.Constant.ival != 0;
    case MPS_CONST_STR: return e->v.Constant.len != 0;
    default: return false;
    }
}

static void c_stmt(Comp *c, MpsAst *n) {
    Unit *u = c->u;
    set_loc(u, n);
    switch (n->kind) {
    case MPS_AST_FunctionDef: c_function(c, n, false); break;
    case MPS_AST_ClassDef: c_class(c, n); break;
    case MPS_AST_Return: c_return(c, n); break;
    case MPS_AST_Delete:
        for (int i = 0; i < n->v.Delete.targets.len; i++) c_delete(c, n->v.Delete.targets.items[i]);
        break;
    case MPS_AST_Assign: {
        MpsAstList *ts = &n->v.Assign.targets;
        c_expr(c, n->v.Assign.value);
        for (int i = 0; i < ts->len; i++) {
            if (i < ts->len - 1) emit(c, MPS_OP_DUP_TOP, 0);
            c_store(c, ts->items[i]);
        }
        break;
    }
    case MPS_AST_AugAssign: c_augassign(c, n); break;
    case MPS_AST_AnnAssign: c_annassign(c, n); break;
    case MPS_AST_For: {
        int start = new_label(c), done = new_label(c), brk = new_label(c);
        c_expr(c, n->v.For.iter);
        set_loc(u, n);
        emit(c, MPS_OP_GET_ITER, 0);
        bind_label(c, start);
        emit_jump(c, MPS_OP_FOR_ITER, done);
        c_store(c, n->v.For.target);
        fb_push(c, FB_FOR, start, brk, NULL, NULL, u->cur);
        u->fb[u->nfb - 1].temp_iter = n->v.For.iter->kind == MPS_AST_Call || n->v.For.iter->kind == MPS_AST_GeneratorExp;
        c_stmts(c, &n->v.For.body);
        u->nfb--;
        set_loc(u, n);
        emit_jump(c, MPS_OP_JUMP_BACKWARD, start);
        bind_label(c, done);
        c_stmts(c, &n->v.For.orelse);
        bind_label(c, brk);
        break;
    }
    case MPS_AST_While: {
        int start = new_label(c), els = new_label(c), brk = new_label(c);
        bind_label(c, start);
        if (!const_true(n->v.While.test)) c_jump_if(c, n->v.While.test, false, els);
        fb_push(c, FB_WHILE, start, brk, NULL, NULL, u->cur);
        c_stmts(c, &n->v.While.body);
        u->nfb--;
        set_loc(u, n);
        emit_jump(c, MPS_OP_JUMP_BACKWARD, start);
        bind_label(c, els);
        c_stmts(c, &n->v.While.orelse);
        bind_label(c, brk);
        break;
    }
    case MPS_AST_If: {
        int els = new_label(c), end = new_label(c);
        c_jump_if(c, n->v.If.test, false, els);
        c_stmts(c, &n->v.If.body);
        if (n->v.If.orelse.len) {
            if (!u->unreachable) emit_jump(c, MPS_OP_JUMP_FORWARD, end);
            bind_label(c, els);
            c_stmts(c, &n->v.If.orelse);
        } else bind_label(c, els);
        bind_label(c, end);
        break;
    }
    case MPS_AST_With: c_with(c, n, 0); break;
    case MPS_AST_Raise: {
        int k = 0;
        if (n->v.Raise.exc) { c_expr(c, n->v.Raise.exc); k++; }
        if (n->v.Raise.cause) { c_expr(c, n->v.Raise.cause); k++; }
        set_loc(u, n);
        emit(c, MPS_OP_RAISE_VARARGS, k);
        break;
    }
    case MPS_AST_Try: c_try(c, n); break;
    case MPS_AST_Assert: {
        int end = new_label(c);
        c_jump_if(c, n->v.Assert.test, true, end);
        /* CPython 3.11 raises at the test when it is a comparison (its
         * compiler_jump_if leaves the comparison's location behind) */
        set_loc(u, n->v.Assert.test->kind == MPS_AST_Compare ? n->v.Assert.test : n);
        emit(c, MPS_OP_LOAD_ASSERTION_ERROR, 0);
        if (n->v.Assert.msg) { c_expr(c, n->v.Assert.msg); emit(c, MPS_OP_CALL, 1); }
        emit(c, MPS_OP_RAISE_VARARGS, 1);
        bind_label(c, end);
        break;
    }
    case MPS_AST_Import: c_import(c, n); break;
    case MPS_AST_ImportFrom: c_import_from(c, n); break;
    case MPS_AST_Global: case MPS_AST_Nonlocal: case MPS_AST_Pass: break;
    case MPS_AST_Expr: {
        MpsAst *e = n->v.Expr.value;
        if (c->mode == MPS_PARSE_SINGLE && u->st->kind == SC_MODULE) {
            c_expr(c, e);
            emit(c, MPS_OP_PRINT_EXPR, 0);
            break;
        }
        if (e->kind == MPS_AST_Constant) break;   /* docstrings, `...` */
        c_expr(c, e);
        emit(c, MPS_OP_POP_TOP, 0);
        break;
    }
    case MPS_AST_Break: c_break_continue(c, n, true); break;
    case MPS_AST_Continue: c_break_continue(c, n, false); break;
    default: c_error(c, n, "invalid syntax"); break;
    }
}

static void c_stmts(Comp *c, MpsAstList *l) {
    for (int i = 0; i < l->len; i++) c_stmt(c, l->items[i]);
}

/* ================================================================ entry */

static MpsValue source_line(MpsThread *t, const char *src, size_t len, int line) {
    const char *p = src, *end = src + len;
    for (int i = 1; i < line && p < end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) { p = end; break; }
        p = nl + 1;
    }
    if (p >= end && line > 1) return MPS_NONE;
    const char *q = memchr(p, '\n', (size_t)(end - p));
    size_t n = q ? (size_t)(q - p + 1) : (size_t)(end - p);
    if (!mps_utf8_valid(p, n)) return MPS_NONE;
    MpsValue s = mps_str_new(t, p, n);
    return s ? s : MPS_NONE;
}

static void raise_syntax(MpsThread *t, MpsClass *cls, const char *msg, const char *filename,
                         const char *src, size_t len, int line, int col) {
    MpsValue m = mps_str_cstr_new(t, msg);
    if (!m) return;
    MPS_ROOT(t, m);
    MpsValue fn = mps_str_cstr_new(t, filename);
    if (!fn) { MPS_UNROOT(t, 1); return; }
    MPS_ROOT(t, fn);
    MpsValue text = source_line(t, src, len, line);
    MPS_ROOT(t, text);
    MpsValue loc = mps_tuple_pack(t, 4, fn, mps_from_small(line), mps_from_small(col), text);
    MpsValue args = loc ? mps_tuple_pack(t, 2, m, loc) : MPS_NULL;
    MpsValue exc = args ? mps_exc_new(t, cls, args) : MPS_NULL;
    if (exc) {
        MpsException *e = MPS_EXC(exc);
        if (!e->dict) e->dict = mps_dict_new(t);
        if (e->dict) {
            mps_dict_set_cstr(t, e->dict, "msg", m);
            mps_dict_set_cstr(t, e->dict, "filename", fn);
            mps_dict_set_cstr(t, e->dict, "lineno", mps_from_small(line));
            mps_dict_set_cstr(t, e->dict, "offset", mps_from_small(col));
            mps_dict_set_cstr(t, e->dict, "text", text);
        }
        mps_raise_value(t, exc);
    }
    MPS_UNROOT(t, 3);
}

MpsValue mps_compile(MpsThread *t, const char *src, size_t len, const char *filename,
                     MpsParseMode mode, bool *incomplete) {
    MpsArena arena;
    mps_arena_init(&arena);
    MpsSyntaxError err;
    memset(&err, 0, sizeof err);
    if (incomplete) *incomplete = false;
    MpsAst *mod = mps_parse(&arena, src, len, mode, &err);
    if (!mod) {
        if (incomplete) *incomplete = err.incomplete;
        MpsClass *cls = err.kind == MPS_SYNERR_INDENT ? MPS_EXCCLS(t, IndentationError) :
                        err.kind == MPS_SYNERR_TAB ? MPS_EXCCLS(t, TabError) : MPS_EXCCLS(t, SyntaxError);
        raise_syntax(t, cls, err.msg[0] ? err.msg : "invalid syntax", filename, src, len, err.line, err.col);
        mps_arena_free(&arena);
        return MPS_NULL;
    }
    Comp *c = calloc(1, sizeof *c);
    if (!c) { mps_arena_free(&arena); return mps_raise_nomem(t); }
    c->t = t; c->arena = &arena; c->filename = filename; c->src = src; c->srclen = len; c->mode = mode;
    MpsValue result = MPS_NULL;
    int r = setjmp(c->jb);
    if (r == 0) {
        if (mode != MPS_PARSE_EVAL) scan_future(c, &mod->v.Module.body);
        c->top = st_new(c, SC_MODULE, "<module>", mod, NULL);
        st_stmts(c, c->top, &mod->v.Module.body);
        st_resolve(c, c->top);
        unit_push(c, c->top, 1);
        add_const(c, MPS_NONE);
        MpsAstList *body = &mod->v.Module.body;
        if (body->len > 0) set_loc(c->u, body->items[0]);
        if (mode == MPS_PARSE_EVAL) {
            if (body->len != 1 || body->items[0]->kind != MPS_AST_Expr) c_error(c, body->len ? body->items[0] : NULL, "invalid syntax");
            c_expr(c, body->items[0]->v.Expr.value);
            emit(c, MPS_OP_RETURN_VALUE, 0);
        } else {
            setup_annotations(c, body);
            c_stmts(c, body);
            load_const(c, MPS_NONE);
            emit(c, MPS_OP_RETURN_VALUE, 0);
        }
        result = unit_finish(c, "<module>");
    } else if (r == 1) {
        raise_syntax(t, MPS_EXCCLS(t, SyntaxError), c->errmsg, filename, src, len, c->errline, c->errcol);
    } else {
        mps_raise(t, MPS_EXCCLS(t, RecursionError), "maximum recursion depth exceeded during compilation");
    }
    for (Unit *u = c->allocs, *nx; u; u = nx) { nx = u->next_alloc; unit_free(u); free(u); }
    free(c);
    mps_arena_free(&arena);
    return result;
}
