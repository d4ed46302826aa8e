/*
 * mod_mp.c — `_mp`, the C half of multiprocessing: fork, connections
 * (framed messages over pipes and socket pairs), semaphores and locks in
 * shared memory, shared buffers for Value/Array, and waiting on many
 * descriptors at once. The Python-level API (Process, Queue, Pool, …) is
 * written in mps over these (stdlib/lib/multiprocessing*.mps).
 *
 * Choices, against CPython's known failures:
 *  - Shared memory is a memfd mapped MAP_SHARED: nothing is ever named in
 *    /dev/shm, so nothing can leak and no resource tracker is needed.
 *    Descriptors are created without O_CLOEXEC so that a spawned child
 *    (exec of a fresh mps) inherits them and maps the same memory.
 *  - Locks are process-shared *robust* pthread mutexes guarding a counter
 *    plus a condition: a holder that dies is detected (EOWNERDEAD for the
 *    mutex; owner pid gone for the logical lock) and the lock recovers.
 *  - Every message is one frame: a 4-byte little-endian length and the
 *    payload, written with a single write(2) when small, so concurrent
 *    writers of small messages never interleave.
 *  - Every blocking wait releases the GIL and wakes at least every 20 ms
 *    so that a Ctrl-C in the main thread is seen promptly.
 */
#include "../vm/interp.h"
#include "../runtime/gil.h"
#include "../runtime/process.h"
#include "../runtime/serialize.h"
#include "../runtime/runtime.h"
#include "lib.h"
#include "thread.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <stddef.h>
#include <limits.h>
#include <dirent.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <stdio.h>

static void gil_off(MpsThread *t) { if (t->interp->hooks.gil_release) t->interp->hooks.gil_release(t); }
static void gil_on(MpsThread *t) { if (t->interp->hooks.gil_acquire) t->interp->hooks.gil_acquire(t); }

static MpsClass *mod_class(MpsThread *t, const char *name)
{
    MpsValue mod = mps_dict_get_cstr(t, t->interp->modules, "_mp");
    MpsValue c = mod ? mps_dict_get_cstr(t, MPS_MODULE(mod)->dict, name) : MPS_NULL;
    return c && mps_is_class(c) ? MPS_CLASS(c) : NULL;
}

/* Descriptors inside serialized objects. Normally an IPC object is
 * serialized with its raw descriptor numbers (fork and spawn children
 * inherit them). For the fork server, which was forked before those
 * descriptors existed, `_mp._fd_sink` is a list while serializing: each
 * descriptor is appended there and encoded as ('fd', index), and the
 * descriptors travel by SCM_RIGHTS; on the other side `_mp._fd_source` is
 * the list of received descriptors that the indexes refer to. */
static MpsValue mp_attr(MpsThread *t, const char *name)
{
    MpsValue mod = mps_dict_get_cstr(t, t->interp->modules, "_mp");
    return mod ? mps_dict_get_cstr(t, MPS_MODULE(mod)->dict, name) : MPS_NULL;
}

static MpsValue fd_out(MpsThread *t, int fd)
{
    MpsValue sink = mp_attr(t, "_fd_sink");
    if (fd < 0 || !sink || !mps_is_list(sink)) return mps_from_small(fd);
    int64_t idx = (int64_t)MPS_LIST(sink)->len;
    if (mps_list_append(t, sink, mps_from_small(fd)) < 0) return MPS_NULL;
    return mps_tuple_pack(t, 2, mps_str_cstr_new(t, "fd"), mps_from_small(idx));
}

static int fd_in(MpsThread *t, MpsValue v, int64_t *fd)
{
    if (mps_is_tuple(v) && MPS_TUPLE(v)->len == 2) {
        MpsValue src = mp_attr(t, "_fd_source");
        MpsValue *items;
        int64_t n = src ? mps_seq_items(src, &items) : -1;
        MpsValue iv = MPS_TUPLE(v)->items[1];
        if (n < 0 || !mps_is_small(iv) || mps_small(iv) < 0 || mps_small(iv) >= n) {
            MPS_RAISE(t, ValueError, "descriptor reference out of range");
            return -1;
        }
        return mps_index(t, items[mps_small(iv)], fd);
    }
    return mps_index(t, v, fd);
}

/* the native object behind v, checked to be of type nt */
static void *as_native(MpsThread *t, MpsValue v, const MpsNativeType *nt)
{
    if (!mps_is_kind(v, MPS_K_NATIVE) || ((MpsNative *)v)->ntype != nt) {
        mps_raise(t, MPS_EXCCLS(t, TypeError), "expected a %s, got '%T'", nt->name, v);
        return NULL;
    }
    return (void *)v;
}

/* a timeout argument (None or absent: wait forever) → deadline; 0 / -1 */
static int deadline_arg(MpsThread *t, MpsValue v, struct timespec *dl, struct timespec **dlp)
{
    *dlp = NULL;
    if (!v || v == MPS_NONE) return 0;
    double secs;
    if (mps_to_double(t, v, &secs) < 0) return -1;
    mps_thread_deadline(dl, secs < 0 ? 0 : secs);
    *dlp = dl;
    return 0;
}

/* Wait until fd is ready for `events` or the deadline passes (NULL: no
 * deadline), GIL released. 1 ready, 0 timeout, -1 exception (signal). */
static int wait_fd(MpsThread *t, int fd, short events, const struct timespec *dl)
{
    for (;;) {
        int ms = 20;
        if (dl) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            int64_t left = (dl->tv_sec - now.tv_sec) * 1000 + (dl->tv_nsec - now.tv_nsec) / 1000000;
            if (left <= 0) ms = 0;
            else if (left < ms) ms = (int)left;
        }
        struct pollfd p = { fd, events, 0 };
        gil_off(t);
        int rc = poll(&p, 1, ms);
        gil_on(t);
        if (rc > 0) return 1;
        if (rc < 0 && errno != EINTR) { mps_raise_errno(t, errno, NULL); return -1; }
        if (mps_thread_check_signals(t) < 0) return -1;
        if (dl && mps_thread_deadline_passed(dl)) return 0;
    }
}

/* ---------------------------------------------------------------- fork & friends */

static MpsValue f_fork(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "fork", argc, kw, 0, 1) < 0) return MPS_NULL;
    bool die = argc > 0 && mps_truthy(t, argv[0]) == 1;
    mpsl_os_fork_hooks(t, 0);      /* os.register_at_fork: multiprocessing forks too */
    pid_t pid = mps_process_fork(t, die);
    mpsl_os_fork_hooks(t, pid == 0 ? 1 : 2);
    if (pid < 0) return MPS_NULL;
    return mps_from_small(pid);
}

/* True while a spawned child runs the parent's main script: starting a
 * process then (no `if __name__ == '__main__':` guard) would start another
 * child doing the same, without end */
static MpsValue f_bootstrapping(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "bootstrapping", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_bool(MPS_RT(t->interp)->spawn_bootstrap);
}

/* weak_track(obj) / weak_tracked() / weak_forget_all(): the queues this
 * process made, held weakly (join() drains them; see vm/gc.c) */
static MpsValue f_weak_track(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "weak_track", argc, kw, 1, 1) < 0) return MPS_NULL;
    mps_gc_weak_add(t, argv[0]);
    return MPS_NONE;
}

static MpsValue f_weak_tracked(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "weak_tracked", argc, kw, 0, 0) < 0) return MPS_NULL;
    return mps_gc_weak_items(t);
}

static MpsValue f_weak_forget_all(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "weak_forget_all", argc, kw, 0, 0) < 0) return MPS_NULL;
    mps_gc_weak_clear(t);
    return MPS_NONE;
}

static MpsValue f_is_dead(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "is_dead", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t pid;
    if (mps_index(t, argv[0], &pid) < 0) return MPS_NULL;
    return mps_bool(mps_process_is_dead((pid_t)pid));
}

/* waitpid(pid, options) with the GIL released; a signal interrupts the
 * wait (EINTR: the SIGINT handler has no SA_RESTART and is routed to the
 * main thread), its handler runs, and the wait goes on */
static MpsValue f_waitpid(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "waitpid", argc, kw, 2, 2) < 0) return MPS_NULL;
    int64_t pid, opt;
    if (mps_index(t, argv[0], &pid) < 0 || mps_index(t, argv[1], &opt) < 0) return MPS_NULL;
    for (;;) {
        int status = 0;
        pid_t r = waitpid((pid_t)pid, &status, (int)opt | WNOHANG);
        if (r == 0 && !(opt & WNOHANG)) {
            gil_off(t);
            r = waitpid((pid_t)pid, &status, (int)opt);
            int e = errno;
            gil_on(t);
            errno = e;
        }
        if (r < 0) {
            if (errno == EINTR) {
                if (mps_thread_check_signals(t) < 0) return MPS_NULL;
                continue;
            }
            return mps_raise_errno(t, errno, NULL);
        }
        return mps_tuple_pack(t, 2, mps_from_small(r), mps_from_small(status));
    }
}

static MpsValue f_pipe(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "pipe", argc, kw, 0, 0) < 0) return MPS_NULL;
    int fds[2];
    if (pipe(fds) < 0) return mps_raise_errno(t, errno, NULL);
    fcntl(fds[1], F_SETPIPE_SZ, 1 << 20);   /* fewer blocked writers; best effort */
    return mps_tuple_pack(t, 2, mps_from_small(fds[0]), mps_from_small(fds[1]));
}

static MpsValue f_socketpair(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "socketpair", argc, kw, 0, 0) < 0) return MPS_NULL;
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) < 0) return mps_raise_errno(t, errno, NULL);
    int sz = 1 << 20;
    setsockopt(fds[0], SOL_SOCKET, SO_SNDBUF, &sz, sizeof sz);
    setsockopt(fds[1], SOL_SOCKET, SO_SNDBUF, &sz, sizeof sz);
    return mps_tuple_pack(t, 2, mps_from_small(fds[0]), mps_from_small(fds[1]));
}

/* wait(fds, timeout=None) → list of the fds that are readable (or closed) */
static MpsValue f_wait(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "wait", argc, kw, 1, 2) < 0) return MPS_NULL;
    MpsValue *items;
    int64_t n = mps_seq_items(argv[0], &items);
    if (n < 0) return MPS_RAISE(t, TypeError, "wait() expects a list of file descriptors");
    struct timespec dl, *dlp;
    if (deadline_arg(t, argc > 1 ? argv[1] : MPS_NULL, &dl, &dlp) < 0) return MPS_NULL;
    struct pollfd *p = calloc((size_t)n + 1, sizeof *p);
    if (!p) return mps_raise_nomem(t);
    for (int64_t i = 0; i < n; i++) {
        int64_t fd;
        if (mps_index(t, items[i], &fd) < 0) { free(p); return MPS_NULL; }
        p[i].fd = (int)fd;
        p[i].events = POLLIN;
    }
    int rc;
    for (;;) {
        int ms = 20;
        if (dlp) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            int64_t left = (dlp->tv_sec - now.tv_sec) * 1000 + (dlp->tv_nsec - now.tv_nsec) / 1000000;
            if (left <= 0) ms = 0;
            else if (left < ms) ms = (int)left;
        }
        gil_off(t);
        rc = poll(p, (nfds_t)n, ms);
        gil_on(t);
        if (rc > 0) break;
        if (rc < 0 && errno != EINTR) { free(p); return mps_raise_errno(t, errno, NULL); }
        if (mps_thread_check_signals(t) < 0) { free(p); return MPS_NULL; }
        if (dlp && mps_thread_deadline_passed(dlp)) { rc = 0; break; }
    }
    MpsValue out = mps_list_new(t, 0);
    for (int64_t i = 0; i < n && rc > 0; i++)
        if (p[i].revents) mps_list_append(t, out, mps_from_small(p[i].fd));
    free(p);
    return out;
}

/* ---------------------------------------------------------------- Connection */

typedef struct Conn {
    MpsNative hdr;
    int rfd, wfd;              /* -1 when absent; equal for a socket */
    bool closed;
    bool exact;                /* shared by several readers (a Queue): no read-ahead */
    int spin;                  /* >= 0: spin before sleeping (see conn_wait) */
    char *rbuf;                /* bytes read but not yet consumed: a Connection */
    size_t rpos, rlen, rcap;   /* has one reader, so it may read ahead */
} Conn;

static void conn_finalize(MpsObj *o)
{
    /* descriptors are closed explicitly (close()/exit): they may be shared */
    free(((Conn *)o)->rbuf);
}
static const MpsNativeType conn_type = { "Connection", NULL, conn_finalize };

static Conn *as_conn(MpsThread *t, MpsValue v) { return as_native(t, v, &conn_type); }

/* Connection descriptors are non-blocking: every read and write copes with
 * EAGAIN by waiting in poll() without the GIL, so a full or empty pipe
 * never blocks the other threads */
static void set_nonblock(int fd)
{
    if (fd < 0) return;
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0 && !(fl & O_NONBLOCK)) fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

static MpsValue conn_new(MpsThread *t, int rfd, int wfd)
{
    MpsClass *cls = mod_class(t, "Connection");
    if (!cls) return MPS_RAISE(t, RuntimeError, "_mp not initialised");
    MpsValue v = mps_native_new(t, cls, &conn_type, sizeof(Conn));
    if (!v) return MPS_NULL;
    Conn *c = (Conn *)v;
    c->rfd = rfd;
    c->wfd = wfd;
    set_nonblock(rfd);
    set_nonblock(wfd);
    return v;
}

static MpsValue conn_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)cls;
    if (mps_args_count(t, "Connection", argc, kw, 2, 2) < 0) return MPS_NULL;
    int64_t r, w;
    if (fd_in(t, argv[0], &r) < 0 || fd_in(t, argv[1], &w) < 0) return MPS_NULL;
    return conn_new(t, (int)r, (int)w);
}

static int conn_check(MpsThread *t, Conn *c, bool writing)
{
    if (c->closed) { MPS_RAISE(t, OSError, "handle is closed"); return -1; }
    if (writing && c->wfd < 0) { MPS_RAISE(t, OSError, "connection is read-only"); return -1; }
    if (!writing && c->rfd < 0) { MPS_RAISE(t, OSError, "connection is write-only"); return -1; }
    return 0;
}

/* Writers blocked on a full queue pipe, by pid, in the queue's shared
 * memory: a parent waiting in join() drains the queue for them, and must
 * not mistake one that was killed while blocked for a live one. */
#define Q_BLOCKED_SLOTS 32
typedef struct QBlocked {
    int32_t pid[Q_BLOCKED_SLOTS];
    int64_t overflow;              /* blocked writers that found no free slot */
} QBlocked;

static int blocked_enter(QBlocked *b)
{
    int32_t me = (int32_t)getpid();
    for (int i = 0; i < Q_BLOCKED_SLOTS; i++) {
        int32_t zero = 0;
        if (__atomic_compare_exchange_n(&b->pid[i], &zero, me, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return i;
    }
    __atomic_add_fetch(&b->overflow, 1, __ATOMIC_SEQ_CST);
    return -1;
}

static void blocked_leave(QBlocked *b, int slot)
{
    if (slot >= 0) __atomic_store_n(&b->pid[slot], 0, __ATOMIC_SEQ_CST);
    else __atomic_sub_fetch(&b->overflow, 1, __ATOMIC_SEQ_CST);
}

/* live blocked writers; a dead one's slot is freed */
static int64_t blocked_count(QBlocked *b)
{
    int64_t n = __atomic_load_n(&b->overflow, __ATOMIC_SEQ_CST);
    for (int i = 0; i < Q_BLOCKED_SLOTS; i++) {
        int32_t pid = __atomic_load_n(&b->pid[i], __ATOMIC_SEQ_CST);
        if (!pid) continue;
        if (mps_process_is_dead(pid))
            __atomic_compare_exchange_n(&b->pid[i], &pid, 0, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        else
            n++;
    }
    return n;
}

/* write all of buf; the GIL is released only while the pipe is full, and
 * `blocked` (if given) records the writers waiting so */
static int write_all_counted(MpsThread *t, int fd, const char *buf, size_t n, QBlocked *blocked)
{
    while (n > 0) {
        ssize_t w = write(fd, buf, n);
        if (w > 0) { buf += w; n -= (size_t)w; continue; }
        if (w < 0 && errno == EINTR) {
            if (mps_thread_check_signals(t) < 0) return -1;
            continue;
        }
        if (w < 0 && errno == EAGAIN) {
            int slot = blocked ? blocked_enter(blocked) : 0;
            int rc = wait_fd(t, fd, POLLOUT, NULL);
            if (blocked) blocked_leave(blocked, slot);
            if (rc < 0) return -1;
            continue;
        }
        mps_raise_errno(t, errno, NULL);
        return -1;
    }
    return 0;
}

static int write_all(MpsThread *t, int fd, const char *buf, size_t n)
{
    return write_all_counted(t, fd, buf, n, NULL);
}

static int send_frame(MpsThread *t, Conn *c, const char *data, size_t n)
{
    if (n > 0x7fffffffu) { MPS_RAISE(t, ValueError, "message too long"); return -1; }
    unsigned char h[4] = { (unsigned char)(n & 0xff), (unsigned char)((n >> 8) & 0xff),
                           (unsigned char)((n >> 16) & 0xff), (unsigned char)((n >> 24) & 0xff) };
    if (n <= 65536) {
        /* header and payload in one write: atomic on a pipe up to PIPE_BUF */
        char small[65536 + 4];
        memcpy(small, h, 4);
        memcpy(small + 4, data, n);
        return write_all(t, c->wfd, small, n + 4);
    }
    if (write_all(t, c->wfd, (const char *)h, 4) < 0) return -1;
    return write_all(t, c->wfd, data, n);
}

/* read exactly n bytes from a descriptor without read-ahead (the fork
 * server's socket); 0 ok, 1 EOF before the first byte, -1 error */
static int read_exact(MpsThread *t, int fd, char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r > 0) { got += (size_t)r; continue; }
        if (r == 0) {
            if (got == 0) return 1;
            MPS_RAISE(t, EOFError, "connection closed in the middle of a message");
            return -1;
        }
        if (errno == EAGAIN) {
            if (wait_fd(t, fd, POLLIN, NULL) < 0) return -1;
            continue;
        }
        if (errno == EINTR) {
            if (mps_thread_check_signals(t) < 0) return -1;
            continue;
        }
        mps_raise_errno(t, errno, NULL);
        return -1;
    }
    return 0;
}

/* Wait for the connection to become readable. A message answer from a
 * process on the other core usually comes within microseconds, sooner
 * than the scheduler can put us to sleep and wake us again: so poll
 * without sleeping for up to 20 µs first (the GIL released). Spinning is
 * adaptive: when it fails (the peer is slow, or shares our core) it stops,
 * and it is tried again only after 64 waits. */
static int conn_wait(MpsThread *t, Conn *c)
{
    if (c->spin >= 0) {
        struct timespec a, b;
        bool ready = false;
        gil_off(t);
        clock_gettime(CLOCK_MONOTONIC, &a);
        for (;;) {
            struct pollfd p = { c->rfd, POLLIN, 0 };
            if (poll(&p, 1, 0) > 0) { ready = true; break; }
            clock_gettime(CLOCK_MONOTONIC, &b);
            if ((b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec) > 20000) break;
        }
        gil_on(t);
        if (ready) {
            if (c->spin < 8) c->spin++;
            return 1;
        }
        c->spin = c->spin >= 4 ? c->spin - 4 : -64;
    } else {
        c->spin++;
    }
    return wait_fd(t, c->rfd, POLLIN, NULL);
}

/* make at least `want` unconsumed bytes available, reading ahead as much
 * as the descriptor offers; 0 ok, 1 clean EOF, -1 error */
static int conn_fill(MpsThread *t, Conn *c, size_t want)
{
    while (c->rlen - c->rpos < want) {
        if (c->rpos > 0) {
            memmove(c->rbuf, c->rbuf + c->rpos, c->rlen - c->rpos);
            c->rlen -= c->rpos;
            c->rpos = 0;
        }
        if (c->rcap < want || c->rcap - c->rlen < 4096) {
            size_t cap = c->rcap ? c->rcap : 65536;
            while (cap < want || cap - c->rlen < 4096) cap *= 2;
            char *nb = realloc(c->rbuf, cap);
            if (!nb) { mps_raise_nomem(t); return -1; }
            c->rbuf = nb;
            c->rcap = cap;
        }
        size_t room = c->rcap - c->rlen;
        if (c->exact) room = want - (c->rlen - c->rpos);
        ssize_t r = read(c->rfd, c->rbuf + c->rlen, room);
        if (r > 0) { c->rlen += (size_t)r; continue; }
        if (r == 0) {
            if (c->rlen == c->rpos) return 1;
            MPS_RAISE(t, EOFError, "connection closed in the middle of a message");
            return -1;
        }
        if (errno == EAGAIN) {
            if (conn_wait(t, c) < 0) return -1;
            continue;
        }
        if (errno == EINTR) {
            if (mps_thread_check_signals(t) < 0) return -1;
            continue;
        }
        mps_raise_errno(t, errno, NULL);
        return -1;
    }
    return 0;
}

/* one frame: a pointer into the connection's buffer, valid until the next
 * read; NULL on error or EOF (EOFError raised) */
static const char *recv_frame(MpsThread *t, Conn *c, size_t *len)
{
    int rc = conn_fill(t, c, 4);
    if (rc == 1) { mps_raise_value(t, mps_from_obj(MPS_EXCCLS(t, EOFError))); return NULL; }
    if (rc < 0) return NULL;
    const unsigned char *h = (const unsigned char *)c->rbuf + c->rpos;
    size_t n = (size_t)h[0] | ((size_t)h[1] << 8) | ((size_t)h[2] << 16) | ((size_t)h[3] << 24);
    rc = conn_fill(t, c, 4 + n);
    if (rc == 1) { mps_raise_value(t, mps_from_obj(MPS_EXCCLS(t, EOFError))); return NULL; }
    if (rc < 0) return NULL;
    const char *p = c->rbuf + c->rpos + 4;
    c->rpos += 4 + n;
    *len = n;
    return p;
}

/* after a large message, give the memory back */
static void conn_shrink(Conn *c)
{
    if (c->rcap > (1u << 20) && c->rpos == c->rlen) {
        free(c->rbuf);
        c->rbuf = NULL;
        c->rpos = c->rlen = c->rcap = 0;
    }
}

static MpsValue m_send(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "send", argc, kw, 2, 2) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    if (!c || conn_check(t, c, true) < 0) return MPS_NULL;
    MpsBuf b;
    mps_buf_init(&b);
    if (mps_ser_dumps(t, argv[1], &b) < 0) { mps_buf_free(&b); return MPS_NULL; }
    int rc = send_frame(t, c, b.data, b.len);
    mps_buf_free(&b);
    return rc < 0 ? MPS_NULL : MPS_NONE;
}

static MpsValue m_recv(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "recv", argc, kw, 1, 1) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    if (!c || conn_check(t, c, false) < 0) return MPS_NULL;
    size_t n;
    const char *buf = recv_frame(t, c, &n);
    if (!buf) return MPS_NULL;
    MpsValue v = mps_ser_loads(t, buf, n);
    conn_shrink(c);
    return v;
}

static MpsValue m_send_bytes(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = { "self", "buf", "offset", "size" };
    MpsValue a[4];
    if (mps_args(t, "send_bytes", argc, argv, kw, names, 2, 4, a) < 0) return MPS_NULL;
    Conn *c = as_conn(t, a[0]);
    if (!c || conn_check(t, c, true) < 0) return MPS_NULL;
    if (!mps_is_kind(a[1], MPS_K_BYTES) && !mps_is_kind(a[1], MPS_K_BYTEARRAY))
        return mps_raise(t, MPS_EXCCLS(t, TypeError), "a bytes-like object is required, not '%T'", a[1]);
    MpsBytes *b = MPS_BYTES(a[1]);
    int64_t off = 0, size = (int64_t)b->size;
    if (a[2] && mps_index(t, a[2], &off) < 0) return MPS_NULL;
    if (off < 0 || off > (int64_t)b->size) return MPS_RAISE(t, ValueError, "offset out of range");
    size = (int64_t)b->size - off;
    if (a[3] && a[3] != MPS_NONE) {
        if (mps_index(t, a[3], &size) < 0) return MPS_NULL;
        if (size < 0 || off + size > (int64_t)b->size) return MPS_RAISE(t, ValueError, "buffer length < offset + size");
    }
    return send_frame(t, c, (const char *)b->data + off, (size_t)size) < 0 ? MPS_NULL : MPS_NONE;
}

static MpsValue m_recv_bytes(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "recv_bytes", argc, kw, 1, 2) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    if (!c || conn_check(t, c, false) < 0) return MPS_NULL;
    int64_t maxlen = -1;
    if (argc > 1 && argv[1] != MPS_NONE) {
        if (mps_index(t, argv[1], &maxlen) < 0) return MPS_NULL;
        if (maxlen < 0) return MPS_RAISE(t, ValueError, "negative maxlength");
    }
    size_t n;
    const char *buf = recv_frame(t, c, &n);
    if (!buf) return MPS_NULL;
    if (maxlen >= 0 && (int64_t)n > maxlen) return MPS_RAISE(t, OSError, "bad message length");
    MpsValue v = mps_bytes_new(t, buf, n);
    conn_shrink(c);
    return v;
}

static MpsValue m_poll(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "poll", argc, kw, 1, 2) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    if (!c || conn_check(t, c, false) < 0) return MPS_NULL;
    double secs = 0;
    struct timespec dl, *dlp = &dl;
    if (argc > 1) {
        if (argv[1] == MPS_NONE) dlp = NULL;
        else if (mps_to_double(t, argv[1], &secs) < 0) return MPS_NULL;
    }
    if (dlp) mps_thread_deadline(&dl, secs < 0 ? 0 : secs);
    if (c->rlen > c->rpos) return MPS_TRUE;      /* read ahead already */
    struct pollfd p = { c->rfd, POLLIN, 0 };
    if (poll(&p, 1, 0) > 0) return MPS_TRUE;
    if (dlp && secs <= 0) return MPS_FALSE;
    int rc = wait_fd(t, c->rfd, POLLIN, dlp);
    if (rc < 0) return MPS_NULL;
    return mps_bool(rc == 1);
}

static MpsValue m_close(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "close", argc, kw, 1, 1) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    if (!c) return MPS_NULL;
    if (!c->closed) {
        if (c->rfd >= 0) close(c->rfd);
        if (c->wfd >= 0 && c->wfd != c->rfd) close(c->wfd);
        c->closed = true;
    }
    return MPS_NONE;
}

static MpsValue m_fileno(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "fileno", argc, kw, 1, 1) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    if (!c || conn_check(t, c, false) < 0) return MPS_NULL;
    return mps_from_small(c->rfd >= 0 ? c->rfd : c->wfd);
}

static MpsValue m_fds(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_fds", argc, kw, 1, 1) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    if (!c) return MPS_NULL;
    return mps_tuple_pack(t, 3, mps_from_small(c->rfd), mps_from_small(c->wfd), mps_bool(c->closed));
}

/* the Connection crosses to a spawned child by descriptor numbers: the
 * descriptors are inherited across exec (no O_CLOEXEC) */
static MpsValue m_conn_reduce(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__reduce__", argc, kw, 1, 1) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    if (!c) return MPS_NULL;
    MpsValue mod = mps_dict_get_cstr(t, t->interp->modules, "_mp");
    MpsValue fn = mps_dict_get_cstr(t, MPS_MODULE(mod)->dict, "Connection");
    MpsValue r = fd_out(t, c->rfd);
    if (!r) return MPS_NULL;
    MPS_ROOT(t, r);
    MpsValue w = c->wfd == c->rfd ? r : fd_out(t, c->wfd);
    MPS_UNROOT(t, 1);
    if (!w) return MPS_NULL;
    MpsValue args = mps_tuple_pack(t, 2, r, w);
    return mps_tuple_pack(t, 2, fn, args);
}

static MpsValue m_conn_repr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__repr__", argc, kw, 1, 1) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    if (!c) return MPS_NULL;
    return mps_str_printf(t, "<multiprocessing.connection.Connection object at %p>", (void *)c);
}

static MpsValue p_closed(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "closed", argc, kw, 1, 1) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    return c ? mps_bool(c->closed) : MPS_NULL;
}

static MpsValue p_readable(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "readable", argc, kw, 1, 1) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    return c ? mps_bool(c->rfd >= 0) : MPS_NULL;
}

static MpsValue p_writable(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "writable", argc, kw, 1, 1) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    return c ? mps_bool(c->wfd >= 0) : MPS_NULL;
}

/* a read-only property computed by a C function of the instance */
static void add_property(MpsThread *t, MpsClass *c, const char *name, MpsCFunc fn)
{
    MpsValue f = mps_builtin_new(t, name, fn, MPS_NULL);
    MPS_ROOT(t, f);
    MpsValue p = mps_call1(t, mps_from_obj(MPS_TYPE(t, PROPERTY)), f);
    if (p) mps_dict_set_cstr(t, c->dict, name, p);
    else mps_exc_clear(t);
    MPS_UNROOT(t, 1);
    mps_class_modified(t, c);
}

static MpsValue m_set_exact(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_set_exact", argc, kw, 1, 1) < 0) return MPS_NULL;
    Conn *c = as_conn(t, argv[0]);
    if (!c) return MPS_NULL;
    c->exact = true;
    return MPS_NONE;
}

static const MpsMethodDef conn_methods[] = {
    { "_set_exact", m_set_exact },
    { "send", m_send }, { "recv", m_recv },
    { "send_bytes", m_send_bytes }, { "recv_bytes", m_recv_bytes },
    { "poll", m_poll }, { "close", m_close }, { "fileno", m_fileno },
    { "_fds", m_fds }, { "__reduce__", m_conn_reduce }, { "__repr__", m_conn_repr },
    { NULL, NULL }
};

/* ---------------------------------------------------------------- shared memory */

static void *shm_map(MpsThread *t, int *fdp, size_t size)
{
    int fd = *fdp;
    if (fd < 0) {
        fd = (int)syscall(SYS_memfd_create, "mps-shared", 0);
        if (fd < 0 && errno == EMFILE) {      /* dead queues may hold descriptors */
            mps_gc_collect(t);
            fd = (int)syscall(SYS_memfd_create, "mps-shared", 0);
        }
        if (fd < 0 || ftruncate(fd, (off_t)size) < 0) {
            mps_raise_errno(t, errno, NULL);
            if (fd >= 0) close(fd);
            return NULL;
        }
    }
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) { mps_raise_errno(t, errno, NULL); return NULL; }
    *fdp = fd;
    return p;
}

/* SemLock: Lock, RLock, Semaphore, BoundedSemaphore across processes */
typedef struct Sem {
    pthread_mutex_t mu;        /* robust, process-shared */
    pthread_cond_t cv;         /* process-shared */
    int64_t value, maxvalue;
    int kind;                  /* 0 semaphore / lock, 1 recursive lock */
    pid_t owner_pid;           /* lock kinds: who holds it (dead-holder recovery) */
    long owner_tid;
    int64_t count;             /* recursion level */
} Sem;

typedef struct SemLock {
    MpsNative hdr;
    Sem *s;
    int fd;
} SemLock;

static void semlock_finalize(MpsObj *o)
{
    SemLock *l = (SemLock *)o;
    if (l->s) munmap(l->s, sizeof(Sem));
    if (l->fd >= 0) close(l->fd);
}
static const MpsNativeType semlock_type = { "SemLock", NULL, semlock_finalize };

static SemLock *as_sem(MpsThread *t, MpsValue v) { return as_native(t, v, &semlock_type); }

static long my_tid(void) { return (long)syscall(SYS_gettid); }

static void sem_lock(Sem *s)
{
    if (pthread_mutex_lock(&s->mu) == EOWNERDEAD)
        pthread_mutex_consistent(&s->mu);      /* died inside a few instructions: state is whole */
}

static MpsValue semlock_make(MpsThread *t, MpsClass *cls, int kind, int64_t value, int64_t maxvalue, int fd)
{
    bool fresh = fd < 0;
    Sem *s = shm_map(t, &fd, sizeof(Sem));
    if (!s) return MPS_NULL;
    if (fresh) {
        pthread_mutexattr_t ma;
        pthread_mutexattr_init(&ma);
        pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
        pthread_mutexattr_setrobust(&ma, PTHREAD_MUTEX_ROBUST);
        pthread_mutex_init(&s->mu, &ma);
        pthread_mutexattr_destroy(&ma);
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        pthread_cond_init(&s->cv, &ca);
        pthread_condattr_destroy(&ca);
        s->value = value;
        s->maxvalue = maxvalue;
        s->kind = kind;
    }
    MpsValue v = mps_native_new(t, cls, &semlock_type, sizeof(SemLock));
    if (!v) { munmap(s, sizeof(Sem)); return MPS_NULL; }
    ((SemLock *)v)->s = s;
    ((SemLock *)v)->fd = fd;
    return v;
}

/* SemLock(kind, value, maxvalue) */
static MpsValue semlock_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "SemLock", argc, kw, 3, 4) < 0) return MPS_NULL;
    int64_t kind, value, maxvalue, fd = -1;
    if (mps_index(t, argv[0], &kind) < 0 || mps_index(t, argv[1], &value) < 0 ||
        mps_index(t, argv[2], &maxvalue) < 0)
        return MPS_NULL;
    if (argc > 3 && fd_in(t, argv[3], &fd) < 0) return MPS_NULL;
    if (value < 0) return MPS_RAISE(t, ValueError, "semaphore initial value must be >= 0");
    return semlock_make(t, cls, (int)kind, value, maxvalue, (int)fd);
}

static bool owned_by_me(Sem *s)
{
    return s->count > 0 && s->owner_pid == getpid() && s->owner_tid == my_tid();
}

/* take one unit if possible (mutex held) */
static bool sem_try(Sem *s)
{
    if (s->kind == 1 && owned_by_me(s)) { s->count++; return true; }
    if (s->value <= 0 && s->maxvalue == 1 && s->owner_pid && mps_process_is_dead(s->owner_pid)) {
        /* the holder died without releasing: the lock is free again */
        s->value = 1;
        s->count = 0;
        s->owner_pid = 0;
    }
    if (s->value > 0) {
        s->value--;
        s->owner_pid = getpid();
        s->owner_tid = my_tid();
        s->count = 1;
        return true;
    }
    return false;
}

static MpsValue sem_acquire(MpsThread *t, SemLock *l, bool block, double timeout)
{
    Sem *s = l->s;
    sem_lock(s);
    bool got = sem_try(s);
    pthread_mutex_unlock(&s->mu);
    if (got) return MPS_TRUE;
    if (!block) return MPS_FALSE;
    struct timespec dl, *dlp = NULL;
    if (timeout >= 0) { mps_thread_deadline(&dl, timeout); dlp = &dl; }
    for (;;) {
        bool interrupted = false, expired = false;
        gil_off(t);
        sem_lock(s);
        while (!(got = sem_try(s))) {
            if (mps_thread_deadline_passed(dlp)) { expired = true; break; }
            struct timespec slice;
            mps_thread_deadline(&slice, 0.02);
            int rc = pthread_cond_timedwait(&s->cv, &s->mu, &slice);
            if (rc == EOWNERDEAD) pthread_mutex_consistent(&s->mu);
            if (t == t->interp->main_thread &&
                (atomic_load(&t->interp->eval_breaker) & MPS_BREAK_SIGNAL)) { interrupted = true; break; }
        }
        pthread_mutex_unlock(&s->mu);
        gil_on(t);
        if (got) return MPS_TRUE;
        if (expired) return MPS_FALSE;
        if (interrupted && mps_thread_check_signals(t) < 0) return MPS_NULL;
    }
}

static MpsValue sm_acquire(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = { "self", "block", "timeout" };
    MpsValue a[3];
    if (mps_args(t, "acquire", argc, argv, kw, names, 1, 3, a) < 0) return MPS_NULL;
    SemLock *l = as_sem(t, a[0]);
    if (!l) return MPS_NULL;
    bool block = !a[1] || mps_truthy(t, a[1]) == 1;
    double timeout = -1;
    if (a[2] && a[2] != MPS_NONE && mps_to_double(t, a[2], &timeout) < 0) return MPS_NULL;
    if (a[2] && a[2] != MPS_NONE && timeout < 0) timeout = 0;
    return sem_acquire(t, l, block, timeout);
}

static MpsValue sm_enter(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__enter__", argc, kw, 1, 1) < 0) return MPS_NULL;
    SemLock *l = as_sem(t, argv[0]);
    return l ? sem_acquire(t, l, true, -1) : MPS_NULL;
}

static MpsValue sm_release(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "release", argc, kw, 1, 4) < 0) return MPS_NULL;
    SemLock *l = as_sem(t, argv[0]);
    if (!l) return MPS_NULL;
    Sem *s = l->s;
    sem_lock(s);
    if (s->kind == 1) {
        if (!owned_by_me(s)) {
            pthread_mutex_unlock(&s->mu);
            return MPS_RAISE(t, AssertionError, "attempt to release recursive lock not owned by thread");
        }
        if (--s->count > 0) { pthread_mutex_unlock(&s->mu); return MPS_NONE; }
    } else if (s->maxvalue > 0 && s->value >= s->maxvalue) {
        pthread_mutex_unlock(&s->mu);
        return MPS_RAISE(t, ValueError, "semaphore or lock released too many times");
    }
    s->value++;
    s->count = 0;
    s->owner_pid = 0;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
    return MPS_NONE;
}

static MpsValue sm_get_value(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "get_value", argc, kw, 1, 1) < 0) return MPS_NULL;
    SemLock *l = as_sem(t, argv[0]);
    return l ? mps_int_from_i64(t, l->s->value) : MPS_NULL;
}

static MpsValue sm_is_mine(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_is_mine", argc, kw, 1, 1) < 0) return MPS_NULL;
    SemLock *l = as_sem(t, argv[0]);
    return l ? mps_bool(owned_by_me(l->s)) : MPS_NULL;
}

static MpsValue sm_count(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_count", argc, kw, 1, 1) < 0) return MPS_NULL;
    SemLock *l = as_sem(t, argv[0]);
    return l ? mps_int_from_i64(t, owned_by_me(l->s) ? l->s->count : 0) : MPS_NULL;
}

/* Condition support: release fully, remembering the recursion level */
static MpsValue sm_release_save(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_release_save", argc, kw, 1, 1) < 0) return MPS_NULL;
    SemLock *l = as_sem(t, argv[0]);
    if (!l) return MPS_NULL;
    Sem *s = l->s;
    sem_lock(s);
    int64_t count = s->kind == 1 ? s->count : 1;
    if (s->kind == 1 && !owned_by_me(s)) {
        pthread_mutex_unlock(&s->mu);
        return MPS_RAISE(t, AssertionError, "attempt to release recursive lock not owned by thread");
    }
    s->value++;
    s->count = 0;
    s->owner_pid = 0;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
    return mps_from_small(count);
}

static MpsValue sm_acquire_restore(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "_acquire_restore", argc, kw, 2, 2) < 0) return MPS_NULL;
    SemLock *l = as_sem(t, argv[0]);
    if (!l) return MPS_NULL;
    int64_t count = mps_is_small(argv[1]) ? mps_small(argv[1]) : 1;
    MpsValue r;
    while ((r = sem_acquire(t, l, true, -1)) != MPS_TRUE) {
        if (!r) {
            MpsValue exc = mps_exc_fetch(t);
            while (sem_acquire(t, l, true, -1) != MPS_TRUE) mps_exc_clear(t);
            if (l->s->kind == 1) l->s->count = count;
            return mps_raise_value(t, exc);
        }
    }
    if (l->s->kind == 1) l->s->count = count;
    return MPS_NONE;
}

static MpsValue sm_reduce(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__reduce__", argc, kw, 1, 1) < 0) return MPS_NULL;
    SemLock *l = as_sem(t, argv[0]);
    if (!l) return MPS_NULL;
    MpsValue mod = mps_dict_get_cstr(t, t->interp->modules, "_mp");
    MpsValue fn = mps_dict_get_cstr(t, MPS_MODULE(mod)->dict, "SemLock");
    MpsValue fdv = fd_out(t, l->fd);
    if (!fdv) return MPS_NULL;
    MpsValue args = mps_tuple_pack(t, 4, mps_from_small(l->s->kind), mps_from_small(0),
                                   mps_int_from_i64(t, l->s->maxvalue), fdv);
    return mps_tuple_pack(t, 2, fn, args);
}

static const MpsMethodDef semlock_methods[] = {
    { "acquire", sm_acquire }, { "release", sm_release },
    { "__enter__", sm_enter }, { "__exit__", sm_release },
    { "get_value", sm_get_value }, { "_is_mine", sm_is_mine }, { "_count", sm_count },
    { "_is_owned", sm_is_mine },
    { "_release_save", sm_release_save }, { "_acquire_restore", sm_acquire_restore },
    { "__reduce__", sm_reduce },
    { NULL, NULL }
};

/* SharedBuffer(size[, fd]): raw shared bytes for Value / Array / counters */
typedef struct ShBuf {
    MpsNative hdr;
    unsigned char *p;
    size_t size;
    int fd;
} ShBuf;

static void shbuf_finalize(MpsObj *o)
{
    ShBuf *b = (ShBuf *)o;
    if (b->p) munmap(b->p, b->size ? b->size : 1);
    if (b->fd >= 0) close(b->fd);
}
static const MpsNativeType shbuf_type = { "SharedBuffer", NULL, shbuf_finalize };

static ShBuf *as_shbuf(MpsThread *t, MpsValue v) { return as_native(t, v, &shbuf_type); }

static MpsValue shbuf_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "SharedBuffer", argc, kw, 1, 2) < 0) return MPS_NULL;
    int64_t size, fd = -1;
    if (mps_index(t, argv[0], &size) < 0) return MPS_NULL;
    if (argc > 1 && fd_in(t, argv[1], &fd) < 0) return MPS_NULL;
    if (size < 0) return MPS_RAISE(t, ValueError, "negative size");
    int ifd = (int)fd;
    void *p = shm_map(t, &ifd, size ? (size_t)size : 1);
    if (!p) return MPS_NULL;
    MpsValue v = mps_native_new(t, cls, &shbuf_type, sizeof(ShBuf));
    if (!v) return MPS_NULL;
    ShBuf *b = (ShBuf *)v;
    b->p = p;
    b->size = (size_t)size;
    b->fd = ifd;
    return v;
}

static size_t tc_size(char c)
{
    switch (c) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

static MpsValue f_typecode_size(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "typecode_size", argc, kw, 1, 1) < 0) return MPS_NULL;
    if (!mps_is_str(argv[0]) || mps_str_size(argv[0]) != 1 || !tc_size(mps_str_data(argv[0])[0]))
        return mps_raise(t, MPS_EXCCLS(t, TypeError), "bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d): %R", argv[0]);
    return mps_from_small((int64_t)tc_size(mps_str_data(argv[0])[0]));
}

static int buf_slot(MpsThread *t, const MpsValue *argv, ShBuf **b, char *tc, unsigned char **at)
{
    *b = as_shbuf(t, argv[0]);
    if (!*b) return -1;
    if (!mps_is_str(argv[1]) || mps_str_size(argv[1]) != 1 || !tc_size(mps_str_data(argv[1])[0])) {
        MPS_RAISE(t, TypeError, "bad typecode");
        return -1;
    }
    *tc = mps_str_data(argv[1])[0];
    int64_t i;
    if (mps_index(t, argv[2], &i) < 0) return -1;
    size_t sz = tc_size(*tc);
    if (i < 0 || (size_t)(i + 1) * sz > (*b)->size) { MPS_RAISE(t, IndexError, "index out of range"); return -1; }
    *at = (*b)->p + (size_t)i * sz;
    return 0;
}

/* get(typecode, index) */
static MpsValue sb_get(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "get", argc, kw, 3, 3) < 0) return MPS_NULL;
    ShBuf *b; char tc; unsigned char *at;
    if (buf_slot(t, argv, &b, &tc, &at) < 0) return MPS_NULL;
    switch (tc) {
    case 'c': return mps_bytes_new(t, at, 1);
    case '?': return mps_bool(*at != 0);
    case 'b': return mps_from_small(*(int8_t *)at);
    case 'B': return mps_from_small(*(uint8_t *)at);
    case 'h': return mps_from_small(*(int16_t *)at);
    case 'H': return mps_from_small(*(uint16_t *)at);
    case 'i': return mps_from_small(*(int32_t *)at);
    case 'I': return mps_from_small(*(uint32_t *)at);
    case 'l': case 'q': return mps_int_from_i64(t, *(int64_t *)at);
    case 'L': case 'Q': return mps_int_from_u64(t, *(uint64_t *)at);
    case 'f': return mps_float_new(t, *(float *)at);
    case 'd': return mps_float_new(t, *(double *)at);
    }
    return MPS_NONE;
}

/* set(typecode, index, value) */
static MpsValue sb_set(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "set", argc, kw, 4, 4) < 0) return MPS_NULL;
    ShBuf *b; char tc; unsigned char *at;
    if (buf_slot(t, argv, &b, &tc, &at) < 0) return MPS_NULL;
    MpsValue v = argv[3];
    if (tc == 'f' || tc == 'd') {
        double d;
        if (mps_to_double(t, v, &d) < 0) return MPS_NULL;
        if (tc == 'f') *(float *)at = (float)d; else *(double *)at = d;
        return MPS_NONE;
    }
    if (tc == 'c') {
        if (!mps_is_kind(v, MPS_K_BYTES) || MPS_BYTES(v)->size != 1)
            return MPS_RAISE(t, TypeError, "one character bytes expected");
        *at = MPS_BYTES(v)->data[0];
        return MPS_NONE;
    }
    if (!mps_is_int(v)) return mps_raise(t, MPS_EXCCLS(t, TypeError), "an integer is required (got type %T)", v);
    int64_t i;
    if (mps_index(t, v, &i) < 0) return MPS_NULL;
    switch (tc) {
    case '?': *at = i != 0; break;
    case 'b': *(int8_t *)at = (int8_t)i; break;
    case 'B': *(uint8_t *)at = (uint8_t)i; break;
    case 'h': *(int16_t *)at = (int16_t)i; break;
    case 'H': *(uint16_t *)at = (uint16_t)i; break;
    case 'i': *(int32_t *)at = (int32_t)i; break;
    case 'I': *(uint32_t *)at = (uint32_t)i; break;
    default: *(int64_t *)at = i; break;
    }
    return MPS_NONE;
}

/* add(typecode, index, delta) → new value: an atomic counter for qsize() */
static MpsValue sb_add(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "add", argc, kw, 4, 4) < 0) return MPS_NULL;
    ShBuf *b; char tc; unsigned char *at;
    if (buf_slot(t, argv, &b, &tc, &at) < 0) return MPS_NULL;
    int64_t d;
    if (mps_index(t, argv[3], &d) < 0) return MPS_NULL;
    if (tc != 'q') return MPS_RAISE(t, TypeError, "add() needs typecode 'q'");
    return mps_int_from_i64(t, __atomic_add_fetch((int64_t *)at, d, __ATOMIC_SEQ_CST));
}

static MpsValue sb_len(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__len__", argc, kw, 1, 1) < 0) return MPS_NULL;
    ShBuf *b = as_shbuf(t, argv[0]);
    return b ? mps_int_from_u64(t, b->size) : MPS_NULL;
}

static MpsValue sb_reduce(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__reduce__", argc, kw, 1, 1) < 0) return MPS_NULL;
    ShBuf *b = as_shbuf(t, argv[0]);
    if (!b) return MPS_NULL;
    MpsValue mod = mps_dict_get_cstr(t, t->interp->modules, "_mp");
    MpsValue fn = mps_dict_get_cstr(t, MPS_MODULE(mod)->dict, "SharedBuffer");
    MpsValue fdv = fd_out(t, b->fd);
    if (!fdv) return MPS_NULL;
    return mps_tuple_pack(t, 2, fn, mps_tuple_pack(t, 2, mps_int_from_u64(t, b->size), fdv));
}

static const MpsMethodDef shbuf_methods[] = {
    { "get", sb_get }, { "set", sb_set }, { "add", sb_add },
    { "__len__", sb_len }, { "__reduce__", sb_reduce },
    { NULL, NULL }
};

/* ---------------------------------------------------------------- queues */

/* QueueCore: the transport of multiprocessing.Queue.
 *
 * Items travel as frames (4-byte length + serialized payload) through a
 * pipe with a 1 MiB buffer. A frame up to PIPE_BUF bytes is one write(2),
 * atomic by POSIX, so small puts take no lock; a bigger one is written
 * under the writers' mutex. put() is synchronous: when it returns, the
 * bytes are in the kernel, so an item put right before a process exits
 * is never lost (CPython's feeder thread can lose it).
 *
 * Readers read ahead in large chunks into a buffer that lives in the
 * shared memory itself, under the readers' mutex. Read-ahead bytes are
 * therefore never private to one process: if a reader exits, the next
 * one finds them. One read(2) serves many items.
 *
 * The shared header also counts items (qsize(), which works everywhere),
 * and writers blocked on a full pipe: a parent waiting in join() drains
 * the queue when it sees one, so join() never deadlocks on an unread
 * queue. Both mutexes are robust: a process that dies holding one does
 * not wedge the others. */
#define Q_BUF (256 * 1024)

typedef struct QShm {
    pthread_mutex_t wmu, rmu, cmu;
    pthread_cond_t ccv;            /* count changed (bounded queues) */
    int64_t count;                 /* items put and not yet got */
    QBlocked blocked;              /* writers waiting for room in the pipe */
    int64_t maxsize;               /* 0: unbounded */
    uint32_t rpos, rlen;           /* read-ahead bytes in buf[rpos..rlen) */
    int32_t broken;                /* a writer died in the middle of an item */
    char buf[Q_BUF];
} QShm;

typedef struct QCore {
    MpsNative hdr;
    int rfd, wfd, shfd;
    QShm *sh;
} QCore;

static void qcore_finalize(MpsObj *o)
{
    QCore *q = (QCore *)o;
    if (q->sh) munmap(q->sh, sizeof(QShm));
    /* this process's descriptors of the pipe and the shared memory */
    if (q->rfd >= 0) close(q->rfd);
    if (q->wfd >= 0) close(q->wfd);
    if (q->shfd >= 0) close(q->shfd);
    q->rfd = q->wfd = q->shfd = -1;
}
static const MpsNativeType qcore_type = { "QueueCore", NULL, qcore_finalize };

static QCore *as_qcore(MpsThread *t, MpsValue v) { return as_native(t, v, &qcore_type); }

static void robust_init(pthread_mutex_t *m)
{
    pthread_mutexattr_t ma;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
    pthread_mutexattr_setrobust(&ma, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(m, &ma);
    pthread_mutexattr_destroy(&ma);
}

/* lock a robust shared mutex, the GIL released while waiting; 1 locked,
 * 0 deadline passed / would block, -1 exception (signal) */
static int q_lock(MpsThread *t, pthread_mutex_t *m, bool block, const struct timespec *dl)
{
    int rc = pthread_mutex_trylock(m);
    if (rc == EOWNERDEAD) { pthread_mutex_consistent(m); return 1; }
    if (rc == 0) return 1;
    if (!block) return 0;
    for (;;) {
        struct timespec slice;
        mps_thread_deadline(&slice, 0.02);
        if (dl && (dl->tv_sec < slice.tv_sec || (dl->tv_sec == slice.tv_sec && dl->tv_nsec < slice.tv_nsec)))
            slice = *dl;
        gil_off(t);
        rc = pthread_mutex_timedlock(m, &slice);
        gil_on(t);
        if (rc == EOWNERDEAD) { pthread_mutex_consistent(m); return 1; }
        if (rc == 0) return 1;
        if (mps_thread_check_signals(t) < 0) return -1;
        if (dl && mps_thread_deadline_passed(dl)) return 0;
    }
}

static MpsValue qcore_make(MpsThread *t, MpsClass *cls, int rfd, int wfd, int shfd, int64_t maxsize)
{
    bool fresh = shfd < 0;
    QShm *sh = shm_map(t, &shfd, sizeof(QShm));
    if (!sh) return MPS_NULL;
    if (fresh) {
        robust_init(&sh->wmu);
        robust_init(&sh->rmu);
        robust_init(&sh->cmu);
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        pthread_cond_init(&sh->ccv, &ca);
        pthread_condattr_destroy(&ca);
        sh->maxsize = maxsize > 0 ? maxsize : 0;
    }
    MpsValue v = mps_native_new(t, cls, &qcore_type, sizeof(QCore));
    if (!v) { munmap(sh, sizeof(QShm)); return MPS_NULL; }
    QCore *q = (QCore *)v;
    q->rfd = rfd;
    q->wfd = wfd;
    q->shfd = shfd;
    q->sh = sh;
    set_nonblock(rfd);
    set_nonblock(wfd);
    /* its shared memory counts towards the next collection, which is
     * what gives back the descriptors of queues nobody uses any more */
    mps_gc_note_extra(t, sizeof(QShm));
    return v;
}

/* QueueCore(maxsize) or, when rebuilt in another process,
 * QueueCore(maxsize, rfd, wfd, shfd) */
static MpsValue qcore_ctor(MpsThread *t, MpsClass *cls, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "QueueCore", argc, kw, 1, 4) < 0) return MPS_NULL;
    int64_t maxsize;
    if (mps_index(t, argv[0], &maxsize) < 0) return MPS_NULL;
    if (argc == 4) {
        int64_t r, w, sh;
        if (fd_in(t, argv[1], &r) < 0 || fd_in(t, argv[2], &w) < 0 || fd_in(t, argv[3], &sh) < 0)
            return MPS_NULL;
        return qcore_make(t, cls, (int)r, (int)w, (int)sh, maxsize);
    }
    int fds[2];
    if (pipe(fds) < 0) {
        /* out of descriptors: queues nobody uses any more may hold some */
        if (errno != EMFILE) return mps_raise_errno(t, errno, NULL);
        mps_gc_collect(t);
        if (pipe(fds) < 0) return mps_raise_errno(t, errno, NULL);
    }
    fcntl(fds[1], F_SETPIPE_SZ, 1 << 20);
    MpsValue v = qcore_make(t, cls, fds[0], fds[1], -1, maxsize);
    if (!v) { close(fds[0]); close(fds[1]); }
    return v;
}

static void q_count(QShm *sh, int64_t d)
{
    if (sh->maxsize > 0) {
        if (pthread_mutex_lock(&sh->cmu) == EOWNERDEAD) pthread_mutex_consistent(&sh->cmu);
        sh->count += d;
        pthread_cond_broadcast(&sh->ccv);
        pthread_mutex_unlock(&sh->cmu);
    } else {
        __atomic_add_fetch(&sh->count, d, __ATOMIC_SEQ_CST);
    }
}


/* put(obj, block=True, timeout=None) → None, or False when full */
static MpsValue qc_put(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = { "self", "obj", "block", "timeout" };
    MpsValue a[4];
    if (mps_args(t, "put", argc, argv, kw, names, 2, 4, a) < 0) return MPS_NULL;
    QCore *q = as_qcore(t, a[0]);
    if (!q) return MPS_NULL;
    QShm *sh = q->sh;
    MpsBuf b;
    mps_buf_init(&b);
    mps_buf_add(&b, "\0\0\0\0", 4);
    if (mps_ser_dumps(t, a[1], &b) < 0) { mps_buf_free(&b); return MPS_NULL; }
    size_t n = b.len - 4;
    if (n > 0x7fffffffu) { mps_buf_free(&b); return MPS_RAISE(t, ValueError, "message too long"); }
    b.data[0] = (char)(n & 0xff); b.data[1] = (char)((n >> 8) & 0xff);
    b.data[2] = (char)((n >> 16) & 0xff); b.data[3] = (char)((n >> 24) & 0xff);
    if (sh->maxsize > 0) {
        bool block = !a[2] || mps_truthy(t, a[2]) == 1;
        struct timespec dl, *dlp;
        if (deadline_arg(t, block ? a[3] : MPS_NULL, &dl, &dlp) < 0) { mps_buf_free(&b); return MPS_NULL; }
        int rc = q_lock(t, &sh->cmu, true, NULL);
        if (rc < 0) { mps_buf_free(&b); return MPS_NULL; }
        while (sh->count >= sh->maxsize) {
            if (!block || (dlp && mps_thread_deadline_passed(dlp))) {
                pthread_mutex_unlock(&sh->cmu);
                mps_buf_free(&b);
                return MPS_FALSE;
            }
            struct timespec slice;
            mps_thread_deadline(&slice, 0.02);
            gil_off(t);
            int wr = pthread_cond_timedwait(&sh->ccv, &sh->cmu, &slice);
            if (wr == EOWNERDEAD) pthread_mutex_consistent(&sh->cmu);
            pthread_mutex_unlock(&sh->cmu);
            gil_on(t);
            if (mps_thread_check_signals(t) < 0) { mps_buf_free(&b); return MPS_NULL; }
            if (q_lock(t, &sh->cmu, true, NULL) < 0) { mps_buf_free(&b); return MPS_NULL; }
        }
        sh->count++;
        pthread_mutex_unlock(&sh->cmu);
    } else {
        __atomic_add_fetch(&sh->count, 1, __ATOMIC_SEQ_CST);
    }
    int rc;
    if (b.len <= PIPE_BUF) {
        rc = write_all_counted(t, q->wfd, b.data, b.len, &sh->blocked);       /* atomic: no lock */
    } else {
        rc = q_lock(t, &sh->wmu, true, NULL);
        if (rc > 0) {
            rc = write_all_counted(t, q->wfd, b.data, b.len, &sh->blocked);
            pthread_mutex_unlock(&sh->wmu);
        }
    }
    mps_buf_free(&b);
    if (rc < 0) { q_count(sh, -1); return MPS_NULL; }
    return MPS_NONE;
}

static int q_broken(MpsThread *t)
{
    MPS_RAISE(t, OSError, "queue is broken: a process died while putting an item into it");
    return -1;
}

/* with rmu held, part of an item read: wait for the rest. Items longer
 * than PIPE_BUF are written under wmu, so when wmu is free (or its owner
 * died) and the pipe stays empty, the rest will never come: the queue is
 * marked broken instead of waiting forever. 1 readable, -1 error. */
static int q_wait_tail(MpsThread *t, QCore *q)
{
    for (;;) {
        struct timespec slice;
        mps_thread_deadline(&slice, 0.2);
        int rc = wait_fd(t, q->rfd, POLLIN, &slice);
        if (rc != 0) return rc;
        int lr = pthread_mutex_trylock(&q->sh->wmu);
        if (lr == EBUSY) continue;                    /* its writer is still at it */
        if (lr == EOWNERDEAD) pthread_mutex_consistent(&q->sh->wmu);
        if (lr == 0 || lr == EOWNERDEAD) pthread_mutex_unlock(&q->sh->wmu);
        struct pollfd p = { q->rfd, POLLIN, 0 };
        if (poll(&p, 1, 0) > 0) return 1;
        q->sh->broken = 1;
        return q_broken(t);
    }
}

/* with rmu held: make `want` bytes available in the shared buffer, reading
 * ahead; 1 ok, 0 deadline passed, -1 error. tail: the rest of an item
 * whose start was read, waited for without a deadline (see q_wait_tail). */
static int q_fill(MpsThread *t, QCore *q, size_t want, const struct timespec *dl, bool block, bool tail)
{
    QShm *sh = q->sh;
    while (sh->rlen - sh->rpos < want) {
        if (sh->rpos > 0) {
            memmove(sh->buf, sh->buf + sh->rpos, sh->rlen - sh->rpos);
            sh->rlen -= sh->rpos;
            sh->rpos = 0;
        }
        ssize_t r = read(q->rfd, sh->buf + sh->rlen, Q_BUF - sh->rlen);
        if (r > 0) { sh->rlen += (uint32_t)r; continue; }
        if (r == 0) { MPS_RAISE(t, EOFError, "queue closed"); return -1; }
        if (errno == EINTR) {
            if (mps_thread_check_signals(t) < 0) return -1;
            continue;
        }
        if (errno != EAGAIN) { mps_raise_errno(t, errno, NULL); return -1; }
        if (!block) return 0;
        int rc = tail ? q_wait_tail(t, q) : wait_fd(t, q->rfd, POLLIN, dl);
        if (rc <= 0) return rc;
    }
    return 1;
}

/* take one frame (rmu held): 1 and *out = payload bytes, 0 none in time, -1 error */
static int q_take(MpsThread *t, QCore *q, bool block, const struct timespec *dl, MpsBuf *out)
{
    QShm *sh = q->sh;
    if (sh->broken) return q_broken(t);
    int rc = q_fill(t, q, 4, dl, block, false);
    if (rc <= 0) return rc;
    const unsigned char *h = (const unsigned char *)sh->buf + sh->rpos;
    size_t n = (size_t)h[0] | ((size_t)h[1] << 8) | ((size_t)h[2] << 16) | ((size_t)h[3] << 24);
    if (4 + n <= Q_BUF) {
        /* the writer finished this frame: wait for its tail without a deadline */
        if ((rc = q_fill(t, q, 4 + n, NULL, true, true)) <= 0) return rc < 0 ? -1 : 0;
        mps_buf_add(out, sh->buf + sh->rpos + 4, n);
        sh->rpos += (uint32_t)(4 + n);
        return 1;
    }
    /* larger than the shared buffer: take what is there, read the rest */
    size_t have = sh->rlen - sh->rpos - 4;
    mps_buf_add(out, sh->buf + sh->rpos + 4, have);
    sh->rpos = sh->rlen = 0;
    size_t left = n - have;
    while (left > 0) {
        char chunk[65536];
        ssize_t r = read(q->rfd, chunk, left < sizeof chunk ? left : sizeof chunk);
        if (r > 0) { mps_buf_add(out, chunk, (size_t)r); left -= (size_t)r; continue; }
        if (r == 0) { MPS_RAISE(t, EOFError, "queue closed"); return -1; }
        if (errno == EAGAIN) { if (q_wait_tail(t, q) < 0) return -1; continue; }
        if (errno == EINTR) { if (mps_thread_check_signals(t) < 0) return -1; continue; }
        mps_raise_errno(t, errno, NULL);
        return -1;
    }
    return 1;
}

/* get(block=True, timeout=None, raw=False) → item (or its bytes), or the
 * module's `_EMPTY` marker when nothing came in time */
static MpsValue qc_get(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = { "self", "block", "timeout", "raw" };
    MpsValue a[4];
    if (mps_args(t, "get", argc, argv, kw, names, 1, 4, a) < 0) return MPS_NULL;
    QCore *q = as_qcore(t, a[0]);
    if (!q) return MPS_NULL;
    bool block = !a[1] || mps_truthy(t, a[1]) == 1;
    bool raw = a[3] && mps_truthy(t, a[3]) == 1;
    struct timespec dl, *dlp;
    if (deadline_arg(t, block ? a[2] : MPS_NULL, &dl, &dlp) < 0) return MPS_NULL;
    int rc = q_lock(t, &q->sh->rmu, block, dlp);
    if (rc < 0) return MPS_NULL;
    if (rc == 0) return MPS_NOTIMPLEMENTED;
    MpsBuf b;
    mps_buf_init(&b);
    rc = q_take(t, q, block, dlp, &b);
    pthread_mutex_unlock(&q->sh->rmu);
    if (rc <= 0) { mps_buf_free(&b); return rc < 0 ? MPS_NULL : MPS_NOTIMPLEMENTED; }
    q_count(q->sh, -1);
    MpsValue v = raw ? mps_bytes_new(t, b.data ? b.data : "", b.len)
                     : mps_ser_loads(t, b.data ? b.data : "", b.len);
    mps_buf_free(&b);
    return v;
}

static MpsValue qc_qsize(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "qsize", argc, kw, 1, 1) < 0) return MPS_NULL;
    QCore *q = as_qcore(t, argv[0]);
    return q ? mps_int_from_i64(t, __atomic_load_n(&q->sh->count, __ATOMIC_SEQ_CST)) : MPS_NULL;
}

static MpsValue qc_blocked(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "blocked", argc, kw, 1, 1) < 0) return MPS_NULL;
    QCore *q = as_qcore(t, argv[0]);
    return q ? mps_int_from_i64(t, blocked_count(&q->sh->blocked)) : MPS_NULL;
}

static MpsValue qc_maxsize(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "maxsize", argc, kw, 1, 1) < 0) return MPS_NULL;
    QCore *q = as_qcore(t, argv[0]);
    return q ? mps_int_from_i64(t, q->sh->maxsize) : MPS_NULL;
}

/* undo the count of an item taken out of the queue by _drain */
static MpsValue qc_uncount(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "uncount", argc, kw, 2, 2) < 0) return MPS_NULL;
    QCore *q = as_qcore(t, argv[0]);
    int64_t d;
    if (!q || mps_index(t, argv[1], &d) < 0) return MPS_NULL;
    q_count(q->sh, d);
    return MPS_NONE;
}

static MpsValue qc_reduce(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "__reduce__", argc, kw, 1, 1) < 0) return MPS_NULL;
    QCore *q = as_qcore(t, argv[0]);
    if (!q) return MPS_NULL;
    MpsValue fn = mp_attr(t, "QueueCore");
    MpsValue r = fd_out(t, q->rfd);
    if (!r) return MPS_NULL;
    MPS_ROOT(t, r);
    MpsValue w = fd_out(t, q->wfd);
    if (!w) { MPS_UNROOT(t, 1); return MPS_NULL; }
    MPS_ROOT(t, w);
    MpsValue sh = fd_out(t, q->shfd);
    MPS_UNROOT(t, 2);
    if (!sh) return MPS_NULL;
    MpsValue args = mps_tuple_pack(t, 4, mps_int_from_i64(t, q->sh->maxsize), r, w, sh);
    return mps_tuple_pack(t, 2, fn, args);
}

static const MpsMethodDef qcore_methods[] = {
    { "put", qc_put }, { "get", qc_get }, { "qsize", qc_qsize },
    { "blocked", qc_blocked }, { "maxsize", qc_maxsize }, { "uncount", qc_uncount },
    { "__reduce__", qc_reduce },
    { NULL, NULL }
};

/* ---------------------------------------------------------------- module */

static MpsValue f_pipe_conn(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "Pipe", argc, kw, 0, 1) < 0) return MPS_NULL;
    bool duplex = argc == 0 || mps_truthy(t, argv[0]) == 1;
    int fds[2];
    MpsValue a, b;
    if (duplex) {
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) < 0) return mps_raise_errno(t, errno, NULL);
        int sz = 1 << 20;
        setsockopt(fds[0], SOL_SOCKET, SO_SNDBUF, &sz, sizeof sz);
        setsockopt(fds[1], SOL_SOCKET, SO_SNDBUF, &sz, sizeof sz);
        a = conn_new(t, fds[0], fds[0]);
        if (!a) return MPS_NULL;
        MPS_ROOT(t, a);
        b = conn_new(t, fds[1], fds[1]);
        MPS_UNROOT(t, 1);
    } else {
        if (pipe(fds) < 0) return mps_raise_errno(t, errno, NULL);
        fcntl(fds[1], F_SETPIPE_SZ, 1 << 20);
        a = conn_new(t, fds[0], -1);
        if (!a) return MPS_NULL;
        MPS_ROOT(t, a);
        b = conn_new(t, -1, fds[1]);
        MPS_UNROOT(t, 1);
    }
    if (!b) return MPS_NULL;
    return mps_tuple_pack(t, 2, a, b);
}

/* exit(code): leave a child process through the runtime's exit path */
static MpsValue f_close_fd(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "close_fd", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t fd;
    if (mps_index(t, argv[0], &fd) < 0) return MPS_NULL;
    close((int)fd);
    return MPS_NONE;
}

static MpsValue f_kill(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "kill", argc, kw, 2, 2) < 0) return MPS_NULL;
    int64_t pid, sig;
    if (mps_index(t, argv[0], &pid) < 0 || mps_index(t, argv[1], &sig) < 0) return MPS_NULL;
    if (kill((pid_t)pid, (int)sig) < 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}

/* exit(code): end this (child) process through the runtime's exit path:
 * joins its threads and children, flushes output — never returns */
static MpsValue f_exit(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "exit", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t code = 1;
    if (mps_index(t, argv[0], &code) < 0) mps_exc_clear(t);
    mps_rt_exit(t, (int)code);
}

/* pool workers ignore Ctrl-C: the parent alone decides what stops */
static MpsValue f_ignore_sigint(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "ignore_sigint", argc, kw, 0, 0) < 0) return MPS_NULL;
    signal(SIGINT, SIG_IGN);
    return MPS_NONE;
}

/* spawn(payload, keep_fd): start a fresh mps (`mps --mp-spawn FD MAIN`)
 * that runs the main script as __mp_main__, then reads the serialized
 * process object from FD (a memfd holding `payload`). keep_fd stays open
 * in the child (the sentinel's write end). The child dies with us. */
static MpsValue f_spawn(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "spawn", argc, kw, 2, 2) < 0) return MPS_NULL;
    if (!mps_is_kind(argv[0], MPS_K_BYTES)) return MPS_RAISE(t, TypeError, "payload must be bytes");
    MpsBytes *pl = MPS_BYTES(argv[0]);
    int mfd = (int)syscall(SYS_memfd_create, "mps-spawn", 0);
    if (mfd < 0) return mps_raise_errno(t, errno, NULL);
    size_t off = 0;
    while (off < pl->size) {
        ssize_t w = write(mfd, pl->data + off, pl->size - off);
        if (w < 0) { int e = errno; close(mfd); return mps_raise_errno(t, e, NULL); }
        off += (size_t)w;
    }
    lseek(mfd, 0, SEEK_SET);
    MpsRuntime *rt = MPS_RT(t->interp);
    const char *exe = rt && rt->executable ? rt->executable : "/proc/self/exe";
    const char *main_path = rt && rt->main_path ? rt->main_path : "";
    char fdbuf[32];
    snprintf(fdbuf, sizeof fdbuf, "%d", mfd);
    /* `mps [--gil-stats] --mp-spawn FD MAIN ARGS...`: the child's sys.argv
     * is ours (built before fork: no malloc in the child) */
    MpsValue *av = NULL;
    int64_t nav = t->interp->argv ? mps_seq_items(t->interp->argv, &av) : 0;
    if (nav < 1) nav = 1;
    char **args = calloc((size_t)nav + 6, sizeof *args);
    if (!args) { close(mfd); return mps_raise_nomem(t); }
    int k = 0;
    args[k++] = (char *)"mps";
    if (rt && rt->gil_stats) args[k++] = (char *)"--gil-stats";   /* the child prints its table too */
    args[k++] = (char *)"--mp-spawn";
    args[k++] = fdbuf;
    args[k++] = (char *)main_path;
    for (int64_t i = 1; i < nav; i++)
        if (mps_is_str(av[i])) args[k++] = (char *)mps_str_data(av[i]);
    args[k] = NULL;
    mps_io_flush_all(t->interp);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) { int e = errno; close(mfd); free(args); return mps_raise_errno(t, e, NULL); }
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) _exit(1);
        execv(exe, args);
        _exit(127);
    }
    free(args);
    close(mfd);
    return mps_from_small(pid);
}

/* read_fd(fd) → all bytes of a descriptor (the spawn payload), closing it */
static MpsValue f_read_fd(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "read_fd", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t fd;
    if (mps_index(t, argv[0], &fd) < 0) return MPS_NULL;
    MpsBuf b;
    mps_buf_init(&b);
    char chunk[65536];
    for (;;) {
        ssize_t r = read((int)fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) { int e = errno; mps_buf_free(&b); return mps_raise_errno(t, e, NULL); }
        if (r == 0) break;
        mps_buf_add(&b, chunk, (size_t)r);
    }
    close((int)fd);
    MpsValue v = mps_bytes_new(t, b.data ? b.data : "", b.len);
    mps_buf_free(&b);
    return v;
}

/* In a child process stdout is line-buffered: a child is often ended by
 * terminate() (SIGTERM), and what it printed must not die in its buffer. */
static MpsValue f_line_buffer_stdout(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "line_buffer_stdout", argc, kw, 0, 0) < 0) return MPS_NULL;
    MpsRuntime *rt = MPS_RT(t->interp);
    if (rt) {
        mps_io_flush(t->interp, 1);
        rt->out.line = true;
    }
    return MPS_NONE;
}

/* send_fds(sock, data, fds): one framed message whose first bytes carry
 * the descriptors (SCM_RIGHTS) */
static MpsValue f_send_fds(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "send_fds", argc, kw, 3, 3) < 0) return MPS_NULL;
    int64_t sock;
    if (mps_index(t, argv[0], &sock) < 0) return MPS_NULL;
    if (!mps_is_kind(argv[1], MPS_K_BYTES)) return MPS_RAISE(t, TypeError, "data must be bytes");
    MpsValue *items;
    int64_t nfd = mps_seq_items(argv[2], &items);
    if (nfd < 0 || nfd > 250) return MPS_RAISE(t, ValueError, "fds must be a list of at most 250 descriptors");
    int fds[250];
    for (int64_t i = 0; i < nfd; i++) {
        int64_t fd;
        if (mps_index(t, items[i], &fd) < 0) return MPS_NULL;
        fds[i] = (int)fd;
    }
    MpsBytes *b = MPS_BYTES(argv[1]);
    unsigned char hdr[8];
    uint32_t n = (uint32_t)b->size, k = (uint32_t)nfd;
    memcpy(hdr, &n, 4);
    memcpy(hdr + 4, &k, 4);
    struct iovec iov = { hdr, 8 };
    union { struct cmsghdr c; char buf[CMSG_SPACE(sizeof(int) * 250)]; } ctl;
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    if (nfd > 0) {
        msg.msg_control = ctl.buf;
        msg.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfd);
        struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfd);
        memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfd);
    }
    ssize_t w;
    do w = sendmsg((int)sock, &msg, 0); while (w < 0 && errno == EINTR);
    if (w != 8) return mps_raise_errno(t, w < 0 ? errno : EIO, NULL);
    if (write_all(t, (int)sock, (const char *)b->data, b->size) < 0) return MPS_NULL;
    return MPS_NONE;
}

/* recv_fds(sock) → (data, [fds]); EOFError when the peer is gone */
static MpsValue f_recv_fds(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "recv_fds", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t sock;
    if (mps_index(t, argv[0], &sock) < 0) return MPS_NULL;
    if (wait_fd(t, (int)sock, POLLIN, NULL) < 0) return MPS_NULL;
    unsigned char hdr[8];
    struct iovec iov = { hdr, 8 };
    union { struct cmsghdr c; char buf[CMSG_SPACE(sizeof(int) * 250)]; } ctl;
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = ctl.buf;
    msg.msg_controllen = sizeof ctl.buf;
    ssize_t r;
    do r = recvmsg((int)sock, &msg, MSG_WAITALL); while (r < 0 && errno == EINTR);
    if (r == 0) return mps_raise_value(t, mps_from_obj(MPS_EXCCLS(t, EOFError)));
    if (r != 8) return mps_raise_errno(t, r < 0 ? errno : EIO, NULL);
    uint32_t n, k;
    memcpy(&n, hdr, 4);
    memcpy(&k, hdr + 4, 4);
    MpsValue fdl = mps_list_new(t, 0);
    if (!fdl) return MPS_NULL;
    MPS_ROOT(t, fdl);
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
        size_t cnt = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        int fds[250];
        if (cnt > 250) cnt = 250;
        memcpy(fds, CMSG_DATA(c), cnt * sizeof(int));
        for (size_t i = 0; i < cnt; i++) mps_list_append(t, fdl, mps_from_small(fds[i]));
    }
    if (MPS_LIST(fdl)->len != k) { MPS_UNROOT(t, 1); return MPS_RAISE(t, OSError, "descriptors lost in transfer"); }
    char *buf = malloc(n ? n : 1);
    if (!buf) { MPS_UNROOT(t, 1); return mps_raise_nomem(t); }
    int rc = n ? read_exact(t, (int)sock, buf, n) : 0;
    if (rc != 0) {
        free(buf);
        MPS_UNROOT(t, 1);
        if (rc == 1) return mps_raise_value(t, mps_from_obj(MPS_EXCCLS(t, EOFError)));
        return MPS_NULL;
    }
    MpsValue data = mps_bytes_new(t, buf, n);
    free(buf);
    MPS_UNROOT(t, 1);
    if (!data) return MPS_NULL;
    return mps_tuple_pack(t, 2, data, fdl);
}

/* close_other_fds(keep): close every descriptor above 2 not in keep — the
 * fork server must not hold pipe ends its parent created before it */
static MpsValue f_close_other_fds(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "close_other_fds", argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue *items;
    int64_t nk = mps_seq_items(argv[0], &items);
    if (nk < 0) return MPS_RAISE(t, TypeError, "keep must be a list");
    DIR *d = opendir("/proc/self/fd");
    if (!d) return mps_raise_errno(t, errno, "/proc/self/fd");
    int fds[4096], n = 0, dfd = dirfd(d);
    struct dirent *e;
    while ((e = readdir(d)) && n < 4096) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        int fd = atoi(e->d_name);
        if (fd <= 2 || fd == dfd) continue;
        bool keep = false;
        for (int64_t i = 0; i < nk; i++)
            if (mps_is_small(items[i]) && mps_small(items[i]) == fd) keep = true;
        if (!keep) fds[n++] = fd;
    }
    closedir(d);
    for (int i = 0; i < n; i++) close(fds[i]);
    return MPS_NONE;
}

/* Local sockets in the abstract namespace (nothing on disk to leak) for
 * the Manager's server: listen(name) → fd, accept(fd) → fd, connect(name) → fd */
static int unix_addr(MpsThread *t, MpsValue name, struct sockaddr_un *a, socklen_t *len)
{
    if (!mps_is_str(name) || mps_str_size(name) + 2 > sizeof a->sun_path) {
        MPS_RAISE(t, ValueError, "bad socket name");
        return -1;
    }
    memset(a, 0, sizeof *a);
    a->sun_family = AF_UNIX;
    memcpy(a->sun_path + 1, mps_str_data(name), mps_str_size(name));   /* leading NUL: abstract */
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + mps_str_size(name));
    return 0;
}

static MpsValue f_listen(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "listen", argc, kw, 1, 1) < 0) return MPS_NULL;
    struct sockaddr_un a;
    socklen_t len;
    if (unix_addr(t, argv[0], &a, &len) < 0) return MPS_NULL;
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return mps_raise_errno(t, errno, NULL);
    if (bind(fd, (struct sockaddr *)&a, len) < 0 || listen(fd, 64) < 0) {
        int e = errno;
        close(fd);
        return mps_raise_errno(t, e, NULL);
    }
    set_nonblock(fd);
    return mps_from_small(fd);
}

static MpsValue f_accept(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "accept", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t fd;
    if (mps_index(t, argv[0], &fd) < 0) return MPS_NULL;
    for (;;) {
        int c = accept4((int)fd, NULL, NULL, SOCK_CLOEXEC);
        if (c >= 0) return mps_from_small(c);
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            if (wait_fd(t, (int)fd, POLLIN, NULL) < 0) return MPS_NULL;
            continue;
        }
        if (errno == EINTR) {
            if (mps_thread_check_signals(t) < 0) return MPS_NULL;
            continue;
        }
        return mps_raise_errno(t, errno, NULL);
    }
}

static MpsValue f_connect(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "connect", argc, kw, 1, 1) < 0) return MPS_NULL;
    struct sockaddr_un a;
    socklen_t len;
    if (unix_addr(t, argv[0], &a, &len) < 0) return MPS_NULL;
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return mps_raise_errno(t, errno, NULL);
    if (connect(fd, (struct sockaddr *)&a, len) < 0) {
        int e = errno;
        close(fd);
        return mps_raise_errno(t, e, NULL);
    }
    return mps_from_small(fd);
}

static const MpsMethodDef mp_functions[] = {
    { "listen", f_listen }, { "accept", f_accept }, { "connect", f_connect },
    { "close_other_fds", f_close_other_fds },
    { "send_fds", f_send_fds },
    { "recv_fds", f_recv_fds },
    { "line_buffer_stdout", f_line_buffer_stdout },
    { "spawn", f_spawn },
    { "read_fd", f_read_fd },
    { "ignore_sigint", f_ignore_sigint },
    { "kill", f_kill },
    { "exit", f_exit },
    { "fork", f_fork },
    { "bootstrapping", f_bootstrapping },
    { "weak_track", f_weak_track }, { "weak_tracked", f_weak_tracked },
    { "weak_forget_all", f_weak_forget_all },
    { "is_dead", f_is_dead },
    { "waitpid", f_waitpid },
    { "pipe", f_pipe },
    { "socketpair", f_socketpair },
    { "Pipe", f_pipe_conn },
    { "wait", f_wait },
    { "typecode_size", f_typecode_size },
    { "close_fd", f_close_fd },
    { NULL, NULL }
};

MpsValue mps_mp_module_new(MpsThread *t)
{
    MpsValue m = mps_module_new(t, "_mp");
    if (!m) return MPS_NULL;
    MPS_ROOT(t, m);
    MpsDict *d = MPS_MODULE(m)->dict;
    mps_dict_add_functions(t, d, mp_functions, MPS_NULL);
    MpsClass *c = mps_class_new_builtin(t, "Connection", MPS_TTYPE(t, OBJECT), MPS_K_NATIVE);
    c->ctor = conn_ctor;
    mps_class_add_methods(t, c, conn_methods);
    add_property(t, c, "closed", p_closed);
    add_property(t, c, "readable", p_readable);
    add_property(t, c, "writable", p_writable);
    mps_dict_set_cstr(t, d, "Connection", mps_from_obj(c));
    c = mps_class_new_builtin(t, "SemLock", MPS_TTYPE(t, OBJECT), MPS_K_NATIVE);
    c->ctor = semlock_ctor;
    mps_class_add_methods(t, c, semlock_methods);
    mps_dict_set_cstr(t, d, "SemLock", mps_from_obj(c));
    c = mps_class_new_builtin(t, "QueueCore", MPS_TTYPE(t, OBJECT), MPS_K_NATIVE);
    c->ctor = qcore_ctor;
    mps_class_add_methods(t, c, qcore_methods);
    mps_dict_set_cstr(t, d, "QueueCore", mps_from_obj(c));
    c = mps_class_new_builtin(t, "SharedBuffer", MPS_TTYPE(t, OBJECT), MPS_K_NATIVE);
    c->ctor = shbuf_ctor;
    mps_class_add_methods(t, c, shbuf_methods);
    mps_dict_set_cstr(t, d, "SharedBuffer", mps_from_obj(c));
    mps_dict_set_cstr(t, d, "WNOHANG", mps_from_small(WNOHANG));
    mps_dict_set_cstr(t, d, "_fd_sink", MPS_NONE);
    mps_dict_set_cstr(t, d, "_fd_source", MPS_NONE);
    /* the classes are found by module and name when serialized (spawn) */
    static const char *const cls_names[] = { "Connection", "SemLock", "SharedBuffer", "QueueCore" };
    MpsValue modname = mps_str_cstr_new(t, "_mp");
    for (int i = 0; i < 4; i++) {
        MpsValue cv = mps_dict_get_cstr(t, d, cls_names[i]);
        MPS_CLASS(cv)->module = modname;
        mps_dict_set_cstr(t, MPS_CLASS(cv)->dict, "__module__", modname);
        mps_class_modified(t, MPS_CLASS(cv));
    }
    MPS_UNROOT(t, 1);
    return m;
}
