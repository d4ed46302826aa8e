# Indexing a non-ASCII str forwards, backwards and at random (the offset of
# the last index looked up is remembered, so these loops stay linear).
import random
s = 'é' + 'aé' * 5000 + 'z€😀'
n = 0
for i in range(len(s)):
    if s[i] == 'é':
        n += 1
back = ''.join(s[i] for i in range(len(s) - 1, len(s) - 8, -1))
print(n, back, s[-1], s[0], s[5001], s[3:7], s[-4:], len(s[::1000]))
random.seed(3)
picks = [random.randrange(len(s)) for _ in range(2000)]
print(''.join(s[i] for i in picks[:40]))
print(sum(ord(s[i]) for i in picks), s[len(s) // 2:len(s) // 2 + 5])
