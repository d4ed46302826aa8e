/* mod_cmath.c — the cmath module: C99 <complex.h> functions with CPython's
 * errors (ValueError "math domain error" at singularities and for a nan
 * out of a finite argument, OverflowError "math range error" for an
 * infinite result out of a finite argument). Prefix cm_. */
#include "lib.h"
#include <math.h>
#include <complex.h>

/* a number as complex: complex, float, int, __complex__, __float__, __index__ */
static int cm_arg(MpsThread *t, MpsValue v, double complex *out)
{
    double re, im;
    int r = mps_as_complex(t, v, &re, &im);
    if (r < 0) return -1;
    if (r == 0) {
        MpsValue m = mps_is_obj(v) ? mps_lookup_special(t, v, "__complex__") : MPS_NULL;
        if (!m && t->exc) return -1;
        if (m) {
            MpsValue z = mps_call1(t, m, v);
            if (!z) return -1;
            if (!mps_is_complex(z)) {
                MPS_RAISE(t, TypeError, "__complex__ returned non-complex (type %T)", z);
                return -1;
            }
            re = MPS_COMPLEX(z)->re; im = MPS_COMPLEX(z)->im;
        } else {
            MpsValue f = mps_is_obj(v) ? mps_lookup_special(t, v, "__float__") : MPS_NULL;
            if (!f && !t->exc && mps_is_obj(v)) f = mps_lookup_special(t, v, "__index__");
            if (t->exc) return -1;
            if (!f) { MPS_RAISE(t, TypeError, "must be real number, not %T", v); return -1; }
            MpsValue x = mps_call1(t, f, v);
            if (!x) return -1;
            if (mps_to_double(t, x, &re) < 0) return -1;
            im = 0.0;
        }
    }
    *out = CMPLX(re, im);
    return 0;
}

static MpsValue cm_new(MpsThread *t, double complex z) { return mps_complex_new(t, creal(z), cimag(z)); }

enum { CM_SQRT, CM_EXP, CM_LOG10, CM_ACOS, CM_ASIN, CM_ATAN, CM_COS, CM_SIN, CM_TAN,
       CM_ACOSH, CM_ASINH, CM_ATANH, CM_COSH, CM_SINH, CM_TANH };
static const char *const cm_names[] = { "cmath.sqrt", "cmath.exp", "cmath.log10", "cmath.acos",
    "cmath.asin", "cmath.atan", "cmath.cos", "cmath.sin", "cmath.tan", "cmath.acosh", "cmath.asinh",
    "cmath.atanh", "cmath.cosh", "cmath.sinh", "cmath.tanh" };

static double complex cm_eval(int fn, double complex z)
{
    switch (fn) {
    case CM_SQRT: return csqrt(z);
    case CM_EXP: return cexp(z);
    case CM_LOG10: return clog(z) / M_LN10;
    case CM_ACOS: return cacos(z);
    case CM_ASIN: return casin(z);
    case CM_ATAN: return catan(z);
    case CM_COS: return ccos(z);
    case CM_SIN: return csin(z);
    case CM_TAN: return ctan(z);
    case CM_ACOSH: return cacosh(z);
    case CM_ASINH: return casinh(z);
    case CM_ATANH: return catanh(z);
    case CM_COSH: return ccosh(z);
    case CM_SINH: return csinh(z);
    default: return ctanh(z);
    }
}

/* the error CPython gives for f(z) = r, or 0 */
static int cm_check(MpsThread *t, int fn, double complex z, double complex r)
{
    bool fin = isfinite(creal(z)) && isfinite(cimag(z));
    if ((isnan(creal(r)) || isnan(cimag(r))) && !isnan(creal(z)) && !isnan(cimag(z))) {
        MPS_RAISE(t, ValueError, "math domain error");
        return -1;
    }
    if (!fin) return 0;
    if (isinf(creal(r)) || isinf(cimag(r))) {
        if (fn == CM_LOG10 || fn == CM_ATAN || fn == CM_ATANH || fn < 0)
            MPS_RAISE(t, ValueError, "math domain error");
        else MPS_RAISE(t, OverflowError, "math range error");
        return -1;
    }
    return 0;
}

static MpsValue cm_apply(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw, int fn)
{
    if (mps_args_count(t, cm_names[fn], argc, kw, 1, 1) < 0) return MPS_NULL;
    double complex z;
    if (cm_arg(t, argv[0], &z) < 0) return MPS_NULL;
    double complex r = cm_eval(fn, z);
    if (fn == CM_LOG10 && creal(z) == 0 && cimag(z) == 0) r = CMPLX(-INFINITY, cimag(r));
    if (cm_check(t, fn, z, r) < 0) return MPS_NULL;
    return cm_new(t, r);
}

#define CM_F(i, n) \
    static MpsValue cm_##n(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw) { return cm_apply(t, argc, argv, kw, i); }
CM_F(CM_SQRT, sqrt) CM_F(CM_EXP, exp) CM_F(CM_LOG10, log10) CM_F(CM_ACOS, acos) CM_F(CM_ASIN, asin)
CM_F(CM_ATAN, atan) CM_F(CM_COS, cos) CM_F(CM_SIN, sin) CM_F(CM_TAN, tan) CM_F(CM_ACOSH, acosh)
CM_F(CM_ASINH, asinh) CM_F(CM_ATANH, atanh) CM_F(CM_COSH, cosh) CM_F(CM_SINH, sinh) CM_F(CM_TANH, tanh)

static MpsValue cm_log(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "log", argc, kw, 1, 2) < 0) return MPS_NULL;
    double complex z, b;
    if (cm_arg(t, argv[0], &z) < 0) return MPS_NULL;
    if (argc > 1 && cm_arg(t, argv[1], &b) < 0) return MPS_NULL;
    double complex r = clog(z);
    if (cm_check(t, -1, z, r) < 0) return MPS_NULL;
    if (argc > 1) {
        double complex lb = clog(b);
        if (cm_check(t, -1, b, lb) < 0) return MPS_NULL;
        if (creal(lb) == 0 && cimag(lb) == 0) return MPS_RAISE(t, ValueError, "math domain error");
        MpsValue q = mps_complex_binop(t, MPS_BIN_TRUEDIV, creal(r), cimag(r), creal(lb), cimag(lb));
        return q;
    }
    return cm_new(t, r);
}

static MpsValue cm_phase(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "phase", argc, kw, 1, 1) < 0) return MPS_NULL;
    double complex z;
    if (cm_arg(t, argv[0], &z) < 0) return MPS_NULL;
    return mps_float_new(t, atan2(cimag(z), creal(z)));
}

static MpsValue cm_polar(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "polar", argc, kw, 1, 1) < 0) return MPS_NULL;
    double complex z;
    if (cm_arg(t, argv[0], &z) < 0) return MPS_NULL;
    double r = hypot(creal(z), cimag(z));
    if (isinf(r) && isfinite(creal(z)) && isfinite(cimag(z))) return MPS_RAISE(t, OverflowError, "math range error");
    MpsValue a = mps_float_new(t, r);
    if (!a) return a;
    MPS_ROOT(t, a);
    MpsValue b = mps_float_new(t, atan2(cimag(z), creal(z)));
    MpsValue res = b ? mps_tuple_pack(t, 2, a, b) : MPS_NULL;
    MPS_UNROOT(t, 1);
    return res;
}

static MpsValue cm_rect(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "rect", argc, kw, 2, 2) < 0) return MPS_NULL;
    double r, phi;
    if (mps_to_double(t, argv[0], &r) < 0 || mps_to_double(t, argv[1], &phi) < 0) return MPS_NULL;
    if (isinf(phi) && !isnan(r) && r != 0) return MPS_RAISE(t, ValueError, "math domain error");
    if (isinf(r) && isfinite(phi) && phi != 0) {
        double c = cos(phi), s = sin(phi);
        return mps_complex_new(t, r > 0 ? copysign(INFINITY, c) : -copysign(INFINITY, c),
                                  r > 0 ? copysign(INFINITY, s) : -copysign(INFINITY, s));
    }
    if (phi == 0) return mps_complex_new(t, r, r * phi);
    if (r == 0 && !isfinite(phi)) return mps_complex_new(t, 0.0, 0.0);
    return mps_complex_new(t, r * cos(phi), r * sin(phi));
}

static MpsValue cm_isfinite(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "isfinite", argc, kw, 1, 1) < 0) return MPS_NULL;
    double complex z;
    if (cm_arg(t, argv[0], &z) < 0) return MPS_NULL;
    return mps_bool(isfinite(creal(z)) && isfinite(cimag(z)));
}

static MpsValue cm_isinf(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "isinf", argc, kw, 1, 1) < 0) return MPS_NULL;
    double complex z;
    if (cm_arg(t, argv[0], &z) < 0) return MPS_NULL;
    return mps_bool(isinf(creal(z)) || isinf(cimag(z)));
}

static MpsValue cm_isnan(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    if (mps_args_count(t, "isnan", argc, kw, 1, 1) < 0) return MPS_NULL;
    double complex z;
    if (cm_arg(t, argv[0], &z) < 0) return MPS_NULL;
    return mps_bool(isnan(creal(z)) || isnan(cimag(z)));
}

static MpsValue cm_isclose(MpsThread *t, int argc, const MpsValue *argv, MpsValue kw)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    MpsValue a[4];
    if (argc > 2)   /* rel_tol and abs_tol are keyword-only */
        return MPS_RAISE(t, TypeError, "isclose() takes exactly 2 positional arguments (%d given)", argc);
    if (mps_args(t, "isclose", argc, argv, kw, names, 2, 4, a) < 0) return MPS_NULL;
    double complex x, y;
    double rt = 1e-9, at = 0;
    if (cm_arg(t, a[0], &x) < 0 || cm_arg(t, a[1], &y) < 0) return MPS_NULL;
    if (a[2] && mps_to_double(t, a[2], &rt) < 0) return MPS_NULL;
    if (a[3] && mps_to_double(t, a[3], &at) < 0) return MPS_NULL;
    if (rt < 0 || at < 0) return MPS_RAISE(t, ValueError, "tolerances must be non-negative");
    if (creal(x) == creal(y) && cimag(x) == cimag(y)) return MPS_TRUE;
    if (isinf(creal(x)) || isinf(cimag(x)) || isinf(creal(y)) || isinf(cimag(y))) return MPS_FALSE;
    double d = hypot(creal(x) - creal(y), cimag(x) - cimag(y));
    return mps_bool(d <= rt * hypot(creal(y), cimag(y)) || d <= rt * hypot(creal(x), cimag(x)) || d <= at);
}

static const MpsMethodDef cm_functions[] = {
    {"sqrt", cm_sqrt}, {"exp", cm_exp}, {"log", cm_log}, {"log10", cm_log10},
    {"acos", cm_acos}, {"asin", cm_asin}, {"atan", cm_atan}, {"cos", cm_cos}, {"sin", cm_sin},
    {"tan", cm_tan}, {"acosh", cm_acosh}, {"asinh", cm_asinh}, {"atanh", cm_atanh},
    {"cosh", cm_cosh}, {"sinh", cm_sinh}, {"tanh", cm_tanh}, {"phase", cm_phase},
    {"polar", cm_polar}, {"rect", cm_rect}, {"isfinite", cm_isfinite}, {"isinf", cm_isinf},
    {"isnan", cm_isnan}, {"isclose", cm_isclose},
    {NULL, NULL}
};

MpsValue mpsl_mod_cmath(MpsThread *t)
{
    MpsValue m = mpsl_module(t, "cmath", cm_functions);
    if (!m) return MPS_NULL;
    mpsl_set(t, m, "pi", mps_float_new(t, M_PI));
    mpsl_set(t, m, "e", mps_float_new(t, M_E));
    mpsl_set(t, m, "tau", mps_float_new(t, 2 * M_PI));
    mpsl_set(t, m, "inf", mps_float_new(t, INFINITY));
    mpsl_set(t, m, "nan", mps_float_new(t, NAN));
    mpsl_set(t, m, "infj", mps_complex_new(t, 0.0, INFINITY));
    mpsl_set(t, m, "nanj", mps_complex_new(t, 0.0, NAN));
    return t->exc ? MPS_NULL : m;
}
