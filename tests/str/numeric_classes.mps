# isdecimal / isdigit / isnumeric over digits, superscripts, circled numbers, fractions, Roman and CJK numerals
out = []
for lo, hi in ((0x20, 0x100), (0x660, 0x66A), (0x2070, 0x2190), (0x2460, 0x2500), (0x2776, 0x2794), (0x3000, 0x303B), (0xFF10, 0xFF1A)):
    for c in range(lo, hi):
        ch = chr(c)
        out.append('%04x%d%d%d' % (c, ch.isdecimal(), ch.isdigit(), ch.isnumeric()))
for ch in '一二三四五六七八九十百千万億零〇':
    out.append('%04x%d%d%d' % (ord(ch), ch.isdecimal(), ch.isdigit(), ch.isnumeric()))
print(' '.join(out))
print('123'.isdecimal(), '²'.isdecimal(), '²'.isdigit(), '½'.isnumeric(), '½'.isdigit(), 'Ⅻ'.isnumeric())
