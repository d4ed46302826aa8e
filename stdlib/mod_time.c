/* mod_time.c — the time module. Prefix tm_. */
#include "lib.h"
#include <errno.h>
#include <math.h>
#include <time.h>

static int64_t tm_clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#define TM_CLOCK(name, id, ns)                                                        \
    static MpsValue tm_##name(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) \
    {                                                                                 \
        (void)argv;                                                                   \
        if (mps_args_count(t, #name, argc, kw, 0, 0) < 0) return MPS_NULL;            \
        int64_t v = tm_clock_ns(id);                                                  \
        return ns ? mps_int_from_i64(t, v) : mps_float_new(t, (double)v / 1e9);        \
    }
TM_CLOCK(time, CLOCK_REALTIME, 0)
TM_CLOCK(time_ns, CLOCK_REALTIME, 1)
TM_CLOCK(monotonic, CLOCK_MONOTONIC, 0)
TM_CLOCK(monotonic_ns, CLOCK_MONOTONIC, 1)
TM_CLOCK(perf_counter, CLOCK_MONOTONIC, 0)
TM_CLOCK(perf_counter_ns, CLOCK_MONOTONIC, 1)
TM_CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID, 0)
TM_CLOCK(process_time_ns, CLOCK_PROCESS_CPUTIME_ID, 1)
TM_CLOCK(thread_time, CLOCK_THREAD_CPUTIME_ID, 0)
TM_CLOCK(thread_time_ns, CLOCK_THREAD_CPUTIME_ID, 1)

static MpsValue tm_sleep(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "sleep", argc, kw, 1, 1) < 0) return MPS_NULL;
    double d;
    if (!mps_is_int(argv[0]) && !mps_is_float(argv[0]))
        return MPS_RAISE(t, TypeError, "'%T' object cannot be interpreted as an integer", argv[0]);
    if (mps_to_double(t, argv[0], &d) < 0) return MPS_NULL;
    if (isnan(d)) return MPS_RAISE(t, ValueError, "Invalid value NaN (not a number)");
    if (d < 0) return MPS_RAISE(t, ValueError, "sleep length must be non-negative");
    MpsHooks *h = &t->interp->hooks;
    struct timespec dl;
    clock_gettime(CLOCK_MONOTONIC, &dl);
    double whole = floor(d);
    dl.tv_sec += (time_t)whole;
    dl.tv_nsec += (long)((d - whole) * 1e9);
    if (dl.tv_nsec >= 1000000000) { dl.tv_sec++; dl.tv_nsec -= 1000000000; }
    for (;;) {
        if (h->gil_release) h->gil_release(t);
        int r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &dl, NULL);
        if (h->gil_acquire) h->gil_acquire(t);
        if (r != EINTR) break;
        /* a signal: let KeyboardInterrupt out, then sleep the rest */
        if (h->on_eval_break && (atomic_load(&t->interp->eval_breaker) & MPS_BREAK_SIGNAL) &&
            h->on_eval_break(t) < 0)
            return MPS_NULL;
    }
    return MPS_NONE;
}

/* ---------------------------------------------------------------- struct_time */

static const char *const tm_fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                        "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

static MpsValue tm_struct(MpsThread *t, const struct tm *tm)
{
    int v[9] = {tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
                tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst};
    MpsValue r = mps_tuple_new(t, 9);
    if (!r) return MPS_NULL;
    for (int i = 0; i < 9; i++) MPS_TUPLE(r)->items[i] = mps_from_small(v[i]);
    if (MPSL(t)->struct_time_cls) mps_obj(r)->cls = MPSL(t)->struct_time_cls;
    return r;
}

/* The local zone as CPython works it out: the offsets and names on
 * 1 January and half a year later; the larger offset west of UTC is
 * standard time (the southern hemisphere keeps DST around January). */
typedef struct TmZone { long timezone, altzone; int daylight; char name[2][16]; } TmZone;

static void tm_zone(TmZone *z)
{
    const time_t year = (time_t)(365 * 24 + 6) * 3600;
    time_t s = time(NULL) / year * year;
    struct tm jan, jul;
    memset(&jan, 0, sizeof jan);
    memset(&jul, 0, sizeof jul);
    localtime_r(&s, &jan);
    s += year / 2;
    localtime_r(&s, &jul);
    bool south = -jan.tm_gmtoff < -jul.tm_gmtoff;
    struct tm *std = south ? &jul : &jan, *dst = south ? &jan : &jul;
    z->timezone = -std->tm_gmtoff;
    z->altzone = -dst->tm_gmtoff;
    z->daylight = jan.tm_gmtoff != jul.tm_gmtoff;
    snprintf(z->name[0], sizeof z->name[0], "%s", std->tm_zone ? std->tm_zone : "");
    snprintf(z->name[1], sizeof z->name[1], "%s", dst->tm_zone ? dst->tm_zone : "");
}

/* z, if given, holds the zone names tm->tm_zone will point into */
static int tm_from_tuple(MpsThread *t, MpsValue v, struct tm *tm, TmZone *z)
{
    if (!mps_is_tuple(v) || MPS_TUPLE(v)->len < 9) {
        MPS_RAISE(t, TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    int64_t x[9];
    for (int i = 0; i < 9; i++)
        if (mps_index(t, MPS_TUPLE(v)->items[i], &x[i]) < 0) return -1;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)x[0] - 1900;
    tm->tm_mon = (int)x[1] - 1;
    tm->tm_mday = (int)x[2];
    tm->tm_hour = (int)x[3];
    tm->tm_min = (int)x[4];
    tm->tm_sec = (int)x[5];
    tm->tm_wday = (int)((x[6] + 1) % 7);
    tm->tm_yday = (int)x[7] - 1;
    tm->tm_isdst = (int)x[8];
    /* a 9-tuple carries no zone: %z and %Z show the local one, as CPython */
    if (z && tm->tm_isdst >= 0) {
        tm_zone(z);
        int d = tm->tm_isdst > 0 && z->daylight;
        tm->tm_gmtoff = -(d ? z->altzone : z->timezone);
        tm->tm_zone = z->name[d];
    }
    return 0;
}

static int tm_secs(MpsThread *t, int argc, const MpsValue *argv, time_t *out)
{
    if (argc == 0 || argv[0] == MPS_NONE) { *out = time(NULL); return 0; }
    double d;
    if (mps_to_double(t, argv[0], &d) < 0) return -1;
    *out = (time_t)floor(d);
    return 0;
}

static MpsValue tm_localtime(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "localtime", argc, kw, 0, 1) < 0) return MPS_NULL;
    time_t s;
    struct tm tm;
    if (tm_secs(t, argc, argv, &s) < 0) return MPS_NULL;
    if (!localtime_r(&s, &tm)) return MPS_RAISE(t, OverflowError, "timestamp out of range for platform time_t");
    return tm_struct(t, &tm);
}

static MpsValue tm_gmtime(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "gmtime", argc, kw, 0, 1) < 0) return MPS_NULL;
    time_t s;
    struct tm tm;
    if (tm_secs(t, argc, argv, &s) < 0) return MPS_NULL;
    if (!gmtime_r(&s, &tm)) return MPS_RAISE(t, OverflowError, "timestamp out of range for platform time_t");
    return tm_struct(t, &tm);
}

static MpsValue tm_mktime(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "mktime", argc, kw, 1, 1) < 0) return MPS_NULL;
    struct tm tm;
    if (tm_from_tuple(t, argv[0], &tm, NULL) < 0) return MPS_NULL;
    time_t s = mktime(&tm);
    if (s == (time_t)-1) return MPS_RAISE(t, OverflowError, "mktime argument out of range");
    return mps_float_new(t, (double)s);
}

static MpsValue tm_strftime(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "strftime", argc, kw, 1, 2) < 0) return MPS_NULL;
    if (!mps_is_str(argv[0])) return MPS_RAISE(t, TypeError, "strftime() argument 1 must be str, not %T", argv[0]);
    struct tm tm;
    TmZone z;
    if (argc == 2) {
        if (tm_from_tuple(t, argv[1], &tm, &z) < 0) return MPS_NULL;
    } else {
        time_t s = time(NULL);
        localtime_r(&s, &tm);
    }
    const char *fmt = mps_str_data(argv[0]);
    if (!*fmt) return mps_str_new(t, "", 0);
    for (size_t cap = 256; cap < (1u << 20); cap *= 4) {
        char *buf = malloc(cap);
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0) {
            MpsValue r = mps_str_new(t, buf, n);
            free(buf);
            return r;
        }
        free(buf);
    }
    return mps_str_new(t, "", 0);
}

static MpsValue tm_asctime_of(MpsThread *t, struct tm *tm)
{
    static const char *const wd[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const mo[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return mps_str_printf(t, "%s %s %2d %02d:%02d:%02d %d", wd[(tm->tm_wday % 7 + 7) % 7],
                          mo[(tm->tm_mon % 12 + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min,
                          tm->tm_sec, tm->tm_year + 1900);
}

static MpsValue tm_ctime(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "ctime", argc, kw, 0, 1) < 0) return MPS_NULL;
    time_t s;
    struct tm tm;
    if (tm_secs(t, argc, argv, &s) < 0) return MPS_NULL;
    localtime_r(&s, &tm);
    return tm_asctime_of(t, &tm);
}

static MpsValue tm_asctime(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "asctime", argc, kw, 0, 1) < 0) return MPS_NULL;
    struct tm tm;
    if (argc == 1) { if (tm_from_tuple(t, argv[0], &tm, NULL) < 0) return MPS_NULL; }
    else { time_t s = time(NULL); localtime_r(&s, &tm); }
    return tm_asctime_of(t, &tm);
}

/* the zone attributes of the module, from the C library's after tzset() */
static void tm_zone_attrs(MpsThread *t, MpsValue m)
{
    TmZone z;
    tm_zone(&z);
    mpsl_set(t, m, "timezone", mps_from_small(z.timezone));
    mpsl_set(t, m, "altzone", mps_from_small(z.altzone));
    mpsl_set(t, m, "daylight", mps_from_small(z.daylight));
    mpsl_set(t, m, "tzname", mps_tuple_pack(t, 2, mpsl_cstr(t, z.name[0]), mpsl_cstr(t, z.name[1])));
}

static MpsValue tm_tzset(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    (void)argv;
    if (mps_args_count(t, "tzset", argc, kw, 0, 0) < 0) return MPS_NULL;
    tzset();
    MpsValue m = mps_dict_get_cstr(t, t->interp->modules, "time");
    if (m && mps_is_kind(m, MPS_K_MODULE)) tm_zone_attrs(t, m);
    return t->exc ? MPS_NULL : MPS_NONE;
}

static const MpsMethodDef tm_functions[] = {
    {"tzset", tm_tzset},
    {"time", tm_time}, {"time_ns", tm_time_ns}, {"monotonic", tm_monotonic},
    {"monotonic_ns", tm_monotonic_ns}, {"perf_counter", tm_perf_counter},
    {"perf_counter_ns", tm_perf_counter_ns}, {"process_time", tm_process_time},
    {"process_time_ns", tm_process_time_ns}, {"thread_time", tm_thread_time},
    {"thread_time_ns", tm_thread_time_ns}, {"sleep", tm_sleep}, {"localtime", tm_localtime},
    {"gmtime", tm_gmtime}, {"mktime", tm_mktime}, {"strftime", tm_strftime},
    {"ctime", tm_ctime}, {"asctime", tm_asctime},
    {NULL, NULL}
};

MpsValue mpsl_mod_time(MpsThread *t)
{
    MpslState *st = MPSL(t);
    if (!st->struct_time_cls) {
        st->struct_time_cls = mpsl_struct_seq(t, "time", "struct_time", tm_fields, 9);
    }
    MpsValue m = mpsl_module(t, "time", tm_functions);
    if (!m) return MPS_NULL;
    MPS_ROOT(t, m);
    mpsl_set(t, m, "struct_time", mps_from_obj(st->struct_time_cls));
    tzset();
    tm_zone_attrs(t, m);
    MPS_UNROOT(t, 1);
    return t->exc ? MPS_NULL : m;
}
