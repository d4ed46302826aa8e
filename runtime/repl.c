/*
 * repl.c — the interactive loop.
 *
 * Input is gathered line by line until it compiles. The compiler reports
 * "incomplete" when the text ends inside a bracket, a string or an
 * unfinished block; a compound statement (if/for/def/…) additionally runs
 * only after an empty line, as in CPython, so a block can be continued.
 * Expression statements print themselves (MPS_PARSE_SINGLE).
 *
 * Line editing uses readline's callback interface around select(), so a
 * SIGINT (whose handler only sets a flag) interrupts the wait with EINTR
 * and the REPL can discard the line; without readline, or when stdin is
 * not a terminal, lines are read with read(2) byte by byte so that fd 0
 * stays positioned for input() of the program.
 */
#include "runtime.h"
#include "../grammar/compile.h"
#include "../vm/code.h"
#include "../stdlib/stdlib.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#ifdef MPS_HAVE_READLINE
#include <readline/readline.h>
#include <readline/history.h>
#endif

typedef struct MpsRepl {
    MpsThread *t;
    bool tty;               /* stdin is a terminal: prompts on stdout, editing */
    char *hist;             /* history file, or NULL */
} MpsRepl;

/* ---------------------------------------------------------------- reading a line */

enum { MPS_REPL_EOF = 0, MPS_REPL_LINE = 1, MPS_REPL_INTR = -1 };

static void mps_repl_say(const char *s)
{
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t w = write(1, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

#ifdef MPS_HAVE_READLINE
/* readline's line callback takes no context pointer: the line comes back
 * through these two (one REPL per process, only touched by the main thread) */
static char *mps_repl_rl_line;
static bool mps_repl_rl_done;

static void mps_repl_rl_cb(char *line)
{
    mps_repl_rl_line = line;
    mps_repl_rl_done = true;
    rl_callback_handler_remove();
}

static int mps_repl_read_rl(MpsRepl *r, const char *prompt, char **out)
{
    MpsInterp *in = r->t->interp;
    mps_repl_rl_line = NULL;
    mps_repl_rl_done = false;
    rl_callback_handler_install(prompt, mps_repl_rl_cb);
    while (!mps_repl_rl_done) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(0, &fds);
        /* other threads run while the prompt waits */
        if (in->hooks.gil_release) in->hooks.gil_release(r->t);
        int n = select(1, &fds, NULL, NULL, NULL);
        int e = errno;
        if (in->hooks.gil_acquire) in->hooks.gil_acquire(r->t);
        errno = e;
        if (n < 0 && errno == EINTR) {
            if (!mps_sig_pending(in)) continue;
            mps_sig_clear(in);
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            mps_repl_say("\nKeyboardInterrupt\n");
            return MPS_REPL_INTR;
        }
        if (n < 0) { rl_callback_handler_remove(); return MPS_REPL_EOF; }
        rl_callback_read_char();
    }
    if (!mps_repl_rl_line) return MPS_REPL_EOF;
    *out = mps_repl_rl_line;
    return MPS_REPL_LINE;
}
#endif

static int mps_repl_read_plain(MpsRepl *r, const char *prompt, char **out)
{
    MpsInterp *in = r->t->interp;
    /* CPython writes prompts to stderr when input is not a terminal */
    if (r->tty) mps_repl_say(prompt);
    else if (write(2, prompt, strlen(prompt)) < 0) { /* nothing to do */ }
    MpsBuf b;
    mps_buf_init(&b);
    for (;;) {
        char c;
        if (in->hooks.gil_release) in->hooks.gil_release(r->t);
        ssize_t n = read(0, &c, 1);
        int e = errno;
        if (in->hooks.gil_acquire) in->hooks.gil_acquire(r->t);
        errno = e;
        if (n == 1) {
            if (c == '\n') break;
            mps_buf_addc(&b, c);
            continue;
        }
        if (n < 0 && errno == EINTR) {
            if (!mps_sig_pending(in)) continue;
            mps_sig_clear(in);
            mps_buf_free(&b);
            mps_repl_say("\nKeyboardInterrupt\n");
            return MPS_REPL_INTR;
        }
        if (b.len == 0) { mps_buf_free(&b); return MPS_REPL_EOF; }
        break;                  /* last line without a newline */
    }
    mps_buf_addc(&b, 0);
    *out = b.data;
    return MPS_REPL_LINE;
}

static int mps_repl_read(MpsRepl *r, const char *prompt, char **out)
{
    mps_io_flush_all(r->t->interp);     /* output of the last input before the prompt */
    if (mps_sig_pending(r->t->interp)) mps_sig_clear(r->t->interp);
#ifdef MPS_HAVE_READLINE
    if (r->tty) return mps_repl_read_rl(r, prompt, out);
#endif
    return mps_repl_read_plain(r, prompt, out);
}

/* ---------------------------------------------------------------- the loop */

static bool mps_repl_blank(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\r') s++;
    return *s == 0 || *s == '#';
}

/* does this first line start a compound statement (needs an empty line)? */
static bool mps_repl_starts_block(const char *s)
{
    static const char *const kw[] = { "if", "while", "for", "def", "class", "try",
                                      "with", "async", NULL };
    while (*s == ' ' || *s == '\t') s++;
    if (*s == '@') return true;
    for (int i = 0; kw[i]; i++) {
        size_t n = strlen(kw[i]);
        if (strncmp(s, kw[i], n) == 0 && !(isalnum((unsigned char)s[n]) || s[n] == '_'))
            return true;
    }
    return false;
}

/* the last non-blank line of src ends with ':' (an empty block follows) */
static bool mps_repl_ends_colon(const char *src, size_t len)
{
    while (len > 0 && isspace((unsigned char)src[len - 1])) len--;
    return len > 0 && src[len - 1] == ':';
}

static void mps_repl_print_exc(MpsThread *t)
{
    MpsValue exc = mps_exc_fetch(t);
    MPS_ROOT(t, exc);
    MpsBuf b;
    mps_buf_init(&b);
    mps_print_exception(t, exc, &b);
    mps_exc_clear(t);
    mps_io_flush(t->interp, 1);
    mps_io_write(t, 2, b.data, b.len);
    mps_io_flush(t->interp, 2);
    mps_buf_free(&b);
    MPS_UNROOT(t, 1);
}

/* Run compiled input. Returns -1 to go on, else the exit status (SystemExit). */
static int mps_repl_exec(MpsThread *t, MpsValue code, MpsDict *g)
{
    MPS_ROOT(t, code);
    MpsValue r = mps_vm_run(t, code, g);
    MPS_UNROOT(t, 1);
    if (r) return -1;
    if (mps_exc_matches(t, MPS_EXCCLS(t, SystemExit)))
        return mps_rt_report_exit(t);
    mps_repl_print_exc(t);
    return -1;
}

int mps_repl_run(MpsThread *t, MpsValue module, bool banner)
{
    MpsInterp *in = t->interp;
    MpsRepl r = { .t = t, .tty = isatty(0) };
    MpsDict *g = MPS_MODULE(module)->dict;
    MPS_RT(in)->interactive = true;
    if (banner && r.tty)
        mps_repl_say("mps " MPS_VERSION " (a Python 3 subset with built-in processes)\n"
                     "Type Ctrl-D to exit.\n");
#ifdef MPS_HAVE_READLINE
    if (r.tty) {
        rl_readline_name = "mps";
        rl_catch_signals = 0;               /* our handler sets the flag; select() sees EINTR */
        rl_bind_key('\t', rl_insert);       /* TAB indents */
        using_history();
        stifle_history(1000);
        const char *home = getenv("HOME");
        if (home && *home) {
            size_t n = strlen(home) + 16;
            r.hist = malloc(n);
            if (r.hist) { snprintf(r.hist, n, "%s/.mps_history", home); read_history(r.hist); }
        }
    }
#endif
    MpsBuf src;
    mps_buf_init(&src);
    bool block = false;
    int status = 0;
    for (;;) {
        char *line = NULL;
        int rc = mps_repl_read(&r, src.len ? "... " : ">>> ", &line);
        if (rc == MPS_REPL_INTR) { src.len = 0; continue; }
        bool eof = rc == MPS_REPL_EOF;
        if (eof) {
            if (r.tty) mps_repl_say("\n");
            if (src.len == 0) break;
            line = strdup("");           /* run what is pending, as CPython at EOF */
        }
#ifdef MPS_HAVE_READLINE
        if (r.tty && line[0]) add_history(line);
#endif
        bool blank = mps_repl_blank(line);
        if (src.len == 0 && blank) { free(line); continue; }
        if (src.len == 0) block = mps_repl_starts_block(line);
        mps_buf_adds(&src, line);
        mps_buf_addc(&src, '\n');
        free(line);

        bool incomplete = false;
        mps_buf_addc(&src, 0);
        src.len--;
        MpsValue code = mps_compile(t, src.data, src.len, "<stdin>", MPS_PARSE_SINGLE, &incomplete);
        if (!code) {
            bool empty_block = blank && block && mps_repl_ends_colon(src.data, src.len);
            if (incomplete && !eof && !empty_block) { mps_exc_clear(t); continue; }
            mps_repl_print_exc(t);
            src.len = 0;
            if (eof) break;
            continue;
        }
        if (block && !blank && !eof) continue;      /* a block ends on an empty line */
        src.len = 0;
        status = mps_repl_exec(t, code, g);
        if (status >= 0) break;
        status = 0;
        if (eof) break;
    }
    mps_buf_free(&src);
#ifdef MPS_HAVE_READLINE
    if (r.hist) { write_history(r.hist); free(r.hist); }
#endif
    MPS_RT(in)->interactive = false;
    return status;
}
