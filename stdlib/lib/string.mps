# string — common string constants and capwords (written in mps).

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


class Template:
    # $name, ${name} and $$, as CPython's (which matches them with re; the
    # scan here accepts the same default pattern: ASCII identifiers)
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            braced = k < n and s[k] == '{'
            start = k + 1 if braced else k
            e = start
            if e < n and (s[e] == '_' or s[e].isascii() and s[e].isalpha()):
                e += 1
                while e < n and (s[e] == '_' or s[e].isascii() and s[e].isalnum()):
                    e += 1
            name = s[start:e]
            if not name or (braced and (e >= n or s[e] != '}')):
                if safe:
                    out.append(d)
                    i = k
                    continue
                lines = s[:j].split('\n')
                raise ValueError('Invalid placeholder in string: line %d, col %d'
                                 % (len(lines), len(lines[-1]) + 1))
            end = e + 1 if braced else e
            try:
                out.append('%s' % (mapping[name],))
            except KeyError:
                if not safe:
                    raise
                out.append(s[j:end])
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_Chain(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_Chain(mapping, kws), True)

    def get_identifiers(self):
        ids = []

        class _Collect:
            def __getitem__(self, name):
                if name not in ids:
                    ids.append(name)
                return ''
        self._scan(_Collect(), True)
        return ids

    def is_valid(self):
        try:
            self._scan(_AnyMapping(), False)
        except ValueError:
            return False
        return True


class _Chain:
    def __init__(self, mapping, kws):
        self.mapping = mapping if mapping is not None else {}
        self.kws = kws

    def __getitem__(self, name):
        if name in self.kws:
            return self.kws[name]
        return self.mapping[name]


class _AnyMapping:
    def __getitem__(self, name):
        return ''
