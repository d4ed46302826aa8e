/* file.c — file objects: open() and sys.stdin/stdout/stderr. A native
 * object over a C FILE*; the standard output streams go through the
 * runtime's write_out hook so that print() and sys.stdout.write() share one
 * buffer. Prefix fo_. */
#include <sys/stat.h>
#include "lib.h"
#include "../runtime/runtime.h"
#include <errno.h>
#include <unistd.h>

typedef struct FoFile {
    MpsNative n;
    FILE *fp;             /* NULL for stdout/stderr and once closed */
    int std_fd;           /* 0, 1, 2 for sys.std*, else -1 */
    bool binary, readable, writable, closed;
    bool skip_lf;         /* text: the last line ended at a \r; drop a \n that follows */
    MpsValue name, mode;
} FoFile;

#define SELF argv[0]
#define FO(v) mps_native_data(v, FoFile)

static void fo_traverse(MpsObj *o, void (*visit)(MpsValue, void *), void *ctx)
{
    FoFile *f = (FoFile *)o;
    if (f->name) visit(f->name, ctx);
    if (f->mode) visit(f->mode, ctx);
}

static void fo_finalize(MpsObj *o)
{
    FoFile *f = (FoFile *)o;
    if (f->fp && f->std_fd < 0) fclose(f->fp);
    f->fp = NULL;
}

static const MpsNativeType fo_type = {"file", fo_traverse, fo_finalize};

static MpsValue fo_new(MpsThread *t, FILE *fp, int std_fd, MpsValue name, MpsValue mode, bool bin, bool rd, bool wr)
{
    MpsValue v = mps_native_new(t, MPSL(t)->file_cls, &fo_type, sizeof(FoFile));
    if (!v) return MPS_NULL;
    FoFile *f = FO(v);
    f->fp = fp;
    f->std_fd = std_fd;
    f->name = name;
    f->mode = mode;
    f->binary = bin;
    f->readable = rd;
    f->writable = wr;
    return v;
}

MpsValue mpsl_file_std(MpsThread *t, int fd)
{
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    MpsValue name = mpsl_cstr(t, names[fd]);
    MpsValue mode = mpsl_cstr(t, fd == 0 ? "r" : "w");
    if (!name || !mode) return MPS_NULL;
    return fo_new(t, fd == 0 ? stdin : NULL, fd, name, mode, false, fd == 0, fd != 0);
}

int mpsl_file_std_fd(MpsThread *t, MpsValue f)
{
    if (!mps_is_kind(f, MPS_K_NATIVE) || ((MpsNative *)f)->ntype != &fo_type) return -1;
    (void)t;
    FoFile *fo = FO(f);
    return fo->std_fd == 1 || fo->std_fd == 2 ? fo->std_fd : -1;
}

static int fo_check(MpsThread *t, MpsValue self, int need)   /* need: 1 read, 2 write */
{
    FoFile *f = FO(self);
    if (f->closed) { MPS_RAISE(t, ValueError, "I/O operation on closed file."); return -1; }
    if (need == 1 && !f->readable) { MPS_RAISE(t, OSError, "not readable"); return -1; }
    if (need == 2 && !f->writable) { MPS_RAISE(t, OSError, "not writable"); return -1; }
    return 0;
}

/* text read: bytes → str, with \r\n and \r turned into \n */
static MpsValue fo_result(MpsThread *t, FoFile *f, const char *p, size_t n)
{
    if (f->binary) return mps_bytes_new(t, p, n);
    if (!memchr(p, '\r', n)) return mpsl_decode(t, (const uint8_t *)p, n, "utf-8", "strict");
    char *q = malloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\r') { q[k++] = '\n'; if (i + 1 < n && p[i + 1] == '\n') i++; }
        else q[k++] = p[i];
    }
    MpsValue r = mpsl_decode(t, (const uint8_t *)q, k, "utf-8", "strict");
    free(q);
    return r;
}

/* blocking reads on stdin let other threads run */
static void fo_release(MpsThread *t, FoFile *f)
{
    if (f->std_fd == 0 && t->interp->hooks.gil_release) t->interp->hooks.gil_release(t);
}

static void fo_acquire(MpsThread *t, FoFile *f)
{
    if (f->std_fd == 0 && t->interp->hooks.gil_acquire) t->interp->hooks.gil_acquire(t);
}

static MpsValue fo_read(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "read", argc - 1, kw, 0, 1) < 0 || fo_check(t, SELF, 1) < 0) return MPS_NULL;
    FoFile *f = FO(SELF);
    int64_t size = -1;
    if (argc > 1 && argv[1] != MPS_NONE && mps_index(t, argv[1], &size) < 0) return MPS_NULL;
    if (f->std_fd == 0 && t->interp->runtime) mps_io_flush_all(t->interp);
    MpsBuf b;
    mps_buf_init(&b);
    char tmp[65536];
    fo_release(t, f);
    if (f->skip_lf) {
        int c = fgetc(f->fp);
        f->skip_lf = false;
        if (c != '\n' && c != EOF) ungetc(c, f->fp);
    }
    while (size < 0 || (int64_t)b.len < size) {
        size_t want = sizeof tmp;
        if (size >= 0 && (size_t)(size - (int64_t)b.len) < want) want = (size_t)(size - (int64_t)b.len);
        size_t got = fread(tmp, 1, want, f->fp);
        if (got == 0) break;
        mps_buf_add(&b, tmp, got);
    }
    /* text mode: finish a partial UTF-8 character */
    if (!f->binary && size >= 0 && b.len) {
        int c;
        while ((c = fgetc(f->fp)) != EOF) {
            if ((c & 0xC0) != 0x80) { ungetc(c, f->fp); break; }
            mps_buf_addc(&b, (char)c);
        }
    }
    fo_acquire(t, f);
    MpsValue r = fo_result(t, f, b.data ? b.data : "", b.len);
    mps_buf_free(&b);
    return r;
}

/* One line, at most `limit` characters (bytes in binary mode; < 0: no
 * limit). Text mode ends a line at \n, \r\n or a lone \r, as CPython's
 * universal newlines; the \n of a \r\n split across two calls is
 * dropped by the second (skip_lf), so a terminal never waits for the
 * character after a \r. */
static MpsValue fo_readline_impl(MpsThread *t, MpsValue self, int64_t limit)
{
    FoFile *f = FO(self);
    if (f->std_fd == 0 && t->interp->runtime) mps_io_flush_all(t->interp);
    MpsBuf b;
    mps_buf_init(&b);
    int64_t chars = 0;
    fo_release(t, f);
    flockfile(f->fp);
    int c;
    if (f->skip_lf) {
        f->skip_lf = false;
        if ((c = getc_unlocked(f->fp)) != '\n' && c != EOF) ungetc(c, f->fp);
    }
    while (limit < 0 || chars < limit) {
        if ((c = getc_unlocked(f->fp)) == EOF) break;
        if (f->binary || (c & 0xC0) != 0x80) chars++;
        mps_buf_addc(&b, (char)c);
        if (c == '\n') break;
        if (c == '\r' && !f->binary) {
            int d = getc_unlocked(f->fp);
            if (d == '\n') mps_buf_addc(&b, '\n');
            else if (d != EOF) ungetc(d, f->fp);
            break;
        }
        /* text: the limit never splits a UTF-8 character */
        if (!f->binary && limit >= 0 && chars == limit) {
            while ((c = getc_unlocked(f->fp)) != EOF && (c & 0xC0) == 0x80) mps_buf_addc(&b, (char)c);
            if (c != EOF) ungetc(c, f->fp);
        }
    }
    funlockfile(f->fp);
    fo_acquire(t, f);
    MpsValue r = fo_result(t, f, b.data ? b.data : "", b.len);
    mps_buf_free(&b);
    return r;
}

static MpsValue fo_readline(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "readline", argc - 1, kw, 0, 1) < 0 || fo_check(t, SELF, 1) < 0) return MPS_NULL;
    int64_t size = -1;
    if (argc > 1 && argv[1] != MPS_NONE && mps_index(t, argv[1], &size) < 0) return MPS_NULL;
    return fo_readline_impl(t, SELF, size);
}

static MpsValue fo_readlines(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "readlines", argc - 1, kw, 0, 1) < 0 || fo_check(t, SELF, 1) < 0) return MPS_NULL;
    MpsValue list = mps_list_new(t, 0);
    if (!list) return MPS_NULL;
    MPS_ROOT(t, list);
    for (;;) {
        MpsValue l = fo_readline_impl(t, SELF, -1);
        if (!l) { MPS_UNROOT(t, 1); return MPS_NULL; }
        if ((mps_is_str(l) ? mps_str_size(l) : MPS_BYTES(l)->size) == 0) break;
        if (mps_list_append(t, list, l) < 0) { MPS_UNROOT(t, 1); return MPS_NULL; }
    }
    MPS_UNROOT(t, 1);
    return list;
}

static MpsValue fo_next(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    if (fo_check(t, SELF, 1) < 0) return MPS_NULL;
    MpsValue l = fo_readline_impl(t, SELF, -1);
    if (!l) return MPS_NULL;
    if ((mps_is_str(l) ? mps_str_size(l) : MPS_BYTES(l)->size) == 0)
        return mps_raise_value(t, mps_from_obj(MPS_EXCCLS(t, StopIteration)));
    return l;
}

static MpsValue fo_self(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    if (FO(SELF)->closed) return MPS_RAISE(t, ValueError, "I/O operation on closed file.");
    return SELF;
}

static int fo_write_raw(MpsThread *t, FoFile *f, const char *p, size_t n)
{
    if (f->std_fd == 1 || f->std_fd == 2) {
        if (t->interp->hooks.write_out) t->interp->hooks.write_out(t, f->std_fd, p, n);
        else if (write(f->std_fd, p, n) < 0) { mps_raise_errno(t, errno, NULL); return -1; }
        return 0;
    }
    if (n && fwrite(p, 1, n, f->fp) != n) { mps_raise_errno(t, errno, NULL); return -1; }
    return 0;
}

static MpsValue fo_write(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "write", argc - 1, kw, 1, 1) < 0 || fo_check(t, SELF, 2) < 0) return MPS_NULL;
    FoFile *f = FO(SELF);
    MpsValue s = argv[1];
    if (f->binary) {
        if (!mps_is_kind(s, MPS_K_BYTES) && !mps_is_kind(s, MPS_K_BYTEARRAY))
            return MPS_RAISE(t, TypeError, "a bytes-like object is required, not '%T'", s);
        if (fo_write_raw(t, f, (const char *)MPS_BYTES(s)->data, MPS_BYTES(s)->size) < 0) return MPS_NULL;
        return mps_int_from_u64(t, MPS_BYTES(s)->size);
    }
    if (!mps_is_str(s)) return MPS_RAISE(t, TypeError, "write() argument must be str, not %T", s);
    if (fo_write_raw(t, f, mps_str_data(s), mps_str_size(s)) < 0) return MPS_NULL;
    return mps_int_from_u64(t, mps_str_len(s));
}

static MpsValue fo_writelines(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "writelines", argc - 1, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue it = mps_iter(t, argv[1]);
    if (!it) return MPS_NULL;
    MPS_ROOT(t, it);
    for (;;) {
        MpsValue v = mps_next(t, it);
        if (!v) break;
        MpsValue a[2] = {SELF, v};
        if (!fo_write(t, 2, a, MPS_NULL)) break;
    }
    MPS_UNROOT(t, 1);
    return t->exc ? MPS_NULL : MPS_NONE;
}

static MpsValue fo_flush(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    FoFile *f = FO(SELF);
    if (f->closed) return MPS_RAISE(t, ValueError, "I/O operation on closed file.");
    if ((f->std_fd == 1 || f->std_fd == 2) && t->interp->runtime) mps_io_flush(t->interp, f->std_fd);
    else if (f->fp) fflush(f->fp);
    return MPS_NONE;
}

static MpsValue fo_close(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    FoFile *f = FO(SELF);
    if (f->closed) return MPS_NONE;
    f->closed = true;
    if (f->std_fd >= 0) {
        if (f->std_fd > 0 && t->interp->runtime) mps_io_flush(t->interp, f->std_fd);
        return MPS_NONE;
    }
    int rc = f->fp ? fclose(f->fp) : 0;
    f->fp = NULL;
    if (rc != 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}

static MpsValue fo_exit(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc;
    if (!fo_close(t, 1, argv, kw)) return MPS_NULL;
    return MPS_FALSE;
}

static MpsValue fo_fileno(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    FoFile *f = FO(SELF);
    if (f->closed) return MPS_RAISE(t, ValueError, "I/O operation on closed file");
    return mps_from_small(f->std_fd >= 0 ? f->std_fd : fileno(f->fp));
}

static MpsValue fo_isatty(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    MpsValue fd = fo_fileno(t, argc, argv, kw);
    return fd ? mps_bool(isatty((int)mps_small(fd))) : MPS_NULL;
}

static MpsValue fo_readable(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)t; (void)argc; (void)kw;
    return mps_bool(FO(SELF)->readable);
}

static MpsValue fo_writable(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)t; (void)argc; (void)kw;
    return mps_bool(FO(SELF)->writable);
}

static MpsValue fo_seek(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "seek", argc - 1, kw, 1, 2) < 0 || fo_check(t, SELF, 0) < 0) return MPS_NULL;
    int64_t off, wh = 0;
    if (mps_index(t, argv[1], &off) < 0 || (argc > 2 && mps_index(t, argv[2], &wh) < 0)) return MPS_NULL;
    FoFile *f = FO(SELF);
    if (!f->fp || fseeko(f->fp, off, (int)wh) != 0) return mps_raise_errno(t, f->fp ? errno : ESPIPE, NULL);
    return mps_int_from_i64(t, ftello(f->fp));
}

static MpsValue fo_tell(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    if (fo_check(t, SELF, 0) < 0) return MPS_NULL;
    FoFile *f = FO(SELF);
    if (!f->fp) return mps_raise_errno(t, ESPIPE, NULL);
    return mps_int_from_i64(t, ftello(f->fp));
}

static MpsValue fo_repr(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw;
    FoFile *f = FO(SELF);
    if (f->binary)
        return mps_str_printf(t, "<_io.Buffered%s name=%R>", f->readable ? "Reader" : "Writer", f->name);
    return mps_str_printf(t, "<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", f->name, f->mode);
}

static MpsValue fo_get_name(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)t; (void)argc; (void)kw;
    return FO(SELF)->name;
}

static MpsValue fo_get_mode(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)t; (void)argc; (void)kw;
    return FO(SELF)->mode;
}

static MpsValue fo_get_closed(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)t; (void)argc; (void)kw;
    return mps_bool(FO(SELF)->closed);
}

static MpsValue fo_get_encoding(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argc; (void)kw; (void)argv;
    return mpsl_cstr(t, "utf-8");
}

MpsValue mpsl_open(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd"};
    MpsValue a[7];
    if (mps_args(t, "open", argc, argv, kw, names, 1, 7, a) < 0) return MPS_NULL;
    MpsValue mode = a[1] ? a[1] : mpsl_cstr(t, "r");
    if (!mps_is_str(mode)) return MPS_RAISE(t, TypeError, "open() argument 'mode' must be str, not %T", mode);
    const char *m = mps_str_data(mode);
    int kind = 0, plus = 0, bin = 0, txt = 0;
    for (const char *p = m; *p; p++) {
        switch (*p) {
        case 'r': case 'w': case 'a': case 'x':
            if (kind) return MPS_RAISE(t, ValueError, "must have exactly one of create/read/write/append mode");
            kind = *p;
            break;
        case '+': plus = 1; break;
        case 'b': bin = 1; break;
        case 't': txt = 1; break;
        default: return MPS_RAISE(t, ValueError, "invalid mode: '%s'", m);
        }
    }
    if (!kind) return MPS_RAISE(t, ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    if (bin && txt) return MPS_RAISE(t, ValueError, "can't have text and binary mode at once");
    if (bin && a[3] && a[3] != MPS_NONE) return MPS_RAISE(t, ValueError, "binary mode doesn't take an encoding argument");
    if (a[3] && mps_is_str(a[3])) {
        const char *e = mps_str_data(a[3]);
        if (strcasecmp(e, "utf-8") && strcasecmp(e, "utf8") && strcasecmp(e, "ascii"))
            return MPS_RAISE(t, LookupError, "unknown encoding: %s", e);
    }
    char fm[4] = {0};
    int k = 0;
    fm[k++] = kind == 'x' ? 'w' : (char)kind;
    if (plus) fm[k++] = '+';
    if (kind == 'x') fm[k++] = 'x';
    FILE *fp;
    MpsValue file = a[0];
    if (mps_is_int(file)) {
        int64_t fd;
        if (mps_index(t, file, &fd) < 0) return MPS_NULL;
        fp = fdopen((int)fd, fm);
        if (!fp) return mps_raise_errno(t, errno, NULL);
    } else {
        if (!mps_is_str(file)) {
            MpsValue f = mps_lookup_special(t, file, "__fspath__");
            if (!f) return MPS_RAISE(t, TypeError, "expected str, bytes or os.PathLike object, not %T", file);
            file = mps_call1(t, f, file);
            if (!file) return MPS_NULL;
            if (!mps_is_str(file)) return MPS_RAISE(t, TypeError, "expected str from __fspath__");
        }
        fp = fopen(mps_str_data(file), fm);
        if (!fp) return mps_raise_errno(t, errno, mps_str_data(file));
        struct stat st;
        if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
            fclose(fp);
            return mps_raise_errno(t, EISDIR, mps_str_data(file));
        }
    }
    MpsValue r = fo_new(t, fp, -1, file, mode, bin, kind == 'r' || plus, kind != 'r' || plus);
    if (!r) fclose(fp);
    return r;
}

static const MpsMethodDef fo_methods[] = {
    {"read", fo_read}, {"readline", fo_readline}, {"readlines", fo_readlines},
    {"write", fo_write}, {"writelines", fo_writelines}, {"flush", fo_flush},
    {"close", fo_close}, {"fileno", fo_fileno}, {"isatty", fo_isatty},
    {"readable", fo_readable}, {"writable", fo_writable}, {"seek", fo_seek}, {"tell", fo_tell},
    {"__enter__", fo_self}, {"__exit__", fo_exit}, {"__iter__", fo_self}, {"__next__", fo_next},
    {"__repr__", fo_repr},
    {NULL, NULL}
};

void mpsl_file_init(MpsThread *t)
{
    MpsClass *c = mpsl_class(t, "TextIOWrapper", NULL, MPS_K_NATIVE, fo_methods);
    c->module = mpsl_cstr(t, "_io");
    MPSL(t)->file_cls = c;
    mpsl_class_set(t, c, "name", mpsl_property(t, "name", fo_get_name));
    mpsl_class_set(t, c, "mode", mpsl_property(t, "mode", fo_get_mode));
    mpsl_class_set(t, c, "closed", mpsl_property(t, "closed", fo_get_closed));
    mpsl_class_set(t, c, "encoding", mpsl_property(t, "encoding", fo_get_encoding));
}
