for arg in ({"ab": "x"}, {"": "x"}, {1.5: "x"}, {"a": "x", 98: None, "é": "e"}):
    try:
        print(sorted(str.maketrans(arg).items(), key=str))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("abé".translate(str.maketrans({"a": "x", 98: None, "é": "e"})))
