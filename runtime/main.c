/*
 * main.c — the command line (SPEC §1) and the composition root: it creates
 * the interpreter, installs the runtime hooks, lets stdlib register the
 * builtins and modules, then runs a file, a command, a module, stdin or
 * the REPL.
 */
#include "runtime.h"
#include "gil.h"
#include "../grammar/compile.h"
#include "../vm/code.h"
#include "../stdlib/stdlib.h"
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char mps_main_usage[] =
    "usage: mps [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char mps_main_help[] =
    "Options:\n"
    "  -c cmd        run the program passed as a string (terminates the option list)\n"
    "  -m mod        run a module found on the module path as __main__\n"
    "  -i            enter the REPL after running the script or command\n"
    "  -u            unbuffered stdout (flushed at every newline)\n"
    "  -W arg        warning control: action:message:category:module:lineno\n"
    "                (as CPython's; may be given more than once)\n"
    "  --dis         print the bytecode of the program (every function), do not run it\n"
    "  --gil-stats   at exit print, per process and thread, GIL acquisitions,\n"
    "                time holding, time waiting and forced switches\n"
    "  -V, --version print the version and exit\n"
    "  -h, --help    print this help and exit\n"
    "  file          program read from a file (.mps or .py)\n"
    "  -             program read from stdin (the default when stdin is not a terminal)\n"
    "  arg ...       arguments passed to the program in sys.argv[1:]\n"
    "\n"
    "Environment:\n"
    "  MPSPATH       ':'-separated directories added to the module search path\n"
    "  MPSWARNINGS   ','-separated warning options, applied before -W ones\n";

typedef struct MpsOpts {
    const char *cmd, *module, *file;   /* -c, -m, script (or "-" for stdin) */
    bool inspect, dis, gil_stats, unbuffered, quiet;
    const char *spawn_fd;              /* --mp-spawn FD MAIN (hidden): a spawned child */
    const char *freeze;                /* --freeze OUT.c (hidden): a build step */
    int argi;                          /* first argv index for sys.argv[1:] */
    const char **wopts;                /* -W options, in order (nwopts of them) */
    int nwopts;
} MpsOpts;

static _Noreturn void mps_main_usage_error(const char *fmt, const char *arg)
{
    fputs("mps: ", stderr);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    fputs(mps_main_usage, stderr);
    fputs("Try `mps -h' for more information.\n", stderr);
    exit(2);
}

/* Options come before the program; single-letter ones may be grouped
 * (-iu), and -c/-m take the rest of their group or the next argument. */
static void mps_main_parse(int argc, char **argv, MpsOpts *o)
{
    int i = 1;
    o->wopts = calloc((size_t)argc, sizeof *o->wopts);
    if (!o->wopts) { fputs("mps: out of memory\n", stderr); exit(1); }
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) { i++; break; }
        if (a[1] == '-') {
            if (strcmp(a, "--dis") == 0) o->dis = true;
            else if (strcmp(a, "--gil-stats") == 0) o->gil_stats = true;
            else if (strcmp(a, "--mp-spawn") == 0) {
                /* multiprocessing's spawn start method: `mps --mp-spawn FD MAIN` */
                if (i + 2 >= argc) mps_main_usage_error("%s needs FD and MAIN", a);
                o->spawn_fd = argv[i + 1];
                o->file = argv[i + 2];
                o->argi = i + 3;          /* the parent's sys.argv[1:] follow */
                return;
            }
            else if (strcmp(a, "--freeze") == 0) {
                if (i + 1 >= argc) mps_main_usage_error("%s needs a file", a);
                o->freeze = argv[i + 1];
                o->argi = argc;
                return;
            }
            else if (strcmp(a, "--version") == 0) { puts("mps " MPS_VERSION); exit(0); }
            else if (strcmp(a, "--help") == 0) { fputs(mps_main_usage, stdout); fputs(mps_main_help, stdout); exit(0); }
            else mps_main_usage_error("unknown option %s", a);
            continue;
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c': case 'm': case 'X': case 'W': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) {
                    char opt[3] = { '-', *p, 0 };
                    mps_main_usage_error("argument expected for the %s option", opt);
                }
                if (*p == 'X') goto next_arg;           /* CPython's -X: accepted, ignored */
                if (*p == 'W') { o->wopts[o->nwopts++] = val; goto next_arg; }
                if (*p == 'c') o->cmd = val; else o->module = val;
                o->argi = i + 1;
                return;
            }
            case 'i': o->inspect = true; break;
            case 'u': o->unbuffered = true; break;
            case 'q': o->quiet = true; break;
            case 'V': puts("mps " MPS_VERSION); exit(0);
            case 'h': fputs(mps_main_usage, stdout); fputs(mps_main_help, stdout); exit(0);
            case 'B': case 'E': case 's': case 'S': case 'O': case 'I':
                break;                                   /* CPython flags with no meaning here */
            default: {
                char opt[3] = { '-', *p, 0 };
                mps_main_usage_error("unknown option %s", opt);
            }
            }
        }
    next_arg:;
    }
    if (i < argc) { o->file = argv[i]; i++; }
    o->argi = i;
}

/* fill a list in place (stdlib's sys module may already hold it) */
static MpsValue mps_main_list(MpsThread *t, MpsValue lst)
{
    if (lst && mps_is_list(lst)) { MPS_LIST(lst)->len = 0; return lst; }
    return mps_list_new(t, 0);
}

static int mps_main_append(MpsThread *t, MpsValue lst, const char *s)
{
    MpsValue v = mps_str_cstr_new(t, s);
    return v ? mps_list_append(t, lst, v) : -1;
}

static _Noreturn void mps_main_fatal(MpsThread *t)
{
    mps_rt_exit(t, mps_rt_report_exit(t));
}

/* sys.argv and sys.path. path[0] is the script's directory as given ("" =
 * the current one), so module files and tracebacks keep relative names. */
static void mps_main_setup_sys(MpsThread *t, const MpsOpts *o, int argc, char **argv,
                               const char *argv0, const char *dir0)
{
    MpsInterp *in = t->interp;
    MpsValue av = mps_main_list(t, in->argv);
    if (!av) mps_main_fatal(t);
    in->argv = av;
    if (mps_main_append(t, av, argv0) < 0) mps_main_fatal(t);
    for (int i = o->argi; i < argc; i++)
        if (mps_main_append(t, av, argv[i]) < 0) mps_main_fatal(t);
    MpsValue pv = mps_main_list(t, in->path);
    if (!pv) mps_main_fatal(t);
    in->path = pv;
    if (mps_main_append(t, pv, dir0) < 0) mps_main_fatal(t);
    const char *env = getenv("MPSPATH");
    if (env) {
        char *copy = strdup(env), *save = NULL;
        for (char *p = copy ? strtok_r(copy, ":", &save) : NULL; p; p = strtok_r(NULL, ":", &save))
            if (mps_main_append(t, pv, p) < 0) mps_main_fatal(t);
        free(copy);
    }
}

/* sys.warnoptions: MPSWARNINGS (comma-separated) then the -W options; the
 * warnings module applies them when imported, which happens now, so that a
 * bad option is reported even if the program never warns. */
static void mps_main_warnoptions(MpsThread *t, const MpsOpts *o)
{
    MpsValue sys = mps_import_module(t, "sys");
    MpsValue wl = sys ? mps_getattr_cstr(t, sys, "warnoptions") : MPS_NULL;
    if (!wl || !mps_is_list(wl)) mps_main_fatal(t);
    const char *env = getenv("MPSWARNINGS");
    if (env && *env) {
        char *copy = strdup(env), *save = NULL;
        for (char *p = copy ? strtok_r(copy, ",", &save) : NULL; p; p = strtok_r(NULL, ",", &save))
            if (mps_main_append(t, wl, p) < 0) mps_main_fatal(t);
        free(copy);
    }
    for (int i = 0; i < o->nwopts; i++)
        if (mps_main_append(t, wl, o->wopts[i]) < 0) mps_main_fatal(t);
    if (MPS_LIST(wl)->len && !mps_import_module(t, "warnings")) mps_main_fatal(t);
}

static char *mps_main_read_stdin(size_t *len)
{
    MpsBuf b;
    mps_buf_init(&b);
    char tmp[8192];
    for (;;) {
        ssize_t n = read(0, tmp, sizeof tmp);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        mps_buf_add(&b, tmp, (size_t)n);
    }
    mps_buf_addc(&b, 0);
    *len = b.len - 1;
    return b.data;
}

/* A child started by multiprocessing's spawn method: run the parent's main
 * script as __mp_main__ (so its `if __name__ == '__main__':` part does not
 * run), then let multiprocessing._spawn_main(FD) read the process object
 * and run it; that ends the process itself. */
static int mps_main_spawn_child(MpsThread *t, const MpsOpts *o)
{
    MpsInterp *in = t->interp;
    const char *path = o->file[0] ? o->file : NULL;
    MpsValue m = mps_rt_new_module(t, "__mp_main__", path);
    if (!m) mps_main_fatal(t);
    in->main_module = m;
    if (mps_dict_set_cstr(t, in->modules, "__main__", m) < 0) mps_main_fatal(t);
    mps_sig_install(in);
    if (path) {
        MPS_RT(in)->main_path = path;
        MPS_RT(in)->spawn_bootstrap = true;
        if (!mps_rt_exec_file(t, path, MPS_MODULE(m)->dict)) mps_main_fatal(t);
        MPS_RT(in)->spawn_bootstrap = false;
    }
    MpsValue mp = mps_import_module(t, "multiprocessing");
    MpsValue fn = mp ? mps_getattr_cstr(t, mp, "_spawn_main") : MPS_NULL;
    if (!fn || !mps_call1(t, fn, mps_from_small(atoi(o->spawn_fd)))) mps_main_fatal(t);
    mps_rt_exit(t, 0);
}

int main(int argc, char **argv)
{
    MpsOpts o = {0};
    mps_main_parse(argc, argv, &o);
    bool stdin_tty = isatty(0);
    bool repl = !o.cmd && !o.module && !o.file && stdin_tty && !o.dis;

    MpsThread *t = mps_interp_new();
    if (!t) { fputs("mps: cannot create the interpreter\n", stderr); return 1; }
    MpsInterp *in = t->interp;
    mps_tls_thread = t;
    mps_rt_init(t);
    MpsRuntime *rt = MPS_RT(in);
    rt->gil_stats = o.gil_stats;
    /* the GIL exists from the start (held by the main thread), so that
     * --gil-stats reports single-threaded programs too */
    mps_gil_create(in, t);
    /* -u, or the environment CPython honours, so .py twins behave alike */
    const char *ub = getenv("PYTHONUNBUFFERED");
    if (o.unbuffered || (ub && *ub)) mps_io_set_unbuffered(in);
    if (!in->argv) in->argv = mps_list_new(t, 0);
    if (!in->path) in->path = mps_list_new(t, 0);
    mps_stdlib_init(t);
    if (t->exc) mps_main_fatal(t);
    if (o.freeze) return mps_freeze_write(t, o.freeze);

    /* what to run, under which name */
    char *src = NULL;
    size_t len = 0;
    const char *filename = "<stdin>", *argv0 = "", *dir0 = "", *file_attr = NULL;
    char *modpath = NULL, *dirbuf = NULL;
    if (o.cmd) {
        argv0 = "-c";
        filename = "<string>";
        len = strlen(o.cmd);
        src = strdup(o.cmd);
    } else if (o.module) {
        argv0 = "";                     /* replaced by the module's path below */
    } else if (o.spawn_fd && !o.file[0]) {
        argv0 = "";                     /* spawned from -c or the REPL: no main file */
    } else if (o.file && strcmp(o.file, "-") != 0) {
        src = mps_rt_read_source(o.file, &len);
        if (!src) {
            fprintf(stderr, "mps: can't open file '%s': [Errno %d] %s\n", o.file, errno, strerror(errno));
            return 2;
        }
        filename = argv0 = file_attr = o.file;
        rt->main_path = o.file;
        const char *slash = strrchr(o.file, '/');
        if (slash) {
            dirbuf = strndup(o.file, slash == o.file ? 1 : (size_t)(slash - o.file));
            dir0 = dirbuf;
        }
    } else if (o.file) {
        argv0 = "-";
    }
    mps_main_setup_sys(t, &o, argc, argv, argv0, dir0);
    mps_main_warnoptions(t, &o);

    if (o.module) {
        bool is_pkg = false;
        modpath = mps_import_find_file(t, o.module, &is_pkg);
        if (modpath && is_pkg) {
            /* a package runs its __main__ submodule, after its __init__ */
            if (!mps_import_module(t, o.module)) mps_main_fatal(t);
            size_t n = strlen(o.module) + 10;
            char *sub = malloc(n);
            snprintf(sub, n, "%s.__main__", o.module);
            free(modpath);
            modpath = mps_import_find_file(t, sub, &is_pkg);
            free(sub);
        } else if (modpath && strchr(o.module, '.')) {
            char *parent = strndup(o.module, (size_t)(strrchr(o.module, '.') - o.module));
            MpsValue pm = mps_import_module(t, parent);
            free(parent);
            if (!pm) mps_main_fatal(t);
        }
        if (!modpath || !(src = mps_rt_read_source(modpath, &len))) {
            fprintf(stderr, "mps: No module named %s\n", o.module);
            return 1;
        }
        filename = file_attr = modpath;
        rt->main_path = modpath;
        char cwd[PATH_MAX], *abs = NULL;
        if (modpath[0] != '/' && getcwd(cwd, sizeof cwd)) {
            size_t n = strlen(cwd) + strlen(modpath) + 2;
            abs = malloc(n);
            snprintf(abs, n, "%s/%s", cwd, modpath);
        }
        MpsValue a0 = mps_str_cstr_new(t, abs ? abs : modpath);
        free(abs);
        if (!a0 || mps_setitem(t, in->argv, mps_from_small(0), a0) < 0) mps_main_fatal(t);
    } else if (!src && !repl) {
        src = mps_main_read_stdin(&len);
    }

    if (o.spawn_fd) return mps_main_spawn_child(t, &o);

    MpsValue main_mod = mps_rt_new_module(t, "__main__", file_attr);
    if (!main_mod) mps_main_fatal(t);
    in->main_module = main_mod;
    MpsDict *g = MPS_MODULE(main_mod)->dict;
    /* as CPython's __main__: the REPL's `x: int` has somewhere to go */
    MpsDict *ann = mps_dict_new(t);
    if (!ann || mps_dict_set_cstr(t, g, "__annotations__", mps_from_obj(ann)) < 0) mps_main_fatal(t);
    if (o.module) {
        /* relative imports in a module run with -m start from its package */
        const char *dot = strrchr(o.module, '.');
        bool pkg_main = modpath && strstr(modpath, "/__main__.") != NULL &&
                        !(dot && strcmp(dot, ".__main__") == 0);
        MpsValue pkg = pkg_main ? mps_str_cstr_new(t, o.module)
                                : mps_str_new(t, o.module, dot ? (size_t)(dot - o.module) : 0);
        if (!pkg || mps_dict_set_cstr(t, g, "__package__", pkg) < 0) mps_main_fatal(t);
    }
    mps_sig_install(in);

    int status = 0;
    if (o.dis) {
        bool incomplete = false;
        MpsValue code = src ? mps_compile(t, src, len, filename, MPS_PARSE_FILE, &incomplete) : MPS_NULL;
        if (code) {
            MpsBuf b;
            mps_buf_init(&b);
            if (mps_dis(t, code, &b) < 0) status = mps_rt_report_exit(t);
            else mps_io_write(t, 1, b.data, b.len);
            mps_buf_free(&b);
        } else if (t->exc) {
            status = mps_rt_report_exit(t);
        }
    } else if (src) {
        if (!mps_rt_exec_source(t, src, len, filename, g)) {
            bool sysexit = mps_exc_matches(t, MPS_EXCCLS(t, SystemExit));
            status = mps_rt_report_exit(t);
            if (sysexit && !o.inspect) repl = false;
        }
    }
    free(src);
    if (repl || (o.inspect && !o.dis)) {
        rt->exit_by_sigint = false;     /* -i: an interrupted script leaves us in the REPL */
        status = mps_repl_run(t, main_mod, repl && !o.quiet);
    }
    free(modpath);
    free(dirbuf);
    mps_rt_exit(t, status);
}
