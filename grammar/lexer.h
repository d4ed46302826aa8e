/*
 * lexer.h — internal interface of the front end (lexer.re, parser.y,
 * parse.c, ast.c). Nothing outside grammar/ includes this; the public
 * interface is ast.h.
 */
#ifndef MPS_LEXER_H
#define MPS_LEXER_H

#include <stdio.h>
#include "ast.h"

/* A token: where it is in the source, plus its decoded value for literals. */
typedef struct MpsTok {
    const char *z;      /* text in the source buffer */
    int n;              /* length in bytes */
    int line, col;      /* 1-based line, 0-based byte column */
    int end_line, end_col;
    MpsAst *node;       /* NUMBER/STRING: the decoded Constant or JoinedStr */
} MpsTok;

/* internal parse modes beyond MpsParseMode: an f-string's {expression} */
#define MPS_PARSE_FEXPR 16

#define MPS_LEX_MAXDEPTH 200
#define MPS_LEX_MAXINDENT 100

typedef struct MpsLexer {
    const char *src, *end;      /* buffer; *end == '\0' */
    const char *cur;            /* scan position */
    const char *bol;            /* start of the current physical line */
    int line;
    int line0, col0;            /* first line of the buffer gets col0 added (f-string parts) */
    int mode;
    bool nonl;                  /* newlines are plain whitespace (f-string expressions) */
    bool at_bol;                /* next token starts a logical line: measure indentation */
    bool eof;                   /* end reached: NEWLINE/DEDENTs done, return 0 */
    int depth;                  /* bracket nesting */
    char bkind[MPS_LEX_MAXDEPTH];
    int bline[MPS_LEX_MAXDEPTH], bcol[MPS_LEX_MAXDEPTH];   /* bcol: 1-based chars */
    int indent[MPS_LEX_MAXINDENT], altindent[MPS_LEX_MAXINDENT], nindent;
    int dedents;                /* DEDENT tokens still to return */
    int last;                   /* code of the last token returned (0: none yet) */
    int first, first_line, first_col;   /* first token of the current logical line */
    bool want_indent;           /* last logical line ended with ':' */
    bool line_colon;            /* this logical line has a ':' at depth 0 */
    int block_kw, block_line;   /* the statement that wants the indented block */
    int nl_line, nl_col;        /* where that line's NEWLINE was (1-based char col) */
    const char *colbol, *colp;  /* lx_col's memo: column colc of colp on the line at colbol */
    int colc;
    MpsSyntaxError *err;
} MpsLexer;

void mps_lex_init(MpsLexer *lx, const char *src, size_t len, int mode,
                  int line0, int col0, MpsSyntaxError *err);
/* next token: a TK_* code, 0 at the end, -1 on error (lx->err filled in) */
int mps_lex_next(MpsLexer *lx, MpsTok *t);
/* 1-based character column of byte p on the line starting at bol */
int mps_lex_charcol(const char *bol, const char *p);

/* ---------------------------------------------------------------- parser state */

typedef struct MpsParam {
    int kind;                   /* MPS_PARAM_* */
    int line, col;              /* first token */
    MpsTok name;
    MpsAst *ann, *dflt;
} MpsParam;
enum { MPS_PARAM_NAME, MPS_PARAM_STAR, MPS_PARAM_DSTAR, MPS_PARAM_SLASH };
typedef struct MpsParams { MpsParam *items; int len, cap; } MpsParams;

typedef struct MpsCallArg {
    int kind;                   /* MPS_CARG_* */
    MpsAst *key, *value;
    MpsTok tok;                 /* first token, for positions */
} MpsCallArg;
enum { MPS_CARG_POS, MPS_CARG_GENEXP, MPS_CARG_STAR, MPS_CARG_KW, MPS_CARG_DSTAR };
typedef struct MpsCallArgs { MpsCallArg *items; int len, cap; } MpsCallArgs;

typedef struct MpsSeq { MpsAstList l; bool comma; } MpsSeq;
typedef struct MpsKV { MpsAstList keys, values; } MpsKV;

typedef struct MpsPState {
    MpsArena *arena;
    MpsSyntaxError *err;
    const char *root;           /* the whole source, for error columns */
    bool failed;                /* an error has been recorded */
    bool eof_tok;               /* the token being fed is synthetic, at end of input */
    MpsAst *result;             /* Module, or the expression in FEXPR mode */
    MpsLexer *lx;
    struct MpsParenSlot { const MpsAst *node; int line, col, end_line, end_col; } *paren;  /* hash: parenthesized node → '(' and ')' */
    int nparen, capparen;
    MpsTok prev;                /* the token before the one being fed */
    int prev_code;
} MpsPState;

/* testing aid: mps_ast_dump() adds lineno/col_offset like ast.dump(include_attributes=True) */
extern bool mps_ast_dump_positions;

/* helpers shared by parser.y and parse.c (defined in parse.c / ast.c) */
MpsAst *mps_ast_new(MpsArena *a, MpsAstKind k, int line, int col);
void mps_p_error(MpsPState *ps, MpsSynErrKind kind, int line, int bytecol, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void mps_p_syntax_error(MpsPState *ps, int major, const MpsTok *t);
MpsAst *mps_p_target(MpsPState *ps, MpsAst *e, MpsCtx ctx, bool top);
void mps_p_with_parens(MpsPState *ps, MpsAst *with);
MpsAst *mps_p_assign(MpsPState *ps, MpsAstList chain);
MpsAst *mps_p_augassign(MpsPState *ps, MpsAst *target, int op, MpsAst *value);
MpsAst *mps_p_annassign(MpsPState *ps, MpsAst *target, MpsAst *ann, MpsAst *value);
MpsAst *mps_p_arguments(MpsPState *ps, MpsParams *pl, int line, int col);
void mps_p_params_push(MpsPState *ps, MpsParams *pl, MpsParam p);
void mps_p_callargs_push(MpsPState *ps, MpsCallArgs *cl, MpsCallArg a);
void mps_p_call_fill(MpsPState *ps, MpsCallArgs *cl, MpsAstList *args, MpsAstList *kws, bool is_class,
                     const MpsTok *lpar);
MpsAst *mps_p_strings(MpsPState *ps, MpsAstList pieces);
MpsAst *mps_p_seq_expr(MpsPState *ps, MpsSeq *s, MpsAstKind kind, int line, int col);
MpsAst *mps_p_nostar(MpsPState *ps, MpsAst *e);
/* positions: a node that starts with a parenthesized operand starts at its
 * '(', one that ends with one ends after its ')' (as CPython's) */
void mps_p_paren(MpsPState *ps, const MpsAst *n, int line, int col, int end_line, int end_col);
/* n's end becomes m's end, m's closing parenthesis included */
void mps_p_end_at(MpsPState *ps, MpsAst *n, const MpsAst *m);
MpsAst *mps_p_new_at(MpsPState *ps, MpsAstKind k, const MpsAst *first);
const char *mps_p_expr_name(const MpsAst *e);

#endif
