/*
 * compile.h — source text to code object (parse with grammar/ast.h, then
 * compile the tree to bytecode, vm/opcodes.h).
 */
#ifndef MPS_COMPILE_H
#define MPS_COMPILE_H

#include "../vm/interp.h"
#include "ast.h"

/* Compile src (src[len] == '\0') to a code object. On a syntax error raises
 * SyntaxError/IndentationError (args (msg, (filename, lineno, offset,
 * text)), attributes msg, filename, lineno, offset, text) and returns
 * MPS_NULL; *incomplete (may be NULL) tells the REPL that more input could
 * complete the statement. MPS_PARSE_SINGLE: expression statements print
 * their value; MPS_PARSE_EVAL: the code returns the expression's value. */
MpsValue mps_compile(MpsThread *t, const char *src, size_t len, const char *filename,
                     MpsParseMode mode, bool *incomplete);

#endif
