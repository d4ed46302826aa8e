/*
 * mod_os_fs.c — the file-system and descriptor half of `os` beyond the
 * basics of mod_os.c: permissions (access, chmod, umask), links, sizes,
 * descriptor flags (blocking, inheritable), seeking and syncing, and the
 * machine's description (uname, get_terminal_size). Prefix os_.
 */
#include "lib.h"
#include "../runtime/runtime.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/utsname.h>
#include <unistd.h>

static const char *os_fs_path(MpsThread *t, MpsValue v, const char *fn)
{
    const char *p;
    size_t n;
    if (mpsl_os_fspath(t, v, fn, &p, &n) < 0) return NULL;
    if (strlen(p) != n) {
        MPS_RAISE(t, ValueError, "%s: embedded null character in path", fn);
        return NULL;
    }
    return p;
}

static int os_fd_arg(MpsThread *t, MpsValue v, int *fd)
{
    int64_t i;
    if (mps_index(t, v, &i) < 0) return -1;
    if (i < INT_MIN || i > INT_MAX) {
        MPS_RAISE(t, OverflowError, "fd is greater than maximum");   /* CPython's words */
        return -1;
    }
    *fd = (int)i;
    return 0;
}

static MpsValue os_access(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"path", "mode"};
    MpsValue a[2];
    if (mps_args(t, "access", argc, argv, kw, names, 2, 2, a) < 0) return MPS_NULL;
    const char *p = os_fs_path(t, a[0], "access");
    int64_t mode;
    if (!p || mps_index(t, a[1], &mode) < 0) return MPS_NULL;
    return mps_bool(access(p, (int)mode) == 0);
}

static MpsValue os_chmod(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks"};
    MpsValue a[4];
    if (argc > 2) return MPS_RAISE(t, TypeError, "chmod() takes at most 2 positional arguments (%d given)", argc);
    if (mps_args(t, "chmod", argc, argv, kw, names, 2, 4, a) < 0) return MPS_NULL;
    if (a[2] && a[2] != MPS_NONE) return MPS_RAISE(t, NotImplementedError, "dir_fd unavailable on this platform");
    if (a[3]) {
        int f = mps_truthy(t, a[3]);
        if (f < 0) return MPS_NULL;
        if (!f) {   /* Linux cannot change a link's own mode, as CPython says */
            return MPS_RAISE(t, NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
        }
    }
    int64_t mode;
    if (mps_is_small(a[0])) {         /* a descriptor, as CPython allows */
        if (mps_index(t, a[1], &mode) < 0) return MPS_NULL;
        if (fchmod((int)mps_small(a[0]), (mode_t)mode) < 0) return mps_raise_errno(t, errno, NULL);
        return MPS_NONE;
    }
    const char *p = os_fs_path(t, a[0], "chmod");
    if (!p || mps_index(t, a[1], &mode) < 0) return MPS_NULL;
    if (chmod(p, (mode_t)mode) < 0) return mps_raise_errno(t, errno, p);
    return MPS_NONE;
}

/* chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True), lchown */
static MpsValue os_chown_impl(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, bool link)
{
    static const char *const names[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks"};
    const char *fn = link ? "lchown" : "chown";
    MpsValue a[5];
    if (argc > 3) return MPS_RAISE(t, TypeError, "%s() takes at most 3 positional arguments (%d given)", fn, argc);
    if (mps_args(t, fn, argc, argv, kw, names, 3, link ? 3 : 5, a) < 0) return MPS_NULL;
    if (a[3] && a[3] != MPS_NONE) return MPS_RAISE(t, NotImplementedError, "dir_fd unavailable on this platform");
    if (a[4]) {
        int f = mps_truthy(t, a[4]);
        if (f < 0) return MPS_NULL;
        if (!f) link = true;
    }
    int64_t uid, gid;
    if (mps_index(t, a[1], &uid) < 0 || mps_index(t, a[2], &gid) < 0) return MPS_NULL;
    if (mps_is_small(a[0]) && !link) {
        if (fchown((int)mps_small(a[0]), (uid_t)uid, (gid_t)gid) < 0) return mps_raise_errno(t, errno, NULL);
        return MPS_NONE;
    }
    const char *p = os_fs_path(t, a[0], fn);
    if (!p) return MPS_NULL;
    if ((link ? lchown(p, (uid_t)uid, (gid_t)gid) : chown(p, (uid_t)uid, (gid_t)gid)) < 0)
        return mps_raise_errno(t, errno, p);
    return MPS_NONE;
}

static MpsValue os_chown(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_chown_impl(t, argc, argv, kw, false); }
static MpsValue os_lchown(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_chown_impl(t, argc, argv, kw, true); }

static MpsValue os_umask(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "umask", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t mask;
    if (mps_index(t, argv[0], &mask) < 0) return MPS_NULL;
    return mps_from_small(umask((mode_t)mask));
}

/* two paths → a call: symlink, link */
static MpsValue os_two_paths(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, const char *fn,
                             int (*op)(const char *, const char *))
{
    static const char *const names[] = {"src", "dst"};
    MpsValue a[2];
    if (mps_args(t, fn, argc, argv, kw, names, 2, 2, a) < 0) return MPS_NULL;
    const char *src = os_fs_path(t, a[0], fn);
    if (!src) return MPS_NULL;
    MPS_ROOT(t, a[0]);
    const char *dst = os_fs_path(t, a[1], fn);
    MPS_UNROOT(t, 1);
    if (!dst) return MPS_NULL;
    if (op(src, dst) < 0) {
        /* CPython's message names both: [Errno 17] File exists: 'a' -> 'b' */
        int e = errno;
        MpsValue r = mps_raise_errno(t, e, src);
        MpsValue exc = t->exc;
        if (exc) {
            MpsValue d = mpsl_cstr(t, dst);
            if (d) mps_setattr(t, exc, mps_intern_cstr(t, "filename2"), d);
            if (t->exc != exc) { mps_exc_clear(t); mps_raise_value(t, exc); }
        }
        return r;
    }
    return MPS_NONE;
}

static MpsValue os_symlink(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_two_paths(t, argc, argv, kw, "symlink", symlink); }
static MpsValue os_link(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_two_paths(t, argc, argv, kw, "link", link); }

static MpsValue os_readlink(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "readlink", argc, kw, 1, 1) < 0) return MPS_NULL;
    const char *p = os_fs_path(t, argv[0], "readlink");
    if (!p) return MPS_NULL;
    char buf[PATH_MAX + 1];
    ssize_t n = readlink(p, buf, PATH_MAX);
    if (n < 0) return mps_raise_errno(t, errno, p);
    return mps_str_new(t, buf, (size_t)n);
}

static MpsValue os_truncate(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"path", "length"};
    MpsValue a[2];
    if (mps_args(t, "truncate", argc, argv, kw, names, 2, 2, a) < 0) return MPS_NULL;
    int64_t len;
    if (mps_index(t, a[1], &len) < 0) return MPS_NULL;
    if (mps_is_small(a[0])) {
        if (ftruncate((int)mps_small(a[0]), (off_t)len) < 0) return mps_raise_errno(t, errno, NULL);
        return MPS_NONE;
    }
    const char *p = os_fs_path(t, a[0], "truncate");
    if (!p) return MPS_NULL;
    if (truncate(p, (off_t)len) < 0) return mps_raise_errno(t, errno, p);
    return MPS_NONE;
}

static MpsValue os_ftruncate(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "ftruncate", argc, kw, 2, 2) < 0) return MPS_NULL;
    int fd;
    int64_t len;
    if (os_fd_arg(t, argv[0], &fd) < 0 || mps_index(t, argv[1], &len) < 0) return MPS_NULL;
    if (ftruncate(fd, (off_t)len) < 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}

static MpsValue os_lseek(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "lseek", argc, kw, 3, 3) < 0) return MPS_NULL;
    int fd;
    int64_t pos, how;
    if (os_fd_arg(t, argv[0], &fd) < 0 || mps_index(t, argv[1], &pos) < 0 ||
        mps_index(t, argv[2], &how) < 0)
        return MPS_NULL;
    off_t r = lseek(fd, (off_t)pos, (int)how);
    if (r < 0) return mps_raise_errno(t, errno, NULL);
    return mps_int_from_i64(t, (int64_t)r);
}

/* fsync accepts a descriptor or anything with fileno(), as CPython */
static MpsValue os_fsync(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "fsync", argc, kw, 1, 1) < 0) return MPS_NULL;
    MpsValue v = argv[0];
    if (!mps_is_small(v) && !mps_is_bigint(v) && !mps_is_bool(v)) {
        MpsValue fl = mps_call_method(t, v, "flush", 0, NULL);
        if (!fl) mps_exc_clear(t);
        v = mps_call_method(t, v, "fileno", 0, NULL);
        if (!v) {
            mps_exc_clear(t);
            return mps_raise(t, MPS_EXCCLS(t, TypeError),
                             "argument must be an int, or have a fileno() method.");
        }
    }
    int fd;
    if (os_fd_arg(t, v, &fd) < 0) return MPS_NULL;
    if (fsync(fd) < 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}

/* get_blocking / get_inheritable, set_… : one fcntl flag each */
static MpsValue os_fd_flag(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, const char *fn,
                           bool set, bool nonblock)
{
    if (mps_args_count(t, fn, argc, kw, set ? 2 : 1, set ? 2 : 1) < 0) return MPS_NULL;
    int fd;
    if (os_fd_arg(t, argv[0], &fd) < 0) return MPS_NULL;
    int get = nonblock ? F_GETFL : F_GETFD, put = nonblock ? F_SETFL : F_SETFD;
    int bit = nonblock ? O_NONBLOCK : FD_CLOEXEC;
    int flags = fcntl(fd, get);
    if (flags < 0) return mps_raise_errno(t, errno, NULL);
    if (!set) return mps_bool(!(flags & bit));   /* blocking / inheritable: the bit is clear */
    int on = mps_truthy(t, argv[1]);
    if (on < 0) return MPS_NULL;
    int nf = on ? (flags & ~bit) : (flags | bit);
    if (nf != flags && fcntl(fd, put, nf) < 0) return mps_raise_errno(t, errno, NULL);
    return MPS_NONE;
}

static MpsValue os_get_blocking(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_fd_flag(t, argc, argv, kw, "get_blocking", false, true); }
static MpsValue os_set_blocking(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_fd_flag(t, argc, argv, kw, "set_blocking", true, true); }
static MpsValue os_get_inheritable(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_fd_flag(t, argc, argv, kw, "get_inheritable", false, false); }
static MpsValue os_set_inheritable(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return os_fd_flag(t, argc, argv, kw, "set_inheritable", true, false); }

static MpsValue os_pipe2(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "pipe2", argc, kw, 1, 1) < 0) return MPS_NULL;
    int64_t flags;
    if (mps_index(t, argv[0], &flags) < 0) return MPS_NULL;
    int fds[2];
    if (pipe2(fds, (int)flags) < 0) return mps_raise_errno(t, errno, NULL);
    return mps_tuple_pack(t, 2, mps_from_small(fds[0]), mps_from_small(fds[1]));
}

/* utime(path, times=None, *, ns=None) */
static MpsValue os_utime(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"path", "times", "ns"};
    MpsValue a[3];
    if (mps_args(t, "utime", argc, argv, kw, names, 1, 3, a) < 0) return MPS_NULL;
    const char *p = os_fs_path(t, a[0], "utime");
    if (!p) return MPS_NULL;
    struct timespec ts[2];
    struct timespec *tp = NULL;
    bool has_times = a[1] && a[1] != MPS_NONE, has_ns = a[2] && a[2] != MPS_NONE;
    if (has_times && has_ns)
        return mps_raise(t, MPS_EXCCLS(t, ValueError), "utime: you may specify either 'times' or 'ns' but not both");
    if (has_times || has_ns) {
        MpsValue v = has_times ? a[1] : a[2];
        MpsValue *it;
        if (!mps_is_tuple(v) || mps_seq_items(v, &it) != 2)
            return mps_raise(t, MPS_EXCCLS(t, TypeError), "utime: '%s' must be a tuple of two %s",
                             has_times ? "times" : "ns", has_times ? "ints" : "ints");
        for (int i = 0; i < 2; i++) {
            if (has_ns) {
                int64_t ns;
                if (mps_index(t, it[i], &ns) < 0) return MPS_NULL;
                ts[i].tv_sec = ns / 1000000000;
                ts[i].tv_nsec = ns % 1000000000;
            } else {
                double d;
                if (mps_to_double(t, it[i], &d) < 0) return MPS_NULL;
                double s = d >= 0 ? (double)(int64_t)d : -(double)(int64_t)(-d);
                if (s > d) s -= 1;
                ts[i].tv_sec = (time_t)s;
                ts[i].tv_nsec = (long)((d - s) * 1e9);
            }
        }
        tp = ts;
    }
    if (utimensat(AT_FDCWD, p, tp, 0) < 0) return mps_raise_errno(t, errno, p);
    return MPS_NONE;
}

static const char *const uname_fields[] = {"sysname", "nodename", "release", "version", "machine"};
static const char *const terminal_fields[] = {"columns", "lines"};

static MpsValue os_uname(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "uname", argc, kw, 0, 0) < 0) return MPS_NULL;
    struct utsname u;
    if (uname(&u) < 0) return mps_raise_errno(t, errno, NULL);
    const char *f[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    MpsValue r = mpsl_struct_seq_new(t, &MPSL(t)->uname_result_cls, "posix", "uname_result", uname_fields, 5);
    if (!r) return MPS_NULL;
    MPS_ROOT(t, r);
    for (int i = 0; i < 5; i++)
        if (!(MPS_TUPLE(r)->items[i] = mpsl_cstr(t, f[i]))) { r = MPS_NULL; break; }
    MPS_UNROOT(t, 1);
    return r;
}

static MpsValue os_get_terminal_size(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "get_terminal_size", argc, kw, 0, 1) < 0) return MPS_NULL;
    int fd = 1;
    if (argc && os_fd_arg(t, argv[0], &fd) < 0) return MPS_NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return mps_raise_errno(t, errno, NULL);
    MpsValue r = mpsl_struct_seq_new(t, &MPSL(t)->terminal_size_cls, "os", "terminal_size", terminal_fields, 2);
    if (!r) return MPS_NULL;
    MPS_TUPLE(r)->items[0] = mps_from_small(w.ws_col);
    MPS_TUPLE(r)->items[1] = mps_from_small(w.ws_row);
    return r;
}

/* statvfs(path or fd) → os.statvfs_result, for shutil.disk_usage */
static const char *const statvfs_fields[] = {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail",
                                             "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax"};

static MpsValue os_statvfs(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"path"};
    MpsValue a[1];
    if (mps_args(t, "statvfs", argc, argv, kw, names, 1, 1, a) < 0) return MPS_NULL;
    struct statvfs s;
    if (mps_is_small(a[0])) {
        if (fstatvfs((int)mps_small(a[0]), &s) < 0) return mps_raise_errno(t, errno, NULL);
    } else {
        const char *p = os_fs_path(t, a[0], "statvfs");
        if (!p) return MPS_NULL;
        if (statvfs(p, &s) < 0) return mps_raise_errno(t, errno, p);
    }
    int64_t f[10] = {(int64_t)s.f_bsize, (int64_t)s.f_frsize, (int64_t)s.f_blocks, (int64_t)s.f_bfree,
                     (int64_t)s.f_bavail, (int64_t)s.f_files, (int64_t)s.f_ffree, (int64_t)s.f_favail,
                     (int64_t)s.f_flag, (int64_t)s.f_namemax};
    MpsValue r = mpsl_struct_seq_new(t, &MPSL(t)->statvfs_result_cls, "os", "statvfs_result", statvfs_fields, 10);
    if (!r) return MPS_NULL;
    MPS_ROOT(t, r);
    for (int i = 0; i < 10; i++)
        if (!(MPS_TUPLE(r)->items[i] = mps_int_from_i64(t, f[i]))) { r = MPS_NULL; break; }
    MPS_UNROOT(t, 1);
    return r;
}

/* os.terminal_size((columns, lines)): the class get_terminal_size returns */
static MpsValue os_terminal_size_new(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"cls", "sequence"};
    MpsValue a[2];
    if (mps_args(t, "terminal_size", argc, argv, kw, names, 2, 2, a) < 0) return MPS_NULL;
    MpsValue seq = mps_call1(t, mps_from_obj(MPS_TYPE(t, TUPLE)), a[1]);
    if (!seq) return MPS_NULL;
    if (MPS_TUPLE(seq)->len != 2)
        return MPS_RAISE(t, TypeError, "os.terminal_size() takes a 2-sequence (%d-sequence given)",
                         (int)MPS_TUPLE(seq)->len);
    MPS_ROOT(t, seq);
    MpsValue r = mpsl_struct_seq_new(t, &MPSL(t)->terminal_size_cls, "os", "terminal_size", terminal_fields, 2);
    MPS_UNROOT(t, 1);
    if (!r) return MPS_NULL;
    MPS_TUPLE(r)->items[0] = MPS_TUPLE(seq)->items[0];
    MPS_TUPLE(r)->items[1] = MPS_TUPLE(seq)->items[1];
    return r;
}

static const MpsMethodDef os_fs_functions[] = {
    {"statvfs", os_statvfs}, {"chown", os_chown}, {"lchown", os_lchown},
    {"access", os_access}, {"chmod", os_chmod}, {"umask", os_umask},
    {"symlink", os_symlink}, {"link", os_link}, {"readlink", os_readlink},
    {"truncate", os_truncate}, {"ftruncate", os_ftruncate}, {"lseek", os_lseek}, {"fsync", os_fsync},
    {"get_blocking", os_get_blocking}, {"set_blocking", os_set_blocking},
    {"get_inheritable", os_get_inheritable}, {"set_inheritable", os_set_inheritable},
    {"pipe2", os_pipe2}, {"utime", os_utime}, {"uname", os_uname},
    {"get_terminal_size", os_get_terminal_size},
    {NULL, NULL}
};

static const struct { const char *name; int value; } os_fs_constants[] = {
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"O_CLOEXEC", O_CLOEXEC}, {"O_NOCTTY", O_NOCTTY}, {"O_SYNC", O_SYNC},
    {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_ACCMODE", O_ACCMODE},
};

void mpsl_os_add_fs_functions(MpsThread *t, MpsValue os_module)
{
    mps_dict_add_functions(t, MPS_MODULE(os_module)->dict, os_fs_functions, MPS_NULL);
    if (!MPSL(t)->terminal_size_cls)
        MPSL(t)->terminal_size_cls = mpsl_struct_seq(t, "os", "terminal_size", terminal_fields, 2);
    if (MPSL(t)->terminal_size_cls) {
        mpsl_class_wrapped(t, MPSL(t)->terminal_size_cls, "__new__", os_terminal_size_new, MPS_K_STATICMETHOD);
        mpsl_set(t, os_module, "terminal_size", mps_from_obj(MPSL(t)->terminal_size_cls));
    }
    for (size_t i = 0; i < sizeof os_fs_constants / sizeof os_fs_constants[0]; i++)
        mpsl_set(t, os_module, os_fs_constants[i].name, mps_from_small(os_fs_constants[i].value));
}
