#!/usr/bin/env python3
"""Benchmark driver for mps: times each benchmark under mps, CPython and
(where a .lua twin exists and lua5.4 is installed) Lua, runs alternately,
reports medians and ratios, and writes bench/RESULTS.md.

    python3 bench/run.py [--interp ./mps] [--runs 5] [--only NAME[,NAME]]
                         [--quick] [--timeout S] [--out FILE] [--no-write]

Run it from anywhere; paths are relative to the repository root.
Conventions for the scripts (bench/bm_NAME.{mps,py,lua}): stdout lines that
start with '@' are metrics ('@key value'), the other lines are the result,
which must be the same under every interpreter.
"""

import argparse
import datetime
import math
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)

# name, kind, target (max mps/python time ratio for cpu/sys), target text
CPU = ['fib', 'loop', 'primes', 'dict', 'strings', 'sort', 'methods',
       'generators']
CPU_MAX = 0.8
CPU_GEOMEAN = 0.5
SYS = [
    ('queue', 0.2, '<= 0.20 (>= 5x throughput)'),
    ('pipe', 0.5, '<= 0.50'),
    ('proc_fork', 0.5, '<= 0.50'),
    ('proc_spawn', 0.25, '<= 0.25'),
    ('pool_map', 1 / 3.0, '<= 0.33 (>= 3x faster)'),
    ('pool_map_c1', 1 / 3.0, '<= 0.33 (>= 3x faster)'),
]
SCALE = ['scale_procs', 'scale_threads']
MEM = ['mem_list']
ALL = CPU + ['startup'] + [s[0] for s in SYS] + SCALE + MEM
SCALE_CEIL_TARGET = 0.95
THREADS_TARGET = 1.10
MEM_TARGET = 0.5
STARTUP_PY = 0.25
STARTUP_LUA = 2.0


# ---------------------------------------------------------------- running

class Run:
    """One process run (or several started together)."""

    def __init__(self):
        self.ok = False
        self.time = None        # wall seconds until every process exited
        self.rc = None
        self.stdout = ''
        self.stderr = ''
        self.maxrss = None      # KB, the largest over the processes
        self.error = ''

    def result(self):
        lines = [ln.rstrip() for ln in self.stdout.splitlines()]
        return '\n'.join(ln for ln in lines if ln and not ln.startswith('@'))

    def metrics(self):
        out = {}
        for ln in self.stdout.splitlines():
            if ln.startswith('@'):
                parts = ln[1:].split()
                if len(parts) == 2:
                    try:
                        out[parts[0]] = float(parts[1])
                    except ValueError:
                        pass
        return out


def run_procs(argvs, timeout, cwd=BENCH_DIR):
    """Start every argv at once; wait for all; return a Run.  The wall time
    runs from just before the first start to the last exit (os.wait4, so
    the peak RSS of each child comes with it)."""
    r = Run()
    files = []
    procs = []
    done = {}
    lock = threading.Lock()
    t0 = time.perf_counter()
    try:
        for argv in argvs:
            out = tempfile.TemporaryFile()
            err = tempfile.TemporaryFile()
            files.append((out, err))
            procs.append(subprocess.Popen(
                argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
                stderr=err, start_new_session=True))
    except OSError as e:
        for p in procs:
            _kill_group(p.pid)
            os.waitpid(p.pid, 0)
            p.returncode = -9
        for out, err in files:
            out.close()
            err.close()
        r.error = str(e)
        return r

    def waiter(p):
        _, status, ru = os.wait4(p.pid, 0)
        t = time.perf_counter() - t0
        with lock:
            done[p.pid] = (t, status, ru.ru_maxrss)

    threads = []
    for p in procs:
        th = threading.Thread(target=waiter, args=(p,), daemon=True)
        th.start()
        threads.append(th)
    deadline = t0 + timeout
    timed_out = False
    for th in threads:
        th.join(max(0.0, deadline - time.perf_counter()))
        if th.is_alive():
            timed_out = True
            break
    if timed_out:
        for p in procs:
            _kill_group(p.pid)
        for th in threads:
            th.join()
    # whatever the scripts left behind (pool workers...) in their groups
    for p in procs:
        _kill_group(p.pid)
    rcs = []
    for p in procs:
        t, status, rss = done[p.pid]
        rc = os.waitstatus_to_exitcode(status)
        p.returncode = rc
        rcs.append(rc)
        r.time = t if r.time is None else max(r.time, t)
        r.maxrss = rss if r.maxrss is None else max(r.maxrss, rss)
    outs = []
    errs = []
    for out, err in files:
        out.seek(0)
        err.seek(0)
        outs.append(out.read().decode('utf-8', 'replace'))
        errs.append(err.read().decode('utf-8', 'replace'))
        out.close()
        err.close()
    r.stdout = outs[0]
    r.stderr = ''.join(errs)
    r.rc = next((rc for rc in rcs if rc != 0), 0)
    if timed_out:
        r.error = 'timeout after %g s' % timeout
    elif r.rc != 0:
        r.error = 'exit status %d' % r.rc
    elif len(set(outs)) > 1:
        r.error = 'concurrent copies printed different output'
    else:
        r.ok = True
    return r


def _kill_group(pgid):
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return None
    if n % 2:
        return xs[n // 2]
    return (xs[n // 2 - 1] + xs[n // 2]) / 2.0


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


# ---------------------------------------------------------------- interpreters

class Interp:
    def __init__(self, key, label, argv0, ext):
        self.key = key          # 'mps', 'python', 'lua'
        self.label = label      # shown to the user
        self.argv0 = argv0      # list: the command
        self.ext = ext


def real_python(cmd):
    """The binary behind a python launcher (pyenv shims are slow)."""
    try:
        out = subprocess.run(
            [cmd, '-c', 'import sys; print(sys.executable)'],
            capture_output=True, text=True, timeout=30)
        exe = out.stdout.strip()
        if out.returncode == 0 and exe and os.path.exists(exe):
            return exe
    except (OSError, subprocess.SubprocessError):
        pass
    return cmd


def resolve_interp(spec):
    if os.sep in spec:
        path = spec if os.path.isabs(spec) else os.path.join(ROOT, spec)
        path = os.path.normpath(path)
    else:
        path = shutil.which(spec) or spec
    if os.path.basename(path).startswith('python'):
        path = real_python(path)
    return path


def version_of(argv, timeout=10):
    try:
        out = subprocess.run(argv, capture_output=True, text=True,
                             timeout=timeout)
        text = (out.stdout + out.stderr).strip().splitlines()
        return text[0] if text else '?'
    except (OSError, subprocess.SubprocessError):
        return 'n/a'


# ---------------------------------------------------------------- benchmarks

class Stats:
    """The runs of one interpreter on one benchmark."""

    def __init__(self):
        self.times = []
        self.rss = []
        self.metrics = {}
        self.results = []
        self.error = ''

    def add(self, r):
        self.times.append(r.time)
        self.rss.append(r.maxrss)
        self.results.append(r.result())
        for k, v in r.metrics().items():
            self.metrics.setdefault(k, []).append(v)

    @property
    def failed(self):
        return bool(self.error)

    def med(self):
        return None if self.failed else median(self.times)

    def med_rss(self):
        return None if self.failed else median(self.rss)

    def metric(self, key):
        if self.failed or key not in self.metrics:
            return None
        return median(self.metrics[key])

    def result(self):
        return self.results[0] if self.results else None


def run_alternating(name, interps, runs, timeout, argv_extra=(),
                    progress=True):
    """Run bm_<name> under each interpreter, alternating, `runs` rounds.
    An interpreter that fails once is not run again on this benchmark."""
    stats = {ip.key: Stats() for ip in interps}
    for i in range(runs):
        for ip in interps:
            st = stats[ip.key]
            if st.failed:
                continue
            script = 'bm_%s.%s' % (name, ip.ext)
            if not os.path.exists(os.path.join(BENCH_DIR, script)):
                st.error = 'missing ' + script
                continue
            r = run_procs([ip.argv0 + [script] + list(argv_extra)], timeout)
            if not r.ok:
                st.error = r.error
                tail = (r.stderr.strip().splitlines() or [''])[-1]
                if tail:
                    st.error += ': ' + tail[:120]
                continue
            st.add(r)
            if progress:
                sys.stderr.write('  %-13s %-6s run %d: %.3f s\n'
                                 % (name, ip.key, i + 1, r.time))
    check = check_results(stats)
    # wrong output from mps counts as a failure (no time, no ratio)
    st = stats['mps']
    if check.startswith('MISMATCH') and 'mps' in check \
            and not st.failed:
        ref = stats['python'].result() if not stats['python'].failed else '?'
        st.error = 'wrong result: printed %r, python printed %r' % (
            '|'.join(set(st.results))[:200], (ref or '')[:200])
    return stats, check


def check_results(stats):
    """'ok', 'MISMATCH (...)' or '-' (fewer than two to compare)."""
    seen = {}
    for key, st in stats.items():
        if st.failed or not st.results:
            continue
        if len(set(st.results)) > 1:
            return 'MISMATCH (%s differs between runs)' % key
        seen[key] = st.results[0]
    if len(seen) < 2:
        return '-'
    ref = seen.get('python', next(iter(seen.values())))
    bad = [k for k, v in seen.items() if v != ref]
    if bad:
        return 'MISMATCH (%s)' % ', '.join(bad)
    if 'mps' not in seen:
        return 'ok (%s; no mps)' % '='.join(sorted(seen))
    return 'ok'


def run_startup(interps, runs, timeout):
    cmds = {}
    for ip in interps:
        if ip.key == 'mps':
            cmds[ip.key] = ip.argv0 + ['-c', 'pass']
        elif ip.key == 'python':
            cmds[ip.key] = ip.argv0 + ['-S', '-c', 'pass']
        else:
            cmds[ip.key] = ip.argv0 + ['-e', '']
    stats = {ip.key: Stats() for ip in interps}
    for i in range(runs):
        for ip in interps:
            st = stats[ip.key]
            if st.failed:
                continue
            r = run_procs([cmds[ip.key]], timeout)
            if not r.ok:
                st.error = r.error
                continue
            st.add(r)
    return stats, cmds


def measure_scale_procs(interps, runs, timeout):
    """Paired rounds, so that each speedup is judged against the ceiling the
    machine had a moment before: per round and interpreter, t1 = one
    sequential copy alone, t2 = two copies at once as two OS processes
    (ceiling = t1 / t2 * 2), then bm_scale_procs itself (speedup = its own
    @seq / @par).  The verdict is the median of the per-round fractions
    speedup / ceiling; a ratio of separate medians would pair a quiet
    minute's ceiling with a noisy minute's speedup."""
    res = {ip.key: {'one': [], 'two': [], 'ceil': [], 'seq': [], 'par': [],
                    'speedup': [], 'frac': [], 'time': [], 'results': [],
                    'error': None} for ip in interps}
    for i in range(runs):
        for ip in interps:
            d = res[ip.key]
            if d['error']:
                continue
            script = 'bm_scale_procs.%s' % ip.ext
            seq = ip.argv0 + [script, 'seq']
            a = run_procs([seq], timeout)
            b = run_procs([seq, seq], timeout) if a.ok else a
            c = run_procs([ip.argv0 + [script]], timeout) if b.ok else b
            m = c.metrics() if c.ok else {}
            if not c.ok or 'seq' not in m or 'par' not in m:
                d['error'] = c.error or 'no @seq/@par metrics'
                tail = (c.stderr.strip().splitlines() or [''])[-1]
                if tail:
                    d['error'] += ': ' + tail[:120]
                continue
            ceil = a.time / b.time * 2.0
            speedup = m['seq'] / m['par']
            for k, v in (('one', a.time), ('two', b.time), ('ceil', ceil),
                         ('seq', m['seq']), ('par', m['par']),
                         ('speedup', speedup), ('frac', speedup / ceil),
                         ('time', c.time)):
                d[k].append(v)
            d['results'].append(c.result())
            sys.stderr.write('  %-13s %-6s run %d: one %.3f s, two %.3f s, '
                             'ceiling %.2f; seq %.3f s, par %.3f s, '
                             'speedup %.2f = %.2f of the ceiling\n'
                             % ('scale_procs', ip.key, i + 1, a.time, b.time,
                                ceil, m['seq'], m['par'], speedup,
                                speedup / ceil))
    return res


# ---------------------------------------------------------------- formatting

def fmt_t(x, unit='s'):
    if x is None:
        return 'n/a'
    if unit == 'ms':
        return '%.1f ms' % (x * 1000.0)
    return '%.3f' % x


def fmt_r(x):
    return 'n/a' if x is None else '%.2f' % x


def yesno(cond):
    if cond is None:
        return 'n/a'
    return 'yes' if cond else 'NO'


def cell_time(st, unit='s'):
    if st is None:
        return '-'
    if st.failed:
        return 'FAIL'
    return fmt_t(st.med(), unit)


def render_text(headers, rows):
    widths = [len(h) for h in headers]
    for row in rows:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], len(c))
    lines = ['  '.join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             '  '.join('-' * w for w in widths)]
    for row in rows:
        lines.append('  '.join(c.ljust(w) for c, w in zip(row, widths))
                     .rstrip())
    return '\n'.join(lines)


def render_md(headers, rows):
    lines = ['| ' + ' | '.join(headers) + ' |',
             '|' + '|'.join('---' for _ in headers) + '|']
    for row in rows:
        lines.append('| ' + ' | '.join(c.replace('|', '\\|') for c in row)
                     + ' |')
    return '\n'.join(lines)


def machine_description(interps, lua_path):
    cpu = '?'
    try:
        with open('/proc/cpuinfo') as f:
            for ln in f:
                if ln.startswith('model name'):
                    cpu = ln.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    py = next(ip for ip in interps if ip.key == 'python')
    mps = next(ip for ip in interps if ip.key == 'mps')
    lines = [
        ('machine', version_of(['uname', '-srm'])),
        ('CPU', cpu),
        ('nproc', str(os.cpu_count())),
        ('python3', '%s (%s)' % (version_of(py.argv0 + ['--version']),
                                 py.argv0[0])),
        ('lua', ' '.join(version_of([lua_path, '-v']).split()[:2])
         if lua_path else 'not installed'),
        ('mps', '%s (%s)' % (version_of(mps.argv0 + ['--version']),
                             mps.argv0[0])),
        ('date', datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M:%S %z')
         .strip()),
    ]
    return lines


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--interp', default='./mps',
                    help='the mps binary (default ./mps, from the repo root)')
    ap.add_argument('--runs', type=int, default=None,
                    help='runs per interpreter per benchmark (default 5; '
                         '1 with --quick)')
    ap.add_argument('--only', default=None,
                    help='comma-separated benchmark names (%s)'
                         % ', '.join(ALL))
    ap.add_argument('--quick', action='store_true',
                    help='smoke test: 1 run, 10 start-up runs, one ceiling '
                         'measurement, 60 s timeout')
    ap.add_argument('--timeout', type=float, default=None,
                    help='seconds per run before it counts as FAIL '
                         '(default 120; 60 with --quick)')
    ap.add_argument('--out', default=os.path.join(BENCH_DIR, 'RESULTS.md'),
                    help='Markdown report (default bench/RESULTS.md)')
    ap.add_argument('--no-write', action='store_true',
                    help='do not write the Markdown report')
    args = ap.parse_args()

    runs = args.runs if args.runs is not None else (1 if args.quick else 5)
    runs = max(1, runs)
    timeout = args.timeout or (60.0 if args.quick else 120.0)
    startup_runs = 10 if args.quick else max(30, runs)
    scale_runs = 1 if args.quick else max(11, runs)
    if args.only:
        names = [n.strip() for n in args.only.split(',') if n.strip()]
        unknown = [n for n in names if n not in ALL]
        if unknown:
            ap.error('unknown benchmark(s): %s (known: %s)'
                     % (', '.join(unknown), ', '.join(ALL)))
    else:
        names = list(ALL)

    mps = Interp('mps', 'mps', [resolve_interp(args.interp)], 'mps')
    py = Interp('python', 'python', [resolve_interp('python3')], 'py')
    lua_path = shutil.which('lua5.4')
    lua = Interp('lua', 'lua', [lua_path], 'lua') if lua_path else None
    if not os.path.exists(mps.argv0[0]):
        sys.stderr.write('warning: %s not found; mps results will be FAIL\n'
                         % mps.argv0[0])
    for name in ALL:
        if name == 'startup':
            continue
        a = os.path.join(BENCH_DIR, 'bm_%s.py' % name)
        b = os.path.join(BENCH_DIR, 'bm_%s.mps' % name)
        if os.path.exists(a) and os.path.exists(b):
            with open(a, 'rb') as fa, open(b, 'rb') as fb:
                if fa.read() != fb.read():
                    sys.stderr.write('warning: bm_%s.py and bm_%s.mps differ\n'
                                     % (name, name))

    sys.stderr.write('mps: %s\npython: %s\nlua: %s\nruns: %d, timeout %g s\n'
                     % (mps.argv0[0], py.argv0[0], lua_path or '-', runs,
                        timeout))

    headers = ['benchmark', 'mps', 'python', 'lua', 'mps/python',
               'mps/lua', 'target (mps/python)', 'met', 'check']
    rows = []
    notes = []
    cpu_ratios = []
    cpu_lua_ratios = []
    cpu_names = []
    scale_rows = []
    mem_rows = []
    failures = []

    def note_failures(name, stats):
        for key, st in stats.items():
            if st.failed:
                failures.append('%s under %s: %s' % (name, key, st.error))

    for name in names:
        sys.stderr.write('%s\n' % name)
        if name in CPU:
            ips = [mps, py] + ([lua] if lua else [])
            stats, check = run_alternating(name, ips, runs, timeout)
            note_failures(name, stats)
            m = stats['mps'].med()
            p = stats['python'].med()
            lst = stats.get('lua')
            l = lst.med() if lst else None
            r = ratio(m, p)
            cpu_names.append(name)
            if r is not None:
                cpu_ratios.append(r)
            rl = ratio(m, l)
            if rl is not None:
                cpu_lua_ratios.append(rl)
            rows.append([name, cell_time(stats['mps']),
                         cell_time(stats['python']), cell_time(lst),
                         fmt_r(r), fmt_r(rl) if lst else '-',
                         '<= %.2f' % CPU_MAX,
                         yesno(None if r is None else r <= CPU_MAX),
                         check])
        elif name == 'startup':
            ips = [mps, py] + ([lua] if lua else [])
            stats, cmds = run_startup(ips, startup_runs, timeout)
            note_failures(name, stats)
            m = stats['mps'].med()
            p = stats['python'].med()
            lst = stats.get('lua')
            l = lst.med() if lst else None
            r = ratio(m, p)
            rl = ratio(m, l)
            met = None
            if r is not None:
                met = r <= STARTUP_PY and (rl is None or rl <= STARTUP_LUA)
            rows.append(['startup', cell_time(stats['mps'], 'ms'),
                         cell_time(stats['python'], 'ms'),
                         cell_time(lst, 'ms'), fmt_r(r),
                         fmt_r(rl) if lst else '-',
                         '<= %.2f, and <= %.1f x lua'
                         % (STARTUP_PY, STARTUP_LUA),
                         yesno(met), '-'])
            notes.append('startup: median of %d runs each of %s.'
                         % (startup_runs, ' / '.join(
                             '`%s`' % shlex.join([os.path.basename(c[0])]
                                                 + c[1:])
                             for c in cmds.values())))
        elif name in [s[0] for s in SYS]:
            target = [s for s in SYS if s[0] == name][0]
            stats, check = run_alternating(name, [mps, py], runs, timeout)
            note_failures(name, stats)
            r = ratio(stats['mps'].med(), stats['python'].med())
            rows.append([name, cell_time(stats['mps']),
                         cell_time(stats['python']), '-', fmt_r(r), '-',
                         target[2],
                         yesno(None if r is None else r <= target[1] + 1e-9),
                         check])
        elif name == 'scale_procs':
            sc = measure_scale_procs([mps, py], scale_runs, timeout)
            for ip in (mps, py):
                d = sc[ip.key]
                if d['error']:
                    failures.append('scale_procs under %s: %s'
                                    % (ip.key, d['error']))
            check = '-'
            if not sc['mps']['error'] and not sc['python']['error']:
                rs = set(sc['mps']['results']) | set(sc['python']['results'])
                check = 'ok' if len(rs) == 1 else 'MISMATCH'

            def med_of(key, what):
                d = sc[key]
                return None if d['error'] or not d[what] else median(d[what])

            for ip in (mps, py):
                frac = med_of(ip.key, 'frac')
                scale_rows.append([
                    'scale_procs', ip.label,
                    fmt_t(med_of(ip.key, 'seq')), fmt_t(med_of(ip.key, 'par')),
                    fmt_r(med_of(ip.key, 'speedup')),
                    fmt_t(med_of(ip.key, 'one')), fmt_t(med_of(ip.key, 'two')),
                    fmt_r(med_of(ip.key, 'ceil')), fmt_r(frac),
                    ('>= %.2f' % SCALE_CEIL_TARGET) if ip.key == 'mps'
                    else '-',
                    yesno(None if frac is None else frac >= SCALE_CEIL_TARGET)
                    if ip.key == 'mps' else '-'])
            frac = med_of('mps', 'frac')
            tm, tp = med_of('mps', 'time'), med_of('python', 'time')
            rows.append([name,
                         'FAIL' if tm is None else fmt_t(tm),
                         'FAIL' if tp is None else fmt_t(tp), '-',
                         fmt_r(ratio(tm, tp)), '-',
                         'speedup >= %.2f x ceiling' % SCALE_CEIL_TARGET,
                         yesno(None if frac is None
                               else frac >= SCALE_CEIL_TARGET),
                         check])
            notes.append('scale_procs: %d paired rounds; each round times one '
                         'sequential copy, two copies at once and the '
                         'parallel run back to back, and speedup/ceiling is '
                         'the median of the per-round fractions.'
                         % scale_runs)
        elif name in SCALE:
            stats, check = run_alternating(name, [mps, py], runs, timeout)
            note_failures(name, stats)
            r = ratio(stats['mps'].med(), stats['python'].med())
            for ip in (mps, py):
                st = stats[ip.key]
                gr = st.metric('ratio')
                scale_rows.append([
                    'scale_threads', ip.label,
                    fmt_t(st.metric('seq')), fmt_t(st.metric('par')),
                    fmt_r(None if gr is None else 1.0 / gr), '-', '-',
                    '-', '-',
                    ('threads/seq <= %.2f' % THREADS_TARGET)
                    if ip.key == 'mps' else '-',
                    yesno(None if gr is None else gr <= THREADS_TARGET)
                    if ip.key == 'mps' else '-'])
            gr = stats['mps'].metric('ratio')
            rows.append([name, cell_time(stats['mps']),
                         cell_time(stats['python']), '-', fmt_r(r), '-',
                         'time(2 threads) <= %.2f x sequential'
                         % THREADS_TARGET,
                         yesno(None if gr is None
                               else gr <= THREADS_TARGET),
                         check])
        elif name in MEM:
            stats, check = run_alternating(name, [mps, py], runs, timeout)
            note_failures(name, stats)
            rm = stats['mps'].med_rss()
            rp = stats['python'].med_rss()
            rr = ratio(rm, rp)
            rows.append([name, cell_time(stats['mps']),
                         cell_time(stats['python']), '-',
                         fmt_r(ratio(stats['mps'].med(),
                                     stats['python'].med())), '-',
                         'peak RSS <= %.2f x CPython' % MEM_TARGET,
                         yesno(None if rr is None else rr <= MEM_TARGET),
                         check])
            mem_rows.append([name,
                             'FAIL' if rm is None else '%.1f MB' % (rm / 1024.0),
                             'FAIL' if rp is None else '%.1f MB' % (rp / 1024.0),
                             fmt_r(rr), '<= %.2f' % MEM_TARGET,
                             yesno(None if rr is None else rr <= MEM_TARGET)])

    gm = geomean(cpu_ratios)
    gml = geomean(cpu_lua_ratios)
    worst = max(cpu_ratios) if cpu_ratios else None
    summary = []
    if cpu_names:
        summary.append(
            'CPU geometric mean mps/python: %s over %d of %d benchmarks '
            '(target <= %.2f: %s); worst %s (target <= %.2f: %s)'
            % (fmt_r(gm), len(cpu_ratios), len(cpu_names), CPU_GEOMEAN,
               yesno(None if gm is None or len(cpu_ratios) < len(cpu_names)
                     else gm <= CPU_GEOMEAN),
               fmt_r(worst), CPU_MAX,
               yesno(None if worst is None
                     or len(cpu_ratios) < len(cpu_names)
                     else worst <= CPU_MAX)))
        summary.append('CPU geometric mean mps/lua: %s over %d benchmarks'
                       % (fmt_r(gml), len(cpu_lua_ratios)))

    scale_headers = ['benchmark', 'interp', 'seq (s)', '2 workers (s)',
                     'speedup', 'one copy (s)', 'two copies (s)', 'ceiling',
                     'speedup/ceiling', 'target', 'met']
    mem_headers = ['benchmark', 'mps peak RSS', 'python peak RSS',
                   'mps/python', 'target', 'met']

    # ---- text
    out = []
    out.append('')
    out.append(render_text(headers, rows))
    out.append('')
    out.extend(summary)
    if scale_rows:
        out.append('')
        out.append('Scaling (medians; ceiling = one copy / two copies at '
                   'once x 2; scale_threads "speedup" = seq / threads):')
        out.append(render_text(scale_headers, scale_rows))
    if mem_rows:
        out.append('')
        out.append('Memory (peak RSS, median):')
        out.append(render_text(mem_headers, mem_rows))
    if failures:
        out.append('')
        out.append('Failures:')
        out.extend('  ' + f for f in failures)
    print('\n'.join(out))

    # ---- markdown
    if not args.no_write:
        md = ['# mps benchmark results', '']
        if os.path.basename(mps.argv0[0]).startswith('python'):
            md.append('> Driver check only: the "mps" column was run with '
                      'CPython (`--interp %s`), not with mps.'
                      % args.interp)
            md.append('')
        for k, v in machine_description([mps, py], lua_path):
            md.append('- **%s**: %s' % (k, v))
        md.append('- **runs**: %d per interpreter per benchmark, alternating '
                  '(mps, python, lua, mps, ...), medians%s'
                  % (runs, ' (--quick)' if args.quick else ''))
        md.append('')
        md.append('Times are wall-clock seconds per script run (start-up '
                  'included). `FAIL`: the run failed or timed out; '
                  '`check`: whether every interpreter printed the same '
                  'result.')
        md.append('')
        md.append(render_md(headers, rows))
        md.append('')
        for s in summary:
            md.append('- ' + s)
        for n in notes:
            md.append('- ' + n)
        if scale_rows:
            md.append('')
            md.append('## Scaling')
            md.append('')
            md.append('Ceiling = (time of one sequential prime run) / (time '
                      'of two copies run at once as two OS processes) x 2. '
                      'For scale_threads, "speedup" is time(sequential) / '
                      'time(2 threads).')
            md.append('')
            md.append(render_md(scale_headers, scale_rows))
        if mem_rows:
            md.append('')
            md.append('## Memory')
            md.append('')
            md.append(render_md(mem_headers, mem_rows))
        if failures:
            md.append('')
            md.append('## Failures')
            md.append('')
            for f in failures:
                md.append('- ' + f.replace('|', '\\|'))
        md.append('')
        # the team's notes on missed targets (bench/NOTES.md) follow the tables
        notes = os.path.join(BENCH_DIR, 'NOTES.md')
        if os.path.exists(notes):
            with open(notes) as f:
                md.append(f.read())
        with open(args.out, 'w') as f:
            f.write('\n'.join(md))
        sys.stderr.write('wrote %s\n' % args.out)


if __name__ == '__main__':
    main()
