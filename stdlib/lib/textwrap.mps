# textwrap — wrap, fill, shorten, dedent and indent text (written in mps).
#
# Line breaking follows CPython's TextWrapper exactly: the text is cut into
# chunks (runs of whitespace, words, word pieces after a hyphen, em-dashes)
# by the same regular expression, and the chunks are packed greedily into
# lines.
import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# only these six count as whitespace for wrapping (not every str.isspace())
_whitespace = '\t\n\x0b\x0c\r '


def _chunk_pattern():
    ws = '[\\t\\n\\x0b\\x0c\\r ]'
    not_ws = '[^\\t\\n\\x0b\\x0c\\r ]'
    word_punct = '[\\w!"\'&.,?]'
    letter = '[^\\d\\W]'            # \w without digits and underscore
    # a hyphen ends a chunk only inside a word of letters: after two
    # letters, or after letter-hyphen-letter, and before letter(-)letter
    hyphen = ('-(?:(?<=' + letter + '{2}-)|(?<=' + letter + '-' + letter + '-))'
              '(?=' + letter + '-?' + letter + ')')
    return ('('
            + ws + '+'                                      # whitespace run
            + '|(?<=' + word_punct + ')-{2,}(?=\\w)'        # em-dash
            + '|' + not_ws + '+?(?:'                        # a word ending in
            + hyphen                                        #   a hyphen,
            + '|(?=' + ws + '|\\Z)'                         #   whitespace/end,
            + '|(?<=' + word_punct + ')(?=-{2,}\\w)'        #   or an em-dash
            + '))')


class TextWrapper:
    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    wordsep_re = re.compile(_chunk_pattern())
    wordsep_simple_re = re.compile('([\\t\\n\\x0b\\x0c\\r ]+)')
    # a sentence ends with lower-case letter, then . ! or ?, then maybe a quote
    sentence_end_re = re.compile('[a-z][.!?]["\']?\\Z')

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        # CPython tests `is True` here: a truthy non-bool splits on spaces only
        if self.break_on_hyphens is True:
            pieces = self.wordsep_re.split(text)
        else:
            pieces = self.wordsep_simple_re.split(text)
        return [c for c in pieces if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        search = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and search(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # the next chunk cannot fit on any line: cut it (preferably just
        # after a hyphen) or, when not allowed, put it alone on a line
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % (self.width,))
        placeholder = self.placeholder
        max_lines = self.max_lines
        drop = self.drop_whitespace
        if max_lines is not None:
            indent = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(indent) + len(placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()        # pop() from the end is cheap
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # no whitespace at the start of a line (except the first)
            if drop and lines and chunks[-1].strip() == '':
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += n
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if drop and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (max_lines is None or len(lines) + 1 < max_lines
                    or (not chunks
                        or drop and len(chunks) == 1 and not chunks[0].strip())
                    and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # the last allowed line: end it with the placeholder, dropping
            # chunks until it fits
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                    cur_line.append(placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(placeholder) <= self.width:
                        lines[-1] = prev + placeholder
                        break
                lines.append(indent + placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    # lines are separated by '\n' only; a line of just spaces and tabs
    # becomes empty and does not count towards the common margin
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            if line:
                lines[i] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        elif not lead.startswith(margin):
            # keep the longest common prefix
            k = 0
            n = min(len(margin), len(lead))
            while k < n and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
