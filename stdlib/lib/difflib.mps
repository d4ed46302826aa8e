# difflib — compare sequences and produce human-readable deltas (written in mps).
#
# SequenceMatcher follows the Ratcliff/Obershelp "gestalt" idea as CPython's
# module does: find the longest block of matching elements that contains no
# junk, then recurse on the pieces left and right of it.  Elements of b that
# are junk (isjunk) or, with autojunk, "popular" (more than 1% of a b of at
# least 200 elements) never start a match, but matches are extended over
# them.  The output of Differ, ndiff, unified_diff and context_diff is
# CPython 3.11's, character for character.  HtmlDiff is not provided.

import re
import heapq
from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compare two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: element of b -> increasing list of its positions in b
        b = self.b
        index = {}
        for pos, elt in enumerate(b):
            where = index.get(elt)
            if where is None:
                index[elt] = [pos]
            else:
                where.append(pos)
        self.b2j = index
        junk = set()
        if self.isjunk is not None:
            for elt in list(index):
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del index[elt]
        popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for elt, where in list(index.items()):
                if len(where) > limit:
                    popular.add(elt)
            for elt in popular:
                del index[elt]
        self.bjunk = junk
        self.bpopular = popular

    def isbjunk(self, item):
        return item in self.bjunk

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, index, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_n = alo, blo, 0
        # run[j]: length of the match of non-junk elements ending at
        # a[i-1] and b[j], for the previous i
        run = {}
        empty = []
        for i in range(alo, ahi):
            new_run = {}
            for j in index.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run.get(j - 1, 0) + 1
                new_run[j] = k
                if k > best_n:
                    best_i, best_j, best_n = i - k + 1, j - k + 1, k
            run = new_run
        # grow the block over equal non-junk neighbours (popular elements)
        while (best_i > alo and best_j > blo and
               b[best_j - 1] not in junk and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best_n = best_i - 1, best_j - 1, best_n + 1
        while (best_i + best_n < ahi and best_j + best_n < bhi and
               b[best_j + best_n] not in junk and
               a[best_i + best_n] == b[best_j + best_n]):
            best_n += 1
        # then over equal junk on both sides
        while (best_i > alo and best_j > blo and
               b[best_j - 1] in junk and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best_n = best_i - 1, best_j - 1, best_n + 1
        while (best_i + best_n < ahi and best_j + best_n < bhi and
               b[best_j + best_n] in junk and
               a[best_i + best_n] == b[best_j + best_n]):
            best_n += 1
        return Match(best_i, best_j, best_n)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        # merge blocks that touch
        merged = []
        ci = cj = cn = 0
        for i, j, k in found:
            if ci + cn == i and cj + cn == j:
                cn += k
            else:
                if cn:
                    merged.append((ci, cj, cn))
                ci, cj, cn = i, j, k
        if cn:
            merged.append((ci, cj, cn))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match._make(t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # as CPython, the ends are trimmed in the cached opcode list itself
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # a long equal run ends one group and starts the next
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = 0
        for m in self.get_matching_blocks():
            matches += m[2]
        return _ratio_of(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matches = 0
        for elt in self.a:
            if elt in left:
                have = left[elt]
            else:
                have = counts.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matches += 1
        return _ratio_of(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio_of(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        return cls


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) matches of word among possibilities."""
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff
                and s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    return [x for score, x in heapq.nlargest(n, scored)]


def _keep_original_ws(s, tags):
    out = []
    for c, t in zip(s, tags):
        out.append(c if (t == ' ' and c.isspace()) else t)
    return ''.join(out)


class Differ:
    """Compare sequences of lines, producing ndiff-style deltas."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        m = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in m.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # the shorter block first
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # find the most similar pair of lines; synchronise on it
        best, cutoff = 0.74, 0.75
        m = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            m.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                m.set_seq1(ai)
                if (m.real_quick_ratio() > best and m.quick_ratio() > best
                        and m.ratio() > best):
                    best, best_i, best_j = m.ratio(), i, j
        if best < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best = same_i, same_j, 1.0
        else:
            same_i = None
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if same_i is None:
            atags = []
            btags = []
            m.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in m.get_opcodes():
                na, nb = i2 - i1, j2 - j1
                if tag == 'replace':
                    atags.append('^' * na)
                    btags.append('^' * nb)
                elif tag == 'delete':
                    atags.append('-' * na)
                elif tag == 'insert':
                    btags.append('+' * nb)
                elif tag == 'equal':
                    atags.append(' ' * na)
                    btags.append(' ' * nb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(atags),
                                     ''.join(btags))
        else:
            yield '  ' + aline
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


_line_junk_re = re.compile(r'\s*(?:#\s*)?$')


def IS_LINE_JUNK(line, pat=_line_junk_re.match):
    """True for a blank line or a line holding only '#' (and whitespace)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a blank or a tab."""
    return ch in ws


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences that made an ndiff delta (which: 1 or 2)."""
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % (which,)) from None
    for line in delta:
        if line[:2] == '  ' or line[:2] == tag:
            yield line[2:]


def _unified_range(start, stop):
    first = start + 1
    count = stop - start
    if count == 1:
        return '%d' % first
    if not count:
        first -= 1
    return '%d,%d' % (first, count)


def _context_range(start, stop):
    first = start + 1
    count = stop - start
    if not count:
        first -= 1
    if count <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + count - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fdate = '\t' + fromfiledate if fromfiledate else ''
            tdate = '\t' + tofiledate if tofiledate else ''
            yield '--- %s%s%s' % (fromfile, fdate, lineterm)
            yield '+++ %s%s%s' % (tofile, tdate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]),
                                   _unified_range(first[3], last[4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag == 'replace' or tag == 'delete':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag == 'replace' or tag == 'insert':
                for line in b[j1:j2]:
                    yield '+' + line


_context_prefix = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                   'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fdate = '\t' + fromfiledate if fromfiledate else ''
            tdate = '\t' + tofiledate if tofiledate else ''
            yield '*** %s%s%s' % (fromfile, fdate, lineterm)
            yield '--- %s%s%s' % (tofile, tdate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(first[1], last[2]), lineterm)
        if any(g[0] == 'replace' or g[0] == 'delete' for g in group):
            for tag, i1, i2, j1, j2 in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _context_prefix[tag] + line
        yield '--- %s ----%s' % (_context_range(first[3], last[4]), lineterm)
        if any(g[0] == 'replace' or g[0] == 'insert' for g in group):
            for tag, i1, i2, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _context_prefix[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """unified_diff or context_diff on bytes (decoded as latin-1)."""
    def dec(s):
        try:
            return s.decode('latin-1')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(s).__name__, s)) from err
    a = [dec(x) for x in a]
    b = [dec(x) for x in b]
    for line in dfunc(a, b, dec(fromfile), dec(tofile), dec(fromfiledate),
                      dec(tofiledate), n, dec(lineterm)):
        yield line.encode('latin-1')
