# strings: string building -- += on short strings, f-strings (with and
# without format specs), str(), slicing, and ''.join of a large list.


def main():
    n = 1000000
    parts = []
    for i in range(n):
        s = f'{i}:{i * 3}'
        s += '-'
        s += str(i % 10)
        s += f'[{i % 1000:05d}]'
        parts.append(s)
    big = ''.join(parts)
    words = []
    for i in range(0, len(big) - 8, 97):
        words.append(big[i:i + 8])
    joined = ','.join(words)
    print('strings %d %d %s %s' % (len(big), len(joined), big[-24:], joined[:17]))


main()
