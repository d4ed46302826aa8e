# upper lower title capitalize, predicates isdigit isalpha isspace
for s in ['hello World', 'ALL CAPS', 'mIxEd cAsE', "they're bill's", 'x1y2', '', 'élan über', '123abc']:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize())
for s in ['123', '12a', '', ' ', '\t\n', 'abc', 'ABC', 'ab c', 'é', '3.5', '-1', '007']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace())
print('Hello'.isupper(), 'hello'.islower(), 'HELLO'.isupper(), 'A1'.isupper(), ''.islower())
print('abc'.isalnum(), 'ab1'.isalnum(), 'ab 1'.isalnum(), ''.isalnum())
print('hello world'.title(), 'hello-world_foo bar'.title(), 'o\'neil'.capitalize())
print(''.upper() == '', 'a'.upper().lower(), 'ÀÉÎ'.lower(), 'àéî'.upper())
