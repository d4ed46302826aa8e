/*
 * opcodes.h — the one list of bytecode instructions.
 *
 * An instruction is one uint32_t: opcode in the low 8 bits, operand in the
 * high 24 (MPS_OP / MPS_ARG). Jump operands are absolute instruction
 * indexes. The compiler (stack effects), the VM (dispatch table) and the
 * disassembler (names, operand display) are all generated from this list.
 *
 * X(name, operand kind, stack effect) — effect MPS_SE_VAR means the
 * compiler computes it from the operand (see compile.c: op_effect).
 */
#ifndef MPS_OPCODES_H
#define MPS_OPCODES_H

#define MPS_SE_VAR 99

/* operand kinds, for the disassembler */
enum { MPS_OK_NONE, MPS_OK_INT, MPS_OK_CONST, MPS_OK_NAME, MPS_OK_LOCAL,
       MPS_OK_DEREF, MPS_OK_LOCAL2, MPS_OK_JUMP,
       MPS_OK_CONSTBIN, MPS_OK_CONSTCMP, MPS_OK_BINOP, MPS_OK_CMP, MPS_OK_UNOP };

#define MPS_OPCODES(X)                                                    \
    X(NOP,               NONE,  0)                                        \
    X(POP_TOP,           NONE, -1)                                        \
    X(ROT_TWO,           NONE,  0)                                        \
    X(ROT_THREE,         NONE,  0)                                        \
    X(ROT_FOUR,          NONE,  0)                                        \
    X(DUP_TOP,           NONE,  1)                                        \
    X(DUP_TOP_TWO,       NONE,  2)                                        \
    X(LOAD_CONST,        CONST, 1)                                        \
    X(LOAD_FAST,         LOCAL, 1)                                        \
    X(LOAD_FAST_LOAD_FAST, LOCAL2, 2)   /* push locals[arg & 0xfff], locals[arg >> 12] */ \
    X(LOAD_FAST_AUG,     LOCAL, 1)   /* `name += x`'s load: see code.h */  \
    X(STORE_FAST,        LOCAL, -1)                                       \
    X(DELETE_FAST,       LOCAL, 0)                                        \
    X(LOAD_DEREF,        DEREF, 1)                                        \
    X(STORE_DEREF,       DEREF, -1)                                       \
    X(DELETE_DEREF,      DEREF, 0)                                        \
    X(LOAD_CLASSDEREF,   DEREF, 1)   /* class body: locals dict, then cell */ \
    X(LOAD_CLOSURE,      DEREF, 1)   /* push the cell itself */           \
    X(LOAD_GLOBAL,       NAME,  1)                                        \
    X(STORE_GLOBAL,      NAME, -1)                                        \
    X(DELETE_GLOBAL,     NAME,  0)                                        \
    X(LOAD_NAME,         NAME,  1)                                        \
    X(STORE_NAME,        NAME, -1)                                        \
    X(DELETE_NAME,       NAME,  0)                                        \
    X(LOAD_ATTR,         NAME,  0)                                        \
    X(STORE_ATTR,        NAME, -2)   /* TOS.name = TOS1 */                \
    X(DELETE_ATTR,       NAME, -1)                                        \
    X(LOAD_METHOD,       NAME,  1)   /* obj -> func, obj | attr, NULL */   \
    X(CALL_METHOD,       INT, MPS_SE_VAR)                                 \
    X(CALL_METHOD_KW,    INT, MPS_SE_VAR) /* kwnames tuple on top */      \
    X(CALL,              INT, MPS_SE_VAR)                                 \
    X(CALL_KW,           INT, MPS_SE_VAR) /* kwnames tuple on top */      \
    X(CALL_EX,           INT, MPS_SE_VAR) /* f, args tuple[, kwargs dict] */ \
    X(BINARY_SUBSCR,     NONE, -1)                                        \
    X(STORE_SUBSCR,      NONE, -3)   /* TOS1[TOS] = TOS2 */               \
    X(DELETE_SUBSCR,     NONE, -2)                                        \
    X(BUILD_SLICE,       INT, MPS_SE_VAR)                                 \
    X(BINARY_OP,         BINOP, -1)                                       \
    X(INPLACE_OP,        BINOP, -1)                                       \
    X(UNARY_OP,          UNOP,  0)                                        \
    X(COMPARE_OP,        CMP,  -1)                                        \
    X(BINARY_OP_CONST,   CONSTBIN, 0)  /* LOAD_CONST arg & 0xffff + BINARY_OP arg >> 16 */ \
    X(INPLACE_OP_CONST,  CONSTBIN, 0)  /* LOAD_CONST + INPLACE_OP, likewise */      \
    X(COMPARE_OP_CONST,  CONSTCMP, 0)  /* LOAD_CONST + COMPARE_OP, likewise */      \
    X(IS_OP,             INT,  -1)   /* arg 1: is not */                  \
    X(CONTAINS_OP,       INT,  -1)   /* arg 1: not in */                  \
    X(BUILD_TUPLE,       INT, MPS_SE_VAR)                                 \
    X(BUILD_LIST,        INT, MPS_SE_VAR)                                 \
    X(BUILD_SET,         INT, MPS_SE_VAR)                                 \
    X(BUILD_MAP,         INT, MPS_SE_VAR) /* arg pairs */                 \
    X(BUILD_STRING,      INT, MPS_SE_VAR)                                 \
    X(LIST_APPEND,       INT, -1)    /* list at stack[-arg] after pop */  \
    X(SET_ADD,           INT, -1)                                         \
    X(MAP_ADD,           INT, -2)                                         \
    X(LIST_EXTEND,       INT, -1)                                         \
    X(SET_UPDATE,        INT, -1)                                         \
    X(DICT_UPDATE,       INT, -1)                                         \
    X(DICT_MERGE,        INT, -1)    /* **kwargs: duplicates are errors */ \
    X(LIST_TO_TUPLE,     NONE,  0)                                        \
    X(UNPACK_SEQUENCE,   INT, MPS_SE_VAR)                                 \
    X(UNPACK_EX,         INT, MPS_SE_VAR) /* before | after << 8 */       \
    X(GET_ITER,          NONE,  0)                                        \
    X(FOR_ITER,          JUMP,  1)   /* exhausted: pop iter and jump */   \
    X(CLOSE_ITER,        NONE, -1)   /* pop iter; close it if a generator */ \
    X(JUMP_FORWARD,      JUMP,  0)                                        \
    X(JUMP_BACKWARD,     JUMP,  0)   /* tests the eval breaker */         \
    X(POP_JUMP_IF_FALSE, JUMP, -1)                                        \
    X(POP_JUMP_IF_TRUE,  JUMP, -1)                                        \
    X(JUMP_IF_FALSE_OR_POP, JUMP, -1)                                     \
    X(JUMP_IF_TRUE_OR_POP,  JUMP, -1)                                     \
    X(RETURN_VALUE,      NONE, -1)                                        \
    X(YIELD_VALUE,       NONE,  0)   /* value out, sent value in */       \
    X(GET_YIELD_FROM_ITER, NONE, 0)                                       \
    X(SEND,              JUMP, -1)   /* iter, v -> iter, x | r (jump) */  \
    X(MAKE_FUNCTION,     INT, MPS_SE_VAR) /* 1 defaults 2 kwdefaults 4 closure 8 annotations */ \
    X(BUILD_CLASS,       INT, MPS_SE_VAR) /* body func, name, bases… */   \
    X(PRINT_EXPR,        NONE, -1)                                        \
    X(RAISE_VARARGS,     INT, MPS_SE_VAR)                                 \
    X(RERAISE,           NONE, -1)                                        \
    X(PUSH_EXC_INFO,     NONE,  1)   /* exc -> prev_handled, exc */       \
    X(POP_EXCEPT,        NONE, -1)   /* prev_handled -> ; restores it */  \
    X(POP_EXCEPT_RERAISE, NONE, -2)  /* prev, exc -> ; restore, reraise */ \
    X(CHECK_EXC_MATCH,   NONE,  0)   /* exc, type -> exc, bool */         \
    X(BEFORE_WITH,       NONE,  1)   /* mgr -> exit, enter() */           \
    X(WITH_EXIT,         NONE, -1)   /* exit -> ; exit(None, None, None) */ \
    X(WITH_EXCEPT_START, NONE,  1)   /* exit, prev, exc -> …, exit(t,v,tb) */ \
    X(LOAD_ASSERTION_ERROR, NONE, 1)                                      \
    X(IMPORT_NAME,       NAME, -1)   /* level, fromlist -> module */      \
    X(IMPORT_FROM,       NAME,  1)   /* module -> module, attr */         \
    X(IMPORT_STAR,       NONE, -1)                                        \
    X(FORMAT_VALUE,      INT, MPS_SE_VAR) /* conv | 4: spec on top */     \
    X(PUSH_NULL,         NONE,  1)                                        \
    X(SWAP,              INT,   0)   /* swap TOS and stack[-arg] */       \
    X(COPY,              INT,   1)   /* push stack[-arg] */               \
    X(SETUP_ANNOTATIONS, NAME,  0)   /* locals[name] = {} unless present */

typedef enum {
#define MPS_OP_ENUM(name, kind, eff) MPS_OP_##name,
    MPS_OPCODES(MPS_OP_ENUM)
#undef MPS_OP_ENUM
    MPS_OP__COUNT
} MpsOpcode;

#define MPS_OP(w)   ((w) & 0xffu)
#define MPS_ARG(w)  ((w) >> 8)
#define MPS_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define MPS_ARG_MAX 0xffffffu

#endif
