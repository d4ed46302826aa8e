a or b or c
a and b and c
(a or b) or c
a or (b or c)
a and b or c and d
not a
not not a
not a == b
a < b < c
a == b != c
a is b; a is not b; a in b; a not in b
a <= b >= c > d
x if c else y
x if c else y if d else z
lambda: x if c else y
-x; +x; ~x; -2 ** 2; (-2) ** 2; 2 ** -1; 2 ** 3 ** 4
-x ** -y
a + b * c - d / e // f % g @ h
a | b ^ c & d << e >> f
(a | b) & c
a.b.c.d
a[1][2]
a(1)(2)
a.b(c)[d].e
f(*args, **kwargs)
f(a, *b, c, *d, e=1, **f, g=2)
f(x for x in y)
f((x for x in y), 1)
sum(x * x for x in range(10) if x % 2 if x > 3 for y in z)
[x for x in y]
[x for x in y if x for z in x if z]
[(x, y) for x, y in z]
{x for x in y}
{k: v for k, v in d.items()}
{**a, 'b': 1, **c}
{1, 2, *a}
{}
{1: 2,}
[]
[1,]
[1, 2, *a]
()
(1,)
(1, 2)
1,
(*a, b)
[*a]
a[1:2]; a[:]; a[::]; a[1:]; a[:2]; a[::2]; a[1:2:3]; a[:, 1]; a[1:2, ::3, ...]
a[1,]; a[(1, 2)]; a[b, c]; a[x:=1]
(y := 10)
if (n := len(a)) > 10: pass
[y for x in z if (y := x)]
f(a := 1)
x = ...
True; False; None
"abc" 'def' """ghi""" '''jkl'''
b"abc" b'\x00\xff' rb'\d' Br"x" bR'y' RB"z"
r"\n\t" R'\\' u'x' U"y"
f"{x}" F'{y}' rf"{z}\n" fR'{w}' Rf"{v}"
f"a{b}c{d!r}e{f!s}g{h!a}i{j:>10}k{l:{m}.{n}f}"
f"{{}}{{{x}}}"
f"{x!r:^{width}}" "plain" f"{y}"
f"{'nested'}" f'{"other"}'
f"{x = }" f"{x=:>5}" f"{x=!s}"
f"""{
  x
}"""
f"{a['k']}" f"{d[1:2]}" f"{f(x, y)}" f"{x if y else z}" f"{(lambda: 1)}"
f"{3.14:.2f}" f"{n:,}" f"{n:08.3f}" f"{s!r:>10}"
'\n\t\r\\\'\"\a\b\f\v\0\1\12\123\x41\u00e9\U0001F600'
'\d \w \q'
'line1\
line2'
"""multi
line
string"""
'\N{SNOWMAN}\N{EURO SIGN}\N{LATIN SMALL LETTER E WITH ACUTE}'
1; 0; 00; 0_0; 123; 1_000_000; 0x1F; 0XFF; 0o17; 0O7; 0b101; 0B1_0
9223372036854775807; 9223372036854775808; 18446744073709551616
0xffffffffffffffffffffffff; 0o7777777777777777777777777; 0b11111111111111111111111111111111111111111111111111111111111111111
123456789012345678901234567890
1.0; 1.; .5; 1e10; 1E-5; 1.5e+3; 1_000.5; 1_0e1_0; 0.1; 1e16; 1e15; 123456789.123; 1e-4; 1e-5
1e400; 5e-324; 2.5; 100.0; 3.141592653589793
1j; 2.5J; 1e3j
x = 'é'; y = '日本'; z = '😀'
print(1 if x else 2)
a if b else(c)
