# textwrap: a paragraph of real prose wrapped and filled at several widths, with indents, sentence endings and max_lines
import textwrap

prose = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair. We had
everything before us, we had nothing before us; we were all going direct to
Heaven, we were all going direct the other way -- in short, the period was so
far like the present period, that some of its noisiest authorities insisted on
its being received, for good or for evil, in the superlative degree of
comparison only.  A well-known, self-evident, twenty-first-century re-telling
would say: e-mail the editor-in-chief--now!"""

for width in (79, 70, 50, 33, 20, 12, 7):
    print('--- width', width)
    print(textwrap.fill(prose, width))

print('--- wrap 40 as list')
print(textwrap.wrap(prose, 40))

print('--- indents')
print(textwrap.fill(prose, 60, initial_indent='    ', subsequent_indent='  '))
print(textwrap.fill(prose, 50, initial_indent='* ', subsequent_indent='| '))

print('--- fix_sentence_endings')
text = 'This is a sentence. This is another one! Does it end? "Quoted." Mr. Smith said so. ok.  Yes.'
print(textwrap.fill(text, 30, fix_sentence_endings=True))
print(textwrap.wrap(text, 1000, fix_sentence_endings=True))

print('--- no hyphen breaks, no long-word breaks')
print(textwrap.fill(prose, 24, break_on_hyphens=False))
print(textwrap.fill(prose, 9, break_long_words=False))

print('--- max_lines')
for n in (1, 2, 3, 5):
    print(textwrap.fill(prose, 40, max_lines=n))
    print('.')
print(textwrap.fill(prose, 40, max_lines=2, placeholder=' (more)'))
print(textwrap.fill(prose, 40, max_lines=3, placeholder='...', subsequent_indent='  '))

print('--- shorten')
for w in (100, 50, 30, 12, 6):
    print(repr(textwrap.shorten(prose, w)))
print(repr(textwrap.shorten('Hello  world!', width=12)))
print(repr(textwrap.shorten('Hello  world!', width=11)))
print(repr(textwrap.shorten('Hello world', width=10, placeholder='...')))
print(repr(textwrap.shorten(prose, 40, placeholder=' [cut]', break_long_words=False)))

print('--- TextWrapper object reused')
w = textwrap.TextWrapper(width=45, initial_indent='> ', subsequent_indent='> ')
for para in prose.split('. '):
    print(w.fill(para))
w.width = 25
print(w.wrap('short text'))
print(w.wrap(''))
print(w.fill('   '))
