/*
 * ast.h — the abstract syntax tree the parser builds and the compiler reads.
 *
 * Modelled on CPython's ast module (same node names and fields) so that the
 * grammar can be checked against Python's. Nodes, lists and strings live in
 * one arena freed at once after compilation. grammar/ depends on nothing
 * outside grammar/ except the operator enums of vm/object.h.
 */
#ifndef MPS_AST_H
#define MPS_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "../vm/object.h"   /* MpsBinOp, MpsUnOp */

/* ---------------------------------------------------------------- arena */
typedef struct MpsArenaBlock MpsArenaBlock;
typedef struct MpsArena { MpsArenaBlock *head; } MpsArena;
void mps_arena_init(MpsArena *a);
void *mps_arena_alloc(MpsArena *a, size_t n);      /* zeroed, 8-aligned */
char *mps_arena_strndup(MpsArena *a, const char *s, size_t n);
void mps_arena_free(MpsArena *a);

typedef struct MpsAst MpsAst;
typedef struct MpsAstList { MpsAst **items; int len, cap; } MpsAstList;
void mps_ast_list_push(MpsArena *a, MpsAstList *l, MpsAst *n);

#define MPS_AST_KINDS(X)                                                   \
    /* module */                                                           \
    X(Module)                                                              \
    /* statements */                                                       \
    X(FunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign)  \
    X(AnnAssign) X(For) X(While) X(If) X(With) X(Raise) X(Try) X(Assert)   \
    X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass)          \
    X(Break) X(Continue)                                                   \
    /* expressions */                                                      \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict)  \
    X(Set) X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Yield)     \
    X(YieldFrom) X(Compare) X(Call) X(FormattedValue) X(JoinedStr)         \
    X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List)       \
    X(Tuple) X(Slice)                                                      \
    /* helpers */                                                          \
    X(Comprehension) X(ExceptHandler) X(Arguments) X(Arg) X(Keyword)       \
    X(Alias) X(WithItem)

typedef enum {
#define MPS_AST_ENUM(k) MPS_AST_##k,
    MPS_AST_KINDS(MPS_AST_ENUM)
#undef MPS_AST_ENUM
    MPS_AST__COUNT
} MpsAstKind;

typedef enum { MPS_CTX_LOAD, MPS_CTX_STORE, MPS_CTX_DEL } MpsCtx;
typedef enum { MPS_BOOL_AND, MPS_BOOL_OR } MpsBoolOpKind;
typedef enum {
    MPS_CMPOP_LT, MPS_CMPOP_LE, MPS_CMPOP_EQ, MPS_CMPOP_NE, MPS_CMPOP_GT,
    MPS_CMPOP_GE,   /* the first six equal MpsCmpOp */
    MPS_CMPOP_IN, MPS_CMPOP_NOTIN, MPS_CMPOP_IS, MPS_CMPOP_ISNOT
} MpsCmpOpKind;
typedef enum {
    MPS_CONST_NONE, MPS_CONST_TRUE, MPS_CONST_FALSE, MPS_CONST_ELLIPSIS,
    MPS_CONST_INT,      /* fits int64: ival */
    MPS_CONST_BIGINT,   /* too big: str holds the decimal digits */
    MPS_CONST_FLOAT,    /* fval */
    MPS_CONST_IMAG,     /* not supported by the VM; parser may reject */
    MPS_CONST_STR,      /* str/len: decoded UTF-8 (may contain NUL) */
    MPS_CONST_BYTES     /* str/len: raw bytes */
} MpsConstKind;

struct MpsAst {
    MpsAstKind kind;
    int line, col;            /* 1-based line; 0-based byte column of the first token */
    int end_line, end_col;
    union {
        struct { MpsAstList body; } Module;

        struct { const char *name; MpsAst *args; MpsAstList body, decorators;
                 MpsAst *returns; /* appended by the front end: '-> ann' or NULL; the compiler may ignore it */ } FunctionDef;
        struct { const char *name; MpsAstList bases, keywords, body, decorators; } ClassDef;
        struct { MpsAst *value; } Return;              /* value may be NULL */
        struct { MpsAstList targets; } Delete;
        struct { MpsAstList targets; MpsAst *value; } Assign;   /* a = b = value */
        struct { MpsAst *target; MpsBinOp op; MpsAst *value; } AugAssign;
        struct { MpsAst *target, *annotation, *value;
                 bool simple; /* appended by the front end: target is a bare, unparenthesized Name */ } AnnAssign; /* value may be NULL */
        struct { MpsAst *target, *iter; MpsAstList body, orelse; } For;
        struct { MpsAst *test; MpsAstList body, orelse; } While;
        struct { MpsAst *test; MpsAstList body, orelse; } If;  /* elif = If in orelse */
        struct { MpsAstList items, body; } With;       /* items: WithItem */
        struct { MpsAst *exc, *cause; } Raise;          /* both may be NULL */
        struct { MpsAstList body, handlers, orelse, finalbody; } Try;
        struct { MpsAst *test, *msg; } Assert;
        struct { MpsAstList names; } Import;           /* Alias */
        struct { const char *module; MpsAstList names; int level; } ImportFrom; /* names: Alias; name "*" for star */
        struct { const char **names; int len; } Global;   /* also Nonlocal */
        struct { MpsAst *value; } Expr;

        struct { MpsBoolOpKind op; MpsAstList values; } BoolOp;
        struct { MpsAst *target, *value; } NamedExpr;
        struct { MpsAst *left; MpsBinOp op; MpsAst *right; } BinOp;
        struct { MpsUnOp op; MpsAst *operand; } UnaryOp;
        struct { MpsAst *args; MpsAst *body; } Lambda;
        struct { MpsAst *test, *body, *orelse; } IfExp;
        struct { MpsAstList keys, values; } Dict;      /* key NULL: **value */
        struct { MpsAstList elts; } Set;
        struct { MpsAst *elt; MpsAstList generators; } ListComp;  /* also SetComp, GeneratorExp */
        struct { MpsAst *key, *value; MpsAstList generators; } DictComp;
        struct { MpsAst *value; } Yield;               /* value may be NULL; also YieldFrom */
        struct { MpsAst *left; MpsCmpOpKind *ops; MpsAstList comparators; } Compare;
        struct { MpsAst *func; MpsAstList args, keywords; } Call; /* args may hold Starred */
        struct { MpsAst *value; int conversion; MpsAst *format_spec; } FormattedValue; /* conversion: 0,'r','s','a'; spec: JoinedStr or NULL */
        struct { MpsAstList values; } JoinedStr;       /* Constant(str) and FormattedValue */
        struct { MpsConstKind kind; int64_t ival; double fval; const char *str; size_t len; } Constant;
        struct { MpsAst *value; const char *attr; MpsCtx ctx; } Attribute;
        struct { MpsAst *value, *slice; MpsCtx ctx; } Subscript; /* slice: Slice, Tuple (a[1:2, 3]) or expr */
        struct { MpsAst *value; MpsCtx ctx; } Starred;
        struct { const char *id; MpsCtx ctx; } Name;
        struct { MpsAstList elts; MpsCtx ctx; } List;  /* also Tuple */
        struct { MpsAst *lower, *upper, *step; } Slice; /* each may be NULL */

        struct { MpsAst *target, *iter; MpsAstList ifs; } Comprehension;
        struct { MpsAst *type; const char *name; MpsAstList body; } ExceptHandler; /* type, name may be NULL */
        struct {
            MpsAstList posonlyargs, args;      /* Arg */
            MpsAstList defaults;               /* for the last len(defaults) of posonlyargs+args */
            MpsAst *vararg;                    /* Arg or NULL */
            MpsAstList kwonlyargs;             /* Arg */
            MpsAstList kw_defaults;            /* same length as kwonlyargs; NULL items = required */
            MpsAst *kwarg;                     /* Arg or NULL */
        } Arguments;
        struct { const char *arg; MpsAst *annotation; } Arg;
        struct { const char *arg; MpsAst *value; } Keyword; /* arg NULL: **value */
        struct { const char *name, *asname; } Alias;        /* name may be dotted */
        struct { MpsAst *context_expr, *optional_vars; } WithItem;
    } v;
};

/* ---------------------------------------------------------------- parsing (grammar/parse.c) */

typedef enum {
    MPS_PARSE_FILE,     /* a module */
    MPS_PARSE_SINGLE,   /* one REPL input: statements; expression statements print */
    MPS_PARSE_EVAL      /* a single expression (Module with one Expr) */
} MpsParseMode;

typedef enum { MPS_SYNERR_NONE, MPS_SYNERR_SYNTAX, MPS_SYNERR_INDENT, MPS_SYNERR_TAB } MpsSynErrKind;

typedef struct MpsSyntaxError {
    MpsSynErrKind kind;
    bool incomplete;          /* at end of input: more lines may complete it (REPL) */
    int line;                 /* 1-based */
    int col;                  /* 1-based column of the caret, in characters (CPython's offset) */
    char msg[200];            /* "invalid syntax", "unexpected indent", … */
} MpsSyntaxError;

/* Parse UTF-8 source (src[len] must be '\0'). Returns the Module node, or
 * NULL with *err filled in. All memory comes from `arena`. */
MpsAst *mps_parse(MpsArena *arena, const char *src, size_t len, MpsParseMode mode,
                  MpsSyntaxError *err);

/* debugging aid: print the tree in CPython ast.dump() style */
void mps_ast_dump(const MpsAst *n, FILE *out);

const char *mps_ast_kind_name(MpsAstKind k);

#endif
