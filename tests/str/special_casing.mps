words = ['Straße', 'ß', 'ßa', 'ﬁne', 'ﬂow', 'ǅ', 'İstanbul', 'ΣΑΣ', 'ΑΣ', 'Σ', 'ΟΔΥΣΣΕΥΣ', 'ΣΑ ΣΑΣ.', 'ŉ', 'ẞ', 'abc DEF', 'hello world', "they're", 'ǆemal', 'İ']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print('Straße'.casefold() == 'STRASSE'.casefold())
for w in ['', 'a', 'A', 'hello world', 'HELLO WORLD', "they're bill's friends from the UK", 'a1b2c3 d4E5', 'x_y-z', '  lead', 'MiXeD CaSe 123abc', '\t\nz']:
    print(repr(w.upper()), repr(w.lower()), repr(w.swapcase()), repr(w.title()), repr(w.capitalize()), repr(w.casefold()))
