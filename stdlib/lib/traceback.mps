# traceback: extract, format and print stack traces, as CPython's module.
#
# Frames and tracebacks are snapshots in mps (sys._getframe, an
# exception's __traceback__); frames of the embedded standard library are
# left out, as the interpreter's own traceback printer leaves them out, so
# format_exc() reads exactly like an uncaught exception's report. Entries
# of a traceback carry the position of the failing instruction
# (code.co_positions()) and get CPython 3.11's ^^^ / ~~^~~ marker lines.

import sys
import linecache
import _thread

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')
_RECURSIVE_CUTOFF = 3
_sentinel = object()


def _hidden(filename):
    return filename.startswith('<mps stdlib')


def _stderr(file):
    return sys.stderr if file is None else file


# ---------------------------------------------------------------- frames

class FrameSummary:
    """One entry of a stack: filename, lineno, name, line, locals."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = ({k: repr(v) for k, v in locals.items()}
                       if locals else None)
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    @property
    def _original_line(self):
        # the line as it is in the source, whitespace included
        self.line
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(
            self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """(frame, lineno) from f outwards; f None: the caller's caller."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    for i, pos in enumerate(code.co_positions()):
        if i == instruction_index // 2:
            return pos
    return (None, None, None, None)


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each entry
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + tuple(positions[1:])
        yield tb.tb_frame, positions
        tb = tb.tb_next


def _byte_offset_to_character_offset(str, offset):
    as_utf8 = str.encode('utf-8')
    return len(as_utf8[:offset].decode("utf-8", errors="replace"))


class _Anchors:
    def __init__(self, left_end_offset, right_start_offset,
                 primary_char='~', secondary_char='^'):
        self.left_end_offset = left_end_offset
        self.right_start_offset = right_start_offset
        self.primary_char = primary_char
        self.secondary_char = secondary_char


def _extract_caret_anchors_from_line_segment(segment):
    import _dis
    nodes = _dis.caret_nodes(segment)
    if nodes is None:
        return None
    normalize = lambda offset: _byte_offset_to_character_offset(segment, offset)
    kind, a, b = nodes
    if kind == 'binop':
        operator_start = normalize(a)
        operator_end = normalize(b)
        operator_str = segment[operator_start:operator_end]
        operator_offset = len(operator_str) - len(operator_str.lstrip())
        left_anchor = a + operator_offset
        right_anchor = left_anchor + 1
        if (operator_offset + 1 < len(operator_str)
                and not operator_str[operator_offset + 1].isspace()):
            right_anchor += 1
        while left_anchor < len(segment) and (segment[left_anchor].isspace()
                                              or segment[left_anchor] in ")#"):
            left_anchor += 1
            right_anchor += 1
        return _Anchors(normalize(left_anchor), normalize(right_anchor))
    left_anchor = normalize(a)
    right_anchor = normalize(b + 1)
    while left_anchor < len(segment) and (segment[left_anchor].isspace()
                                          or segment[left_anchor] != "["):
        left_anchor += 1
    while right_anchor < len(segment) and (segment[right_anchor].isspace()
                                           or segment[right_anchor] != "]"):
        right_anchor += 1
    if right_anchor < len(segment):
        right_anchor += 1
    return _Anchors(left_anchor, right_anchor)


def _limited(frame_gen, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    items = []
    for f, lineno in frame_gen:
        if _hidden(f.f_code.co_filename):
            continue
        items.append((f, lineno))
        if limit is not None and limit >= 0 and len(items) >= limit:
            break
    if limit is not None and limit < 0:
        items = items[limit:] if -limit < len(items) else items
    return items


class StackSummary(list):
    """A list of FrameSummary objects, ready to be formatted."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        result = klass()
        for f, pos in _limited(frame_gen, limit):
            co = f.f_code
            if isinstance(pos, tuple):
                lineno, end_lineno, colno, end_colno = pos
            else:
                lineno, end_lineno, colno, end_colno = pos, None, None, None
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))

            line = frame_summary._original_line
            orig_line_len = len(line)
            frame_line_len = len(frame_summary.line.lstrip())
            stripped_characters = orig_line_len - frame_line_len
            if (frame_summary.colno is not None
                    and frame_summary.end_colno is not None):
                start_offset = _byte_offset_to_character_offset(
                    line, frame_summary.colno)
                end_offset = _byte_offset_to_character_offset(
                    line, frame_summary.end_colno)
                code_segment = line[start_offset:end_offset]

                anchors = None
                if frame_summary.lineno == frame_summary.end_lineno:
                    try:
                        anchors = _extract_caret_anchors_from_line_segment(code_segment)
                    except Exception:
                        anchors = None
                else:
                    # up to the last character of the line
                    end_offset = len(line.rstrip())

                # show indicators if primary char doesn't span the frame line
                if end_offset - start_offset < len(stripped_line) or (
                        anchors and anchors.right_start_offset - anchors.left_end_offset > 0):
                    # (CPython counts East Asian wide characters twice here;
                    # mps counts every character once)
                    dp_start_offset = start_offset + 1
                    dp_end_offset = end_offset + 1
                    row.append('    ')
                    row.append(' ' * (dp_start_offset - stripped_characters))
                    if anchors:
                        row.append(anchors.primary_char * anchors.left_end_offset)
                        row.append(anchors.secondary_char * (anchors.right_start_offset - anchors.left_end_offset))
                        row.append(anchors.primary_char * (dp_end_offset - dp_start_offset - anchors.right_start_offset))
                    else:
                        row.append('^' * (dp_end_offset - dp_start_offset))
                    row.append('\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            if (last_file is None or last_file != fs.filename or
                    last_line is None or last_line != fs.lineno or
                    last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'
                                  .format(count, 's' if count > 1 else ''))
                last_file, last_line, last_name = fs.filename, fs.lineno, fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'
                          .format(count, 's' if count > 1 else ''))
        return result


def extract_tb(tb, limit=None):
    return StackSummary.extract(_walk_tb_with_full_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    file = _stderr(file)
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Nothing to clear: mps frames are snapshots without live locals."""


# ---------------------------------------------------------------- exceptions

class TracebackException:
    """An exception ready for rendering: its stack, its type, its message
    and the exceptions chained to it (__cause__ / __context__)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary.extract(
            _walk_tb_with_full_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._exc_value = exc_value
        try:
            self._str = str(exc_value)
        except Exception:
            self._str = '<exception str() failed>'
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                    _seen=_seen)
            context = exc_value.__context__
            if (context is not None and id(context) not in _seen and
                    not (compact and (self.__cause__ is not None or
                                      self.__suppress_context__))):
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals, _seen=_seen)
        self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return (self.exc_type is other.exc_type and self._str == other._str
                    and list(self.stack) == list(other.stack)
                    and self.__cause__ == other.__cause__
                    and self.__context__ == other.__context__)
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        if isinstance(self._exc_value, BaseException):
            text = _thread._format_exception_only(self._exc_value)
            yield from _drop_suggestion(text, self._str).splitlines(True)
        else:
            name = self.exc_type.__qualname__
            mod = self.exc_type.__module__
            if mod not in ('__main__', 'builtins'):
                name = mod + '.' + name
            yield (name + ': ' + self._str if self._str else name) + '\n'

    def format(self, *, chain=True):
        output = []
        exc = self
        while exc is not None:
            msg = following = None
            if chain and exc.__cause__ is not None:
                msg, following = _cause_message, exc.__cause__
            elif (chain and exc.__context__ is not None and
                    not exc.__suppress_context__):
                msg, following = _context_message, exc.__context__
            output.append((msg, exc))
            exc = following
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        file = _stderr(file)
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _drop_suggestion(text, message):
    # the interpreter's report adds "Did you mean: 'x'?" to NameError and
    # AttributeError; CPython 3.11's traceback module does not
    end = text.rfind(". Did you mean: '")
    if end < 0 or not text.endswith("'?\n"):
        return text
    if text[:end].endswith(message) and not text[end:].endswith(message + '\n'):
        return text[:end] + '\n'
    return text


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError('Exception expected for value, '
                            '{} found'.format(type(exc).__name__))
        return None, None
    return value, tb


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception_only(exc, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)
