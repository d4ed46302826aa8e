/*
 * lexer.re — the scanner (re2c, sentinel mode over a NUL-terminated
 * buffer) and, around it, the hand-written indentation layer: indent
 * stack, pending DEDENTs, bracket depth, NEWLINE only at depth 0.
 * Returns lemon's TK_* codes directly. Literal values are decoded later by
 * parse.c; the scanner only finds their extent.
 */
#include <string.h>
#include <stdarg.h>
#include "lexer.h"
#include "parser.h"

void mps_lex_init(MpsLexer *lx, const char *src, size_t len, int mode,
                  int line0, int col0, MpsSyntaxError *err)
{
    memset(lx, 0, sizeof *lx);
    lx->src = lx->cur = lx->bol = src;
    lx->end = src + len;
    lx->line = lx->line0 = line0;
    lx->col0 = col0;
    lx->mode = mode;
    lx->nonl = mode == MPS_PARSE_FEXPR;
    lx->at_bol = true;
    lx->nindent = 1;
    lx->err = err;
}

int mps_lex_charcol(const char *bol, const char *p)
{
    int c = 1;
    for (; bol < p; bol++)
        if (((unsigned char)*bol & 0xC0) != 0x80) c++;
    return c;
}

/* 1-based chars, with col0. Tokens come left to right, so count on from
 * the last column asked for on this line: a 100 KB line stays linear. */
static int lx_col(MpsLexer *lx, const char *p)
{
    int c;
    if (lx->colbol == lx->bol && lx->colp && lx->colp <= p)
        c = lx->colc + mps_lex_charcol(lx->colp, p) - 1;
    else
        c = mps_lex_charcol(lx->bol, p);
    lx->colbol = lx->bol;
    lx->colp = p;
    lx->colc = c;
    return c + (lx->line == lx->line0 ? lx->col0 : 0);
}

static int lx_err(MpsLexer *lx, MpsSynErrKind kind, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static int lx_err(MpsLexer *lx, MpsSynErrKind kind, int line, int col, const char *fmt, ...)
{
    va_list ap;
    if (lx->err->kind != MPS_SYNERR_NONE) return -1;
    lx->err->kind = kind;
    lx->err->line = line;
    lx->err->col = col;
    va_start(ap, fmt);
    vsnprintf(lx->err->msg, sizeof lx->err->msg, fmt, ap);
    va_end(ap);
    return -1;
}

static void lx_newline(MpsLexer *lx, const char *after)
{
    lx->line++;
    lx->bol = after;
}

/* Fill position fields and remember the statement's first token. */
static int lx_tok(MpsLexer *lx, MpsTok *t, int code, const char *s, const char *e)
{
    t->z = s;
    t->n = (int)(e - s);
    t->node = NULL;
    if (t->end_line == 0) {          /* single-line token */
        t->line = t->end_line = lx->line;
        t->col = (int)(s - lx->bol) + (lx->line == lx->line0 ? lx->col0 : 0);
        t->end_col = t->col + t->n;
    }
    if (lx->last == 0 || lx->last == TK_NEWLINE || lx->last == TK_INDENT || lx->last == TK_DEDENT) {
        if (code != TK_NEWLINE && code != TK_INDENT && code != TK_DEDENT) {
            lx->first = code;
            lx->first_line = t->line;
            lx->first_col = t->col;
            lx->line_colon = false;
        }
    }
    if (code == TK_COLON && lx->depth == 0) lx->line_colon = true;
    lx->last = code;
    return code;
}

static const char *lx_block_name(int kw)
{
    switch (kw) {
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_WITH: return "'with' statement";
    case TK_TRY: return "'try' statement";
    case TK_EXCEPT: return "'except' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    default: return "statement";
    }
}

static int lx_expected_block(MpsLexer *lx, int line, int col)
{
    return lx_err(lx, MPS_SYNERR_INDENT, line, col,
                  "expected an indented block after %s on line %d",
                  lx_block_name(lx->block_kw), lx->block_line);
}

/* A NEWLINE token ends a logical line: note whether it opened a block. */
static int lx_emit_newline(MpsLexer *lx, MpsTok *t, const char *s, const char *e)
{
    lx->want_indent = lx->last == TK_COLON;
    lx->block_kw = lx->first;
    lx->block_line = lx->first_line;
    lx->nl_line = lx->line;
    lx->nl_col = lx_col(lx, s);
    lx->at_bol = true;
    return lx_tok(lx, t, TK_NEWLINE, s, e);
}

/* End of input: NEWLINE if needed, then DEDENTs, then 0. */
static int lx_eof(MpsLexer *lx, MpsTok *t, const char *p)
{
    lx->cur = p;
    t->end_line = 0;
    if (p < lx->end)
        return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, p),
                      "source code cannot contain null bytes");
    if (lx->depth > 0 && !lx->nonl) {
        int d = lx->depth - 1;
        lx->err->incomplete = true;
        return lx_err(lx, MPS_SYNERR_SYNTAX, lx->bline[d], lx->bcol[d],
                      "'%c' was never closed", lx->bkind[d]);
    }
    if (!lx->nonl && lx->last != 0 && lx->last != TK_NEWLINE &&
        lx->last != TK_DEDENT && lx->last != TK_INDENT && lx->last != TK_EVAL_START)
        return lx_emit_newline(lx, t, p, p);
    if (lx->want_indent) {
        lx->err->incomplete = true;
        return lx_expected_block(lx, lx->nl_line, lx->nl_col);
    }
    if (lx->nindent > 1) {
        lx->nindent--;
        return lx_tok(lx, t, TK_DEDENT, p, p);
    }
    lx->eof = true;
    return lx_tok(lx, t, 0, p, p);
}

/*
 * At the start of a logical line (bracket depth 0): skip blank and
 * comment-only lines, measure the indentation, and queue INDENT/DEDENTs.
 * Returns a token code to return now, -1 on error, or -2 to go on scanning.
 */
static int lx_indent(MpsLexer *lx, MpsTok *t)
{
    for (;;) {
        const char *p = lx->cur;
        int col = 0, alt = 0;
        for (;; p++) {
            if (*p == ' ') { col++; alt++; }
            else if (*p == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (*p == '\f') { col = alt = 0; }
            else break;
        }
        bool comment = *p == '#';
        if (comment)
            while (*p && *p != '\n' && *p != '\r') p++;
        if (*p == '\n' || *p == '\r') {         /* blank line */
            p += (p[0] == '\r' && p[1] == '\n') ? 2 : 1;
            lx->cur = p;
            lx_newline(lx, p);
            continue;
        }
        lx->cur = p;
        bool expr = lx->mode != MPS_PARSE_FILE && lx->mode != MPS_PARSE_SINGLE;
        if (*p == 0 && !(expr && col > 0 && !comment)) return -2;   /* end of input: lx_eof decides */
        lx->at_bol = false;
        if (expr) {
            /* an expression has no blocks: CPython's tokenizer still finds
             * the indent (even of trailing blanks), which is unexpected */
            if (col > 0)
                return lx_err(lx, MPS_SYNERR_INDENT, lx->line, lx_col(lx, p) - 1, "unexpected indent");
            return -2;
        }
        bool want = lx->want_indent;
        lx->want_indent = false;
        int top = lx->indent[lx->nindent - 1], alttop = lx->altindent[lx->nindent - 1];
        if (col == top) {
            if (alt != alttop)
                return lx_err(lx, MPS_SYNERR_TAB, lx->line, 1,
                              "inconsistent use of tabs and spaces in indentation");
            if (want) return lx_expected_block(lx, lx->line, lx_col(lx, p));
            return -2;
        }
        if (col > top) {
            if (alt <= alttop)
                return lx_err(lx, MPS_SYNERR_TAB, lx->line, 1,
                              "inconsistent use of tabs and spaces in indentation");
            if (!want)
                return lx_err(lx, MPS_SYNERR_INDENT, lx->line, lx_col(lx, p) - 1,
                              "unexpected indent");
            if (lx->nindent == MPS_LEX_MAXINDENT)
                return lx_err(lx, MPS_SYNERR_INDENT, lx->line, lx_col(lx, p),
                              "too many levels of indentation");
            lx->indent[lx->nindent] = col;
            lx->altindent[lx->nindent++] = alt;
            t->end_line = 0;
            return lx_tok(lx, t, TK_INDENT, p, p);
        }
        if (want) return lx_expected_block(lx, lx->line, lx_col(lx, p));
        while (lx->nindent > 1 && col < lx->indent[lx->nindent - 1]) {
            lx->nindent--;
            lx->dedents++;
        }
        if (col != lx->indent[lx->nindent - 1]) {
            const char *e = p;
            while (*e && *e != '\n' && *e != '\r') e++;
            return lx_err(lx, MPS_SYNERR_INDENT, lx->line, lx_col(lx, e) ,
                          "unindent does not match any outer indentation level");
        }
        if (alt != lx->altindent[lx->nindent - 1])
            return lx_err(lx, MPS_SYNERR_TAB, lx->line, 1,
                          "inconsistent use of tabs and spaces in indentation");
        return -2;
    }
}

/* Scan the body of a string literal whose opening quote ends at p. */
static int lx_string(MpsLexer *lx, MpsTok *t, const char *s, const char *p)
{
    char q = p[-1];
    bool triple = p[0] == q && p[1] == q;
    int line = lx->line, col = (int)(s - lx->bol) + (lx->line == lx->line0 ? lx->col0 : 0);
    int ccol = lx_col(lx, s);
    if (triple) p += 2;
    for (;;) {
        char c = *p;
        if (c == 0) {
            int dl = lx->line - (p > lx->src && (p[-1] == '\n' || p[-1] == '\r'));
            if (triple) lx->err->incomplete = p == lx->end;
            return lx_err(lx, MPS_SYNERR_SYNTAX, line, ccol,
                          triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                 : "unterminated string literal (detected at line %d)", dl);
        }
        if (c == '\\') {
            if (p[1] == 0) { p++; continue; }
            if (p[1] == '\n' || p[1] == '\r') {
                p += (p[1] == '\r' && p[2] == '\n') ? 3 : 2;
                lx_newline(lx, p);
                continue;
            }
            p += 2;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple)
                return lx_err(lx, MPS_SYNERR_SYNTAX, line, ccol,
                              "unterminated string literal (detected at line %d)", lx->line);
            p += (c == '\r' && p[1] == '\n') ? 2 : 1;
            lx_newline(lx, p);
            continue;
        }
        if (c == q) {
            if (!triple) { p++; break; }
            if (p[1] == q && p[2] == q) { p += 3; break; }
        }
        p++;
    }
    lx->cur = p;
    t->line = line;
    t->col = col;
    t->end_line = lx->line;
    t->end_col = (int)(p - lx->bol) + (lx->line == lx->line0 ? lx->col0 : 0);
    return lx_tok(lx, t, TK_STRING, s, p);
}

static bool lx_idchar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 0x80;
}

/* A number must not run into a name: "1abc" is an error, "1if" is not. */
static int lx_number(MpsLexer *lx, MpsTok *t, const char *s, const char *p, int base)
{
    static const char *const okw[] = { "and", "else", "for", "if", "in", "is", "not", "or", NULL };
    unsigned char c = (unsigned char)*p;
    if (base == 10 && *s == '0' && c >= '0' && c <= '9') {
        const char *e = p;
        while ((*e >= '0' && *e <= '9') || *e == '_') e++;
        if (*e != '.' && *e != 'e' && *e != 'E' && *e != 'j' && *e != 'J')
            return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, s),
                          "leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers");
    }
    if (lx_idchar(c)) {
        for (int i = 0; okw[i]; i++) {
            size_t n = strlen(okw[i]);
            if (strncmp(p, okw[i], n) == 0 && !lx_idchar((unsigned char)p[n]))
                goto ok;
        }
        if (base == 2 || base == 8) {
            if (c >= '0' && c <= '9')
                return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, p),
                              "invalid digit '%c' in %s literal", c, base == 2 ? "binary" : "octal");
            return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, p),
                          "invalid %s literal", base == 2 ? "binary" : "octal");
        }
        if (base == 16)
            return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, p - 1), "invalid hexadecimal literal");
        return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, c == '_' ? p : p - 1),
                      "invalid decimal literal");
    }
ok:
    if ((base == 2 || base == 8) && p - s == 2)
        return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, p - 1),
                      "invalid %s literal", base == 2 ? "binary" : "octal");
    lx->cur = p;
    return lx_tok(lx, t, TK_NUMBER, s, p);
}

static int lx_open(MpsLexer *lx, MpsTok *t, int code, const char *s, const char *p)
{
    if (lx->depth == MPS_LEX_MAXDEPTH)
        return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, s), "too many nested parentheses");
    lx->bkind[lx->depth] = *s;
    lx->bline[lx->depth] = lx->line;
    lx->bcol[lx->depth++] = lx_col(lx, s);
    lx->cur = p;
    return lx_tok(lx, t, code, s, p);
}

static int lx_close(MpsLexer *lx, MpsTok *t, int code, const char *s, const char *p)
{
    static const char open_of[] = { [')'] = '(', [']'] = '[', ['}'] = '{' };
    if (lx->depth == 0)
        return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, s), "unmatched '%c'", *s);
    char o = lx->bkind[lx->depth - 1];
    if (o != open_of[(unsigned char)*s]) {
        if (lx->bline[lx->depth - 1] != lx->line)
            return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, s),
                          "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                          *s, o, lx->bline[lx->depth - 1]);
        return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, s),
                      "closing parenthesis '%c' does not match opening parenthesis '%c'", *s, o);
    }
    lx->depth--;
    lx->cur = p;
    return lx_tok(lx, t, code, s, p);
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:utf-8 = 0;

    nl        = "\r\n" | "\n" | "\r";
    idstart   = [a-zA-Z_\x80-\xff];
    idcont    = [a-zA-Z_0-9\x80-\xff];
    digitpart = [0-9] ("_"? [0-9])*;
    decint    = [1-9] ("_"? [0-9])* | "0" ("_"? "0")*;
    hexint    = "0" [xX] ("_"? [0-9a-fA-F])+;
    octint    = "0" [oO] ("_"? [0-7])+;
    binint    = "0" [bB] ("_"? [01])+;
    exponent  = [eE] [+-]? digitpart;
    pointfl   = digitpart? "." digitpart | digitpart ".";
    floatnum  = pointfl exponent? | digitpart exponent;
    imagnum   = (floatnum | digitpart) [jJ];
    strprefix = [rRuUfFbB] | [fF][rR] | [rR][fF] | [bB][rR] | [rR][bB];
*/

int mps_lex_next(MpsLexer *lx, MpsTok *t)
{
    if (lx->err->kind != MPS_SYNERR_NONE) return -1;
    if (lx->eof) { t->end_line = 0; return lx_tok(lx, t, 0, lx->cur, lx->cur); }
    for (;;) {
        if (lx->dedents > 0) {
            lx->dedents--;
            t->end_line = 0;
            return lx_tok(lx, t, TK_DEDENT, lx->cur, lx->cur);
        }
        if (lx->at_bol && lx->depth == 0 && !lx->nonl) {
            int r = lx_indent(lx, t);
            if (r != -2) return r;
            if (lx->dedents > 0) continue;
        }
        const unsigned char *YYCURSOR = (const unsigned char *)lx->cur, *YYMARKER = YYCURSOR;
        const char *s = lx->cur;
        t->end_line = 0;
#define P ((const char *)YYCURSOR)
#define TOK(code) do { lx->cur = P; return lx_tok(lx, t, (code), s, P); } while (0)
        /*!re2c
        "\x00"          { return lx_eof(lx, t, s); }
        [ \t\f]+        { lx->cur = P; continue; }
        "#" [^\r\n\x00]* {
            /* a comment: the NEWLINE that follows is reported at the '#' */
            const char *e = P;
            lx->cur = e;
            if (*e == 0 || lx->depth > 0 || lx->nonl) continue;
            e += (e[0] == '\r' && e[1] == '\n') ? 2 : 1;
            lx->cur = e;
            int r = lx_emit_newline(lx, t, s, s + 1);
            lx_newline(lx, e);
            return r;
        }
        nl {
            lx->cur = P;
            if (lx->depth > 0 || lx->nonl) { lx_newline(lx, P); continue; }
            int r = lx_emit_newline(lx, t, s, s + 1);
            lx_newline(lx, P);
            return r;
        }
        "\\" nl {
            int bcol = lx_col(lx, s) + 1, bline = lx->line;
            lx->cur = P;
            lx_newline(lx, P);
            if (*P == 0) {
                lx->err->incomplete = true;
                return lx_err(lx, MPS_SYNERR_SYNTAX, bline, bcol, "unexpected EOF while parsing");
            }
            continue;
        }
        "\\" "\x00" {
            lx->err->incomplete = true;
            return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, s) + 1,
                          "unexpected EOF while parsing");
        }
        "\\" {
            return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, s) + 1,
                          "unexpected character after line continuation character");
        }

        "False"     { TOK(TK_FALSE); }
        "None"      { TOK(TK_NONE); }
        "True"      { TOK(TK_TRUE); }
        "and"       { TOK(TK_AND); }
        "as"        { TOK(TK_AS); }
        "assert"    { TOK(TK_ASSERT); }
        "async"     { TOK(TK_ASYNC); }
        "await"     { TOK(TK_AWAIT); }
        "break"     { TOK(TK_BREAK); }
        "class"     { TOK(TK_CLASS); }
        "continue"  { TOK(TK_CONTINUE); }
        "def"       { TOK(TK_DEF); }
        "del"       { TOK(TK_DEL); }
        "elif"      { TOK(TK_ELIF); }
        "else"      { TOK(TK_ELSE); }
        "except"    { TOK(TK_EXCEPT); }
        "finally"   { TOK(TK_FINALLY); }
        "for"       { TOK(TK_FOR); }
        "from"      { TOK(TK_FROM); }
        "global"    { TOK(TK_GLOBAL); }
        "if"        { TOK(TK_IF); }
        "import"    { TOK(TK_IMPORT); }
        "in"        { TOK(TK_IN); }
        "is"        { TOK(TK_IS); }
        "lambda"    { TOK(TK_LAMBDA); }
        "nonlocal"  { TOK(TK_NONLOCAL); }
        "not"       { TOK(TK_NOT); }
        "or"        { TOK(TK_OR); }
        "pass"      { TOK(TK_PASS); }
        "raise"     { TOK(TK_RAISE); }
        "return"    { TOK(TK_RETURN); }
        "try"       { TOK(TK_TRY); }
        "while"     { TOK(TK_WHILE); }
        "with"      { TOK(TK_WITH); }
        "yield"     { TOK(TK_YIELD); }

        strprefix? ['"]  { return lx_string(lx, t, s, P); }
        idstart idcont*  { TOK(TK_NAME); }

        decint           { return lx_number(lx, t, s, P, 10); }
        hexint           { return lx_number(lx, t, s, P, 16); }
        octint           { return lx_number(lx, t, s, P, 8); }
        binint           { return lx_number(lx, t, s, P, 2); }
        floatnum         { return lx_number(lx, t, s, P, 0); }
        imagnum          { return lx_number(lx, t, s, P, 0); }
        "0" [xX]         { return lx_err(lx, MPS_SYNERR_SYNTAX, lx->line, lx_col(lx, P), "invalid hexadecimal literal"); }
        "0" [oO]         { return lx_number(lx, t, s, P, 8); }
        "0" [bB]         { return lx_number(lx, t, s, P, 2); }

        "("   { return lx_open(lx, t, TK_LPAR, s, P); }
        "["   { return lx_open(lx, t, TK_LBRACKET, s, P); }
        "{"   { return lx_open(lx, t, TK_LBRACE, s, P); }
        ")"   { return lx_close(lx, t, TK_RPAR, s, P); }
        "]"   { return lx_close(lx, t, TK_RBRACKET, s, P); }
        "}"   { return lx_close(lx, t, TK_RBRACE, s, P); }

        "..." { TOK(TK_ELLIPSIS); }
        "."   { TOK(TK_DOT); }
        ","   { TOK(TK_COMMA); }
        ":="  { TOK(TK_COLONEQ); }
        ":"   { TOK(TK_COLON); }
        ";"   { TOK(TK_SEMI); }
        "->"  { TOK(TK_ARROW); }
        "@"   { TOK(TK_AT); }
        "="   { TOK(TK_EQ); }
        "=="  { TOK(TK_EQEQ); }
        "!="  { TOK(TK_NE); }
        "<"   { TOK(TK_LT); }
        ">"   { TOK(TK_GT); }
        "<="  { TOK(TK_LE); }
        ">="  { TOK(TK_GE); }
        "+"   { TOK(TK_PLUS); }
        "-"   { TOK(TK_MINUS); }
        "*"   { TOK(TK_STAR); }
        "/"   { TOK(TK_SLASH); }
        "//"  { TOK(TK_DSLASH); }
        "%"   { TOK(TK_PERCENT); }
        "**"  { TOK(TK_DSTAR); }
        "~"   { TOK(TK_TILDE); }
        "&"   { TOK(TK_AMP); }
        "|"   { TOK(TK_PIPE); }
        "^"   { TOK(TK_CARET); }
        "<<"  { TOK(TK_LSHIFT); }
        ">>"  { TOK(TK_RSHIFT); }
        "+="  { TOK(TK_PLUSEQ); }
        "-="  { TOK(TK_MINUSEQ); }
        "*="  { TOK(TK_STAREQ); }
        "/="  { TOK(TK_SLASHEQ); }
        "//=" { TOK(TK_DSLASHEQ); }
        "%="  { TOK(TK_PERCENTEQ); }
        "**=" { TOK(TK_DSTAREQ); }
        "&="  { TOK(TK_AMPEQ); }
        "|="  { TOK(TK_PIPEEQ); }
        "^="  { TOK(TK_CARETEQ); }
        "<<=" { TOK(TK_LSHIFTEQ); }
        ">>=" { TOK(TK_RSHIFTEQ); }
        "@="  { TOK(TK_ATEQ); }

        * { TOK(TK_ILLEGAL); }
        */
#undef TOK
#undef P
    }
}
