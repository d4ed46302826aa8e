/*
 * parser.y — the grammar (lemon, LALR(1)); builds the AST of ast.h.
 *
 * Layered like CPython's pre-3.9 LL(1) grammar (test / or_test / and_test /
 * not_test / comparison / expr / … / power / atom), so precedence comes
 * from the rule structure, not from %left declarations. Assignment targets
 * are parsed as expressions and then checked and switched to Store/Del by
 * mps_p_target(). Parameter and call-argument lists are parsed as flat
 * item lists and checked in C (parse.c), which gives CPython's messages.
 */

%name MpsParse
%token_prefix TK_
%token_type {MpsTok}
%extra_context {MpsPState *ps}
%default_type {MpsAst *}
%start_symbol start

%include {
#include <string.h>
#include <assert.h>
#include "lexer.h"

#define P ps
#define NEW(k, line, col) mps_ast_new(P->arena, MPS_AST_##k, (line), (col))
#define NEWT(k, tok) NEW(k, (tok).line, (tok).col)
#define NEWN(k, n) mps_p_new_at(P, MPS_AST_##k, (n))
#define PUSH(l, n) mps_ast_list_push(P->arena, &(l), (n))
#define STR(tok) mps_arena_strndup(P->arena, (tok).z, (size_t)(tok).n)

static void pp_end(MpsAst *n, const MpsTok *t) { if (n) { n->end_line = t->end_line; n->end_col = t->end_col; } }
#define pp_endn(n, m) mps_p_end_at(P, (n), (m))

static MpsAst *pp_binop(MpsPState *ps, MpsAst *l, int op, MpsAst *r)
{
    MpsAst *n = NEWN(BinOp, l);
    n->v.BinOp.left = l; n->v.BinOp.op = (MpsBinOp)op; n->v.BinOp.right = r;
    pp_endn(n, r);
    return n;
}

static MpsAst *pp_unop(MpsPState *ps, const MpsTok *t, int op, MpsAst *e)
{
    MpsAst *n = NEWT(UnaryOp, *t);
    n->v.UnaryOp.op = (MpsUnOp)op; n->v.UnaryOp.operand = e;
    pp_endn(n, e);
    return n;
}

static MpsAst *pp_boolop(MpsPState *ps, int op, MpsAst *a, MpsAst *b)
{
    MpsAst *n = NEWN(BoolOp, a);
    n->v.BoolOp.op = (MpsBoolOpKind)op;
    PUSH(n->v.BoolOp.values, a); PUSH(n->v.BoolOp.values, b);
    pp_endn(n, b);
    return n;
}

static void pp_cmp_push(MpsPState *ps, MpsAst *n, int op, MpsAst *r)
{
    int len = n->v.Compare.comparators.len;
    MpsCmpOpKind *ops = mps_arena_alloc(P->arena, sizeof *ops * (size_t)(len + 1));
    if (len) memcpy(ops, n->v.Compare.ops, sizeof *ops * (size_t)len);
    ops[len] = (MpsCmpOpKind)op;
    n->v.Compare.ops = ops;
    PUSH(n->v.Compare.comparators, r);
    pp_endn(n, r);
}

static MpsAst *pp_expr_stmt(MpsPState *ps, MpsAst *e)
{
    MpsAst *n = NEWN(Expr, e);
    n->v.Expr.value = mps_p_nostar(ps, e);
    pp_endn(n, e);
    return n;
}

static MpsAstList pp_one(MpsPState *ps, MpsAst *n)
{
    MpsAstList l = {0};
    PUSH(l, n);
    return l;
}

static MpsAst *pp_comp(MpsPState *ps, MpsAstKind k, const MpsTok *t, MpsAst *elt, MpsAstList gens)
{
    MpsAst *n = mps_ast_new(P->arena, k, t->line, t->col);
    n->v.ListComp.elt = mps_p_nostar(ps, elt);
    n->v.ListComp.generators = gens;
    return n;
}

static MpsAst *pp_compfor(MpsPState *ps, const MpsTok *t, MpsAst *target, MpsAst *iter)
{
    MpsAst *n = NEWT(Comprehension, *t);
    n->v.Comprehension.target = mps_p_target(ps, target, MPS_CTX_STORE, true);
    n->v.Comprehension.iter = iter;
    return n;
}

static MpsAst *pp_slice(MpsPState *ps, const MpsTok *t, MpsAst *lo, MpsAst *hi, MpsAst *st)
{
    MpsAst *n = lo ? NEWN(Slice, lo) : NEWT(Slice, *t);
    n->v.Slice.lower = lo; n->v.Slice.upper = hi; n->v.Slice.step = st;
    return n;
}

static MpsAst *pp_import_from(MpsPState *ps, const MpsTok *t, int level, MpsAst *mod, MpsAstList names)
{
    MpsAst *n = NEWT(ImportFrom, *t);
    n->v.ImportFrom.level = level;
    n->v.ImportFrom.module = mod ? mod->v.Alias.name : NULL;
    n->v.ImportFrom.names = names;
    return n;
}

static MpsAst *pp_names(MpsPState *ps, MpsAstKind k, const MpsTok *t, MpsAst *alias_list)
{
    /* alias_list: an Import node used as a list of Alias holding the names */
    MpsAstList *l = &alias_list->v.Import.names;
    MpsAst *n = mps_ast_new(P->arena, k, t->line, t->col);
    n->v.Global.len = l->len;
    n->v.Global.names = mps_arena_alloc(P->arena, sizeof(char *) * (size_t)(l->len ? l->len : 1));
    for (int i = 0; i < l->len; i++) n->v.Global.names[i] = l->items[i]->v.Alias.name;
    return n;
}
}

%syntax_error { mps_p_syntax_error(ps, yymajor, &yyminor); }
%parse_failure { ps->failed = true; }
%stack_overflow { mps_p_error(ps, MPS_SYNERR_SYNTAX, ps->prev.line, ps->prev.col + 1, "expression too deeply nested"); }
%stack_size 1000

/* token order fixes the TK_* numbers; keep the lexer's set in sync */
%token NAME NUMBER STRING NEWLINE INDENT DEDENT ILLEGAL EVAL_START FEXPR_START.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
       ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL
       NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD.
%token LPAR RPAR LBRACKET RBRACKET LBRACE RBRACE ELLIPSIS DOT COMMA COLONEQ
       COLON SEMI ARROW AT EQ EQEQ NE LT GT LE GE PLUS MINUS STAR SLASH DSLASH
       PERCENT DSTAR TILDE AMP PIPE CARET LSHIFT RSHIFT PLUSEQ MINUSEQ STAREQ
       SLASHEQ DSLASHEQ PERCENTEQ DSTAREQ AMPEQ PIPEEQ CARETEQ LSHIFTEQ
       RSHIFTEQ ATEQ.

/* ================================================================ top level */

start ::= file_input.
start ::= EVAL_START eval_input.
start ::= FEXPR_START fexpr_input.
/* tokens the grammar never accepts: they draw "invalid syntax" */
start ::= ILLEGAL ASYNC AWAIT. { mps_p_error(P, MPS_SYNERR_SYNTAX, 0, 0, "invalid syntax"); }

file_input ::= . { P->result = NEW(Module, 1, 0); }
file_input ::= stmts(L). { P->result = NEW(Module, 1, 0); P->result->v.Module.body = L; }

eval_input ::= tlse(E) newlines. {
    P->result = NEW(Module, 1, 0);
    MpsAst *s = pp_expr_stmt(P, E);
    PUSH(P->result->v.Module.body, s);
}
newlines ::= .
newlines ::= newlines NEWLINE.

fexpr_input ::= tlse(E). { P->result = mps_p_nostar(P, E); }
fexpr_input ::= yield_expr(E). { P->result = E; }

%type stmts {MpsAstList}
%type stmt {MpsAstList}
%type simple_stmt {MpsAstList}
%type small_stmts {MpsAstList}
%type suite {MpsAstList}

stmts(A) ::= stmt(B). { A = B; }
stmts(A) ::= stmts(B) stmt(C). { A = B; for (int i = 0; i < C.len; i++) PUSH(A, C.items[i]); }

stmt(A) ::= simple_stmt(B). { A = B; }
stmt(A) ::= compound_stmt(B). { A = pp_one(P, B); }

simple_stmt(A) ::= small_stmts(B) NEWLINE. { A = B; }
simple_stmt(A) ::= small_stmts(B) SEMI NEWLINE. { A = B; }
small_stmts(A) ::= small_stmt(B). { A = pp_one(P, B); }
small_stmts(A) ::= small_stmts(B) SEMI small_stmt(C). { A = B; PUSH(A, C); }

suite(A) ::= simple_stmt(B). { A = B; }
suite(A) ::= NEWLINE INDENT stmts(B) DEDENT. { A = B; }

/* ================================================================ simple statements */

small_stmt(A) ::= expr_stmt(B). { A = B; }
small_stmt(A) ::= yield_expr(E). { A = pp_expr_stmt(P, E); }
small_stmt(A) ::= PASS(T). { A = NEWT(Pass, T); pp_end(A, &T); }
small_stmt(A) ::= BREAK(T). { A = NEWT(Break, T); pp_end(A, &T); }
small_stmt(A) ::= CONTINUE(T). { A = NEWT(Continue, T); pp_end(A, &T); }
small_stmt(A) ::= RETURN(T). { A = NEWT(Return, T); pp_end(A, &T); }
small_stmt(A) ::= RETURN(T) tlse(E). { A = NEWT(Return, T); A->v.Return.value = mps_p_nostar(P, E); pp_endn(A, E); }
small_stmt(A) ::= RAISE(T). { A = NEWT(Raise, T); pp_end(A, &T); }
small_stmt(A) ::= RAISE(T) test(E). { A = NEWT(Raise, T); A->v.Raise.exc = E; pp_endn(A, E); }
small_stmt(A) ::= RAISE(T) test(E) FROM test(C). {
    A = NEWT(Raise, T); A->v.Raise.exc = E; A->v.Raise.cause = C; pp_endn(A, C);
}
small_stmt(A) ::= DEL(T) exprlist_items(S). {
    A = NEWT(Delete, T);
    for (int i = 0; i < S.l.len; i++)
        PUSH(A->v.Delete.targets, mps_p_target(P, S.l.items[i], MPS_CTX_DEL, true));
}
small_stmt(A) ::= DEL(T) exprlist_items(S) COMMA. {
    A = NEWT(Delete, T);
    for (int i = 0; i < S.l.len; i++)
        PUSH(A->v.Delete.targets, mps_p_target(P, S.l.items[i], MPS_CTX_DEL, true));
}
small_stmt(A) ::= GLOBAL(T) namelist(L). { A = pp_names(P, MPS_AST_Global, &T, L); }
small_stmt(A) ::= NONLOCAL(T) namelist(L). { A = pp_names(P, MPS_AST_Nonlocal, &T, L); }
small_stmt(A) ::= ASSERT(T) test(E). { A = NEWT(Assert, T); A->v.Assert.test = E; pp_endn(A, E); }
small_stmt(A) ::= ASSERT(T) test(E) COMMA test(M). {
    A = NEWT(Assert, T); A->v.Assert.test = E; A->v.Assert.msg = M; pp_endn(A, M);
}
small_stmt(A) ::= IMPORT(T) dotted_as_names(L). { A = L; A->line = T.line; A->col = T.col; }
small_stmt(A) ::= FROM(T) dotted_name(M) IMPORT import_targets(L). { A = pp_import_from(P, &T, 0, M, L->v.Import.names); }
small_stmt(A) ::= FROM(T) dots(D) dotted_name(M) IMPORT import_targets(L). { A = pp_import_from(P, &T, D, M, L->v.Import.names); }
small_stmt(A) ::= FROM(T) dots(D) IMPORT import_targets(L). { A = pp_import_from(P, &T, D, NULL, L->v.Import.names); }

/* name lists are collected in an Import node's alias list */
namelist(A) ::= NAME(N). {
    A = NEWT(Import, N);
    MpsAst *a = NEWT(Alias, N); a->v.Alias.name = STR(N); PUSH(A->v.Import.names, a);
}
namelist(A) ::= namelist(L) COMMA NAME(N). {
    A = L; MpsAst *a = NEWT(Alias, N); a->v.Alias.name = STR(N); PUSH(A->v.Import.names, a);
}

/* dotted_name: an Alias whose name is the dotted text */
dotted_name(A) ::= NAME(N). { A = NEWT(Alias, N); A->v.Alias.name = STR(N); pp_end(A, &N); }
dotted_name(A) ::= dotted_name(D) DOT NAME(N). {
    A = D;
    size_t l = strlen(D->v.Alias.name);
    char *s = mps_arena_alloc(P->arena, l + (size_t)N.n + 2);
    memcpy(s, D->v.Alias.name, l); s[l] = '.'; memcpy(s + l + 1, N.z, (size_t)N.n);
    A->v.Alias.name = s;
    pp_end(A, &N);
}
dotted_as_name(A) ::= dotted_name(D). { A = D; }
dotted_as_name(A) ::= dotted_name(D) AS NAME(N). { A = D; A->v.Alias.asname = STR(N); pp_end(A, &N); }
dotted_as_names(A) ::= dotted_as_name(D). { A = NEWN(Import, D); PUSH(A->v.Import.names, D); }
dotted_as_names(A) ::= dotted_as_names(L) COMMA dotted_as_name(D). { A = L; PUSH(A->v.Import.names, D); }

%type dots {int}
dots(A) ::= DOT. { A = 1; }
dots(A) ::= ELLIPSIS. { A = 3; }
dots(A) ::= dots(B) DOT. { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS. { A = B + 3; }

import_as_name(A) ::= NAME(N). { A = NEWT(Alias, N); A->v.Alias.name = STR(N); pp_end(A, &N); }
import_as_name(A) ::= NAME(N) AS NAME(M). { A = NEWT(Alias, N); A->v.Alias.name = STR(N); A->v.Alias.asname = STR(M); pp_end(A, &M); }
import_as_names(A) ::= import_as_name(D). { A = NEWN(Import, D); PUSH(A->v.Import.names, D); }
import_as_names(A) ::= import_as_names(L) COMMA import_as_name(D). { A = L; PUSH(A->v.Import.names, D); }
import_targets(A) ::= STAR(T). { A = NEWT(Import, T); MpsAst *a = NEWT(Alias, T); a->v.Alias.name = "*"; PUSH(A->v.Import.names, a); }
import_targets(A) ::= LPAR import_as_names(L) RPAR. { A = L; }
import_targets(A) ::= LPAR import_as_names(L) COMMA RPAR. { A = L; }
import_targets(A) ::= import_as_names(L). { A = L; }
import_targets(A) ::= import_as_names(L) COMMA NEWLINE(T). {
    A = L;
    mps_p_error(P, MPS_SYNERR_SYNTAX, T.line, T.col + 1, "trailing comma not allowed without surrounding parentheses");
}

/* ---------------------------------------------------------------- expression statements */

%type augassign {int}
%type chain {MpsAstList}

expr_stmt(A) ::= tlse(E). { A = pp_expr_stmt(P, E); }
expr_stmt(A) ::= tlse(T) augassign(O) rhs(V). { A = mps_p_augassign(P, T, O, V); }
expr_stmt(A) ::= tlse(T) COLON test(N). { A = mps_p_annassign(P, T, N, NULL); }
expr_stmt(A) ::= tlse(T) COLON test(N) EQ rhs(V). { A = mps_p_annassign(P, T, N, V); }
expr_stmt(A) ::= chain(C). { A = mps_p_assign(P, C); }
chain(A) ::= tlse(T) EQ rhs(V). { A = pp_one(P, T); PUSH(A, V); }
chain(A) ::= chain(C) EQ rhs(V). { A = C; PUSH(A, V); }
rhs(A) ::= tlse(E). { A = E; }
rhs(A) ::= yield_expr(E). { A = E; }

augassign(A) ::= PLUSEQ. { A = MPS_BIN_ADD; }
augassign(A) ::= MINUSEQ. { A = MPS_BIN_SUB; }
augassign(A) ::= STAREQ. { A = MPS_BIN_MUL; }
augassign(A) ::= SLASHEQ. { A = MPS_BIN_TRUEDIV; }
augassign(A) ::= DSLASHEQ. { A = MPS_BIN_FLOORDIV; }
augassign(A) ::= PERCENTEQ. { A = MPS_BIN_MOD; }
augassign(A) ::= DSTAREQ. { A = MPS_BIN_POW; }
augassign(A) ::= AMPEQ. { A = MPS_BIN_AND; }
augassign(A) ::= PIPEEQ. { A = MPS_BIN_OR; }
augassign(A) ::= CARETEQ. { A = MPS_BIN_XOR; }
augassign(A) ::= LSHIFTEQ. { A = MPS_BIN_LSHIFT; }
augassign(A) ::= RSHIFTEQ. { A = MPS_BIN_RSHIFT; }
augassign(A) ::= ATEQ. { A = MPS_BIN_MATMUL; }

/* ================================================================ compound statements */

%type if_tail {MpsAstList}
%type else_opt {MpsAstList}
%type finally_opt {MpsAstList}
%type handlers {MpsAstList}
%type decorators {MpsAstList}

compound_stmt(A) ::= if_stmt(B). { A = B; }
compound_stmt(A) ::= while_stmt(B). { A = B; }
compound_stmt(A) ::= for_stmt(B). { A = B; }
compound_stmt(A) ::= try_stmt(B). { A = B; }
compound_stmt(A) ::= with_stmt(B). { A = B; }
compound_stmt(A) ::= funcdef(B). { A = B; }
compound_stmt(A) ::= classdef(B). { A = B; }
compound_stmt(A) ::= decorators(D) funcdef(B). { A = B; A->v.FunctionDef.decorators = D; }
compound_stmt(A) ::= decorators(D) classdef(B). { A = B; A->v.ClassDef.decorators = D; }

if_stmt(A) ::= IF(T) namedexpr_test(C) COLON suite(B) if_tail(E). {
    A = NEWT(If, T); A->v.If.test = C; A->v.If.body = B; A->v.If.orelse = E;
}
if_tail(A) ::= . { memset(&A, 0, sizeof A); }
if_tail(A) ::= ELSE COLON suite(B). { A = B; }
if_tail(A) ::= ELIF(T) namedexpr_test(C) COLON suite(B) if_tail(E). {
    MpsAst *n = NEWT(If, T); n->v.If.test = C; n->v.If.body = B; n->v.If.orelse = E;
    A = pp_one(P, n);
}

else_opt(A) ::= . { memset(&A, 0, sizeof A); }
else_opt(A) ::= ELSE COLON suite(B). { A = B; }

while_stmt(A) ::= WHILE(T) namedexpr_test(C) COLON suite(B) else_opt(E). {
    A = NEWT(While, T); A->v.While.test = C; A->v.While.body = B; A->v.While.orelse = E;
}

for_stmt(A) ::= FOR(T) exprlist(X) IN tlse(I) COLON suite(B) else_opt(E). {
    A = NEWT(For, T);
    A->v.For.target = mps_p_target(P, X, MPS_CTX_STORE, true);
    A->v.For.iter = mps_p_nostar(P, I); A->v.For.body = B; A->v.For.orelse = E;
}

try_stmt(A) ::= TRY(T) COLON suite(B) handlers(H) else_opt(E) finally_opt(F). {
    A = NEWT(Try, T); A->v.Try.body = B; A->v.Try.handlers = H; A->v.Try.orelse = E; A->v.Try.finalbody = F;
}
try_stmt(A) ::= TRY(T) COLON suite(B) FINALLY COLON suite(F). {
    A = NEWT(Try, T); A->v.Try.body = B; A->v.Try.finalbody = F;
}
finally_opt(A) ::= . { memset(&A, 0, sizeof A); }
finally_opt(A) ::= FINALLY COLON suite(B). { A = B; }
handlers(A) ::= handler(H). { A = pp_one(P, H); }
handlers(A) ::= handlers(L) handler(H). { A = L; PUSH(A, H); }
handler(A) ::= EXCEPT(T) COLON suite(B). { A = NEWT(ExceptHandler, T); A->v.ExceptHandler.body = B; }
handler(A) ::= EXCEPT(T) test(E) COLON suite(B). {
    A = NEWT(ExceptHandler, T); A->v.ExceptHandler.type = E; A->v.ExceptHandler.body = B;
}
handler(A) ::= EXCEPT(T) test(E) AS NAME(N) COLON suite(B). {
    A = NEWT(ExceptHandler, T); A->v.ExceptHandler.type = E;
    A->v.ExceptHandler.name = STR(N); A->v.ExceptHandler.body = B;
}
handler(A) ::= EXCEPT(T) test(E) COMMA test COLON suite. {
    A = NEWT(ExceptHandler, T);
    mps_p_error(P, MPS_SYNERR_SYNTAX, E->line, E->col + 1, "multiple exception types must be parenthesized");
}

with_stmt(A) ::= WITH(T) with_items(L) COLON suite(B). {
    A = L; A->line = T.line; A->col = T.col; A->v.With.body = B;
    mps_p_with_parens(P, A);
}
with_items(A) ::= with_item(I). { A = NEWN(With, I); PUSH(A->v.With.items, I); }
with_items(A) ::= with_items(L) COMMA with_item(I). { A = L; PUSH(A->v.With.items, I); }
with_item(A) ::= test(E). { A = NEWN(WithItem, E); A->v.WithItem.context_expr = E; }
with_item(A) ::= test(E) AS expr(V). {
    A = NEWN(WithItem, E); A->v.WithItem.context_expr = E;
    A->v.WithItem.optional_vars = mps_p_target(P, V, MPS_CTX_STORE, true);
}

funcdef(A) ::= DEF(T) NAME(N) LPAR(L) params(PL) RPAR ret_opt(R) COLON suite(B). {
    A = NEWT(FunctionDef, T);
    A->v.FunctionDef.name = STR(N);
    A->v.FunctionDef.args = mps_p_arguments(P, &PL, L.line, L.col);
    A->v.FunctionDef.body = B;
    A->v.FunctionDef.returns = R;
}
ret_opt(A) ::= . { A = NULL; }
ret_opt(A) ::= ARROW test(E). { A = E; }

classdef(A) ::= CLASS(T) NAME(N) COLON suite(B). {
    A = NEWT(ClassDef, T); A->v.ClassDef.name = STR(N); A->v.ClassDef.body = B;
}
classdef(A) ::= CLASS(T) NAME(N) LPAR(Q) arglist_opt(L) RPAR COLON suite(B). {
    A = NEWT(ClassDef, T); A->v.ClassDef.name = STR(N); A->v.ClassDef.body = B;
    mps_p_call_fill(P, &L, &A->v.ClassDef.bases, &A->v.ClassDef.keywords, true, &Q);
}

decorators(A) ::= decorator(D). { A = pp_one(P, D); }
decorators(A) ::= decorators(L) decorator(D). { A = L; PUSH(A, D); }
decorator(A) ::= AT namedexpr_test(E) NEWLINE. { A = E; }

/* ---------------------------------------------------------------- parameters */

%type params {MpsParams}
%type plist {MpsParams}
%type param {MpsParam}
%type lparams {MpsParams}
%type lplist {MpsParams}
%type lparam {MpsParam}

params(A) ::= . { memset(&A, 0, sizeof A); }
params(A) ::= plist(L). { A = L; }
params(A) ::= plist(L) COMMA. { A = L; }
plist(A) ::= param(X). { memset(&A, 0, sizeof A); mps_p_params_push(P, &A, X); }
plist(A) ::= plist(L) COMMA param(X). { A = L; mps_p_params_push(P, &A, X); }
param(A) ::= NAME(N) ann_opt(T) dflt_opt(D). { A.kind = MPS_PARAM_NAME; A.name = N; A.ann = T; A.dflt = D; A.line = N.line; A.col = N.col; }
param(A) ::= STAR(S) NAME(N) ann_opt(T). { A.kind = MPS_PARAM_STAR; A.name = N; A.ann = T; A.dflt = NULL; A.line = S.line; A.col = S.col; }
param(A) ::= STAR(S). { A.kind = MPS_PARAM_STAR; A.name = S; A.name.n = 0; A.ann = A.dflt = NULL; A.line = S.line; A.col = S.col; }
param(A) ::= DSTAR(S) NAME(N) ann_opt(T). { A.kind = MPS_PARAM_DSTAR; A.name = N; A.ann = T; A.dflt = NULL; A.line = S.line; A.col = S.col; }
param(A) ::= SLASH(S). { A.kind = MPS_PARAM_SLASH; A.name = S; A.ann = A.dflt = NULL; A.line = S.line; A.col = S.col; }
ann_opt(A) ::= . { A = NULL; }
ann_opt(A) ::= COLON test(E). { A = E; }
dflt_opt(A) ::= . { A = NULL; }
dflt_opt(A) ::= EQ test(E). { A = E; }

lparams(A) ::= . { memset(&A, 0, sizeof A); }
lparams(A) ::= lplist(L). { A = L; }
lparams(A) ::= lplist(L) COMMA. { A = L; }
lplist(A) ::= lparam(X). { memset(&A, 0, sizeof A); mps_p_params_push(P, &A, X); }
lplist(A) ::= lplist(L) COMMA lparam(X). { A = L; mps_p_params_push(P, &A, X); }
lparam(A) ::= NAME(N) dflt_opt(D). { A.kind = MPS_PARAM_NAME; A.name = N; A.ann = NULL; A.dflt = D; A.line = N.line; A.col = N.col; }
lparam(A) ::= STAR(S) NAME(N). { A.kind = MPS_PARAM_STAR; A.name = N; A.ann = A.dflt = NULL; A.line = S.line; A.col = S.col; }
lparam(A) ::= STAR(S). { A.kind = MPS_PARAM_STAR; A.name = S; A.name.n = 0; A.ann = A.dflt = NULL; A.line = S.line; A.col = S.col; }
lparam(A) ::= DSTAR(S) NAME(N). { A.kind = MPS_PARAM_DSTAR; A.name = N; A.ann = A.dflt = NULL; A.line = S.line; A.col = S.col; }
lparam(A) ::= SLASH(S). { A.kind = MPS_PARAM_SLASH; A.name = S; A.ann = A.dflt = NULL; A.line = S.line; A.col = S.col; }

/* ================================================================ expressions */

/* tuples of expressions (targets and values of statements) */
%type tlse_items {MpsSeq}
tlse(A) ::= tlse_items(S). { A = mps_p_seq_expr(P, &S, MPS_AST_Tuple, -1, 0); }
tlse(A) ::= tlse_items(S) COMMA. { S.comma = true; A = mps_p_seq_expr(P, &S, MPS_AST_Tuple, -1, 0); }
tlse_items(A) ::= test_or_star(E). { memset(&A, 0, sizeof A); PUSH(A.l, E); }
tlse_items(A) ::= tlse_items(S) COMMA test_or_star(E). { A = S; A.comma = true; PUSH(A.l, E); }
test_or_star(A) ::= test(E). { A = E; }
test_or_star(A) ::= star_expr(E). { A = E; }

%type exprlist_items {MpsSeq}
exprlist(A) ::= exprlist_items(S). { A = mps_p_seq_expr(P, &S, MPS_AST_Tuple, -1, 0); }
exprlist(A) ::= exprlist_items(S) COMMA. { S.comma = true; A = mps_p_seq_expr(P, &S, MPS_AST_Tuple, -1, 0); }
exprlist_items(A) ::= expr_or_star(E). { memset(&A, 0, sizeof A); PUSH(A.l, E); }
exprlist_items(A) ::= exprlist_items(S) COMMA expr_or_star(E). { A = S; A.comma = true; PUSH(A.l, E); }
expr_or_star(A) ::= expr(E). { A = E; }
expr_or_star(A) ::= star_expr(E). { A = E; }

star_expr(A) ::= STAR(T) expr(E). {
    A = NEWT(Starred, T); A->v.Starred.value = E; A->v.Starred.ctx = MPS_CTX_LOAD; pp_endn(A, E);
}

yield_expr(A) ::= YIELD(T). { A = NEWT(Yield, T); pp_end(A, &T); }
yield_expr(A) ::= YIELD(T) tlse(E). { A = NEWT(Yield, T); A->v.Yield.value = mps_p_nostar(P, E); pp_endn(A, E); }
yield_expr(A) ::= YIELD(T) FROM test(E). { A = NEWT(YieldFrom, T); A->v.Yield.value = E; pp_endn(A, E); }

namedexpr_test(A) ::= test(E). { A = E; }
namedexpr_test(A) ::= test(T) COLONEQ test(V). {
    A = NEWN(NamedExpr, T);
    if (T->kind != MPS_AST_Name)
        mps_p_error(P, MPS_SYNERR_SYNTAX, T->line, T->col + 1,
                    "cannot use assignment expressions with %s", mps_p_expr_name(T));
    else
        T->v.Name.ctx = MPS_CTX_STORE;
    A->v.NamedExpr.target = T; A->v.NamedExpr.value = V; pp_endn(A, V);
}

test(A) ::= or_test(E). { A = E; }
test(A) ::= or_test(B) IF or_test(C) ELSE test(O). {
    A = NEWN(IfExp, B); A->v.IfExp.test = C; A->v.IfExp.body = B; A->v.IfExp.orelse = O; pp_endn(A, O);
}
test(A) ::= LAMBDA(T) lparams(L) COLON test(B). {
    A = NEWT(Lambda, T); A->v.Lambda.args = mps_p_arguments(P, &L, T.line, T.col);
    A->v.Lambda.body = B; pp_endn(A, B);
}

or_test(A) ::= and_test(E). { A = E; }
or_test(A) ::= or_chain(E). { A = E; }
or_chain(A) ::= and_test(B) OR and_test(C). { A = pp_boolop(P, MPS_BOOL_OR, B, C); }
or_chain(A) ::= or_chain(B) OR and_test(C). { A = B; PUSH(A->v.BoolOp.values, C); pp_endn(A, C); }
and_test(A) ::= not_test(E). { A = E; }
and_test(A) ::= and_chain(E). { A = E; }
and_chain(A) ::= not_test(B) AND not_test(C). { A = pp_boolop(P, MPS_BOOL_AND, B, C); }
and_chain(A) ::= and_chain(B) AND not_test(C). { A = B; PUSH(A->v.BoolOp.values, C); pp_endn(A, C); }
not_test(A) ::= NOT(T) not_test(E). { A = pp_unop(P, &T, MPS_UN_NOT, E); }
not_test(A) ::= comparison(E). { A = E; }

%type comp_op {int}
comparison(A) ::= expr(E). { A = E; }
comparison(A) ::= cmp_chain(E). { A = E; }
cmp_chain(A) ::= expr(L) comp_op(O) expr(R). {
    A = NEWN(Compare, L); A->v.Compare.left = L; pp_cmp_push(P, A, O, R);
}
cmp_chain(A) ::= cmp_chain(C) comp_op(O) expr(R). { A = C; pp_cmp_push(P, A, O, R); }
comp_op(A) ::= LT. { A = MPS_CMPOP_LT; }
comp_op(A) ::= LE. { A = MPS_CMPOP_LE; }
comp_op(A) ::= EQEQ. { A = MPS_CMPOP_EQ; }
comp_op(A) ::= NE. { A = MPS_CMPOP_NE; }
comp_op(A) ::= GT. { A = MPS_CMPOP_GT; }
comp_op(A) ::= GE. { A = MPS_CMPOP_GE; }
comp_op(A) ::= IN. { A = MPS_CMPOP_IN; }
comp_op(A) ::= NOT IN. { A = MPS_CMPOP_NOTIN; }
comp_op(A) ::= IS. { A = MPS_CMPOP_IS; }
comp_op(A) ::= IS NOT. { A = MPS_CMPOP_ISNOT; }

expr(A) ::= xor_expr(E). { A = E; }
expr(A) ::= expr(L) PIPE xor_expr(R). { A = pp_binop(P, L, MPS_BIN_OR, R); }
xor_expr(A) ::= and_expr(E). { A = E; }
xor_expr(A) ::= xor_expr(L) CARET and_expr(R). { A = pp_binop(P, L, MPS_BIN_XOR, R); }
and_expr(A) ::= shift_expr(E). { A = E; }
and_expr(A) ::= and_expr(L) AMP shift_expr(R). { A = pp_binop(P, L, MPS_BIN_AND, R); }
shift_expr(A) ::= arith_expr(E). { A = E; }
shift_expr(A) ::= shift_expr(L) LSHIFT arith_expr(R). { A = pp_binop(P, L, MPS_BIN_LSHIFT, R); }
shift_expr(A) ::= shift_expr(L) RSHIFT arith_expr(R). { A = pp_binop(P, L, MPS_BIN_RSHIFT, R); }
arith_expr(A) ::= term(E). { A = E; }
arith_expr(A) ::= arith_expr(L) PLUS term(R). { A = pp_binop(P, L, MPS_BIN_ADD, R); }
arith_expr(A) ::= arith_expr(L) MINUS term(R). { A = pp_binop(P, L, MPS_BIN_SUB, R); }
term(A) ::= factor(E). { A = E; }
term(A) ::= term(L) STAR factor(R). { A = pp_binop(P, L, MPS_BIN_MUL, R); }
term(A) ::= term(L) SLASH factor(R). { A = pp_binop(P, L, MPS_BIN_TRUEDIV, R); }
term(A) ::= term(L) DSLASH factor(R). { A = pp_binop(P, L, MPS_BIN_FLOORDIV, R); }
term(A) ::= term(L) PERCENT factor(R). { A = pp_binop(P, L, MPS_BIN_MOD, R); }
term(A) ::= term(L) AT factor(R). { A = pp_binop(P, L, MPS_BIN_MATMUL, R); }
factor(A) ::= PLUS(T) factor(E). { A = pp_unop(P, &T, MPS_UN_POS, E); }
factor(A) ::= MINUS(T) factor(E). { A = pp_unop(P, &T, MPS_UN_NEG, E); }
factor(A) ::= TILDE(T) factor(E). { A = pp_unop(P, &T, MPS_UN_INVERT, E); }
factor(A) ::= power(E). { A = E; }
power(A) ::= atom_expr(E). { A = E; }
power(A) ::= atom_expr(L) DSTAR factor(R). { A = pp_binop(P, L, MPS_BIN_POW, R); }

%type arglist {MpsCallArgs}
%type arglist_opt {MpsCallArgs}
%type argument {MpsCallArg}

atom_expr(A) ::= atom(E). { A = E; }
atom_expr(A) ::= atom_expr(F) LPAR(T) arglist_opt(L) RPAR(R). {
    A = NEWN(Call, F); A->v.Call.func = F;
    mps_p_call_fill(P, &L, &A->v.Call.args, &A->v.Call.keywords, false, &T);
    pp_end(A, &R);
}
atom_expr(A) ::= atom_expr(V) LBRACKET subscriptlist(S) RBRACKET(R). {
    A = NEWN(Subscript, V); A->v.Subscript.value = V; A->v.Subscript.slice = S;
    A->v.Subscript.ctx = MPS_CTX_LOAD; pp_end(A, &R);
}
atom_expr(A) ::= atom_expr(V) DOT NAME(N). {
    A = NEWN(Attribute, V); A->v.Attribute.value = V; A->v.Attribute.attr = STR(N);
    A->v.Attribute.ctx = MPS_CTX_LOAD; pp_end(A, &N);
}

arglist_opt(A) ::= . { memset(&A, 0, sizeof A); }
arglist_opt(A) ::= arglist(L). { A = L; }
arglist_opt(A) ::= arglist(L) COMMA. { A = L; }
arglist(A) ::= argument(X). { memset(&A, 0, sizeof A); mps_p_callargs_push(P, &A, X); }
arglist(A) ::= arglist(L) COMMA argument(X). { A = L; mps_p_callargs_push(P, &A, X); }
argument(A) ::= namedexpr_test(E). { A.kind = MPS_CARG_POS; A.key = NULL; A.value = E; }
argument(A) ::= namedexpr_test(E) comp_for(G). {
    A.kind = MPS_CARG_GENEXP; A.key = NULL;
    A.value = NEWN(GeneratorExp, E);
    A.value->v.ListComp.elt = E; A.value->v.ListComp.generators = G;
}
argument(A) ::= test(K) EQ test(V). { A.kind = MPS_CARG_KW; A.key = K; A.value = V; }
argument(A) ::= STAR(T) test(E). {
    A.kind = MPS_CARG_STAR; A.key = NULL;
    A.value = NEWT(Starred, T); A.value->v.Starred.value = E; A.value->v.Starred.ctx = MPS_CTX_LOAD;
    pp_endn(A.value, E);
}
argument(A) ::= DSTAR(T) test(E). { A.kind = MPS_CARG_DSTAR; A.key = NULL; A.value = E; A.tok = T; }

%type sub_items {MpsSeq}
subscriptlist(A) ::= sub_items(S). { A = mps_p_seq_expr(P, &S, MPS_AST_Tuple, -1, 0); }
subscriptlist(A) ::= sub_items(S) COMMA. { S.comma = true; A = mps_p_seq_expr(P, &S, MPS_AST_Tuple, -1, 0); }
sub_items(A) ::= subscript(E). { memset(&A, 0, sizeof A); PUSH(A.l, E); }
sub_items(A) ::= sub_items(S) COMMA subscript(E). { A = S; A.comma = true; PUSH(A.l, E); }
subscript(A) ::= namedexpr_test(E). { A = E; }
subscript(A) ::= star_expr(E). { A = E; }
subscript(A) ::= test_opt(L) COLON(T) test_opt(U). { A = pp_slice(P, &T, L, U, NULL); }
subscript(A) ::= test_opt(L) COLON(T) test_opt(U) COLON test_opt(S). { A = pp_slice(P, &T, L, U, S); }
test_opt(A) ::= . { A = NULL; }
test_opt(A) ::= test(E). { A = E; }

/* comprehension clauses, flattened: for … in … [if …]* [for …]* */
%type comp_for {MpsAstList}
comp_for(A) ::= FOR(T) exprlist(X) IN or_test(I). { A = pp_one(P, pp_compfor(P, &T, X, I)); }
comp_for(A) ::= comp_for(L) FOR(T) exprlist(X) IN or_test(I). { A = L; PUSH(A, pp_compfor(P, &T, X, I)); }
comp_for(A) ::= comp_for(L) IF or_test(C). { A = L; PUSH(A.items[A.len - 1]->v.Comprehension.ifs, C); }

/* ---------------------------------------------------------------- atoms */

%type seq {MpsSeq}
%type strings {MpsAstList}
%type kvs {MpsKV}

atom(A) ::= NAME(N). { A = NEWT(Name, N); A->v.Name.id = STR(N); A->v.Name.ctx = MPS_CTX_LOAD; pp_end(A, &N); }
atom(A) ::= NUMBER(N). { A = N.node; }
atom(A) ::= strings(L). { A = mps_p_strings(P, L); }
atom(A) ::= ELLIPSIS(T). { A = NEWT(Constant, T); A->v.Constant.kind = MPS_CONST_ELLIPSIS; pp_end(A, &T); }
atom(A) ::= NONE(T). { A = NEWT(Constant, T); A->v.Constant.kind = MPS_CONST_NONE; pp_end(A, &T); }
atom(A) ::= TRUE(T). { A = NEWT(Constant, T); A->v.Constant.kind = MPS_CONST_TRUE; pp_end(A, &T); }
atom(A) ::= FALSE(T). { A = NEWT(Constant, T); A->v.Constant.kind = MPS_CONST_FALSE; pp_end(A, &T); }

atom(A) ::= LPAR(T) RPAR(R). { A = NEWT(Tuple, T); A->v.List.ctx = MPS_CTX_LOAD; pp_end(A, &R); }
atom(A) ::= LPAR(T) yield_expr(E) RPAR(R). { A = E; mps_p_paren(P, A, T.line, T.col, R.end_line, R.end_col); }
atom(A) ::= LPAR(T) seq(S) RPAR(R). {
    if (S.l.len == 1 && !S.comma) {
        A = S.l.items[0];
        mps_p_paren(P, A, T.line, T.col, R.end_line, R.end_col);
        if (A->kind == MPS_AST_Starred)
            mps_p_error(P, MPS_SYNERR_SYNTAX, A->line, A->col + 1, "cannot use starred expression here");
    } else {
        A = mps_p_seq_expr(P, &S, MPS_AST_Tuple, T.line, T.col); pp_end(A, &R);
    }
}
atom(A) ::= LPAR(T) seq(S) COMMA RPAR(R). {
    S.comma = true; A = mps_p_seq_expr(P, &S, MPS_AST_Tuple, T.line, T.col); pp_end(A, &R);
}
atom(A) ::= LPAR(T) namedexpr_test(E) comp_for(G) RPAR(R). { A = pp_comp(P, MPS_AST_GeneratorExp, &T, E, G); pp_end(A, &R); }

atom(A) ::= LBRACKET(T) RBRACKET(R). { A = NEWT(List, T); A->v.List.ctx = MPS_CTX_LOAD; pp_end(A, &R); }
atom(A) ::= LBRACKET(T) seq(S) RBRACKET(R). { S.comma = true; A = mps_p_seq_expr(P, &S, MPS_AST_List, T.line, T.col); pp_end(A, &R); }
atom(A) ::= LBRACKET(T) seq(S) COMMA RBRACKET(R). { S.comma = true; A = mps_p_seq_expr(P, &S, MPS_AST_List, T.line, T.col); pp_end(A, &R); }
atom(A) ::= LBRACKET(T) namedexpr_test(E) comp_for(G) RBRACKET(R). { A = pp_comp(P, MPS_AST_ListComp, &T, E, G); pp_end(A, &R); }

atom(A) ::= LBRACE(T) RBRACE(R). { A = NEWT(Dict, T); pp_end(A, &R); }
atom(A) ::= LBRACE(T) kvs(D) RBRACE(R). { A = NEWT(Dict, T); A->v.Dict.keys = D.keys; A->v.Dict.values = D.values; pp_end(A, &R); }
atom(A) ::= LBRACE(T) kvs(D) COMMA RBRACE(R). { A = NEWT(Dict, T); A->v.Dict.keys = D.keys; A->v.Dict.values = D.values; pp_end(A, &R); }
atom(A) ::= LBRACE(T) seq(S) RBRACE(R). { S.comma = true; A = mps_p_seq_expr(P, &S, MPS_AST_Set, T.line, T.col); pp_end(A, &R); }
atom(A) ::= LBRACE(T) seq(S) COMMA RBRACE(R). { S.comma = true; A = mps_p_seq_expr(P, &S, MPS_AST_Set, T.line, T.col); pp_end(A, &R); }
atom(A) ::= LBRACE(T) namedexpr_test(E) comp_for(G) RBRACE(R). { A = pp_comp(P, MPS_AST_SetComp, &T, E, G); pp_end(A, &R); }
atom(A) ::= LBRACE(T) test(K) COLON test(V) comp_for(G) RBRACE(R). {
    A = NEWT(DictComp, T); A->v.DictComp.key = K; A->v.DictComp.value = V;
    A->v.DictComp.generators = G; pp_end(A, &R);
}

seq(A) ::= named_or_star(E). { memset(&A, 0, sizeof A); PUSH(A.l, E); }
seq(A) ::= seq(S) COMMA named_or_star(E). { A = S; A.comma = true; PUSH(A.l, E); }
named_or_star(A) ::= namedexpr_test(E). { A = E; }
/* `(cm() as x, ...)`: only a with statement takes these (3.10's
 * parenthesised context managers); the compiler rejects them elsewhere */
named_or_star(A) ::= test(E) AS(K) expr(V). {
    A = NEWN(WithItem, E); A->v.WithItem.context_expr = E;
    A->line = K.line; A->col = K.col;      /* an error here points at `as` */
    A->v.WithItem.optional_vars = mps_p_target(P, V, MPS_CTX_STORE, true);
}
named_or_star(A) ::= star_expr(E). { A = E; }

kvs(A) ::= test(K) COLON test(V). { memset(&A, 0, sizeof A); PUSH(A.keys, K); PUSH(A.values, V); }
kvs(A) ::= DSTAR expr(V). { memset(&A, 0, sizeof A); PUSH(A.keys, NULL); PUSH(A.values, V); }
kvs(A) ::= kvs(D) COMMA test(K) COLON test(V). { A = D; PUSH(A.keys, K); PUSH(A.values, V); }
kvs(A) ::= kvs(D) COMMA DSTAR expr(V). { A = D; PUSH(A.keys, NULL); PUSH(A.values, V); }

strings(A) ::= STRING(S). { A = pp_one(P, S.node); }
strings(A) ::= strings(L) STRING(S). { A = L; PUSH(A, S.node); }
