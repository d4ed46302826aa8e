/*
 * io.c — stdout and stderr with mps's buffering rules (SPEC §6).
 *
 * Text of one write_out call is appended to the stream's buffer under its
 * mutex, so another thread never lands inside it. Only complete lines
 * leave the buffer (a partial line waits for its newline or a flush), and
 * they leave in one write(2) per group of lines; on a pipe a group is at
 * most PIPE_BUF bytes, which the kernel writes atomically, so lines of
 * concurrent processes sharing the pipe never interleave either.
 *
 * Lock order: the GIL (if held) before a stream mutex; nobody waits for the
 * GIL while holding a stream mutex.
 */
#include "runtime.h"
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MPS_IO_BUFSIZE 8192     /* a non-tty stdout is flushed past this */

static void mps_io_stream_init(MpsIoStream *s, int fd)
{
    struct stat st;
    memset(s, 0, sizeof *s);
    s->fd = fd;
    s->line = fd == 2 || isatty(fd);
    s->pipe = fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
    pthread_mutex_init(&s->mu, NULL);
}

void mps_io_init(MpsRuntime *rt)
{
    mps_io_stream_init(&rt->out, 1);
    mps_io_stream_init(&rt->err, 2);
}

/* write all of p, retrying on EINTR and EAGAIN; false on a hard error */
static bool mps_io_write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w > 0) { p += w; n -= (size_t)w; continue; }
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            struct pollfd pfd = { .fd = fd, .events = POLLOUT };
            poll(&pfd, 1, -1);
            continue;
        }
        return false;
    }
    return true;
}

/* The reader of stdout went away (`mps prog | head`): die of SIGPIPE
 * quietly, as C programs do, instead of running on with nobody listening.
 * Other streams just drop their output. */
static void mps_io_fail(MpsIoStream *s)
{
    if (s->fd == 1 && errno == EPIPE) {
        signal(SIGPIPE, SIG_DFL);
        raise(SIGPIPE);
    }
    s->broken = true;
    s->len = 0;
}

/* length of the next chunk of buf[0..n) to hand to one write(2) */
static size_t mps_io_chunk(const MpsIoStream *s, const char *buf, size_t n)
{
    if (!s->pipe || n <= PIPE_BUF) return n;
    /* the most whole lines that fit in PIPE_BUF */
    for (size_t i = PIPE_BUF; i > 0; i--)
        if (buf[i - 1] == '\n') return i;
    /* one line longer than PIPE_BUF: it cannot be atomic, send it alone */
    const char *nl = memchr(buf, '\n', n);
    return nl ? (size_t)(nl - buf) + 1 : n;
}

/* write out buf[0..upto) and keep the rest; mutex held */
static void mps_io_drain(MpsIoStream *s, size_t upto)
{
    size_t done = 0;
    while (done < upto && !s->broken) {
        size_t c = mps_io_chunk(s, s->buf + done, upto - done);
        if (!mps_io_write_all(s->fd, s->buf + done, c)) { mps_io_fail(s); return; }
        done += c;
    }
    memmove(s->buf, s->buf + upto, s->len - upto);
    s->len -= upto;
}

static bool mps_io_append(MpsIoStream *s, const char *p, size_t n)
{
    if (s->len + n > s->cap) {
        size_t cap = s->cap ? s->cap : MPS_IO_BUFSIZE;
        while (cap < s->len + n) cap *= 2;
        char *nb = realloc(s->buf, cap);
        if (!nb) return false;
        s->buf = nb;
        s->cap = cap;
    }
    if (n) memcpy(s->buf + s->len, p, n);
    s->len += n;
    return true;
}

static size_t mps_io_last_nl(const char *buf, size_t from, size_t to)
{
    for (size_t i = to; i > from; i--)
        if (buf[i - 1] == '\n') return i;
    return 0;
}

void mps_io_write(MpsThread *t, int fd, const char *p, size_t n)
{
    MpsRuntime *rt = t ? MPS_RT(t->interp) : NULL;
    if (!rt || (fd != 1 && fd != 2)) {
        mps_io_write_all(fd, p, n);
        return;
    }
    MpsIoStream *s = fd == 1 ? &rt->out : &rt->err;
    pthread_mutex_lock(&s->mu);
    if (s->broken) { pthread_mutex_unlock(&s->mu); return; }
    size_t old = s->len;
    if (!mps_io_append(s, p, n)) {
        /* out of memory: write what we have and this text directly */
        mps_io_drain(s, s->len);
        if (!mps_io_write_all(s->fd, p, n)) mps_io_fail(s);
        pthread_mutex_unlock(&s->mu);
        return;
    }
    size_t upto = 0;
    if (s->line) {
        upto = mps_io_last_nl(s->buf, old, s->len);
    } else if (s->len >= MPS_IO_BUFSIZE) {
        upto = mps_io_last_nl(s->buf, 0, s->len);
        if (upto == 0) upto = s->len;   /* one huge partial line */
    }
    if (upto) mps_io_drain(s, upto);
    pthread_mutex_unlock(&s->mu);
}

void mps_io_flush(MpsInterp *in, int fd)
{
    MpsRuntime *rt = MPS_RT(in);
    if (!rt || (fd != 1 && fd != 2)) return;
    MpsIoStream *s = fd == 1 ? &rt->out : &rt->err;
    pthread_mutex_lock(&s->mu);
    if (s->len && !s->broken) mps_io_drain(s, s->len);
    pthread_mutex_unlock(&s->mu);
}

void mps_io_flush_all(MpsInterp *in)
{
    mps_io_flush(in, 1);
    mps_io_flush(in, 2);
}

void mps_io_set_unbuffered(MpsInterp *in)
{
    MPS_RT(in)->out.line = true;
}

void mps_io_before_fork(MpsInterp *in)
{
    MpsRuntime *rt = MPS_RT(in);
    mps_io_flush_all(in);
    pthread_mutex_lock(&rt->out.mu);
    pthread_mutex_lock(&rt->err.mu);
}

void mps_io_after_fork_parent(MpsInterp *in)
{
    MpsRuntime *rt = MPS_RT(in);
    pthread_mutex_unlock(&rt->err.mu);
    pthread_mutex_unlock(&rt->out.mu);
}

/* The inherited mutexes may be held by threads that do not exist here:
 * replace them, never unlock them. The buffers were flushed before fork. */
void mps_io_after_fork_child(MpsInterp *in)
{
    MpsRuntime *rt = MPS_RT(in);
    pthread_mutex_init(&rt->out.mu, NULL);
    pthread_mutex_init(&rt->err.mu, NULL);
    rt->out.len = rt->err.len = 0;
}
