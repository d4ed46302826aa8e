# syntax error: class without a name
class :
    pass
