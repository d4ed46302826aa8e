# re — regular expressions with CPython's API, matched by PCRE2.
#
# How it fits together:
#  - the parser below is CPython 3.11's (Lib/re/_parser.py, ported): it
#    reads Python's pattern syntax, so bad patterns raise re.error with
#    CPython's messages and positions, and the verbose flag, the group
#    names and the group numbers are handled exactly as there;
#  - the parsed pattern is then written out again in PCRE2's syntax (plain
#    ASCII: every other character as \x{...}; only numbered groups, names
#    are kept here), which _re (stdlib/mod_re.c) compiles and matches;
#  - Pattern and Match are plain classes over the spans _re returns (code
#    point offsets for str, byte offsets for bytes).
import sys
import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256


# ---------------------------------------------------------------- re.error

class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# ---------------------------------------------------------------- flags

_FLAG_NAMES = [
    ('ASCII', SRE_FLAG_ASCII), ('IGNORECASE', SRE_FLAG_IGNORECASE),
    ('LOCALE', SRE_FLAG_LOCALE), ('UNICODE', SRE_FLAG_UNICODE),
    ('MULTILINE', SRE_FLAG_MULTILINE), ('DOTALL', SRE_FLAG_DOTALL),
    ('VERBOSE', SRE_FLAG_VERBOSE), ('TEMPLATE', SRE_FLAG_TEMPLATE),
    ('DEBUG', SRE_FLAG_DEBUG),
]
_ALL_FLAGS = 511


class RegexFlag(int):
    """The re flags: an int whose repr names them (re.IGNORECASE|re.MULTILINE)."""

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(SRE_FLAG_ASCII)
IGNORECASE = I = RegexFlag(SRE_FLAG_IGNORECASE)
LOCALE = L = RegexFlag(SRE_FLAG_LOCALE)
UNICODE = U = RegexFlag(SRE_FLAG_UNICODE)
MULTILINE = M = RegexFlag(SRE_FLAG_MULTILINE)
DOTALL = S = RegexFlag(SRE_FLAG_DOTALL)
VERBOSE = X = RegexFlag(SRE_FLAG_VERBOSE)
TEMPLATE = T = RegexFlag(SRE_FLAG_TEMPLATE)
DEBUG = RegexFlag(SRE_FLAG_DEBUG)

for _name, _bit in _FLAG_NAMES:
    setattr(RegexFlag, _name, RegexFlag(_bit))
RegexFlag.NOFLAG = NOFLAG


# ---------------------------------------------------------------- the parser
# Ported from CPython 3.11's Lib/re/_parser.py (Secret Labs' Regular
# Expression Engine, Copyright (c) 1998-2001 by Secret Labs AB), with its
# error messages. Operators are small ints here.

FAILURE = 0
SUCCESS = 1
ANY = 2
ASSERT = 3
ASSERT_NOT = 4
AT = 5
BRANCH = 6
CATEGORY = 7
GROUPREF = 8
GROUPREF_EXISTS = 9
IN = 10
LITERAL = 11
MIN_REPEAT = 12
MAX_REPEAT = 13
POSSESSIVE_REPEAT = 14
NEGATE = 15
NOT_LITERAL = 16
RANGE = 17
SUBPATTERN = 18
ATOMIC_GROUP = 19

AT_BEGINNING = 0
AT_BEGINNING_STRING = 1
AT_BOUNDARY = 2
AT_NON_BOUNDARY = 3
AT_END = 4
AT_END_STRING = 5

# categories are the letter of their escape
CATEGORY_DIGIT = 'd'
CATEGORY_NOT_DIGIT = 'D'
CATEGORY_SPACE = 's'
CATEGORY_NOT_SPACE = 'S'
CATEGORY_WORD = 'w'
CATEGORY_NOT_WORD = 'W'

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"

DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")

_REPEATCODES = frozenset({MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT})
_UNITCODES = frozenset({ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY})

ESCAPES = {
    r"\a": (LITERAL, ord("\a")),
    r"\b": (LITERAL, ord("\b")),
    r"\f": (LITERAL, ord("\f")),
    r"\n": (LITERAL, ord("\n")),
    r"\r": (LITERAL, ord("\r")),
    r"\t": (LITERAL, ord("\t")),
    r"\v": (LITERAL, ord("\v")),
    r"\\": (LITERAL, ord("\\"))
}

CATEGORIES = {
    r"\A": (AT, AT_BEGINNING_STRING),
    r"\b": (AT, AT_BOUNDARY),
    r"\B": (AT, AT_NON_BOUNDARY),
    r"\d": (IN, [(CATEGORY, CATEGORY_DIGIT)]),
    r"\D": (IN, [(CATEGORY, CATEGORY_NOT_DIGIT)]),
    r"\s": (IN, [(CATEGORY, CATEGORY_SPACE)]),
    r"\S": (IN, [(CATEGORY, CATEGORY_NOT_SPACE)]),
    r"\w": (IN, [(CATEGORY, CATEGORY_WORD)]),
    r"\W": (IN, [(CATEGORY, CATEGORY_NOT_WORD)]),
    r"\Z": (AT, AT_END_STRING),
}

FLAGS = {
    "i": SRE_FLAG_IGNORECASE,
    "L": SRE_FLAG_LOCALE,
    "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL,
    "x": SRE_FLAG_VERBOSE,
    "a": SRE_FLAG_ASCII,
    "t": SRE_FLAG_TEMPLATE,
    "u": SRE_FLAG_UNICODE,
}

TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE


class _State:
    # keeps track of state for parsing
    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]  # group 0
        self.lookbehindgroups = None
        self.grouprefpos = {}
        self.closeorder = [0]      # rank of each group's closing parenthesis

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        self.closeorder.append(0)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        self.groupwidths[gid] = p.getwidth()
        self.closeorder[gid] = len([w for w in self.groupwidths if w is not None])

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')


class _SubPattern:
    # a subpattern, in intermediate form
    def __init__(self, state, data=None):
        self.state = state
        if data is None:
            data = []
        self.data = data
        self.width = None

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, index):
        del self.data[index]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return _SubPattern(self.state, self.data[index])
        return self.data[index]

    def __setitem__(self, index, code):
        self.data[index] = code

    def insert(self, index, code):
        self.data.insert(index, code)

    def append(self, code):
        self.data.append(code)

    def getwidth(self):
        # determine the width (min, max) for this subpattern
        if self.width is not None:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op == BRANCH:
                i = MAXREPEAT - 1
                j = 0
                for a in av[1]:
                    l, h = a.getwidth()
                    i = min(i, l)
                    j = max(j, h)
                lo = lo + i
                hi = hi + j
            elif op == ATOMIC_GROUP:
                i, j = av.getwidth()
                lo = lo + i
                hi = hi + j
            elif op == SUBPATTERN:
                i, j = av[-1].getwidth()
                lo = lo + i
                hi = hi + j
            elif op in _REPEATCODES:
                i, j = av[2].getwidth()
                lo = lo + i * av[0]
                hi = hi + j * av[1]
            elif op in _UNITCODES:
                lo = lo + 1
                hi = hi + 1
            elif op == GROUPREF:
                i, j = self.state.groupwidths[av]
                lo = lo + i
                hi = hi + j
            elif op == GROUPREF_EXISTS:
                i, j = av[1].getwidth()
                if av[2] is not None:
                    l, h = av[2].getwidth()
                    i = min(i, l)
                    j = max(j, h)
                else:
                    i = 0
                lo = lo + i
                hi = hi + j
            elif op == SUCCESS:
                break
        self.width = min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)
        return self.width


def _ascii_text(msg):
    # msg.encode('ascii', 'backslashreplace').decode('ascii')
    if msg.isascii():
        return msg
    out = []
    for c in msg:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o < 256:
            out.append('\\x%02x' % o)
        elif o < 65536:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out)


class _Tokenizer:
    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = bytes(string).decode('latin-1')
        self.decoded_string = string
        self.length = len(string)
        self.index = 0
        self.next = None
        self._next()

    def _next(self):
        index = self.index
        if index >= self.length:
            self.next = None
            return
        char = self.decoded_string[index]
        if char == "\\":
            index += 1
            if index >= self.length:
                raise error("bad escape (end of pattern)",
                            self.string, len(self.string) - 1)
            char += self.decoded_string[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._next()
            return True
        return False

    def get(self):
        this = self.next
        self._next()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self._next()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._next()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator,
                                 len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    @property
    def pos(self):
        return self.index - len(self.next or '')

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._next()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = _ascii_text(msg)
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset, nested):
        if not name.isidentifier():
            msg = "bad character in group name %r" % name
            raise self.error(msg, len(name) + offset)


def _char_name(source, charname):
    # \N{NAME}: the names mps's own string literals know
    ok = charname and all(c.isascii() and (c.isalnum() or c in ' -') for c in charname)
    if ok:
        try:
            return ord(eval('"\\N{' + charname + '}"'))
        except Exception:
            pass
    raise source.error("undefined character name %r" % charname,
                       len(charname) + len(r'\N{}'))


def _class_escape(source, escape):
    # handle escape code inside character class
    code = ESCAPES.get(escape)
    if code:
        return code
    code = CATEGORIES.get(escape)
    if code and code[0] == IN:
        return code
    try:
        c = escape[1:2]
        if c == "x":
            # hexadecimal escape (exactly two digits)
            escape += source.getwhile(2, HEXDIGITS)
            if len(escape) != 4:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return LITERAL, int(escape[2:], 16)
        elif c == "u" and source.istext:
            # unicode escape (exactly four digits)
            escape += source.getwhile(4, HEXDIGITS)
            if len(escape) != 6:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return LITERAL, int(escape[2:], 16)
        elif c == "U" and source.istext:
            # unicode escape (exactly eight digits)
            escape += source.getwhile(8, HEXDIGITS)
            if len(escape) != 10:
                raise source.error("incomplete escape %s" % escape, len(escape))
            c = int(escape[2:], 16)
            chr(c)  # raise ValueError for invalid code
            return LITERAL, c
        elif c == "N" and source.istext:
            # named unicode escape e.g. \N{EM DASH}
            if not source.match('{'):
                raise source.error("missing {")
            charname = source.getuntil('}', 'character name')
            return LITERAL, _char_name(source, charname)
        elif c in OCTDIGITS:
            # octal escape (up to three digits)
            escape += source.getwhile(2, OCTDIGITS)
            c = int(escape[1:], 8)
            if c > 0o377:
                raise source.error('octal escape value %s outside of '
                                   'range 0-0o377' % escape, len(escape))
            return LITERAL, c
        elif c in DIGITS:
            raise ValueError
        if len(escape) == 2:
            if c in ASCIILETTERS:
                raise source.error('bad escape %s' % escape, len(escape))
            return LITERAL, ord(escape[1])
    except ValueError:
        pass
    raise source.error("bad escape %s" % escape, len(escape))


def _escape(source, escape, state):
    # handle escape code in expression
    code = CATEGORIES.get(escape)
    if code:
        return code
    code = ESCAPES.get(escape)
    if code:
        return code
    try:
        c = escape[1:2]
        if c == "x":
            # hexadecimal escape
            escape += source.getwhile(2, HEXDIGITS)
            if len(escape) != 4:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return LITERAL, int(escape[2:], 16)
        elif c == "u" and source.istext:
            # unicode escape (exactly four digits)
            escape += source.getwhile(4, HEXDIGITS)
            if len(escape) != 6:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return LITERAL, int(escape[2:], 16)
        elif c == "U" and source.istext:
            # unicode escape (exactly eight digits)
            escape += source.getwhile(8, HEXDIGITS)
            if len(escape) != 10:
                raise source.error("incomplete escape %s" % escape, len(escape))
            c = int(escape[2:], 16)
            chr(c)  # raise ValueError for invalid code
            return LITERAL, c
        elif c == "N" and source.istext:
            # named unicode escape e.g. \N{EM DASH}
            if not source.match('{'):
                raise source.error("missing {")
            charname = source.getuntil('}', 'character name')
            return LITERAL, _char_name(source, charname)
        elif c == "0":
            # octal escape
            escape += source.getwhile(2, OCTDIGITS)
            return LITERAL, int(escape[1:], 8)
        elif c in DIGITS:
            # octal escape *or* decimal group reference (sigh)
            if source.next in DIGITS:
                escape += source.get()
                if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                        source.next in OCTDIGITS):
                    # got three octal digits; this is an octal escape
                    escape += source.get()
                    c = int(escape[1:], 8)
                    if c > 0o377:
                        raise source.error('octal escape value %s outside of '
                                           'range 0-0o377' % escape,
                                           len(escape))
                    return LITERAL, c
            # not an octal escape, so this is a group reference
            group = int(escape[1:])
            if group < state.groups:
                if not state.checkgroup(group):
                    raise source.error("cannot refer to an open group",
                                       len(escape))
                state.checklookbehindgroup(group, source)
                return GROUPREF, group
            raise source.error("invalid group reference %d" % group, len(escape) - 1)
        if len(escape) == 2:
            if c in ASCIILETTERS:
                raise source.error("bad escape %s" % escape, len(escape))
            return LITERAL, ord(escape[1])
    except ValueError:
        pass
    raise source.error("bad escape %s" % escape, len(escape))


def _uniq(items):
    return list(dict.fromkeys(items))


def _parse_sub(source, state, verbose, nested):
    # parse an alternation: a|b|c
    items = []
    start = source.tell()
    while True:
        items.append(_parse(source, state, verbose, nested + 1,
                            not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & SRE_FLAG_VERBOSE

    if len(items) == 1:
        return items[0]

    subpattern = _SubPattern(state)

    # check if all items share a common prefix
    while True:
        prefix = None
        common = True
        for item in items:
            if not item:
                common = False
                break
            if prefix is None:
                prefix = item[0]
            elif item[0] != prefix:
                common = False
                break
        if not common:
            break
        # all subitems start with a common "prefix".
        # move it out of the branch
        for item in items:
            del item[0]
        subpattern.append(prefix)

    # check if the branch can be replaced by a character set
    charset = []
    can_set = True
    for item in items:
        if len(item) != 1:
            can_set = False
            break
        op, av = item[0]
        if op == LITERAL:
            charset.append((op, av))
        elif op == IN and av[0][0] != NEGATE:
            charset.extend(av)
        else:
            can_set = False
            break
    if can_set:
        # we can store this as a character set instead of a branch
        subpattern.append((IN, _uniq(charset)))
        return subpattern

    subpattern.append((BRANCH, (None, items)))
    return subpattern


def _parse(source, state, verbose, nested, first=False):
    # parse a simple pattern
    subpattern = _SubPattern(state)
    subpatternappend = subpattern.append
    sourceget = source.get
    sourcematch = source.match

    while True:

        this = source.next
        if this is None:
            break  # end of pattern
        if this in "|)":
            break  # end of subpattern
        sourceget()

        if verbose:
            # skip whitespace and comments
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = sourceget()
                    if this is None or this == "\n":
                        break
                continue

        if this[0] == "\\":
            code = _escape(source, this, state)
            subpatternappend(code)

        elif this not in SPECIAL_CHARS:
            subpatternappend((LITERAL, ord(this)))

        elif this == "[":
            here = source.tell() - 1
            # character set
            charset = []
            setappend = charset.append
            negate = sourcematch("^")
            # check remaining characters
            while True:
                this = sourceget()
                if this is None:
                    raise source.error("unterminated character set",
                                       source.tell() - here)
                if this == "]" and charset:
                    break
                elif this[0] == "\\":
                    code1 = _class_escape(source, this)
                else:
                    code1 = LITERAL, ord(this)
                if sourcematch("-"):
                    # potential range
                    that = sourceget()
                    if that is None:
                        raise source.error("unterminated character set",
                                           source.tell() - here)
                    if that == "]":
                        if code1[0] == IN:
                            code1 = code1[1][0]
                        setappend(code1)
                        setappend((LITERAL, ord("-")))
                        break
                    if that[0] == "\\":
                        code2 = _class_escape(source, that)
                    else:
                        code2 = LITERAL, ord(that)
                    if code1[0] != LITERAL or code2[0] != LITERAL:
                        msg = "bad character range %s-%s" % (this, that)
                        raise source.error(msg, len(this) + 1 + len(that))
                    lo = code1[1]
                    hi = code2[1]
                    if hi < lo:
                        msg = "bad character range %s-%s" % (this, that)
                        raise source.error(msg, len(this) + 1 + len(that))
                    setappend((RANGE, (lo, hi)))
                else:
                    if code1[0] == IN:
                        code1 = code1[1][0]
                    setappend(code1)

            charset = _uniq(charset)
            if len(charset) == 1 and charset[0][0] == LITERAL:
                # optimization
                if negate:
                    subpatternappend((NOT_LITERAL, charset[0][1]))
                else:
                    subpatternappend(charset[0])
            else:
                if negate:
                    charset.insert(0, (NEGATE, None))
                subpatternappend((IN, charset))

        elif this in REPEAT_CHARS:
            # repeat previous item
            here = source.tell()
            if this == "?":
                min, max = 0, 1
            elif this == "*":
                min, max = 0, MAXREPEAT
            elif this == "+":
                min, max = 1, MAXREPEAT
            else:  # "{"
                if source.next == "}":
                    subpatternappend((LITERAL, ord(this)))
                    continue

                min, max = 0, MAXREPEAT
                lo = hi = ""
                while source.next in DIGITS:
                    lo += sourceget()
                if sourcematch(","):
                    while source.next in DIGITS:
                        hi += sourceget()
                else:
                    hi = lo
                if not sourcematch("}"):
                    subpatternappend((LITERAL, ord(this)))
                    source.seek(here)
                    continue

                if lo:
                    min = int(lo)
                    if min >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if hi:
                    max = int(hi)
                    if max >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if max < min:
                        raise source.error("min repeat greater than max repeat",
                                           source.tell() - here)
            # figure out which item to repeat
            if subpattern:
                item = subpattern[-1:]
            else:
                item = None
            if not item or item[0][0] == AT:
                raise source.error("nothing to repeat",
                                   source.tell() - here + len(this))
            if item[0][0] in _REPEATCODES:
                raise source.error("multiple repeat",
                                   source.tell() - here + len(this))
            if item[0][0] == SUBPATTERN:
                group, add_flags, del_flags, p = item[0][1]
                if group is None and not add_flags and not del_flags:
                    item = p
            if sourcematch("?"):
                # Non-Greedy Match
                subpattern[-1] = (MIN_REPEAT, (min, max, item))
            elif sourcematch("+"):
                # Possessive Match (Always Greedy)
                subpattern[-1] = (POSSESSIVE_REPEAT, (min, max, item))
            else:
                # Greedy Match
                subpattern[-1] = (MAX_REPEAT, (min, max, item))

        elif this == ".":
            subpatternappend((ANY, None))

        elif this == "(":
            start = source.tell() - 1
            capture = True
            atomic = False
            name = None
            add_flags = 0
            del_flags = 0
            if sourcematch("?"):
                # options
                char = sourceget()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char == "P":
                    # python extensions
                    if sourcematch("<"):
                        # named group: skip forward to end of name
                        name = source.getuntil(">", "group name")
                        source.checkgroupname(name, 1, nested)
                    elif sourcematch("="):
                        # named backreference
                        name = source.getuntil(")", "group name")
                        source.checkgroupname(name, 1, nested)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            msg = "unknown group name %r" % name
                            raise source.error(msg, len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error("cannot refer to an open group",
                                               len(name) + 1)
                        state.checklookbehindgroup(gid, source)
                        subpatternappend((GROUPREF, gid))
                        continue

                    else:
                        char = sourceget()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        raise source.error("unknown extension ?P" + char,
                                           len(char) + 2)
                elif char == ":":
                    # non-capturing group
                    capture = False
                elif char == "#":
                    # comment
                    while True:
                        if source.next is None:
                            raise source.error("missing ), unterminated comment",
                                               source.tell() - start)
                        if sourceget() == ")":
                            break
                    continue

                elif char in "=!<":
                    # lookahead assertions
                    dir = 1
                    lookbehindgroups = None
                    if char == "<":
                        char = sourceget()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        if char not in "=!":
                            raise source.error("unknown extension ?<" + char,
                                               len(char) + 2)
                        dir = -1  # lookbehind
                        lookbehindgroups = state.lookbehindgroups
                        if lookbehindgroups is None:
                            state.lookbehindgroups = state.groups
                    p = _parse_sub(source, state, verbose, nested + 1)
                    if dir < 0:
                        if lookbehindgroups is None:
                            state.lookbehindgroups = None
                    if not sourcematch(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    if char == "=":
                        subpatternappend((ASSERT, (dir, p)))
                    else:
                        subpatternappend((ASSERT_NOT, (dir, p)))
                    continue

                elif char == "(":
                    # conditional backreference group
                    condname = source.getuntil(")", "group name")
                    if condname.isidentifier():
                        source.checkgroupname(condname, 1, nested)
                        condgroup = state.groupdict.get(condname)
                        if condgroup is None:
                            msg = "unknown group name %r" % condname
                            raise source.error(msg, len(condname) + 1)
                    else:
                        try:
                            condgroup = int(condname)
                            if condgroup < 0:
                                raise ValueError
                        except ValueError:
                            msg = "bad character in group name %r" % condname
                            raise source.error(msg, len(condname) + 1) from None
                        if not condgroup:
                            raise source.error("bad group number",
                                               len(condname) + 1)
                        if condgroup >= MAXGROUPS:
                            msg = "invalid group reference %d" % condgroup
                            raise source.error(msg, len(condname) + 1)
                        if condgroup not in state.grouprefpos:
                            state.grouprefpos[condgroup] = (
                                source.tell() - len(condname) - 1
                            )
                    state.checklookbehindgroup(condgroup, source)
                    item_yes = _parse(source, state, verbose, nested + 1)
                    if source.match("|"):
                        item_no = _parse(source, state, verbose, nested + 1)
                        if source.next == "|":
                            raise source.error("conditional backref with more than two branches")
                    else:
                        item_no = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    subpatternappend((GROUPREF_EXISTS, (condgroup, item_yes, item_no)))
                    continue

                elif char == ">":
                    # non-capturing, atomic group
                    capture = False
                    atomic = True
                elif char in FLAGS or char == "-":
                    # flags
                    flags = _parse_flags(source, state, char)
                    if flags is None:  # global flags
                        if not first or subpattern:
                            raise source.error('global flags not at the start '
                                               'of the expression',
                                               source.tell() - start)
                        verbose = state.flags & SRE_FLAG_VERBOSE
                        continue

                    add_flags, del_flags = flags
                    capture = False
                else:
                    raise source.error("unknown extension ?" + char,
                                       len(char) + 1)

            # parse group contents
            if capture:
                try:
                    group = state.opengroup(name)
                except error as err:
                    raise source.error(err.msg, len(name) + 1) from None
            else:
                group = None
            sub_verbose = ((verbose or (add_flags & SRE_FLAG_VERBOSE)) and
                           not (del_flags & SRE_FLAG_VERBOSE))
            p = _parse_sub(source, state, sub_verbose, nested + 1)
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern",
                                   source.tell() - start)
            if group is not None:
                state.closegroup(group, p)
            if atomic:
                subpatternappend((ATOMIC_GROUP, p))
            else:
                subpatternappend((SUBPATTERN, (group, add_flags, del_flags, p)))

        elif this == "^":
            subpatternappend((AT, AT_BEGINNING))

        elif this == "$":
            subpatternappend((AT, AT_END))

        else:
            raise AssertionError("unsupported special character %r" % (this,))

    # unpack non-capturing groups
    data = subpattern.data
    for i in range(len(data) - 1, -1, -1):
        op, av = data[i]
        if op == SUBPATTERN:
            group, add_flags, del_flags, p = av
            if group is None and not add_flags and not del_flags:
                data[i: i + 1] = p.data

    return subpattern


def _parse_flags(source, state, char):
    sourceget = source.get
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = FLAGS[char]
            if source.istext:
                if char == 'L':
                    msg = "bad inline flags: cannot use 'L' flag with a str pattern"
                    raise source.error(msg)
            else:
                if char == 'u':
                    msg = "bad inline flags: cannot use 'u' flag with a bytes pattern"
                    raise source.error(msg)
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                msg = "bad inline flags: flags 'a', 'u' and 'L' are incompatible"
                raise source.error(msg)
            char = sourceget()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = sourceget()
        if char is None:
            raise source.error("missing flag")
        if char not in FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = FLAGS[char]
            if flag & TYPE_FLAGS:
                msg = "bad inline flags: cannot turn off flags 'a', 'u' and 'L'"
                raise source.error(msg)
            del_flags |= flag
            char = sourceget()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def _fix_flags(src, flags):
    # Check and fix flags according to the type of pattern (str or bytes)
    if isinstance(src, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & SRE_FLAG_ASCII:
            flags |= SRE_FLAG_UNICODE
        elif flags & SRE_FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def _parse_pattern(pattern, flags):
    # parse 're' pattern into list of (opcode, argument) tuples
    source = _Tokenizer(pattern)
    state = _State()
    state.flags = flags
    p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)
    state.flags = _fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups:
            msg = "invalid group reference %d" % g
            raise error(msg, pattern, state.grouprefpos[g])
    return p


# ---------------------------------------------------------------- writing PCRE2 syntax

_ASCII_WORD = '0-9A-Za-z_'
# the members of an ASCII category, and of its complement, as class items
_ASCII_CLASS = {
    'd': '0-9',
    'D': '\\x{0}-\\x{2f}\\x{3a}-\\x{10ffff}',
    'w': _ASCII_WORD,
    'W': '\\x{0}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{5e}\\x{60}\\x{7b}-\\x{10ffff}',
    's': '\\x{9}-\\x{d}\\x{20}',
    'S': '\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{10ffff}',
}
# Unicode categories by property, for (?u:...) inside an ASCII pattern
_UNI_CLASS = {
    'd': '\\p{Nd}', 'D': '\\P{Nd}', 'w': '\\p{Xwd}', 'W': '\\P{Xwd}',
}
# Python's Unicode \s is str.isspace(), which has \x1c-\x1f and not U+180E
# as PCRE2's has: always spelled out
_UNI_SPACE = {
    's': '\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}'
         '\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}',
    'S': '\\x{0}-\\x{8}\\x{e}-\\x{1b}\\x{21}-\\x{84}\\x{86}-\\x{9f}\\x{a1}-\\x{167f}'
         '\\x{1681}-\\x{1fff}\\x{200b}-\\x{2027}\\x{202a}-\\x{202e}\\x{2030}-\\x{205e}'
         '\\x{2060}-\\x{2fff}\\x{3001}-\\x{10ffff}',
}


def _lit(c):
    # one character, literally, in or out of a class
    if c < 128:
        ch = chr(c)
        if ch.isalnum():
            return ch
        if 32 < c < 127:
            return '\\' + ch
    return '\\x{%x}' % c


def _combine_flags(flags, add_flags, del_flags):
    if add_flags & TYPE_FLAGS:
        flags &= ~TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


class _Writer:
    # writes a parsed pattern in PCRE2's syntax. PCRE2 compiles it with the
    # pattern's global I, M and S flags; scoped (?i:...) (?m:...) (?s:...)
    # are written as such, verbose mode is already gone. str patterns are
    # compiled in PCRE2's Unicode mode (UCP): in ASCII regions (re.A,
    # (?a:...)) \d \w \s \b are spelled out, and with IGNORECASE letters
    # are matched case-sensitively against their ASCII case pairs only (as
    # Python, where 'k' does not match the Kelvin sign under re.A|re.I).
    def __init__(self, isbytes, flags):
        self.out = []
        self.isbytes = isbytes
        self.global_ascii = isbytes

    def ascii(self, flags):
        return self.isbytes or bool(flags & (SRE_FLAG_ASCII | SRE_FLAG_LOCALE))

    def asciicase(self, flags):
        return not self.isbytes and flags & SRE_FLAG_IGNORECASE and flags & SRE_FLAG_ASCII

    def folded(self, items, flags):
        # a class's items with their ASCII case pairs, for asciicase regions
        extra = []
        for op, av in items:
            if op == LITERAL:
                if 65 <= av <= 90 or 97 <= av <= 122:
                    extra.append((LITERAL, av ^ 32))
            elif op == RANGE:
                lo, hi = av
                for a, b in ((65, 90), (97, 122)):
                    l = max(lo, a)
                    h = min(hi, b)
                    if l <= h:
                        extra.append((RANGE, (l ^ 32, h ^ 32)))
        return items + extra

    def category(self, cat, flags, inclass):
        a = self.ascii(flags)
        if not a and cat in _UNI_SPACE:
            body = _UNI_SPACE[cat]
            return body if inclass else '[' + body + ']'
        if a == self.global_ascii:
            return '\\' + cat
        if a:
            body = _ASCII_CLASS[cat]
            return body if inclass else '[' + body + ']'
        return _UNI_CLASS[cat]

    def boundary(self, negative, flags):
        # CPython 3.11's \B never matches in an empty string: (?!\A\z)
        a = self.ascii(flags)
        if a == self.global_ascii:
            return '\\B(?!\\A\\z)' if negative else '\\b'
        w = '[' + _ASCII_WORD + ']' if a else '\\p{Xwd}'
        if negative:
            return '(?:(?<=%s)(?=%s)|(?<!%s)(?!%s)(?!\\A\\z))' % (w, w, w, w)
        return '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (w, w, w, w)

    def charset(self, items, flags):
        parts = ['[']
        for op, av in items:
            if op == NEGATE:
                parts.append('^')
            elif op == LITERAL:
                parts.append(_lit(av))
            elif op == RANGE:
                parts.append(_lit(av[0]) + '-' + _lit(av[1]))
            elif op == CATEGORY:
                parts.append(self.category(av, flags, True))
        parts.append(']')
        return ''.join(parts)

    def atom(self, p, flags):
        # p as one quantifiable unit
        data = p.data
        if len(data) == 1:
            op = data[0][0]
            if op in _UNITCODES or op == GROUPREF or op == ATOMIC_GROUP or op == BRANCH or \
                    op == GROUPREF_EXISTS or op == ASSERT or op == ASSERT_NOT or \
                    (op == SUBPATTERN and data[0][1][0] is not None):
                self.seq(p, flags)
                return
        self.out.append('(?:')
        self.seq(p, flags)
        self.out.append(')')

    def seq(self, p, flags):
        out = self.out
        for op, av in p.data:
            if op == LITERAL:
                if self.asciicase(flags) and (av >= 128 or chr(av).isalpha()):
                    out.append('(?-i:' + self.charset(self.folded([(op, av)], flags), flags) + ')')
                else:
                    out.append(_lit(av))
            elif op == NOT_LITERAL:
                if self.asciicase(flags) and (av >= 128 or chr(av).isalpha()):
                    out.append('(?-i:' + self.charset([(NEGATE, None)] + self.folded([(LITERAL, av)], flags), flags) + ')')
                else:
                    out.append('[^' + _lit(av) + ']')
            elif op == ANY:
                out.append('.')
            elif op == IN:
                if len(av) == 1 and av[0][0] == CATEGORY:
                    out.append(self.category(av[0][1], flags, False))
                elif self.asciicase(flags):
                    out.append('(?-i:' + self.charset(self.folded(av, flags), flags) + ')')
                else:
                    out.append(self.charset(av, flags))
            elif op == AT:
                if av == AT_BEGINNING:
                    out.append('^')
                elif av == AT_END:
                    out.append('$')
                elif av == AT_BEGINNING_STRING:
                    out.append('\\A')
                elif av == AT_END_STRING:
                    out.append('\\z')
                elif av == AT_BOUNDARY:
                    out.append(self.boundary(False, flags))
                else:
                    out.append(self.boundary(True, flags))
            elif op == BRANCH:
                out.append('(?:')
                first = True
                for item in av[1]:
                    if not first:
                        out.append('|')
                    first = False
                    self.seq(item, flags)
                out.append(')')
            elif op == SUBPATTERN:
                group, add_flags, del_flags, sub = av
                if group is not None:
                    out.append('(')
                else:
                    on = ''.join(c for c, f in (('i', SRE_FLAG_IGNORECASE), ('m', SRE_FLAG_MULTILINE),
                                                ('s', SRE_FLAG_DOTALL)) if add_flags & f)
                    off = ''.join(c for c, f in (('i', SRE_FLAG_IGNORECASE), ('m', SRE_FLAG_MULTILINE),
                                                 ('s', SRE_FLAG_DOTALL)) if del_flags & f)
                    out.append('(?' + on + ('-' + off if off else '') + ':')
                self.seq(sub, _combine_flags(flags, add_flags, del_flags))
                out.append(')')
            elif op in _REPEATCODES:
                lo, hi, item = av
                if hi == 0:
                    # X{0}: PCRE2 10.42 may take a ^ in X as anchoring the
                    # pattern; an optional group that can never be entered
                    # keeps X's groups (unset) without that
                    out.append('(?:(?!)')
                    self.seq(item, flags)
                    out.append(')?')
                    continue
                if op == POSSESSIVE_REPEAT:
                    # X*+ as (?>X*): PCRE2 10.42's JIT keeps the groups of a
                    # possessive repeat that a later alternative abandoned
                    out.append('(?>')
                self.atom(item, flags)
                if hi == MAXREPEAT:
                    q = '*' if lo == 0 else '+' if lo == 1 else '{%d,}' % lo
                elif lo == 0 and hi == 1:
                    q = '?'
                elif lo == hi:
                    q = '{%d}' % lo
                else:
                    q = '{%d,%d}' % (lo, hi)
                if op == MIN_REPEAT:
                    q += '?'
                elif op == POSSESSIVE_REPEAT:
                    q += ')'
                out.append(q)
            elif op == GROUPREF:
                out.append('\\g{%d}' % av)
            elif op == GROUPREF_EXISTS:
                cond, yes, no = av
                out.append('(?(%d)' % cond)
                self.seq(yes, flags)
                if no is not None:
                    out.append('|')
                    self.seq(no, flags)
                out.append(')')
            elif op == ASSERT or op == ASSERT_NOT:
                dir, sub = av
                if dir < 0:
                    lo, hi = sub.getwidth()
                    if lo != hi:
                        raise error("look-behind requires fixed-width pattern")
                    out.append('(?<=' if op == ASSERT else '(?<!')
                else:
                    out.append('(?=' if op == ASSERT else '(?!')
                self.seq(sub, flags)
                out.append(')')
            elif op == ATOMIC_GROUP:
                out.append('(?>')
                self.seq(av, flags)
                out.append(')')
            else:
                raise error("internal: unsupported operand type %r" % (op,))


def _translate(p, isbytes, flags):
    w = _Writer(isbytes, flags)
    w.seq(p, flags)
    return ''.join(w.out)


def _leading_lookahead(p):
    # can a match begin with a positive lookahead (after other zero-width
    # items)? PCRE2 10.42 then takes the lookahead's first character as the
    # match's first one and looks for a required later character one place
    # too far: (?=a)x*?a does not find 'ba'. Such patterns are compiled
    # without the start-of-match optimizations.
    for op, av in p.data:
        if op == ASSERT:
            if av[0] > 0 or _leading_lookahead(av[1]):
                return True
        elif op == AT or op == ASSERT_NOT:
            continue
        elif op == SUBPATTERN:
            return _leading_lookahead(av[3])
        elif op == ATOMIC_GROUP:
            return _leading_lookahead(av)
        elif op == BRANCH:
            return any(_leading_lookahead(item) for item in av[1])
        elif op == GROUPREF_EXISTS:
            return _leading_lookahead(av[1]) or (av[2] is not None and _leading_lookahead(av[2]))
        elif op in _REPEATCODES:
            return _leading_lookahead(av[2])
        else:
            return False
    return False


# ---------------------------------------------------------------- replacement templates

def _parse_template(source, pattern):
    # parse 're' replacement string into list of literals and
    # group references
    s = _Tokenizer(source)
    sget = s.get
    groups = []
    literals = []
    literal = []
    lappend = literal.append
    ngroups = pattern.groups

    def addgroup(index, pos):
        if index > ngroups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            literals.append(''.join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    groupindex = pattern._groupindex
    while True:
        this = sget()
        if this is None:
            break  # end of replacement string
        if this[0] == "\\":
            # group
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    if name in groupindex:
                        index = groupindex[name]
                    else:
                        raise IndexError("unknown group name %r" % name)
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name,
                                      len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index,
                                      len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next in OCTDIGITS:
                    this += sget()
                    if s.next in OCTDIGITS:
                        this += sget()
                lappend(chr(int(this[1:], 8) & 0xff))
            elif c in DIGITS:
                isoctal = False
                if s.next in DIGITS:
                    this += sget()
                    if (c in OCTDIGITS and this[2] in OCTDIGITS and
                            s.next in OCTDIGITS):
                        this += sget()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error('octal escape value %s outside of '
                                          'range 0-0o377' % this, len(this))
                        lappend(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                if this in ESCAPES:
                    this = chr(ESCAPES[this][1])
                elif c in ASCIILETTERS:
                    raise s.error('bad escape %s' % this, len(this))
                lappend(this)
        else:
            lappend(this)
    if literal:
        literals.append(''.join(literal))
    if not isinstance(source, str):
        # The tokenizer decodes bytes as latin-1: encode the literals back
        literals = [None if x is None else x.encode('latin-1') for x in literals]
    return groups, literals


def _expand_template(template, match):
    g = match.group
    empty = match._m[2][:0]
    groups, literals = template
    literals = literals[:]
    for index, group in groups:
        literals[index] = g(group) or empty
    return empty.join(literals)


# ---------------------------------------------------------------- Pattern and Match

_SEARCH = _re.MODE_SEARCH
_MATCH = _re.MODE_MATCH
_FULL = _re.MODE_FULL
_CHUNK = 64          # matches fetched from _re per call by finditer


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        flags = self.flags
        if not self._isbytes and (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) == SRE_FLAG_UNICODE:
            flags &= ~SRE_FLAG_UNICODE
        text = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.flags == other.flags and self._isbytes == other._isbytes and \
            self.pattern == other.pattern

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags, self._isbytes))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    @property
    def groupindex(self):
        return dict(self._groupindex)

    # matching: _re does the work and makes the Match objects

    def match(self, string, pos=0, endpos=None):
        """Matches zero or more characters at the beginning of the string."""
        return _re.match(self._code, string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=None):
        """Matches against all of the string."""
        return _re.match(self._code, string, pos, endpos, _FULL)

    def search(self, string, pos=0, endpos=None):
        """Scan through string looking for a match, and return a corresponding match object instance.

        Return None if no position in the string matches."""
        return _re.match(self._code, string, pos, endpos, _SEARCH)

    def finditer(self, string, pos=0, endpos=None):
        """Return an iterator over all non-overlapping matches for the RE pattern in string.

        For each match, the iterator returns a match object."""
        # a first chunk now: errors (a bad subject) show at the call
        first = _re.iter(self._code, string, pos, False, pos, endpos, _CHUNK)
        return _finditer(self, string, first, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        """Return a list of all non-overlapping matches of pattern in string."""
        return _re.findall(self._code, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        return _re.split(self._code, string, maxsplit)

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        iscall = callable(repl)
        if not iscall:
            if not isinstance(repl, (str, bytes, bytearray)):
                raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
            pieces = self._template(repl)
            if pieces is not None:
                return _re.sub(self._code, string, count, pieces)
        # a callable, or a replacement of the wrong type (an error once used)
        matches = _re.iter(self._code, string, 0, False, 0, None, count) if count >= 0 else []
        if not matches:
            return _re.sub(self._code, string, -1, [])
        s = matches[0]._m[2]
        pieces = []
        i = 0
        for m in matches:
            b = m._m[5]
            if i < b:
                pieces.append(s[i:b])
            item = repl(m) if iscall else repl
            if item is not None:
                if self._isbytes:
                    if not isinstance(item, (bytes, bytearray)):
                        raise TypeError("sequence item %d: expected a bytes-like object, %s found" %
                                        (len(pieces), type(item).__name__))
                elif not isinstance(item, str):
                    raise TypeError("sequence item %d: expected str instance, %s found" %
                                    (len(pieces), type(item).__name__))
                pieces.append(item)
            i = m._m[6]
        if i < len(s):
            pieces.append(s[i:])
        return s[:0].join(pieces), len(matches)

    def _template(self, repl):
        # repl as _re.sub's list of literal pieces and group numbers, or
        # None if its type does not suit the pattern
        if self._isbytes:
            if not isinstance(repl, (bytes, bytearray)):
                return None
            if b'\\' not in repl:
                return [bytes(repl)]
        else:
            if not isinstance(repl, str):
                return None
            if '\\' not in repl:
                return [repl]
        cache = self._templates
        pieces = cache.get(repl)
        if pieces is None:
            groups, literals = _parse_template(repl, self)
            for index, group in groups:
                literals[index] = group
            pieces = [x for x in literals if x != '' and x != b'']
            if len(cache) >= 64:
                cache.clear()
            cache[repl] = pieces
        return pieces


_REPR_FLAGS = [
    ('TEMPLATE', SRE_FLAG_TEMPLATE), ('IGNORECASE', SRE_FLAG_IGNORECASE),
    ('LOCALE', SRE_FLAG_LOCALE), ('MULTILINE', SRE_FLAG_MULTILINE),
    ('DOTALL', SRE_FLAG_DOTALL), ('UNICODE', SRE_FLAG_UNICODE),
    ('VERBOSE', SRE_FLAG_VERBOSE), ('DEBUG', SRE_FLAG_DEBUG),
    ('ASCII', SRE_FLAG_ASCII),
]


def _finditer(pattern, string, matches, pos, endpos):
    while True:
        yield from matches
        if len(matches) < _CHUNK:
            return
        m = matches[-1]._m
        matches = _re.iter(pattern._code, string, m[6], m[5] == m[6], pos, endpos, _CHUNK)


class Match:
    """The result of re.match() and re.search()."""
    # _re makes them with one attribute, _m = (pattern, string, subject,
    # pos, endpos, start0, end0, start1, end1, ...): subject is string, or a
    # bytes copy of a bytearray; spans of groups that did not take part -1

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        m = self._m
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            m[5], m[6], repr(m[2][m[5]:m[6]])[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        raise TypeError("cannot pickle 're.Match' object")

    @property
    def re(self):
        return self._m[0]

    @property
    def string(self):
        return self._m[1]

    @property
    def pos(self):
        return self._m[3]

    @property
    def endpos(self):
        return self._m[4]

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self._m[0].groups:
                return g
        elif isinstance(g, str):
            i = self._m[0]._groupindex.get(g)
            if i is not None:
                return i
        elif hasattr(g, '__index__'):
            i = g.__index__()
            if 0 <= i <= self._m[0].groups:
                return i
        raise IndexError("no such group")

    def _get(self, g, default=None):
        m = self._m
        if type(g) is int and 0 <= g <= m[0].groups:
            k = 5 + 2 * g
        else:
            k = 5 + 2 * self._index(g)
        a = m[k]
        if a < 0:
            return default
        return m[2][a:m[k + 1]]

    def group(self, *args):
        """group([group1, ...]) -> str or tuple.
        Return subgroup(s) of the match by indices or names.
        For 0 returns the entire match."""
        if not args:
            m = self._m
            return m[2][m[5]:m[6]]
        if len(args) == 1:
            return self._get(args[0])
        return tuple([self._get(g) for g in args])

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1.

          default
            Is used for groups that did not participate in the match."""
        m = self._m
        s = m[2]
        return tuple([s[m[k]:m[k + 1]] if m[k] >= 0 else default for k in range(7, len(m), 2)])

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.

          default
            Is used for groups that did not participate in the match."""
        return {name: self._get(i, default) for name, i in self._m[0]._groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._m[5 + 2 * self._index(group)]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._m[6 + 2 * self._index(group)]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        m = self._m
        k = 5 + 2 * self._index(group)
        return (m[k], m[k + 1])

    @property
    def regs(self):
        m = self._m
        return tuple([(m[k], m[k + 1]) for k in range(5, len(m), 2)])

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."""
        return _expand_template(_parse_template(template, self._m[0]), self)

    @property
    def lastindex(self):
        # the group whose closing parenthesis was passed last: the one
        # ending last, the enclosing (or later) one among those ending there
        m = self._m
        order = m[0]._closeorder
        best = None
        best_end = -1
        for i in range(1, m[0].groups + 1):
            e = m[6 + 2 * i]
            if m[5 + 2 * i] >= 0 and (e > best_end or (e == best_end and order[i] > order[best])):
                best = i
                best_end = e
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, gi in self._m[0]._groupindex.items():
            if gi == i:
                return name
        return None





def _compile_new(pattern, flags):
    p = _parse_pattern(pattern, flags)
    state = p.state
    isbytes = not isinstance(pattern, str)
    text = _translate(p, isbytes, state.flags)
    code = _re.compile(text, state.flags, isbytes, _leading_lookahead(p))
    if isinstance(code, tuple):
        raise error(code[0])
    if _re.groups(code) != state.groups - 1:
        raise error("internal: the pattern has %d groups, PCRE2 counted %d" %
                    (state.groups - 1, _re.groups(code)))
    pat = object.__new__(Pattern)
    pat.pattern = pattern
    pat.flags = state.flags
    pat.groups = state.groups - 1
    pat._groupindex = state.groupdict
    pat._closeorder = state.closeorder
    pat._code = code
    _re.bind(code, pat, Match)
    pat._isbytes = isbytes
    pat._templates = {}
    return pat


# ---------------------------------------------------------------- the module functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    # internal: compile pattern
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _compile_new(pattern, flags)
    if not (flags & SRE_FLAG_DEBUG):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest item
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | SRE_FLAG_TEMPLATE)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')
