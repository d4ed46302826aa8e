# islower/isupper/istitle for Latin letters including ß, ª, º and the titlecase digraphs
chars = 'aAßÄäΣσςǅǄǆĳĲﬁªº' + ''.join(chr(c) for c in range(0xC0, 0x250))
out = []
for ch in chars:
    out.append('%04x%d%d%d' % (ord(ch), ch.islower(), ch.isupper(), ch.istitle()))
print(' '.join(out))
print('Straße'.islower(), 'STRASSE'.isupper(), 'ǅungla'.istitle(), 'Hello World'.istitle())
