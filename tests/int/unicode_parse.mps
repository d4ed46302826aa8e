# int() and float() accept Unicode decimal digits and white space; repr escapes Unicode spaces and format characters
for s in ('١٢', '\u3000 42\xa0', '٣.٥', '42\x85', '１２３', ' 7 ', '12é', '١٢x', '\u2003-5\u2003', 'ß'):
    for conv in (int, float):
        try:
            print(repr(s), conv.__name__, repr(conv(s)))
        except ValueError as e:
            print(repr(s), conv.__name__, 'ValueError', e)
print(repr('\u3000a\u2003b\u00a0\u200b\u2060é€\U0010ffff'))
