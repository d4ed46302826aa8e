# textwrap: whitespace edge cases, tabs, long words, hyphens, em-dashes, dedent, indent, errors
import textwrap
from textwrap import TextWrapper, wrap, fill, dedent, indent


def show(label, value):
    print(label, repr(value))


# whitespace handling
show('empty', wrap(''))
show('spaces', wrap('    '))
show('leading', wrap('   hello   world   ', 8))
show('leading keep', wrap('   hello   world   ', 8, drop_whitespace=False))
show('newlines', wrap('one\ntwo\n\nthree\r\nfour', 9))
show('no replace', wrap('one\ntwo\tthree', 9, replace_whitespace=False))
show('no replace no expand', wrap('a\tb\nc d', 5, replace_whitespace=False, expand_tabs=False))
show('vt ff', wrap('a\x0bb\x0cc\rd e', 3))
show('nbsp kept', wrap('a\xa0b c\u2003d', 3))
show('tabs', wrap('\tab\tcd\tef', 12))
show('tabsize 4', wrap('\tab\tcd\tef', 12, tabsize=4))
show('tabsize 0', wrap('a\tb\tc', 3, tabsize=0))
show('exact fit', wrap('aaa bbb ccc', 7))
show('width 1', wrap('ab c', 1))
show('double space', wrap('a  b  c  d', 4))
show('trailing ws line', wrap('aaaa    bbbb', 6, drop_whitespace=False))

# long words and hyphens
show('long word', wrap('supercalifragilisticexpialidocious', 10))
show('long word in text', wrap('a supercalifragilisticexpialidocious word', 12))
show('long no break', wrap('a supercalifragilisticexpialidocious word', 12, break_long_words=False))
show('hyphenated', wrap('this-is-a-useful-feature-for-reformatting-posts-from-tim-peters', 10))
show('hyphen no break', wrap('this-is-a-useful-feature-for-reformatting-posts', 10, break_on_hyphens=False))
show('long hyphen', wrap('averyveryverylong-hyphenated-word here', 15))
show('hyphen digits', wrap('1234-5678-9012 ab-cd 12ab-cd e-mail x-ray a-b-c', 6))
show('leading hyphens', wrap('--option-name ---x -y', 8))
show('em dash', wrap('and then--bam!--he was gone---really', 10))
show('dashes only', wrap('---------- -- ----', 4))
show('unicode letters', wrap('naïve-résumé über-cool café-au-lait', 8))
show('underscore', wrap('snake_case-name under_score-x', 11))
show('punct', wrap('Hello, world! How are you? "Fine," she said.', 12))
show('break_on_hyphens=1', wrap('well-known-fact x', 6, break_on_hyphens=1))
show('url', wrap('see http://example.com/a-long-path/with-dashes--and-more here', 20))

# max_lines corner cases
show('max_lines fits', wrap('one two three', 20, max_lines=1))
show('max_lines trailing ws', wrap('one two   ', 7, max_lines=1))
show('max_lines placeholder', wrap('one two three four', 12, max_lines=1))
show('max_lines prev line', wrap('aaaa bbbbbbbbbbbbbb', 10, max_lines=2, placeholder='..'))
show('max_lines tiny', wrap('hello world', 6, max_lines=1, placeholder='...'))
show('max_lines indent', wrap('hello there world', 9, max_lines=2, initial_indent='> ',
                              subsequent_indent='>> ', placeholder=' ~'))

# TextWrapper attributes and positional arguments
w = TextWrapper(20, '+ ', '- ', True, True, False, True, True, True, 4)
print(w.width, w.initial_indent, w.subsequent_indent, w.tabsize, w.max_lines, repr(w.placeholder))
print(w.fill('lorem ipsum dolor sit amet, consectetur adipiscing elit'))
print(TextWrapper().width, TextWrapper.unicode_whitespace_trans[9], TextWrapper.unicode_whitespace_trans[32])

# dedent
show('dedent', dedent('    hello\n      world\n    !\n'))
show('dedent blank lines', dedent('  a\n\n  b\n    \n  c'))
show('dedent ws lines', dedent('  a\n \t \n  b\n'))
show('dedent mixed', dedent('\tx\n    y\n'))
show('dedent common tab', dedent('\t  a\n\t b\n'))
show('dedent none', dedent('a\n  b\n'))
show('dedent only ws', dedent('   \n\t\n'))
show('dedent empty', dedent(''))
show('dedent crlf', dedent('  a\r\n  b\r\n'))
show('dedent trailing', dedent('    x\n    y'))
show('dedent doc', dedent('''\
    def f():
        return 1
    '''))

# indent
show('indent', indent('a\nb\n\nc\n', '> '))
show('indent ws line', indent('a\n   \nb', '> '))
show('indent all', indent('a\n\nb\n', '+ ', lambda line: True))
show('indent pred', indent('x\ny\nxx\n', '-', lambda line: line.startswith('x')))
show('indent crlf', indent('a\r\nb\rc', '|'))
show('indent empty', indent('', '> '))

# errors
for args, kwargs in [(('abc', 0), {}), (('abc', -1), {}),
                     (('abc def', 4), {'max_lines': 1, 'placeholder': ' [...]'}),
                     (('abc def', 6), {'max_lines': 2, 'subsequent_indent': '   ', 'placeholder': '....'})]:
    try:
        wrap(*args, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    textwrap.shorten('hello', 3)
except ValueError as e:
    print('ValueError:', e)
try:
    wrap('abc', 10, bogus=1)
except TypeError as e:
    print('TypeError:', e)
