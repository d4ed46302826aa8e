/*
 * mod_subprocess.c — `_subprocess`, the C half of the subprocess module:
 * starting a program with redirected descriptors, and moving data to and
 * from its pipes without deadlock.
 *
 * spawn() forks and execs like CPython's _posixsubprocess: the child
 * reports a failing chdir/exec through a close-on-exec pipe (errno and the
 * step), so the parent raises FileNotFoundError & co. itself, and a
 * successful exec closes that pipe with nothing written.
 *
 * communicate() polls stdin, stdout and stderr together, writing input as
 * the child reads it and reading both outputs as they come, with the GIL
 * released — a child that fills its stdout pipe while we still feed its
 * stdin can never deadlock us.
 */
#include "lib.h"
#include "thread.h"
#include "../runtime/runtime.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/prctl.h>
#include <sys/wait.h>

static void gil_off(MpsThread *t) { if (t->interp->hooks.gil_release) t->interp->hooks.gil_release(t); }
static void gil_on(MpsThread *t) { if (t->interp->hooks.gil_acquire) t->interp->hooks.gil_acquire(t); }

/* a list of str/bytes → NULL-terminated malloc'd char* array (strings point into the objects) */
static char **cstr_array(MpsThread *t, MpsValue seq, const char *what)
{
    MpsValue *items;
    int64_t n = mps_seq_items(seq, &items);
    if (n < 0) { mps_raise(t, MPS_EXCCLS(t, TypeError), "%s must be a list", what); return NULL; }
    char **arr = calloc((size_t)n + 1, sizeof *arr);
    if (!arr) { mps_raise_nomem(t); return NULL; }
    for (int64_t i = 0; i < n; i++) {
        if (mps_is_str(items[i])) arr[i] = mps_str_data(items[i]);
        else if (mps_is_kind(items[i], MPS_K_BYTES)) arr[i] = (char *)MPS_BYTES(items[i])->data;
        else {
            free(arr);
            mps_raise(t, MPS_EXCCLS(t, TypeError), "expected str, bytes or os.PathLike object, not %T", items[i]);
            return NULL;
        }
    }
    return arr;
}

static void close_other_fds(int keep_max, int errpipe)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d) {
        for (int fd = keep_max + 1; fd < 1024; fd++)
            if (fd != errpipe) close(fd);
        return;
    }
    int dfd = dirfd(d);
    int fds[1024], n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 1024) {
        int fd = atoi(e->d_name);
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        if (fd > keep_max && fd != errpipe && fd != dfd) fds[n++] = fd;
    }
    closedir(d);
    for (int i = 0; i < n; i++) close(fds[i]);
}

/* spawn(args, executable, cwd, env, stdin, stdout, stderr, close_fds, new_session) → pid */
static MpsValue f_spawn(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "spawn", argc, kw, 9, 9) < 0) return MPS_NULL;
    char **args = cstr_array(t, argv[0], "args");
    if (!args) return MPS_NULL;
    if (!args[0]) { free(args); return MPS_RAISE(t, IndexError, "list index out of range"); }
    const char *exe = mps_is_str(argv[1]) ? mps_str_data(argv[1]) : args[0];
    const char *cwd = mps_is_str(argv[2]) ? mps_str_data(argv[2]) : NULL;
    char **env = NULL;
    if (argv[3] != MPS_NONE && !(env = cstr_array(t, argv[3], "env"))) { free(args); return MPS_NULL; }
    int64_t fd_in, fd_out, fd_err;
    if (mps_index(t, argv[4], &fd_in) < 0 || mps_index(t, argv[5], &fd_out) < 0 ||
        mps_index(t, argv[6], &fd_err) < 0) { free(args); free(env); return MPS_NULL; }
    bool close_fds = mps_truthy(t, argv[7]) == 1;
    bool new_session = mps_truthy(t, argv[8]) == 1;
    int ep[2];
    if (pipe2(ep, O_CLOEXEC) < 0) { free(args); free(env); return mps_raise_errno(t, errno, NULL); }
    mps_io_flush_all(t->interp);     /* the child must not inherit unflushed output */
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(ep[0]); close(ep[1]); free(args); free(env);
        return mps_raise_errno(t, e, NULL);
    }
    if (pid == 0) {
        int step = 0;
        /* move the three descriptors into place (dup2 clears CLOEXEC) */
        int src[3] = { (int)fd_in, (int)fd_out, (int)fd_err };
        for (int i = 0; i < 3; i++)
            if (src[i] >= 0 && src[i] < 3 && src[i] != i) {
                int c = dup(src[i]);
                if (c >= 0) src[i] = c;
            }
        for (int i = 0; i < 3; i++) {
            if (src[i] == i) {
                int fl = fcntl(i, F_GETFD);
                fcntl(i, F_SETFD, fl & ~FD_CLOEXEC);
            } else if (src[i] >= 0 && dup2(src[i], i) < 0) goto fail;
        }
        signal(SIGPIPE, SIG_DFL);
        signal(SIGINT, SIG_DFL);
        sigset_t all;
        sigemptyset(&all);
        sigprocmask(SIG_SETMASK, &all, NULL);
        if (close_fds) close_other_fds(2, ep[1]);
        if (new_session) setsid();
        step = 1;
        if (cwd && chdir(cwd) < 0) goto fail;
        step = 2;
        if (!env) {
            execvp(exe, args);
        } else if (strchr(exe, '/')) {
            execve(exe, args, env);
        } else {
            /* look the program up on the PATH of the new environment, or
             * the default one, as CPython does */
            const char *path = "/bin:/usr/bin";
            for (char **e = env; *e; e++)
                if (!strncmp(*e, "PATH=", 5)) path = *e + 5;
            char full[4096];
            int err = ENOENT;
            while (*path) {
                const char *colon = strchr(path, ':');
                size_t dl = colon ? (size_t)(colon - path) : strlen(path);
                if (dl + strlen(exe) + 2 < sizeof full) {
                    memcpy(full, path, dl);
                    full[dl] = '/';
                    strcpy(full + dl + 1, exe);
                    execve(full, args, env);
                    if (errno != ENOENT) err = errno;
                }
                path += dl + (colon ? 1 : 0);
            }
            errno = err;
        }
    fail: {
            int msg[2] = { errno, step };
            ssize_t w = write(ep[1], msg, sizeof msg);
            (void)w;
            _exit(255);
        }
    }
    close(ep[1]);
    int msg[2];
    ssize_t r;
    gil_off(t);
    do r = read(ep[0], msg, sizeof msg); while (r < 0 && errno == EINTR);
    gil_on(t);
    close(ep[0]);
    if (r == (ssize_t)sizeof msg) {
        int status;
        waitpid(pid, &status, 0);
        const char *what = msg[1] == 1 ? cwd : exe;
        free(args); free(env);
        return mps_raise_errno(t, msg[0], what);
    }
    free(args); free(env);
    return mps_from_small(pid);
}

/* communicate(stdin_fd, input, stdout_fd, stderr_fd, timeout, offset) →
 * (out, err, offset reached in input, timed_out). fds are -1 when absent.
 * stdin is closed here once all input is written (the child sees EOF);
 * stdout/stderr are read to EOF and left to the caller to close. On a
 * timeout the caller may call again from `offset` on. */
static MpsValue f_communicate(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "communicate", argc, kw, 6, 6) < 0) return MPS_NULL;
    int64_t fin, fout, ferr, offset;
    if (mps_index(t, argv[0], &fin) < 0 || mps_index(t, argv[2], &fout) < 0 ||
        mps_index(t, argv[3], &ferr) < 0 || mps_index(t, argv[5], &offset) < 0) return MPS_NULL;
    const uint8_t *in = NULL;
    size_t inlen = 0;
    if (mps_is_kind(argv[1], MPS_K_BYTES)) { in = MPS_BYTES(argv[1])->data; inlen = MPS_BYTES(argv[1])->size; }
    struct timespec dl, *dlp = NULL;
    if (argv[4] != MPS_NONE) {
        double secs;
        if (mps_to_double(t, argv[4], &secs) < 0) return MPS_NULL;
        mps_thread_deadline(&dl, secs < 0 ? 0 : secs);
        dlp = &dl;
    }
    size_t off = (size_t)offset;
    if (fin >= 0 && off >= inlen) { close((int)fin); fin = -1; }
    if (fin >= 0) fcntl((int)fin, F_SETFL, fcntl((int)fin, F_GETFL) | O_NONBLOCK);
    MpsBuf out, err;
    mps_buf_init(&out);
    mps_buf_init(&err);
    bool timed_out = false;
    char chunk[65536];
    while (fin >= 0 || fout >= 0 || ferr >= 0) {
        struct pollfd p[3];
        int n = 0, iin = -1, iout = -1, ierr = -1;
        if (fin >= 0) { iin = n; p[n].fd = (int)fin; p[n].events = POLLOUT; p[n++].revents = 0; }
        if (fout >= 0) { iout = n; p[n].fd = (int)fout; p[n].events = POLLIN; p[n++].revents = 0; }
        if (ferr >= 0) { ierr = n; p[n].fd = (int)ferr; p[n].events = POLLIN; p[n++].revents = 0; }
        int ms = 20;
        if (dlp) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            int64_t left = (dlp->tv_sec - now.tv_sec) * 1000 + (dlp->tv_nsec - now.tv_nsec) / 1000000;
            if (left <= 0) { timed_out = true; break; }
            if (left < ms) ms = (int)left;
        }
        gil_off(t);
        int rc = poll(p, (nfds_t)n, ms);
        gil_on(t);
        if (rc < 0 && errno != EINTR) {
            mps_buf_free(&out); mps_buf_free(&err);
            return mps_raise_errno(t, errno, NULL);
        }
        if (rc <= 0) {
            if (mps_thread_check_signals(t) < 0) { mps_buf_free(&out); mps_buf_free(&err); return MPS_NULL; }
            continue;
        }
        if (iin >= 0 && p[iin].revents) {
            ssize_t w = write((int)fin, in + off, inlen - off < 65536 ? inlen - off : 65536);
            if (w > 0) off += (size_t)w;
            if ((w < 0 && errno != EAGAIN && errno != EINTR) || off >= inlen || (p[iin].revents & (POLLERR | POLLHUP))) {
                close((int)fin);
                fin = -1;
            }
        }
        int64_t *fds[2] = { &fout, &ferr };
        int idx[2] = { iout, ierr };
        MpsBuf *bufs[2] = { &out, &err };
        for (int k = 0; k < 2; k++) {
            if (idx[k] < 0 || !p[idx[k]].revents) continue;
            gil_off(t);
            ssize_t r = read((int)*fds[k], chunk, sizeof chunk);
            gil_on(t);
            if (r > 0) mps_buf_add(bufs[k], chunk, (size_t)r);
            else if (r == 0 || (errno != EAGAIN && errno != EINTR))
                *fds[k] = -1;          /* at EOF: the caller closes its file */
        }
    }
    MpsValue vo = mps_bytes_new(t, out.data ? out.data : "", out.len);
    MPS_ROOT(t, vo);
    MpsValue ve = mps_bytes_new(t, err.data ? err.data : "", err.len);
    MPS_ROOT(t, ve);
    mps_buf_free(&out);
    mps_buf_free(&err);
    MpsValue res = mps_tuple_pack(t, 4, vo, ve, mps_int_from_u64(t, off), mps_bool(timed_out));
    MPS_UNROOT(t, 2);
    return res;
}

static const MpsMethodDef sp_functions[] = {
    { "spawn", f_spawn },
    { "communicate", f_communicate },
    { NULL, NULL }
};

MpsValue mps_subprocess_module_new(MpsThread *t)
{
    return mpsl_module(t, "_subprocess", sp_functions);
}
