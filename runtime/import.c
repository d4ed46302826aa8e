/*
 * import.c — the import system: sys.modules, built-in modules, and
 * .mps/.py files (and packages with __init__) on sys.path.
 *
 * Each module runs once: it is entered in sys.modules before its code
 * runs (so circular imports see the partly initialised module) and
 * removed again when its code fails, as CPython does.
 */
#include "runtime.h"
#include "../grammar/compile.h"
#include "../vm/code.h"
#include "../stdlib/stdlib.h"
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *const mps_import_exts[] = { ".mps", ".py" };

static bool mps_import_isfile(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool mps_import_isdir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static char *mps_import_join(const char *a, const char *b, size_t bn, const char *ext)
{
    size_t an = strlen(a), en = strlen(ext);
    char *r = malloc(an + bn + en + 2);
    if (!r) return NULL;
    size_t k = 0;
    if (an) { memcpy(r, a, an); k = an; if (a[an - 1] != '/') r[k++] = '/'; }
    memcpy(r + k, b, bn); k += bn;
    memcpy(r + k, ext, en); k += en;
    r[k] = 0;
    return r;
}

/* Look for module `leaf` in directory dir ("" = the current directory):
 * dir/leaf/__init__.{mps,py} (a package), then dir/leaf.{mps,py}. */
static char *mps_import_probe(const char *dir, const char *leaf, size_t n, bool *is_pkg)
{
    char *base = mps_import_join(dir, leaf, n, "");
    if (!base) return NULL;
    if (mps_import_isdir(base)) {
        for (size_t i = 0; i < 2; i++) {
            char init[16];
            snprintf(init, sizeof init, "__init__%s", mps_import_exts[i]);
            char *p = mps_import_join(base, init, strlen(init), "");
            if (p && mps_import_isfile(p)) { free(base); *is_pkg = true; return p; }
            free(p);
        }
    }
    for (size_t i = 0; i < 2; i++) {
        char *p = mps_import_join(dir, leaf, n, mps_import_exts[i]);
        if (p && mps_import_isfile(p)) { free(base); *is_pkg = false; return p; }
        free(p);
    }
    free(base);
    return NULL;
}

/* probe each str entry of a list of directories */
static char *mps_import_search(MpsValue dirs, const char *leaf, size_t n, bool *is_pkg)
{
    MpsValue *items;
    int64_t cnt = mps_seq_items(dirs, &items);
    for (int64_t i = 0; i < cnt; i++) {
        if (!mps_is_str(items[i])) continue;
        char *p = mps_import_probe(mps_str_data(items[i]), leaf, n, is_pkg);
        if (p) return p;
    }
    return NULL;
}

/* The directories named `leaf` in dirs that hold no __init__: the portions
 * of a namespace package (PEP 420), used when no module or regular package
 * of that name exists anywhere on the path. A list, MPS_NULL when none
 * (or on error, with the exception set). */
static MpsValue mps_import_namespace(MpsThread *t, MpsValue dirs, const char *leaf, size_t n)
{
    MpsValue found = MPS_NULL;
    MpsValue *items;
    int64_t cnt = mps_seq_items(dirs, &items);
    for (int64_t i = 0; i < cnt; i++) {
        mps_seq_items(dirs, &items);
        if (!mps_is_str(items[i])) continue;
        char *p = mps_import_join(mps_str_data(items[i]), leaf, n, "");
        if (!p) return MPS_NULL;
        if (mps_import_isdir(p)) {
            MpsValue s = mps_str_cstr_new(t, p);
            if (!found) {
                found = s ? mps_list_from(t, 1, &s) : MPS_NULL;
                if (found) MPS_ROOT(t, found);
            } else if (!s || mps_list_append(t, found, s) < 0) {
                found = MPS_NULL;
            }
            if (!found) { free(p); return MPS_NULL; }
        }
        free(p);
    }
    if (found) MPS_UNROOT(t, 1);
    return found;
}

static MpsValue mps_import_not_found(MpsThread *t, MpsValue fullname, const char *not_pkg)
{
    MpsValue msg = not_pkg
        ? mps_str_printf(t, "No module named %R; '%s' is not a package", fullname, not_pkg)
        : mps_str_printf(t, "No module named %R", fullname);
    if (!msg) return MPS_NULL;
    MpsValue args = mps_tuple_pack(t, 1, msg);
    if (!args) return MPS_NULL;
    MpsValue exc = mps_exc_new(t, MPS_EXCCLS(t, ModuleNotFoundError), args);
    if (!exc) return MPS_NULL;
    if (mps_setattr(t, exc, mps_intern_cstr(t, "name"), fullname) < 0) mps_exc_clear(t);
    return mps_raise_value(t, exc);
}

char *mps_import_find_file(MpsThread *t, const char *name, bool *is_pkg)
{
    MpsValue dirs = t->interp->path;
    MpsValue pkgdir = MPS_NULL;
    char *found = NULL;
    for (;;) {
        const char *dot = strchr(name, '.');
        size_t n = dot ? (size_t)(dot - name) : strlen(name);
        free(found);
        found = mps_import_search(dirs, name, n, is_pkg);
        if (!found && dot) {
            /* a namespace package on the way: descend into its directories */
            MpsValue ns = mps_import_namespace(t, dirs, name, n);
            if (!ns) { mps_exc_clear(t); return NULL; }
            dirs = ns;
            name = dot + 1;
            continue;
        }
        if (!found || !dot) return found;
        if (!*is_pkg) { free(found); return NULL; }
        /* descend into the package directory */
        char *slash = strrchr(found, '/');
        pkgdir = mps_str_new(t, found, slash ? (size_t)(slash - found) : 0);
        if (!pkgdir || !(dirs = mps_list_from(t, 1, &pkgdir))) { mps_exc_clear(t); free(found); return NULL; }
        name = dot + 1;
    }
}

/* Load module `full` (not in sys.modules yet), whose parent is `parent`
 * (MPS_NULL for a top-level one) and last component `leaf`. */
static MpsValue mps_import_load(MpsThread *t, MpsValue full, MpsValue parent,
                                const char *leaf, size_t leafn)
{
    MpsInterp *in = t->interp;
    if (in->hooks.builtin_module) {
        MpsValue m = in->hooks.builtin_module(t, mps_str_data(full));
        if (m) {
            MpsValue have;
            int r = mps_dict_lookup(t, in->modules, full, &have);
            if (r < 0) return MPS_NULL;
            if (r == 1) return have;
            if (mps_dict_set(t, in->modules, full, m) < 0) return MPS_NULL;
            return m;
        }
        if (t->exc) return MPS_NULL;
    }

    MpsValue dirs = in->path;
    if (parent) {
        dirs = mps_is_kind(parent, MPS_K_MODULE)
            ? mps_dict_get_cstr(t, MPS_MODULE(parent)->dict, "__path__") : MPS_NULL;
        if (!dirs) {
            char pname[256];
            size_t pn = mps_str_size(full) - leafn - 1;
            if (pn >= sizeof pname) pn = sizeof pname - 1;
            memcpy(pname, mps_str_data(full), pn);
            pname[pn] = 0;
            return mps_import_not_found(t, full, pname);
        }
    }
    bool is_pkg = false;
    char *path = mps_import_search(dirs, leaf, leafn, &is_pkg);
    if (!path) {
        MpsValue ns = mps_import_namespace(t, dirs, leaf, leafn);
        if (!ns) return t->exc ? MPS_NULL : mps_import_not_found(t, full, NULL);
        MPS_ROOT(t, ns);
        MpsValue m = mps_rt_new_module(t, mps_str_data(full), NULL);
        bool ok = m && mps_dict_set_cstr(t, MPS_MODULE(m)->dict, "__path__", ns) == 0 &&
                  mps_dict_set_cstr(t, MPS_MODULE(m)->dict, "__package__", full) == 0 &&
                  mps_dict_set_cstr(t, MPS_MODULE(m)->dict, "__file__", MPS_NONE) == 0;
        MPS_UNROOT(t, 1);
        return ok ? m : MPS_NULL;
    }

    MpsValue m = mps_rt_new_module(t, mps_str_data(full), path);
    if (!m) { free(path); return MPS_NULL; }
    MPS_ROOT(t, m);
    MpsDict *d = MPS_MODULE(m)->dict;
    int ok;
    if (is_pkg) {
        char *slash = strrchr(path, '/');
        MpsValue dir = mps_str_new(t, path, (size_t)(slash - path));
        MpsValue lst = dir ? mps_list_from(t, 1, &dir) : MPS_NULL;
        ok = lst && mps_dict_set_cstr(t, d, "__path__", lst) == 0 &&
             mps_dict_set_cstr(t, d, "__package__", full) == 0;
    } else {
        MpsValue pkg = parent
            ? mps_str_new(t, mps_str_data(full), mps_str_size(full) - leafn - 1)
            : mps_str_cstr_new(t, "");
        ok = pkg && mps_dict_set_cstr(t, d, "__package__", pkg) == 0;
    }
    MpsValue r = ok ? mps_rt_exec_file(t, path, d) : MPS_NULL;
    free(path);
    if (!r) {
        MpsValue exc = mps_exc_fetch(t);
        MPS_ROOT(t, exc);
        if (mps_dict_del(t, in->modules, full) < 0) mps_exc_clear(t);
        t->exc = exc;           /* put it back untouched */
        MPS_UNROOT(t, 2);
        return MPS_NULL;
    }
    /* a module may have replaced itself in sys.modules */
    MpsValue have;
    if (mps_dict_lookup(t, in->modules, full, &have) == 1) m = have;
    MPS_UNROOT(t, 1);
    return m;
}

/* Import each prefix of the dotted name; *top receives the first module. */
static MpsValue mps_import_dotted(MpsThread *t, const char *name, size_t len, MpsValue *top)
{
    MpsInterp *in = t->interp;
    MpsValue parent = MPS_NULL;
    int rooted = 0;
    size_t start = 0;
    if (len == 0) {
        mps_raise(t, MPS_EXCCLS(t, ValueError), "Empty module name");
        return MPS_NULL;
    }
    for (;;) {
        const char *dot = memchr(name + start, '.', len - start);
        size_t end = dot ? (size_t)(dot - name) : len;
        MpsValue full = mps_str_new(t, name, end);
        if (!full) goto fail;
        full = mps_intern(t, full);
        MpsValue m;
        int r = mps_dict_lookup(t, in->modules, full, &m);
        if (r < 0) goto fail;
        if (r == 0 || m == MPS_NONE) {
            if (r == 1) { mps_import_not_found(t, full, NULL); goto fail; }
            MPS_ROOT(t, full);
            m = mps_import_load(t, full, parent, name + start, end - start);
            MPS_UNROOT(t, 1);
            if (!m) goto fail;
            /* a freshly loaded submodule becomes an attribute of its parent */
            if (parent) {
                MpsValue leaf = mps_intern(t, mps_str_new(t, name + start, end - start));
                if (!leaf || mps_setattr(t, parent, leaf, m) < 0) goto fail;
            }
        }
        if (!parent && top) *top = m;
        MPS_ROOT(t, m);
        rooted++;
        parent = m;
        if (!dot) break;
        start = end + 1;
    }
    MPS_UNROOT(t, rooted);
    return parent;
fail:
    MPS_UNROOT(t, rooted);
    return MPS_NULL;
}

MpsValue mps_import_module(MpsThread *t, const char *name)
{
    return mps_import_dotted(t, name, strlen(name), NULL);
}

/* The package a relative import starts from: __package__ of the importing
 * module, else derived from its __name__ (and __path__). */
static MpsValue mps_import_package_of(MpsThread *t, MpsDict *g)
{
    MpsValue pkg = g ? mps_dict_get_cstr(t, g, "__package__") : MPS_NULL;
    if (pkg && mps_is_str(pkg)) return pkg;
    MpsValue name = g ? mps_dict_get_cstr(t, g, "__name__") : MPS_NULL;
    if (!name || !mps_is_str(name)) return MPS_NULL;
    if (mps_dict_get_cstr(t, g, "__path__")) return name;
    const char *s = mps_str_data(name), *dot = strrchr(s, '.');
    return mps_str_new(t, s, dot ? (size_t)(dot - s) : 0);
}

static MpsDict *mps_import_caller_globals(MpsThread *t);

/* The pending exception is ModuleNotFoundError for exactly name[0..n)
 * (not for something that module imports): clear it and return true. */
static bool mps_import_missing_is(MpsThread *t, const char *name, size_t n)
{
    if (!mps_exc_matches(t, MPS_EXCCLS(t, ModuleNotFoundError))) return false;
    MpsValue exc = mps_exc_fetch(t);
    MpsValue mn = mps_getattr_opt(t, exc, mps_intern_cstr(t, "name"));
    bool same = mn && mps_is_str(mn) && mps_str_size(mn) == n &&
                memcmp(mps_str_data(mn), name, n) == 0;
    if (same) return true;
    mps_exc_clear(t);
    t->exc = exc;               /* put it back untouched */
    return false;
}

/* Import the submodules of package `pkg` (named full) that fromlist names
 * and that are not attributes yet; `*` stands for the package's __all__
 * (once: a `*` inside __all__ means nothing). 0, or -1 with an error. */
static int mps_import_fromlist(MpsThread *t, MpsValue pkg, MpsBuf *full, MpsValue fromlist, bool star)
{
    MpsValue *items;
    int64_t n = mps_seq_items(fromlist, &items);
    for (int64_t i = 0; i < n; i++) {
        n = mps_seq_items(fromlist, &items);   /* an import may run code that changes it */
        if (i >= n) break;
        MpsValue x = items[i];
        if (!mps_is_str(x)) continue;
        if (strcmp(mps_str_data(x), "*") == 0) {
            MpsValue all = star ? mps_dict_get_cstr(t, MPS_MODULE(pkg)->dict, "__all__") : MPS_NULL;
            MpsValue *ai;
            if (all && mps_seq_items(all, &ai) >= 0) {
                MPS_ROOT(t, all);
                int rc = mps_import_fromlist(t, pkg, full, all, false);
                MPS_UNROOT(t, 1);
                if (rc < 0) return -1;
            }
            continue;
        }
        MpsValue key = mps_intern(t, x);
        if (!key) return -1;
        if (mps_dict_get_str(MPS_MODULE(pkg)->dict, key)) continue;
        size_t base = full->len;
        mps_buf_addc(full, '.');
        mps_buf_add(full, mps_str_data(x), mps_str_size(x));
        MpsValue sub = mps_import_dotted(t, full->data, full->len, NULL);
        full->len = base;
        /* only "no such submodule" is ignored: `from p import name` then
         * fails in the VM with ImportError: cannot import name */
        if (!sub && !mps_import_missing_is(t, full->data, base + 1 + mps_str_size(x))) return -1;
    }
    return 0;
}

MpsValue mps_import_hook(MpsThread *t, MpsValue name, MpsValue fromlist, int level)
{
    if (!mps_is_str(name))
        return mps_raise(t, MPS_EXCCLS(t, TypeError), "module name must be str, not %T", name);
    MpsValue top = MPS_NULL, leaf;
    MpsBuf full;
    mps_buf_init(&full);
    if (level > 0) {
        MpsValue pkg = mps_import_package_of(t, mps_import_caller_globals(t));
        if (!pkg || mps_str_size(pkg) == 0) {
            mps_buf_free(&full);
            return mps_raise(t, MPS_EXCCLS(t, ImportError),
                             "attempted relative import with no known parent package");
        }
        const char *p = mps_str_data(pkg);
        size_t n = mps_str_size(pkg);
        for (int i = 1; i < level; i++) {
            const char *dot = NULL;
            for (size_t k = n; k > 0; k--) if (p[k - 1] == '.') { dot = p + k - 1; break; }
            if (!dot) {
                mps_buf_free(&full);
                return mps_raise(t, MPS_EXCCLS(t, ImportError),
                                 "attempted relative import beyond top-level package");
            }
            n = (size_t)(dot - p);
        }
        mps_buf_add(&full, p, n);
        if (mps_str_size(name)) { mps_buf_addc(&full, '.'); mps_buf_add(&full, mps_str_data(name), mps_str_size(name)); }
    } else {
        mps_buf_add(&full, mps_str_data(name), mps_str_size(name));
    }
    leaf = mps_import_dotted(t, full.data ? full.data : "", full.len, &top);
    if (!leaf) { mps_buf_free(&full); return MPS_NULL; }

    MpsValue *items;
    int64_t nfrom = (fromlist && fromlist != MPS_NONE) ? mps_seq_items(fromlist, &items) : 0;
    if (nfrom <= 0) {
        mps_buf_free(&full);
        /* `import a.b` binds a; `from . import x` (empty name) gives the package */
        return (level > 0 && mps_str_size(name) == 0) ? leaf : top;
    }
    /* from package import submodule: load submodules that are not attributes */
    if (mps_is_kind(leaf, MPS_K_MODULE) && mps_dict_get_cstr(t, MPS_MODULE(leaf)->dict, "__path__")) {
        MPS_ROOT(t, leaf);
        MPS_ROOT(t, fromlist);
        int rc = mps_import_fromlist(t, leaf, &full, fromlist, true);
        MPS_UNROOT(t, 2);
        if (rc < 0) { mps_buf_free(&full); return MPS_NULL; }
    }
    mps_buf_free(&full);
    return leaf;
}

/* ---------------------------------------------------------------- caller globals */

static MpsDict *mps_import_caller_globals(MpsThread *t)
{
    return mps_vm_globals(t);
}
