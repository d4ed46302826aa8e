# syntax error: "= =" in an assignment; nothing must run
print("never printed")
x = = 2
print(x)
