/* dump.c — parse a file with the mps front end and print the AST in
 * CPython's ast.dump() form, or the syntax error as
 * "Kind: msg (line L, col C)[ incomplete]". Usage: dump [-p] [-e|-s] FILE (-p: with lineno/col_offset) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "grammar/lexer.h"

int main(int argc, char **argv)
{
    MpsParseMode mode = MPS_PARSE_FILE;
    int i = 1;
    if (i < argc && strcmp(argv[i], "-p") == 0) { mps_ast_dump_positions = true; i++; }
    if (i < argc && strcmp(argv[i], "-e") == 0) { mode = MPS_PARSE_EVAL; i++; }
    else if (i < argc && strcmp(argv[i], "-s") == 0) { mode = MPS_PARSE_SINGLE; i++; }
    if (i >= argc) { fprintf(stderr, "usage: dump [-e|-s] FILE\n"); return 2; }
    FILE *f = fopen(argv[i], "rb");
    if (!f) { perror(argv[i]); return 2; }
    size_t cap = 1 << 16, len = 0, n;
    char *buf = malloc(cap);
    while ((n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    buf[len] = 0;
    MpsArena arena;
    mps_arena_init(&arena);
    MpsSyntaxError err;
    MpsAst *m = mps_parse(&arena, buf, len, mode, &err);
    if (!m) {
        static const char *const kinds[] = { "None", "SyntaxError", "IndentationError", "TabError" };
        printf("%s: %s (line %d, col %d)%s\n", kinds[err.kind], err.msg, err.line, err.col,
               err.incomplete ? " incomplete" : "");
        mps_arena_free(&arena);
        free(buf);
        return 1;
    }
    mps_ast_dump(m, stdout);
    putchar('\n');
    mps_arena_free(&arena);
    free(buf);
    return 0;
}
