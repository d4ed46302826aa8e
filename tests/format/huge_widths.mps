# Absurd widths and paddings are errors (ValueError, MemoryError), not an abort or a hang
tests = [
    lambda: '{:99999999999999999999}'.format(1),
    lambda: '%99999999999999999999d' % 1,
    lambda: '%.99999999999999999999f' % 1,
    lambda: 'a'.ljust(2**50),
    lambda: 'a'.zfill(2**62),
    lambda: 'a'.center(2**63 - 1),
    lambda: format(1, '%d' % 2**50),
    lambda: len('a'.ljust(10**6)),
    lambda: len('{:100000}'.format(1)),
]
for f in tests:
    try:
        print(f())
    except (ValueError, MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
