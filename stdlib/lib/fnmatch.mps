# fnmatch — shell-style wildcards (written in mps): * ? [seq] [!seq],
# translated into a regular expression of the `re` module the same way
# CPython 3.11 translates them, so translate() gives CPython's text.
import os
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def _compile(pat):
    key = (type(pat), pat)
    m = _cache.get(key)
    if m is None:
        if isinstance(pat, bytes):
            res = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
        else:
            res = translate(pat)
        if len(_cache) >= 32768:
            _cache.clear()
        m = _cache[key] = re.compile(res).match
    return m


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


def filter(names, pat):
    match = _compile(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


_STAR = object()


def _set_text(pat, start, end):
    # the regular-expression text of the set pat[start:end] (between the
    # brackets), or None when it can match nothing
    negate = pat[start] == '!'
    body_start = start + 1 if negate else start
    if '-' not in pat[start:end]:
        chunks = [pat[body_start:end]]
    else:
        # cut at the hyphens that make ranges; the first character of the
        # set (after '!') and a character right after a range are literal
        chunks = []
        lo = body_start
        k = body_start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            chunks.append(pat[lo:k])
            lo = k + 1
            k = k + 3
        last = pat[lo:end]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += '-'
        # a range whose ends are reversed (z-a) is empty: join its neighbours
        k = len(chunks) - 1
        while k > 0:
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
            k -= 1
    text = '-'.join(c.replace('\\', '\\\\').replace('-', '\\-') for c in chunks)
    # the set operations a later re might give meaning to are escaped
    text = re.sub(r'([&~|])', r'\\\1', text)
    if not text:
        return None if not negate else '.'
    if negate:
        return '[^' + text + ']'
    if text[0] in '^[':
        text = '\\' + text
    return '[' + text + ']'


def translate(pat):
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            tokens.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append('\\[')
            else:
                text = _set_text(pat, i, j)
                tokens.append('(?!)' if text is None else text)
                i = j + 1
        else:
            tokens.append(re.escape(c))
    # every star but the last matches as little as it can, atomically, so
    # that a pattern with many stars cannot backtrack without end
    out = []
    k = 0
    nt = len(tokens)
    while k < nt and tokens[k] is not _STAR:
        out.append(tokens[k])
        k += 1
    while k < nt:
        k += 1          # the star
        fixed = []
        while k < nt and tokens[k] is not _STAR:
            fixed.append(tokens[k])
            k += 1
        if k == nt:
            out.append('.*')
            out.extend(fixed)
        else:
            out.append('(?>.*?' + ''.join(fixed) + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
